import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PANEL_ROLES, Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { DemoDaysService } from './demo-days.service';
import { AllocationDto, ClaimInvitationDto, DemoDayDto, NominationDto, NominationQueryDto, PanelDto, PreScreeningDto, ScheduleDto, ScoutingRoundDto } from './dto/scouting.dto';
import { NominationsService } from './nominations.service';

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
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'ScoutingRoundView (OPEN)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  createRound(@CurrentActor() actor: Actor, @Body() dto: ScoutingRoundDto) {
    return this.nominations.createRound(actor, dto);
  }

  /** Scouting rounds are public notices; a signed-in scout also sees how many nominations it has left. */
  @Get('scouting-rounds')
  @Public()
  @ApiOkResponse({ description: 'Page of ScoutingRoundView' })
  rounds(@OptionalActor() viewer: Actor | null, @Query() query: PageQueryDto) {
    return this.nominations.rounds(viewer, query);
  }

  @Get('scouting-rounds/:id')
  @Public()
  @ApiOkResponse({ description: 'ScoutingRoundView' })
  round(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.nominations.round(viewer, id);
  }

  @Post('scouting-rounds/:id/close')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already closed' })
  closeRound(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.nominations.closeRound(actor, id);
  }

  @Post('nominations')
  @Access({ roles: [Role.SCOUT] })
  @ApiCreatedResponse({ description: 'NominationView with the invitation link (shown this once)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The round is closed, the scout’s share is used, or the company is nominated already' })
  nominate(@CurrentActor() actor: Actor, @Body() dto: NominationDto) {
    return this.nominations.nominate(actor, dto);
  }

  /** Scouts see their own, suppliers their company's, the agency all. */
  @Get('nominations')
  @Access({ roles: [Role.SCOUT, Role.SUPPLIER, ...STAFF] })
  @ApiOkResponse({ description: 'Page of NominationView' })
  list(@CurrentActor() actor: Actor, @Query() query: NominationQueryDto) {
    return this.nominations.list(actor, query);
  }

  @Get('nominations/:id')
  @Access({ roles: STAFF, owners: NOMINATION_OWNERS })
  @ApiOkResponse({ description: 'NominationView' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.nominations.get(actor, id);
  }

  @Post('nominations/:id/invitation')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR], owners: [NOMINATION_OWNERS[0]] })
  @ApiOkResponse({ description: 'NominationView with a new invitation link; the previous link stops working' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already claimed' })
  reissueInvitation(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.nominations.reissueInvitation(actor, id);
  }

  @Post('nominations/:id/pass-pre-screening')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not NOMINATED' })
  passPreScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PreScreeningDto) {
    return this.nominations.preScreen(actor, id, true, dto.note);
  }

  @Post('nominations/:id/fail-pre-screening')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not NOMINATED' })
  failPreScreening(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PreScreeningDto) {
    return this.nominations.preScreen(actor, id, false, dto.note);
  }

  @Post('nominations/:id/schedule')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not PRE_SCREENED, or the demo day is no longer being planned' })
  schedule(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScheduleDto) {
    return this.demoDays.schedule(actor, id, dto.demoDayId);
  }

  /** What an invitation is for, for whoever holds the link (before signing up). The token travels in the body, not the URL. */
  @Post('scouting-invitations/lookup')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ description: 'InvitationView' })
  invitation(@Body() dto: ClaimInvitationDto) {
    return this.nominations.invitation(dto.token);
  }

  @Post('scouting-invitations/claim')
  @HttpCode(200)
  @Access({ roles: [Role.SUPPLIER] })
  @ApiOkResponse({ description: 'NominationView, linked to the supplier’s company' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Used or expired' })
  claim(@CurrentActor() actor: Actor, @Body() dto: ClaimInvitationDto) {
    return this.nominations.claim(actor, dto.token);
  }

  @Post('demo-days')
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'DemoDayView (PLANNED)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  createDemoDay(@CurrentActor() actor: Actor, @Body() dto: DemoDayDto) {
    return this.demoDays.create(actor, dto);
  }

  /** Demo days and their programmes are public; the panel is shown to the agency only. */
  @Get('demo-days')
  @Public()
  @ApiOkResponse({ description: 'Page of DemoDayView' })
  demoDayList(@OptionalActor() viewer: Actor | null, @Query() query: PageQueryDto) {
    return this.demoDays.list(viewer, query);
  }

  @Get('demo-days/:id')
  @Public()
  @ApiOkResponse({ description: 'DemoDayView' })
  demoDay(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.demoDays.get(viewer, id);
  }

  @Put('demo-days/:id/panel')
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'DemoDayView with its panel' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The day is no longer being planned' })
  setPanel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PanelDto) {
    return this.demoDays.setPanel(actor, id, dto.userIds);
  }

  @Post('demo-days/:id/open')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not PLANNED, or without products or panel' })
  openDemoDay(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.demoDays.open(actor, id);
  }

  @Post('demo-days/:id/close')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'DemoDayResultsView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not OPEN (closed already)' })
  closeDemoDay(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.demoDays.close(actor, id);
  }

  @Get('demo-days/:id/my-allocations')
  @Access({ roles: [...PANEL_ROLES] })
  @ApiOkResponse({ description: 'MyAllocationsView: the member’s own allocations only' })
  myAllocations(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.demoDays.myAllocations(actor, id);
  }

  @Put('demo-days/:id/allocations/:nominationId')
  @Access({ roles: [...PANEL_ROLES] })
  @ApiOkResponse({ description: 'MyAllocationsView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Over the budget, or the day is not open' })
  allocate(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('nominationId') nominationId: string, @Body() dto: AllocationDto) {
    return this.demoDays.allocate(actor, id, nominationId, dto.amount);
  }

  /** Public after the close: totals per product and the number of investors, never their names. */
  @Get('demo-days/:id/results')
  @Public()
  @ApiOkResponse({ description: 'DemoDayResultsView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'ALLOCATIONS_HIDDEN until the close' })
  results(@UuidParam('id') id: string) {
    return this.demoDays.results(id);
  }
}
