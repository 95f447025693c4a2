import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PilotAction, pilotMachine, Role, rolesFor } from '@inno/contracts';
import { Access, PartyAccess, Public, type OwnershipRule } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { ApplyMatchingDto, CheckInDto, PilotApplicationDto, PilotPlanDto, PilotQueryDto, PilotReasonDto, PilotResultDto, PlanProductQueryDto, UsePlanDto } from './dto/pilot.dto';
import { PilotsService } from './pilots.service';

const STAFF = [Role.OPERATOR, Role.ADMIN];
/** A pilot belongs to the applying institution (its buyers) and to the product's company (its suppliers). */
const PARTIES: OwnershipRule[] = [
  { role: Role.BUYER, resource: 'pilot', param: 'id' },
  { role: Role.SUPPLIER, resource: 'pilot', param: 'id' },
];

/** The roles the pilot machine names for an action; buyers and suppliers only on their own pilots. */
const move = (action: PilotAction) => PartyAccess(rolesFor(pilotMachine, action), PARTIES);

@ApiTags('pilots')
@Controller('v1')
export class PilotsController {
  constructor(private readonly pilots: PilotsService) {}

  @Post('pilot-plans')
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'PilotPlanView' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  createPlan(@CurrentActor() actor: Actor, @Body() dto: PilotPlanDto) {
    return this.pilots.createPlan(actor, dto);
  }

  /** Pilot plans are public notices. */
  @Get('pilot-plans')
  @Public()
  @ApiOkResponse({ description: 'Page of PilotPlanView' })
  plans(@Query() query: PageQueryDto) {
    return this.pilots.plans(query);
  }

  @Get('pilot-plans/:id')
  @Public()
  @ApiOkResponse({ description: 'PilotPlanView with the budget matched so far' })
  plan(@UuidParam('id') id: string) {
    return this.pilots.plan(id);
  }

  /** The demand survey's list: every product of the plan, eligible or excluded with why. */
  @Get('pilot-plans/:id/products')
  @Public()
  @ApiOkResponse({ description: 'Page of PlanProductView' })
  planProducts(@UuidParam('id') id: string, @Query() query: PlanProductQueryDto) {
    return this.pilots.planProducts(id, query);
  }

  @Put('pilot-plans/:id/products/:productId/use-plan')
  @Access({ roles: [], owners: [{ role: Role.SUPPLIER, resource: 'product', param: 'productId' }] })
  @ApiOkResponse({ description: 'The pilot-use plan saved' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The product is excluded from the plan' })
  setUsePlan(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('productId') productId: string, @Body() dto: UsePlanDto) {
    return this.pilots.setUsePlan(actor, id, productId, dto);
  }

  @Get('pilot-plans/:id/matching-proposal')
  @Access({ roles: STAFF })
  @ApiOkResponse({ description: 'MatchingProposal: ranked matches within the caps and the budget, and what is skipped and why' })
  proposeMatching(@UuidParam('id') id: string) {
    return this.pilots.proposeMatching(id);
  }

  @Post('pilot-plans/:id/matching')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'PilotView[] matched (all or none)' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'A cap or the budget would be exceeded' })
  applyMatching(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ApplyMatchingDto) {
    return this.pilots.applyMatching(actor, id, dto.applicationIds);
  }

  @Post('pilot-plans/:id/publish')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'PilotPlanView, published' })
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pilots.publish(actor, id);
  }

  @Get('pilot-plans/:id/results')
  @Public()
  @ApiOkResponse({ description: 'The published matching results' })
  results(@UuidParam('id') id: string) {
    return this.pilots.results(id);
  }

  @Post('pilot-applications')
  @Access({ roles: [Role.BUYER] })
  @ApiCreatedResponse({ description: 'PilotView (APPLIED)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Outside the survey window, applied already, or the product is excluded' })
  apply(@CurrentActor() actor: Actor, @Body() dto: PilotApplicationDto) {
    return this.pilots.apply(actor, dto);
  }

  /** Buyers see their institution's, suppliers their company's, the agency all. */
  @Get('pilot-applications')
  @Access({ roles: [Role.BUYER, Role.SUPPLIER, ...STAFF] })
  @ApiOkResponse({ description: 'Page of PilotView' })
  list(@CurrentActor() actor: Actor, @Query() query: PilotQueryDto) {
    return this.pilots.list(actor, query);
  }

  @Get('pilot-applications/:id')
  @Access({ roles: STAFF, owners: PARTIES })
  @ApiOkResponse({ description: 'PilotView with the actions open to the viewer' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pilots.get(actor, id);
  }

  @Post('pilot-applications/:id/match')
  @HttpCode(200)
  @move(PilotAction.MATCH)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'A cap or the budget would be exceeded, or the application is not APPLIED' })
  async match(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.view(await this.pilots.match(actor, id, dto.reason), actor);
  }

  @Post('pilot-applications/:id/decline')
  @HttpCode(200)
  @move(PilotAction.DECLINE)
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.DECLINE, dto);
  }

  @Post('pilot-applications/:id/withdraw')
  @HttpCode(200)
  @move(PilotAction.WITHDRAW)
  withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.WITHDRAW, dto);
  }

  @Post('pilot-applications/:id/contract')
  @HttpCode(200)
  @move(PilotAction.CONTRACT)
  contract(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.CONTRACT, dto);
  }

  @Post('pilot-applications/:id/deliver')
  @HttpCode(200)
  @move(PilotAction.DELIVER)
  deliver(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.DELIVER, dto);
  }

  @Post('pilot-applications/:id/start-use')
  @HttpCode(200)
  @move(PilotAction.START_USE)
  startUse(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.START_USE, dto);
  }

  @Post('pilot-applications/:id/report')
  @HttpCode(200)
  @move(PilotAction.REPORT)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Each of the 10 indicators needs a whole score from 1 to 5' })
  report(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotResultDto) {
    return this.pilots.act(actor, id, PilotAction.REPORT, { result: dto });
  }

  @Post('pilot-applications/:id/judge-success')
  @HttpCode(200)
  @move(PilotAction.JUDGE_SUCCESS)
  judgeSuccess(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.JUDGE_SUCCESS, dto);
  }

  @Post('pilot-applications/:id/judge-insufficient')
  @HttpCode(200)
  @move(PilotAction.JUDGE_INSUFFICIENT)
  judgeInsufficient(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.JUDGE_INSUFFICIENT, dto);
  }

  @Post('pilot-applications/:id/complete-corrective-action')
  @HttpCode(200)
  @move(PilotAction.COMPLETE_CORRECTIVE_ACTION)
  completeCorrectiveAction(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.COMPLETE_CORRECTIVE_ACTION, dto);
  }

  @Post('pilot-applications/:id/refuse-corrective-action')
  @HttpCode(200)
  @move(PilotAction.REFUSE_CORRECTIVE_ACTION)
  refuseCorrectiveAction(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.REFUSE_CORRECTIVE_ACTION, dto);
  }

  @Post('pilot-applications/:id/check-ins')
  @HttpCode(200)
  @Access({ roles: [], owners: [PARTIES[0]] })
  @ApiOkResponse({ description: 'PilotView with the check-in' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not due yet, or already answered' })
  checkIn(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CheckInDto) {
    return this.pilots.checkIn(actor, id, dto);
  }

  /** Pilot products shelved or returned after the pilot: the known failure this platform watches. */
  @Get('pilot-usage/attention')
  @Access({ roles: STAFF })
  @ApiOkResponse({ description: 'Page of PilotView with its latest check-in' })
  attention(@Query() query: PageQueryDto) {
    return this.pilots.needingAttention(query);
  }

  @Get('products/:id/pilot-results')
  @Public()
  @ApiOkResponse({ description: 'ProductPilotResults: indicator averages and verdicts over its pilots' })
  productResults(@UuidParam('id') id: string) {
    return this.pilots.productResults(id);
  }
}
