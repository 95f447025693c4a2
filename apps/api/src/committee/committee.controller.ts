import { Body, Controller, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { CriteriaSetDto } from '../calls/dto/call-input.dto';
import { UuidParam } from '../common/uuid-param';
import { CommitteeService } from './committee.service';
import { CommitteeViews } from './committee-views';
import { AgendaItemInputDto, AttendanceDto, DeclarationDto, ScoreSheetDto, SessionInputDto, VoteDto } from './dto/committee.dto';
import { ApiList, ApiView } from '../openapi/api-response.decorator';

const STAFF = [Role.OPERATOR, Role.ADMIN];

@ApiTags('committee')
@Controller('v1')
export class CommitteeController {
  constructor(
    private readonly committee: CommitteeService,
    private readonly views: CommitteeViews,
  ) {}

  @Get('rooms')
  @ApiOperation({ summary: 'List meeting rooms (회의실 목록)' })
  @Access({ roles: STAFF })
  @ApiList('RoomView')
  rooms() {
    return this.committee.rooms();
  }

  @Post('committee-sessions')
  @ApiOperation({ summary: 'Schedule a committee session (위원회 회의 등록)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('SessionView')
  @ApiConflictResponse({ description: 'The room is booked for an overlapping time' })
  createSession(@CurrentActor() actor: Actor, @Body() dto: SessionInputDto) {
    return this.committee.createSession(actor, dto);
  }

  /** Operators see every session; a committee member only their own. */
  @Get('committee-sessions')
  @ApiOperation({ summary: 'List committee sessions (위원회 회의 목록)' })
  @Access({ roles: [...STAFF, Role.COMMITTEE] })
  @ApiList('SessionView')
  sessions(@CurrentActor() actor: Actor) {
    return this.committee.sessions(actor);
  }

  @Get('committee-sessions/:id')
  @ApiOperation({ summary: 'A committee session (위원회 회의 상세)' })
  @Access({ roles: [...STAFF, Role.COMMITTEE] })
  @ApiView('SessionView', { description: 'SessionView (a member must belong to the session)' })
  session(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.committee.session(actor, id);
  }

  /** The chair opens the session on its date, recording who is present (in the room or online) and who is absent. */
  @Post('committee-sessions/:id/open')
  @ApiOperation({ summary: 'Open a session with its attendance (회의 개회·출석)' })
  @HttpCode(200)
  @Access({ roles: [Role.COMMITTEE] })
  @ApiView('SessionView', { description: 'SessionView with the attendance' })
  @ApiBadRequestResponse({ description: 'Not every member listed once, or the chair absent' })
  @ApiConflictResponse({ description: 'Already open, or before the session’s date' })
  openSession(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AttendanceDto) {
    return this.committee.openSession(actor, id, dto);
  }

  @Post('committee-sessions/:id/items')
  @ApiOperation({ summary: 'Put a proposal on the agenda (안건 상정)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('SessionView', { description: 'SessionView with the new agenda item' })
  @ApiConflictResponse({ description: 'The proposal is not in evaluation; the challenge is not proposed, its call not closed or selected by the operator' })
  addItem(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AgendaItemInputDto) {
    return this.committee.addItem(actor, id, dto);
  }

  /** Published minutes (closed items only; scores without names). */
  @Get('committee-sessions/:id/minutes')
  @ApiOperation({ summary: "A session's published minutes (회의록)" })
  @Public()
  @ApiView('MinutesView')
  minutes(@UuidParam('id') id: string) {
    return this.views.minutes(id);
  }

  @Get('agenda-items/:id')
  @ApiOperation({ summary: 'An agenda item (안건 상세)' })
  @Access({ roles: [...STAFF, Role.COMMITTEE] })
  @ApiView('AgendaItemView', { description: 'AgendaItemView with the proposal, or only its summary for a recused member' })
  item(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.committee.itemDetail(actor, id);
  }

  @Patch('agenda-items/:id/criteria')
  @ApiOperation({ summary: "Change an item's criteria (안건 평가기준 수정)" })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('AgendaItemView')
  @ApiConflictResponse({ description: 'Frozen: a score has been cast' })
  updateCriteria(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CriteriaSetDto) {
    return this.committee.updateCriteria(actor, id, dto);
  }

  @Post('agenda-items/:id/declaration')
  @ApiOperation({ summary: 'Declare a conflict of interest or none (이해충돌 신고)' })
  @HttpCode(200)
  @Access({ roles: [Role.COMMITTEE] })
  @ApiView('AgendaItemView')
  @ApiConflictResponse({ description: 'Already declared, or the item is closed' })
  declare(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeclarationDto) {
    return this.committee.declare(actor, id, dto);
  }

  @Put('agenda-items/:id/score')
  @ApiOperation({ summary: 'Score an agenda item (안건 채점)' })
  @Access({ roles: [Role.COMMITTEE] })
  @ApiView('AgendaItemView', { description: 'AgendaItemView with the member’s own score' })
  @ApiBadRequestResponse({ description: 'A score outside its criterion’s points, or a missing comment' })
  @ApiConflictResponse({ description: 'No declaration yet, or the item is closed' })
  score(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScoreSheetDto) {
    return this.committee.score(actor, id, dto);
  }

  @Put('agenda-items/:id/vote')
  @ApiOperation({ summary: 'Vote on an agenda item (안건 표결)' })
  @Access({ roles: [Role.COMMITTEE] })
  @ApiView('AgendaItemView', { description: 'AgendaItemView with the member’s own vote' })
  @ApiConflictResponse({ description: 'The call asks for no vote, the item is not scored by the member yet, the session is not open, or the item is closed' })
  vote(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: VoteDto) {
    return this.committee.vote(actor, id, dto);
  }

  @Post('agenda-items/:id/close')
  @ApiOperation({ summary: 'Close an agenda item with its decision (안건 의결)' })
  @HttpCode(200)
  @Access({ roles: [Role.COMMITTEE] })
  @ApiView('AgendaItemView', { description: 'AgendaItemView with the decision' })
  @ApiConflictResponse({ description: 'Already closed, before the session is open, no quorum, or scores or votes of members present missing' })
  close(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.committee.close(actor, id);
  }
}
