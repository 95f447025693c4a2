import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PANEL_ROLES, Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { DemoDaysService } from './demo-days.service';
import { AllocationDto, ClaimInvitationDto, DemoDayDto, NominationDto, NominationQueryDto, PanelDto, PreScreeningDto, ScheduleDto, ScoutingRoundDto } from './dto/scouting.dto';
import { NominationsService } from './nominations.service';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';

const STAFF = [Role.OPERATOR, Role.ADMIN];
/** A nomination is its scout's, and (once linked) its company's. */
const NOMINATION_OWNERS = [
  { role: Role.SCOUT, resource: 'nomination' as const, param: 'id' },
  { role: Role.SUPPLIER, resource: 'nomination' as const, param: 'id' },
];

@ApiTags('scouting')
@Controller('v1')
export class ScoutingController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly demoDays: DemoDaysService,
  ) {}

  @Post('scouting-rounds')
  @ApiOperation({ summary: 'Open a scouting round (발굴 라운드 개시)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('ScoutingRoundView', { description: 'ScoutingRoundView (OPEN)' })
  createRound(@CurrentActor() actor: Actor, @Body() dto: ScoutingRoundDto) {
    return this.nominations.createRound(actor, dto);
  }

  /** Scouting rounds are public notices; a signed-in scout also sees how many nominations it has left. */
  @Get('scouting-rounds')
  @ApiOperation({ summary: 'List scouting rounds (발굴 라운드 목록)' })
  @Public()
  @ApiPage('ScoutingRoundView')
  rounds(@OptionalActor() viewer: Actor | null, @Query() query: PageQueryDto) {
    return this.nominations.rounds(viewer, query);
  }

  @Get('scouting-rounds/:id')
  @ApiOperation({ summary: 'A scouting round (발굴 라운드 상세)' })
  @Public()
  @ApiView('ScoutingRoundView')
  round(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.nominations.round(viewer, id);
  }

  @Post('scouting-rounds/:id/close')
  @ApiOperation({ summary: 'Close a scouting round (발굴 라운드 마감)' })
  @ApiView('ScoutingRoundView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ description: 'Already closed' })
  closeRound(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.nominations.closeRound(actor, id);
  }

  @Post('nominations')
  @ApiOperation({ summary: 'Nominate a company (기업 추천)' })
  @Access({ roles: [Role.SCOUT] })
  @ApiView('NominationView', { description: 'NominationView with the invitation link (shown this once)' })
  @ApiConflictResponse({ description: 'The round is closed, the scout’s share is used, or the company is nominated already' })
  nominate(@CurrentActor() actor: Actor, @Body() dto: NominationDto) {
    return this.nominations.nominate(actor, dto);
  }

  /** Scouts see their own, suppliers their company's, the agency all. */
  @Get('nominations')
  @ApiOperation({ summary: 'List nominations (추천 목록)' })
  @Access({ roles: [Role.SCOUT, Role.SUPPLIER, ...STAFF] })
  @ApiPage('NominationView')
  list(@CurrentActor() actor: Actor, @Query() query: NominationQueryDto) {
    return this.nominations.list(actor, query);
  }

  @Get('nominations/:id')
  @ApiOperation({ summary: 'A nomination (추천 상세)' })
  @Access({ roles: STAFF, owners: NOMINATION_OWNERS })
  @ApiView('NominationView')
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.nominations.get(actor, id);
  }

  @Post('nominations/:id/invitation')
  @ApiOperation({ summary: 'Reissue the invitation link (초대 링크 재발급)' })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR], owners: [NOMINATION_OWNERS[0]] })
  @ApiView('NominationView', { description: 'NominationView with a new invitation link; the previous link stops working' })
  @ApiConflictResponse({ description: 'Already claimed' })
  reissueInvitation(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.nominations.reissueInvitation(actor, id);
  }

  @Post('nominations/:id/pass-pre-screening')
  @ApiOperation({ summary: 'Pass pre-screening (사전 검토 통과)' })
  @ApiView('NominationView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ description: 'Not NOMINATED' })
  passPreScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PreScreeningDto) {
    return this.nominations.preScreen(actor, id, true, dto.note);
  }

  @Post('nominations/:id/fail-pre-screening')
  @ApiOperation({ summary: 'Fail pre-screening (사전 검토 탈락)' })
  @ApiView('NominationView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ description: 'Not NOMINATED' })
  failPreScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PreScreeningDto) {
    return this.nominations.preScreen(actor, id, false, dto.note);
  }

  @Post('nominations/:id/schedule')
  @ApiOperation({ summary: 'Schedule for a demo day (데모데이 배정)' })
  @ApiView('NominationView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ description: 'Not PRE_SCREENED, or the demo day is no longer being planned' })
  schedule(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScheduleDto) {
    return this.demoDays.schedule(actor, id, dto.demoDayId);
  }

  /** What an invitation is for, for whoever holds the link (before signing up). The token travels in the body, not the URL. */
  @Post('scouting-invitations/lookup')
  @ApiOperation({ summary: 'Look up an invitation (초대 확인)' })
  @HttpCode(200)
  @Public()
  @ApiView('InvitationView')
  invitation(@Body() dto: ClaimInvitationDto) {
    return this.nominations.invitation(dto.token);
  }

  @Post('scouting-invitations/claim')
  @ApiOperation({ summary: 'Claim an invitation (초대 수락)' })
  @HttpCode(200)
  @Access({ roles: [Role.SUPPLIER] })
  @ApiView('NominationView', { description: 'NominationView, linked to the supplier’s company' })
  @ApiConflictResponse({ description: 'Used or expired' })
  claim(@CurrentActor() actor: Actor, @Body() dto: ClaimInvitationDto) {
    return this.nominations.claim(actor, dto.token);
  }

  @Post('demo-days')
  @ApiOperation({ summary: 'Plan a demo day (데모데이 계획)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('DemoDayView', { description: 'DemoDayView (PLANNED)' })
  createDemoDay(@CurrentActor() actor: Actor, @Body() dto: DemoDayDto) {
    return this.demoDays.create(actor, dto);
  }

  /** Demo days and their programmes are public; the panel is shown to the agency only. */
  @Get('demo-days')
  @ApiOperation({ summary: 'List demo days (데모데이 목록)' })
  @Public()
  @ApiPage('DemoDayView')
  demoDayList(@OptionalActor() viewer: Actor | null, @Query() query: PageQueryDto) {
    return this.demoDays.list(viewer, query);
  }

  @Get('demo-days/:id')
  @ApiOperation({ summary: 'A demo day (데모데이 상세)' })
  @Public()
  @ApiView('DemoDayView')
  demoDay(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.demoDays.get(viewer, id);
  }

  @Put('demo-days/:id/panel')
  @ApiOperation({ summary: "Set a demo day's panel (심사단 구성)" })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('DemoDayView', { description: 'DemoDayView with its panel' })
  @ApiConflictResponse({ description: 'The day is no longer being planned' })
  setPanel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PanelDto) {
    return this.demoDays.setPanel(actor, id, dto.userIds);
  }

  @Post('demo-days/:id/open')
  @ApiOperation({ summary: 'Open a demo day (데모데이 개시)' })
  @ApiView('DemoDayView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ description: 'Not PLANNED, or without products or panel' })
  openDemoDay(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.demoDays.open(actor, id);
  }

  @Post('demo-days/:id/close')
  @ApiOperation({ summary: 'Close a demo day (데모데이 종료)' })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('DemoDayResultsView')
  @ApiConflictResponse({ description: 'Not OPEN (closed already)' })
  closeDemoDay(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.demoDays.close(actor, id);
  }

  @Get('demo-days/:id/my-allocations')
  @ApiOperation({ summary: 'My allocations (나의 투자 배분)' })
  @Access({ roles: [...PANEL_ROLES] })
  @ApiView('MyAllocationsView', { description: 'MyAllocationsView: the member’s own allocations only' })
  myAllocations(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.demoDays.myAllocations(actor, id);
  }

  @Put('demo-days/:id/allocations/:nominationId')
  @ApiOperation({ summary: 'Allocate to a product (투자 배분)' })
  @Access({ roles: [...PANEL_ROLES] })
  @ApiView('MyAllocationsView')
  @ApiConflictResponse({ description: 'Over the budget, or the day is not open' })
  allocate(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('nominationId') nominationId: string, @Body() dto: AllocationDto) {
    return this.demoDays.allocate(actor, id, nominationId, dto.amount);
  }

  /** Public after the close: totals per product and the number of investors, never their names. */
  @Get('demo-days/:id/results')
  @ApiOperation({ summary: "A demo day's results (데모데이 결과)" })
  @Public()
  @ApiView('DemoDayResultsView')
  @ApiConflictResponse({ description: 'ALLOCATIONS_HIDDEN until the close' })
  results(@UuidParam('id') id: string) {
    return this.demoDays.results(id);
  }
}
