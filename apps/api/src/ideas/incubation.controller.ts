import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IncubationAction, incubationMachine, rolesFor, type Role } from '@inno/contracts';
import { Access } from '../auth/access.decorator';
import { CurrentActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
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
  @Access({ roles: MANAGERS })
  @ApiOkResponse({ description: 'Page of IncubationTaskView, soonest due first' })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto) {
    return this.incubation.list(actor, query);
  }

  @Post(':id/start')
  @HttpCode(200)
  @mover(IncubationAction.START)
  @ApiOkResponse({ description: 'IncubationTaskView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not open' })
  start(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.incubation.move(actor, id, IncubationAction.START);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @mover(IncubationAction.COMPLETE)
  @ApiOkResponse({ description: 'IncubationTaskView (DONE)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not in progress' })
  complete(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.incubation.move(actor, id, IncubationAction.COMPLETE, dto.reason);
  }

  @Post(':id/drop')
  @HttpCode(200)
  @mover(IncubationAction.DROP)
  @ApiOkResponse({ description: 'IncubationTaskView (DROPPED)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already done or dropped' })
  drop(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.incubation.move(actor, id, IncubationAction.DROP, dto.reason);
  }
}
