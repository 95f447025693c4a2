import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProposalAction, proposalMachine, Role, rolesFor, type Role as RoleType } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { ProposalInputDto, ProposalQueryDto, ProposalUpdateDto, ReasonDto, ScreeningDto, SupplementRequestDto } from './dto/proposal.dto';
import { moverOf, ProposalsService } from './proposals.service';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';

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
  @ApiOperation({ summary: 'Draft a proposal (지정 신청서 작성)' })
  @Access({ roles: [Role.SUPPLIER] })
  @ApiView('ProposalView', { description: 'ProposalView (DRAFT)' })
  @ApiConflictResponse({ description: 'The call is closed, or the product already has a proposal in it' })
  create(@CurrentActor() actor: Actor, @Body() dto: ProposalInputDto) {
    return this.proposals.create(actor, dto);
  }

  /** Suppliers see their company's; operators the screening queue (filter by status). */
  @Get()
  @ApiOperation({ summary: 'List proposals (신청서 목록)' })
  @Access({ roles: [Role.SUPPLIER, ...STAFF] })
  @ApiPage('ProposalView')
  list(@CurrentActor() actor: Actor, @Query() query: ProposalQueryDto) {
    return this.proposals.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A proposal (신청서 상세)' })
  @Access({ roles: STAFF, owners: [OWN] })
  @ApiView('ProposalView', { description: 'ProposalView with the actions open to the viewer' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a proposal (신청서 수정)' })
  @Access({ roles: [], owners: [OWN] })
  @ApiView('ProposalView')
  @ApiConflictResponse({ description: 'The call closed, or the proposal is past editing' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ProposalUpdateDto) {
    return this.proposals.update(actor, id, dto);
  }

  @Get(':id/eligibility')
  @ApiOperation({ summary: 'Check the eligibility rules (신청 자격 확인)' })
  @Access({ roles: STAFF, owners: [OWN] })
  @ApiList('RuleResult', { description: 'RuleResult[]: each eligibility rule with pass or fail and why' })
  eligibility(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.eligibility(actor, id);
  }

  @Post(':id/submit')
  @ApiOperation({ summary: 'Submit a proposal (신청서 제출)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.SUBMIT)
  @ApiConflictResponse({ description: 'Call not open, wrong state, or an eligibility rule fails (details per rule)' })
  async submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.SUBMIT), actor);
  }

  @Post(':id/supplement')
  @ApiOperation({ summary: 'Submit the supplement (보완 제출)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.SUPPLEMENT)
  @ApiConflictResponse({ description: 'No supplement requested, or its deadline passed' })
  async supplement(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.SUPPLEMENT), actor);
  }

  @Post(':id/withdraw')
  @ApiOperation({ summary: 'Withdraw a proposal (신청 철회)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.WITHDRAW)
  @ApiConflictResponse({ description: 'Already in evaluation' })
  async withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.WITHDRAW, { reason: dto.reason }), actor);
  }

  @Post(':id/start-screening')
  @ApiOperation({ summary: 'Start screening (서면 검토 개시)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.START_SCREENING)
  async startScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.START_SCREENING), actor);
  }

  @Post(':id/request-supplement')
  @ApiOperation({ summary: 'Request a supplement (보완 요청)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.REQUEST_SUPPLEMENT)
  async requestSupplement(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SupplementRequestDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.REQUEST_SUPPLEMENT, { supplement: dto }), actor);
  }

  @Post(':id/lapse-supplement')
  @ApiOperation({ summary: 'Lapse an overdue supplement (보완 기한 경과 처리)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.LAPSE_SUPPLEMENT)
  @ApiConflictResponse({ description: 'The deadline has not passed' })
  async lapseSupplement(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.LAPSE_SUPPLEMENT), actor);
  }

  @Post(':id/pass-screening')
  @ApiOperation({ summary: 'Pass screening (서면 검토 통과)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.PASS_SCREENING)
  @ApiBadRequestResponse({ description: 'The checklist must cover every item, each passed' })
  async passScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScreeningDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.PASS_SCREENING, { screening: dto }), actor);
  }

  @Post(':id/fail-screening')
  @ApiOperation({ summary: 'Fail screening (서면 검토 탈락)' })
  @ApiView('ProposalView')
  @HttpCode(200)
  @transition(ProposalAction.FAIL_SCREENING)
  @ApiBadRequestResponse({ description: 'Name the failing items with their reasons' })
  async failScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScreeningDto) {
    return this.proposals.view(await this.proposals.transition(moverOf(actor), id, ProposalAction.FAIL_SCREENING, { screening: dto }), actor);
  }
}
