import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProposalAction, proposalMachine, Role, rolesFor, type Role as RoleType } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { ProposalInputDto, ProposalQueryDto, ProposalUpdateDto, ReasonDto, ScreeningDto, SupplementRequestDto } from './dto/proposal.dto';
import { moverOf, ProposalsService } from './proposals.service';

const OWN = { role: Role.SUPPLIER, resource: 'proposal', param: 'id' } as const;
const STAFF = [Role.OPERATOR, Role.ADMIN];

/** A transition route admits the roles the machine names: suppliers only on their own proposals. */
function transition(action: ProposalAction) {
  const roles = rolesFor(proposalMachine, action).filter((r): r is RoleType => r !== 'SYSTEM');
  return Access({ roles: roles.filter((r) => r !== Role.SUPPLIER), owners: roles.includes(Role.SUPPLIER) ? [OWN] : [] });
}

@ApiTags('proposals')
@Controller('v1/proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Post()
  @Access({ roles: [Role.SUPPLIER] })
  @ApiCreatedResponse({ description: 'ProposalView (DRAFT)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The call is closed, or the product already has a proposal in it' })
  create(@CurrentActor() actor: Actor, @Body() dto: ProposalInputDto) {
    return this.proposals.create(actor, dto);
  }

  /** Suppliers see their company's; operators the screening queue (filter by status). */
  @Get()
  @Access({ roles: [Role.SUPPLIER, ...STAFF] })
  @ApiOkResponse({ description: 'Page of ProposalView' })
  list(@CurrentActor() actor: Actor, @Query() query: ProposalQueryDto) {
    return this.proposals.list(actor, query);
  }

  @Get(':id')
  @Access({ roles: STAFF, owners: [OWN] })
  @ApiOkResponse({ description: 'ProposalView with the actions open to the viewer' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.get(actor, id);
  }

  @Patch(':id')
  @Access({ roles: [], owners: [OWN] })
  @ApiOkResponse({ description: 'ProposalView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The call closed, or the proposal is past editing' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ProposalUpdateDto) {
    return this.proposals.update(actor, id, dto);
  }

  @Get(':id/eligibility')
  @Access({ roles: STAFF, owners: [OWN] })
  @ApiOkResponse({ description: 'RuleResult[]: each eligibility rule with pass or fail and why' })
  eligibility(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.eligibility(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @transition(ProposalAction.SUBMIT)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Call not open, wrong state, or an eligibility rule fails (details per rule)' })
  async submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.SUBMIT), actor);
  }

  @Post(':id/supplement')
  @HttpCode(200)
  @transition(ProposalAction.SUPPLEMENT)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'No supplement requested, or its deadline passed' })
  async supplement(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.SUPPLEMENT), actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @transition(ProposalAction.WITHDRAW)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already in evaluation' })
  async withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.WITHDRAW, { reason: dto.reason }), actor);
  }

  @Post(':id/start-screening')
  @HttpCode(200)
  @transition(ProposalAction.START_SCREENING)
  async startScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.START_SCREENING), actor);
  }

  @Post(':id/request-supplement')
  @HttpCode(200)
  @transition(ProposalAction.REQUEST_SUPPLEMENT)
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async requestSupplement(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SupplementRequestDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.REQUEST_SUPPLEMENT, { supplement: dto }), actor);
  }

  @Post(':id/lapse-supplement')
  @HttpCode(200)
  @transition(ProposalAction.LAPSE_SUPPLEMENT)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The deadline has not passed' })
  async lapseSupplement(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.LAPSE_SUPPLEMENT), actor);
  }

  @Post(':id/pass-screening')
  @HttpCode(200)
  @transition(ProposalAction.PASS_SCREENING)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'The checklist must cover every item, each passed' })
  async passScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScreeningDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.PASS_SCREENING, { screening: dto }), actor);
  }

  @Post(':id/fail-screening')
  @HttpCode(200)
  @transition(ProposalAction.FAIL_SCREENING)
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Name the failing items with their reasons' })
  async failScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScreeningDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.FAIL_SCREENING, { screening: dto }), actor);
  }
}
