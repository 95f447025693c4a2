import { Body, Controller, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { CriteriaSetDto } from '../calls/dto/call-input.dto';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { CommitteeService } from './committee.service';
import { CommitteeViews } from './committee-views';
import { AgendaItemInputDto, AttendanceDto, DeclarationDto, ScoreSheetDto, SessionInputDto, VoteDto } from './dto/committee.dto';

const STAFF = [Role.OPERATOR, Role.ADMIN];

@ApiTags('committee')
@Controller('v1')
export class CommitteeController {
  constructor(
    private readonly committee: CommitteeService,
    private readonly views: CommitteeViews,
  ) {}

  @Get('rooms')
  @Access({ roles: STAFF })
  @ApiOkResponse({ description: 'RoomView[]' })
  rooms() {
    return this.committee.rooms();
  }

  @Post('committee-sessions')
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'SessionView' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The room is booked for an overlapping time' })
  createSession(@CurrentActor() actor: Actor, @Body() dto: SessionInputDto) {
    return this.committee.createSession(actor, dto);
  }

  /** Operators see every session; a committee member only their own. */
  @Get('committee-sessions')
  @Access({ roles: [...STAFF, Role.COMMITTEE] })
  @ApiOkResponse({ description: 'SessionView[]' })
  sessions(@CurrentActor() actor: Actor) {
    return this.committee.sessions(actor);
  }

  @Get('committee-sessions/:id')
  @Access({ roles: [...STAFF, Role.COMMITTEE] })
  @ApiOkResponse({ description: 'SessionView (a member must belong to the session)' })
  session(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.committee.session(actor, id);
  }

  /** The chair opens the session on its date, recording who is present (in the room or online) and who is absent. */
  @Post('committee-sessions/:id/open')
  @HttpCode(200)
  @Access({ roles: [Role.COMMITTEE] })
  @ApiOkResponse({ description: 'SessionView with the attendance' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Not every member listed once, or the chair absent' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already open, or before the session’s date' })
  openSession(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AttendanceDto) {
    return this.committee.openSession(actor, id, dto);
  }

  @Post('committee-sessions/:id/items')
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'SessionView with the new agenda item' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Neither or both of proposalId and challengeId' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The proposal is not in evaluation; the challenge is not proposed, its call not closed or selected by the operator' })
  addItem(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AgendaItemInputDto) {
    return this.committee.addItem(actor, id, dto);
  }

  /** Published minutes (closed items only; scores without names). */
  @Get('committee-sessions/:id/minutes')
  @Public()
  @ApiOkResponse({ description: 'MinutesView' })
  minutes(@UuidParam('id') id: string) {
    return this.views.minutes(id);
  }

  @Get('agenda-items/:id')
  @Access({ roles: [...STAFF, Role.COMMITTEE] })
  @ApiOkResponse({ description: 'AgendaItemView with the proposal, or only its summary for a recused member' })
  item(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.committee.itemDetail(actor, id);
  }

  @Patch('agenda-items/:id/criteria')
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'AgendaItemView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Frozen: a score has been cast' })
  updateCriteria(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CriteriaSetDto) {
    return this.committee.updateCriteria(actor, id, dto);
  }

  @Post('agenda-items/:id/declaration')
  @HttpCode(200)
  @Access({ roles: [Role.COMMITTEE] })
  @ApiOkResponse({ description: 'AgendaItemView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already declared, or the item is closed' })
  declare(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeclarationDto) {
    return this.committee.declare(actor, id, dto);
  }

  @Put('agenda-items/:id/score')
  @Access({ roles: [Role.COMMITTEE] })
  @ApiOkResponse({ description: 'AgendaItemView with the member’s own score' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A score outside its criterion’s points, or a missing comment' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'No declaration yet, or the item is closed' })
  score(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ScoreSheetDto) {
    return this.committee.score(actor, id, dto);
  }

  @Put('agenda-items/:id/vote')
  @Access({ roles: [Role.COMMITTEE] })
  @ApiOkResponse({ description: 'AgendaItemView with the member’s own vote' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The call asks for no vote, the item is not scored by the member yet, the session is not open, or the item is closed' })
  vote(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: VoteDto) {
    return this.committee.vote(actor, id, dto);
  }

  @Post('agenda-items/:id/close')
  @HttpCode(200)
  @Access({ roles: [Role.COMMITTEE] })
  @ApiOkResponse({ description: 'AgendaItemView with the decision' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already closed, before the session is open, no quorum, or scores or votes of members present missing' })
  close(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.committee.close(actor, id);
  }
}
