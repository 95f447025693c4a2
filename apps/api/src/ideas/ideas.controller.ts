import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Role } from '@inno/contracts';
import { Matches } from 'class-validator';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { IdeaInputDto, IdeaQueryDto, IdeaReasonDto, IdeaScoresDto, IdeaSelectionDto, ReviewInputDto } from './dto/idea.dto';
import { IdeasService } from './ideas.service';
import { ApiList, ApiPage, ApiView } from '../openapi/api-response.decorator';

class MonthParam {
  @ApiProperty({ description: 'YYYY-MM', example: '2026-05' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month: string;
}

@ApiTags('ideas')
@Controller('v1')
export class IdeasController {
  constructor(private readonly ideas: IdeasService) {}

  @Post('ideas')
  @ApiOperation({ summary: 'Submit an idea (국민 아이디어 제출)' })
  @Access({ roles: [Role.CITIZEN] })
  @ApiView('IdeaView')
  @ApiBadRequestResponse({ description: 'A field is missing, or seems to hold personal data' })
  create(@CurrentActor() actor: Actor, @Body() dto: IdeaInputDto) {
    return this.ideas.create(actor, dto);
  }

  /** Public: ideas with their support counts, by support or newest, each with its status and outcome. */
  @Get('ideas')
  @ApiOperation({ summary: 'List ideas (아이디어 목록)' })
  @Public()
  @ApiPage('IdeaView')
  list(@OptionalActor() viewer: Actor | null, @Query() query: IdeaQueryDto) {
    return this.ideas.list(viewer, query);
  }

  @Get('ideas/:id')
  @ApiOperation({ summary: 'An idea (아이디어 상세)' })
  @Public()
  @ApiView('IdeaView')
  get(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.ideas.get(viewer, id);
  }

  @Put('ideas/:id/support')
  @ApiOperation({ summary: 'Support an idea (아이디어 공감)' })
  @Access({ roles: [Role.CITIZEN] })
  @ApiView('IdeaSupport', { description: 'Supporting twice counts once' })
  @ApiForbiddenResponse({ description: 'Your own idea' })
  async support(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return { supportCount: await this.ideas.support(actor, id) };
  }

  @Delete('ideas/:id/support')
  @ApiOperation({ summary: 'Withdraw a support (공감 취소)' })
  @Access({ roles: [Role.CITIZEN] })
  @ApiView('IdeaSupport')
  async withdrawSupport(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return { supportCount: await this.ideas.withdrawSupport(actor, id) };
  }

  @Post('ideas/:id/hide')
  @ApiOperation({ summary: 'Hide an idea (아이디어 숨김)' })
  @ApiNoContentResponse({ description: 'Hidden from the public list, with the reason kept' })
  @HttpCode(204)
  @Access({ roles: [Role.OPERATOR] })
  async hide(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    await this.ideas.hide(actor, id, dto.reason);
  }

  @Put('ideas/:id/scores')
  @ApiOperation({ summary: 'Score an idea in review (아이디어 심사 점수)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('IdeaView')
  @ApiConflictResponse({ description: 'Not under review' })
  score(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaScoresDto) {
    return this.ideas.scoreIdea(actor, id, dto);
  }

  @Post('ideas/:id/select')
  @ApiOperation({ summary: 'Select an idea into a challenge (아이디어 채택)' })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('IdeaView', { description: 'IdeaView (with the challenge drafted from it)' })
  @ApiConflictResponse({ description: 'Not under review, not scored, or the month’s selections are full' })
  select(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaSelectionDto) {
    return this.ideas.select(actor, id, dto);
  }

  @Post('ideas/:id/archive')
  @ApiOperation({ summary: 'Archive an idea (아이디어 보관)' })
  @ApiView('IdeaView')
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  archive(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.ideas.archive(actor, id, dto.reason);
  }

  @Get('idea-reviews')
  @ApiOperation({ summary: 'List monthly reviews (월별 심사 목록)' })
  @Access({ roles: [Role.OPERATOR] })
  @ApiList('IdeaReviewView')
  reviews() {
    return this.ideas.reviews();
  }

  @Post('idea-reviews')
  @ApiOperation({ summary: "Open a month's review (월별 심사 개시)" })
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('IdeaReviewView')
  @ApiConflictResponse({ description: 'The month’s review exists' })
  openReview(@CurrentActor() actor: Actor, @Body() dto: ReviewInputDto) {
    return this.ideas.openReview(actor, dto.month);
  }

  /** The month's ideas for the review, hidden ones included. */
  @Get('idea-reviews/:month/ideas')
  @ApiOperation({ summary: "A month's ideas for review (심사 대상 아이디어)" })
  @Access({ roles: [Role.OPERATOR] })
  @ApiList('IdeaView')
  forReview(@CurrentActor() actor: Actor, @Param() params: MonthParam) {
    return this.ideas.forReview(actor, params.month);
  }

  @Post('idea-reviews/:id/close')
  @ApiOperation({ summary: "Close a month's review (월별 심사 종료)" })
  @HttpCode(200)
  @Access({ roles: [Role.OPERATOR] })
  @ApiView('IdeaReviewView')
  closeReview(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: IdeaReasonDto) {
    return this.ideas.closeReview(actor, id, dto.reason);
  }
}
