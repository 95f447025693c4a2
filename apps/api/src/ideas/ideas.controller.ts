import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Matches } from 'class-validator';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { IdeaInputDto, IdeaQueryDto, IdeaReasonDto, IdeaScoresDto, IdeaSelectionDto, ReviewInputDto } from './dto/idea.dto';
import { IdeasService } from './ideas.service';

class MonthParam {
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month: string;
}

@ApiTags('ideas')
@Controller('v1')
export class IdeasController {
  constructor(private readonly ideas: IdeasService) {}

  @Post('ideas')
  @Access({ roles: [Role.CITIZEN] })
  @ApiCreatedResponse({ description: 'IdeaView' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A field is missing, or seems to hold personal data' })
  create(@CurrentActor() actor: Actor, @Body() dto: IdeaInputDto) {
    return this.ideas.create(actor, dto);
  }

  /** Public: ideas with their support counts, by support or newest, each with its status and outcome. */
  @Get('ideas')
  @Public()
  @ApiOkResponse({ description: 'Page of IdeaView' })
  list(@OptionalActor() viewer: Actor | null, @Query() query: IdeaQueryDto) {
    return this.ideas.list(viewer, query);
  }

  @Get('ideas/:id')
  @Public()
  @ApiOkResponse({ description: 'IdeaView' })
  get(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.ideas.get(viewer, id);
  }

  @Put('ideas/:id/support')
  @Access({ roles: [Role.CITIZEN] })
  @ApiOkResponse({ description: '{ supportCount }: supporting twice counts once' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Your own idea' })
  async support(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return { supportCount: await this.ideas.support(actor, id) };
  }

  @Delete('ideas/:id/support')
  @Access({ roles: [Role.CITIZEN] })
  @ApiOkResponse({ description: '{ supportCount }' })
  async withdrawSupport(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return { supportCount: await this.ideas.withdrawSupport(actor, id) };
  }

  @Post('ideas/:id/hide')
  @HttpCode(204)
  @Access({ roles: [Role.OPERATOR] })
  async hide(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    await this.ideas.hide(actor, id, dto.reason);
  }

  @Put('ideas/:id/scores')
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'IdeaView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not under review' })
  score(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaScoresDto) {
    return this.ideas.scoreIdea(actor, id, dto);
  }

  @Post('ideas/:id/select')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'IdeaView (with the challenge drafted from it)' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not under review, not scored, or the month’s selections are full' })
  select(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaSelectionDto) {
    return this.ideas.select(actor, id, dto);
  }

  @Post('ideas/:id/archive')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  archive(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.ideas.archive(actor, id, dto.reason);
  }

  @Get('idea-reviews')
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'IdeaReviewView[]' })
  reviews() {
    return this.ideas.reviews();
  }

  @Post('idea-reviews')
  @Access({ roles: [Role.OPERATOR] })
  @ApiCreatedResponse({ description: 'IdeaReviewView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The month’s review exists' })
  openReview(@CurrentActor() actor: Actor, @Body() dto: ReviewInputDto) {
    return this.ideas.openReview(actor, dto.month);
  }

  /** The month's ideas for the review, hidden ones included. */
  @Get('idea-reviews/:month/ideas')
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'IdeaView[]' })
  forReview(@CurrentActor() actor: Actor, @Param() params: MonthParam) {
    return this.ideas.forReview(actor, params.month);
  }

  @Post('idea-reviews/:id/close')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiOkResponse({ description: 'IdeaReviewView' })
  closeReview(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.ideas.closeReview(actor, id, dto.reason);
  }
}
