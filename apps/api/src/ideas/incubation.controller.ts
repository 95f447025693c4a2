import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IncubationAction, incubationMachine, rolesFor, type Role } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';
import { IdeaReasonDto } from './dto/idea.dto';
import { IncubationService } from './incubation.service';

/** A move's route admits the roles the machine names. */
const mover = (action: IncubationAction) => Access({ roles: rolesFor(incubationMachine, action).filter((r): r is Role => r !== 'SYSTEM') });
const MANAGERS = rolesFor(incubationMachine, IncubationAction.START).filter((r): r is Role => r !== 'SYSTEM');

@ApiTags('ideas')
@Controller('v1/incubation-tasks')
export class IncubationController {
  constructor(private readonly incubation: IncubationService) {}

  @Get()
  @ApiOperation({ summary: 'Incubation tasks, soonest due first (인큐베이팅 과제 목록)' })
  @Access({ roles: MANAGERS })
  @ApiPage('IncubationTaskView')
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto) {
    return this.incubation.list(actor, query);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start an incubation task (과제 착수)' })
  @mover(IncubationAction.START)
  @ApiView('IncubationTaskView')
  @ApiConflictResponse({ description: 'Not open' })
  start(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.incubation.move(actor, id, IncubationAction.START);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete an incubation task with its result (과제 완료)' })
  @mover(IncubationAction.COMPLETE)
  @ApiView('IncubationTaskView', { description: 'IncubationTaskView (DONE)' })
  @ApiConflictResponse({ description: 'Not in progress' })
  complete(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.incubation.move(actor, id, IncubationAction.COMPLETE, dto.reason);
  }

  @Post(':id/drop')
  @HttpCode(200)
  @ApiOperation({ summary: 'Drop an incubation task with a reason (과제 중단)' })
  @mover(IncubationAction.DROP)
  @ApiView('IncubationTaskView', { description: 'IncubationTaskView (DROPPED)' })
  @ApiConflictResponse({ description: 'Already done or dropped' })
  drop(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.incubation.move(actor, id, IncubationAction.DROP, dto.reason);
  }
}
