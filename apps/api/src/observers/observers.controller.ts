import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConcernAction, concernMachine, Role, rolesFor } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';
import { ConcernsService } from './concerns.service';
import { ConcernAnswerDto, ConcernDto, ConcernQueryDto } from './dto/concern.dto';
import { ObserverSessions } from './observer-sessions';

/** Observers read sessions; operators and admins may see what observers are shown. */
const READERS = [Role.OBSERVER, Role.OPERATOR, Role.ADMIN];

@ApiTags('observers')
@Controller('v1')
export class ObserversController {
  constructor(
    private readonly sessions: ObserverSessions,
    private readonly concerns: ConcernsService,
  ) {}

  @Get('observer/sessions')
  @ApiOperation({ summary: 'Committee sessions as observers see them (시민감시 회의 목록)' })
  @Access({ roles: READERS })
  @ApiList('ObserverSessionSummary')
  @ApiForbiddenResponse({ description: 'An observer outside the term (OBSERVER_TERM_NOT_STARTED, OBSERVER_TERM_ENDED)' })
  sessionList() {
    return this.sessions.list();
  }

  @Get('observer/sessions/:id')
  @ApiOperation({ summary: 'A committee session as observers see it (시민감시 회의 상세)' })
  @Access({ roles: READERS })
  @ApiView('ObserverSessionView', { description: 'Agenda, attendance, recusals (who), scores per member without names and each item’s trail, once the session is closed' })
  @ApiForbiddenResponse({ description: 'An observer outside the term (OBSERVER_TERM_NOT_STARTED, OBSERVER_TERM_ENDED)' })
  detail(@UuidParam('id') id: string) {
    return this.sessions.detail(id);
  }

  @Post('decisions/:id/concerns')
  @ApiOperation({ summary: 'File a public comment or a formal concern on a decision (결정에 대한 의견·이의 제기)' })
  @Access({ roles: [Role.OBSERVER] })
  @ApiView('ConcernView')
  @ApiForbiddenResponse({ description: 'An observer outside the term (OBSERVER_TERM_NOT_STARTED, OBSERVER_TERM_ENDED)' })
  file(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ConcernDto) {
    return this.concerns.file(actor, id, dto);
  }

  /** Public like the decisions themselves: the comments, the concerns, their due days and the answers. */
  @Get('concerns')
  @ApiOperation({ summary: 'Observers’ comments and concerns with the answers (시민감시 의견·답변 공개 목록)' })
  @Public()
  @ApiPage('ConcernView', { description: 'Page of ConcernView, newest first' })
  concernList(@Query() query: ConcernQueryDto) {
    return this.concerns.list(query);
  }

  @Post('concerns/:id/answer')
  @ApiOperation({ summary: 'Answer an observer’s comment or concern, in public (시민감시 의견 답변)' })
  @HttpCode(200)
  @Access({ roles: rolesFor(concernMachine, ConcernAction.ANSWER) })
  @ApiView('ConcernView')
  @ApiConflictResponse({ description: 'Already answered (WRONG_STATE)' })
  answer(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ConcernAnswerDto) {
    return this.concerns.answer(actor, id, dto);
  }
}
