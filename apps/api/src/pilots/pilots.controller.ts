import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PilotAction, pilotMachine, Role, rolesFor } from '@inno/contracts';
import { Access, PartyAccess, Public, type OwnershipRule } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { ApplyMatchingDto, CheckInDto, PilotApplicationDto, PilotPlanDto, PilotQueryDto, PilotReasonDto, PilotResultDto, PlanProductQueryDto, UsePlanDto } from './dto/pilot.dto';
import { PilotsService } from './pilots.service';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';

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
  @ApiOperation({ summary: 'Create a pilot plan (시범구매 계획 수립)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('PilotPlanView')
  createPlan(@CurrentActor() actor: Actor, @Body() dto: PilotPlanDto) {
    return this.pilots.createPlan(actor, dto);
  }

  /** Pilot plans are public notices. */
  @Get('pilot-plans')
  @ApiOperation({ summary: 'List pilot plans (시범구매 계획 목록)' })
  @Public()
  @ApiPage('PilotPlanView')
  plans(@Query() query: PageQueryDto) {
    return this.pilots.plans(query);
  }

  @Get('pilot-plans/:id')
  @ApiOperation({ summary: 'A pilot plan (시범구매 계획 상세)' })
  @Public()
  @ApiView('PilotPlanView', { description: 'PilotPlanView with the budget matched so far' })
  plan(@UuidParam('id') id: string) {
    return this.pilots.plan(id);
  }

  /** The demand survey's list: every product of the plan, eligible or excluded with why. */
  @Get('pilot-plans/:id/products')
  @ApiOperation({ summary: "A plan's products for the demand survey (수요조사 대상 제품)" })
  @Public()
  @ApiPage('PlanProductView')
  planProducts(@UuidParam('id') id: string, @Query() query: PlanProductQueryDto) {
    return this.pilots.planProducts(id, query);
  }

  @Put('pilot-plans/:id/products/:productId/use-plan')
  @ApiOperation({ summary: "Save a product's pilot-use plan (시범사용 계획 저장)" })
  @Access({ roles: [], owners: [{ role: Role.SUPPLIER, resource: 'product', param: 'productId' }] })
  @ApiView('SavedUsePlan')
  @ApiConflictResponse({ description: 'The product is excluded from the plan' })
  setUsePlan(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('productId') productId: string, @Body() dto: UsePlanDto) {
    return this.pilots.setUsePlan(actor, id, productId, dto);
  }

  @Get('pilot-plans/:id/matching-proposal')
  @ApiOperation({ summary: 'Propose the matching (매칭안 산출)' })
  @Access({ roles: STAFF })
  @ApiView('MatchingProposal', { description: 'MatchingProposal: ranked matches within the caps and the budget, and what is skipped and why' })
  proposeMatching(@UuidParam('id') id: string) {
    return this.pilots.proposeMatching(id);
  }

  @Post('pilot-plans/:id/matching')
  @ApiOperation({ summary: 'Apply the matching (매칭 확정)' })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiList('PilotView', { description: 'PilotView[] matched (all or none)' })
  @ApiConflictResponse({ description: 'A cap or the budget would be exceeded' })
  applyMatching(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ApplyMatchingDto) {
    return this.pilots.applyMatching(actor, id, dto.applicationIds);
  }

  @Post('pilot-plans/:id/publish')
  @ApiOperation({ summary: 'Publish the matching results (매칭 결과 공개)' })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('PilotPlanView', { description: 'PilotPlanView, published' })
  publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pilots.publish(actor, id);
  }

  @Get('pilot-plans/:id/results')
  @ApiOperation({ summary: "A plan's published results (매칭 결과)" })
  @Public()
  @ApiList('PlanResultRow', { description: 'The published matching results' })
  results(@UuidParam('id') id: string) {
    return this.pilots.results(id);
  }

  @Post('pilot-applications')
  @ApiOperation({ summary: 'Apply for a pilot (시범구매 신청)' })
  @Access({ roles: [Role.BUYER] })
  @ApiView('PilotView', { description: 'PilotView (APPLIED)' })
  @ApiConflictResponse({ description: 'Outside the survey window, applied already, or the product is excluded' })
  apply(@CurrentActor() actor: Actor, @Body() dto: PilotApplicationDto) {
    return this.pilots.apply(actor, dto);
  }

  /** Buyers see their institution's, suppliers their company's, the agency all. */
  @Get('pilot-applications')
  @ApiOperation({ summary: 'List pilot applications (시범구매 신청 목록)' })
  @Access({ roles: [Role.BUYER, Role.SUPPLIER, ...STAFF] })
  @ApiPage('PilotView')
  list(@CurrentActor() actor: Actor, @Query() query: PilotQueryDto) {
    return this.pilots.list(actor, query);
  }

  @Get('pilot-applications/:id')
  @ApiOperation({ summary: 'A pilot (시범구매 상세)' })
  @Access({ roles: STAFF, owners: PARTIES })
  @ApiView('PilotView', { description: 'PilotView with the actions open to the viewer' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pilots.get(actor, id);
  }

  @Post('pilot-applications/:id/match')
  @ApiOperation({ summary: 'Match an application (신청 매칭)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.MATCH)
  @ApiConflictResponse({ description: 'A cap or the budget would be exceeded, or the application is not APPLIED' })
  async match(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.view(await this.pilots.match(actor, id, dto.reason), actor);
  }

  @Post('pilot-applications/:id/decline')
  @ApiOperation({ summary: 'Decline an application (신청 미매칭)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.DECLINE)
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.DECLINE, dto);
  }

  @Post('pilot-applications/:id/withdraw')
  @ApiOperation({ summary: 'Withdraw an application (신청 철회)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.WITHDRAW)
  withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.WITHDRAW, dto);
  }

  @Post('pilot-applications/:id/contract')
  @ApiOperation({ summary: 'Record the contract (계약 체결)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.CONTRACT)
  contract(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.CONTRACT, dto);
  }

  @Post('pilot-applications/:id/deliver')
  @ApiOperation({ summary: 'Record the delivery (납품 완료)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.DELIVER)
  deliver(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.DELIVER, dto);
  }

  @Post('pilot-applications/:id/start-use')
  @ApiOperation({ summary: 'Start using the product (사용 개시)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.START_USE)
  startUse(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.START_USE, dto);
  }

  @Post('pilot-applications/:id/report')
  @ApiOperation({ summary: "Report the pilot's result (사용 결과 보고)" })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.REPORT)
  @ApiBadRequestResponse({ description: 'Each of the 10 indicators needs a whole score from 1 to 5' })
  report(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotResultDto) {
    return this.pilots.act(actor, id, PilotAction.REPORT, { result: dto });
  }

  @Post('pilot-applications/:id/judge-success')
  @ApiOperation({ summary: 'Judge the pilot a success (성공 판정)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.JUDGE_SUCCESS)
  judgeSuccess(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.JUDGE_SUCCESS, dto);
  }

  @Post('pilot-applications/:id/judge-insufficient')
  @ApiOperation({ summary: 'Judge the pilot insufficient (미흡 판정)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.JUDGE_INSUFFICIENT)
  judgeInsufficient(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.JUDGE_INSUFFICIENT, dto);
  }

  @Post('pilot-applications/:id/complete-corrective-action')
  @ApiOperation({ summary: 'Record the corrective action done (보완조치 완료)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.COMPLETE_CORRECTIVE_ACTION)
  completeCorrectiveAction(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.COMPLETE_CORRECTIVE_ACTION, dto);
  }

  @Post('pilot-applications/:id/refuse-corrective-action')
  @ApiOperation({ summary: 'Record the corrective action refused (보완조치 거부)' })
  @ApiView('PilotView')
  @HttpCode(200)
  @move(PilotAction.REFUSE_CORRECTIVE_ACTION)
  refuseCorrectiveAction(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PilotReasonDto) {
    return this.pilots.act(actor, id, PilotAction.REFUSE_CORRECTIVE_ACTION, dto);
  }

  @Post('pilot-applications/:id/check-ins')
  @ApiOperation({ summary: 'Answer a usage check-in (사용 현황 점검 응답)' })
  @HttpCode(200)
  @Access({ roles: [], owners: [PARTIES[0]] })
  @ApiView('PilotView', { description: 'PilotView with the check-in' })
  @ApiConflictResponse({ description: 'Not due yet, or already answered' })
  checkIn(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CheckInDto) {
    return this.pilots.checkIn(actor, id, dto);
  }

  /** Pilot products shelved or returned after the pilot: the known failure this platform watches. */
  @Get('pilot-usage/attention')
  @ApiOperation({ summary: 'Pilots needing attention (관심 필요 시범구매)' })
  @Access({ roles: STAFF })
  @ApiPage('PilotView', { description: 'Page of PilotView with its latest check-in' })
  attention(@Query() query: PageQueryDto) {
    return this.pilots.needingAttention(query);
  }

  @Get('products/:id/pilot-results')
  @ApiOperation({ summary: "A product's pilot results (제품 시범구매 성과)" })
  @Public()
  @ApiView('ProductPilotResults', { description: 'ProductPilotResults: indicator averages and verdicts over its pilots' })
  productResults(@UuidParam('id') id: string) {
    return this.pilots.productResults(id);
  }
}
