import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChallengeAction, challengeMachine, Role, rolesFor, type Role as RoleType } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { ChallengesService } from './challenges.service';
import { ChallengeInputDto, ChallengeQueryDto, ChallengeUpdateDto, PurchaseDto, SelectionDto, SolutionCallDto } from './dto/challenge.dto';
import { ApiPage, ApiView } from '../openapi/api-response.decorator';

const OWN = { role: Role.BUYER, resource: 'challenge', param: 'id' } as const;

/** A transition route admits the roles the machine names: buyers only on their institution's challenges. */
function transition(action: ChallengeAction) {
  const roles = rolesFor(challengeMachine, action).filter((r): r is RoleType => r !== 'SYSTEM');
  return Access({ roles: roles.filter((r) => r !== Role.BUYER), owners: roles.includes(Role.BUYER) ? [OWN] : [] });
}

const mover = (actor: Actor) => ({ role: actor.role, audit: actor, institutionId: actor.institutionId });

@ApiTags('challenges')
@Controller('v1/challenges')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Post()
  @ApiOperation({ summary: 'Draft a challenge (도전과제 작성)' })
  @Access({ roles: [Role.BUYER] })
  @ApiView('ChallengeView', { description: 'ChallengeView (DRAFT)' })
  @ApiConflictResponse({ description: 'The call for challenges closed' })
  create(@CurrentActor() actor: Actor, @Body() dto: ChallengeInputDto) {
    return this.challenges.create(actor, dto);
  }

  /** Public: every challenge once proposed, with its problem statement and, once decided, the reasons. */
  @Get()
  @ApiOperation({ summary: 'List challenges (도전과제 목록)' })
  @Public()
  @ApiPage('ChallengeView')
  list(@OptionalActor() viewer: Actor | null, @Query() query: ChallengeQueryDto) {
    return this.challenges.list(viewer, query);
  }

  @Get('mine')
  @ApiOperation({ summary: "My institution's challenges (우리 기관 도전과제)" })
  @Access({ roles: [Role.BUYER] })
  @ApiPage('ChallengeView', { description: 'Page of ChallengeView: the institution’s, drafts included' })
  mine(@CurrentActor() actor: Actor, @Query() query: ChallengeQueryDto) {
    return this.challenges.mine(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A challenge (도전과제 상세)' })
  @Public()
  @ApiView('ChallengeView', { description: 'ChallengeView with the actions open to the viewer' })
  get(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.challenges.get(viewer, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a draft challenge (도전과제 수정)' })
  @Access({ roles: [], owners: [OWN] })
  @ApiView('ChallengeView')
  @ApiConflictResponse({ description: 'Not a draft, or its call closed' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ChallengeUpdateDto) {
    return this.challenges.update(actor, id, dto);
  }

  /** Before the solution call closes: only how many solutions arrived and when. After: the solutions, each read logged. */
  @Get(':id/solutions')
  @ApiOperation({ summary: "A challenge's solutions (해결책 목록)" })
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiView('SolutionsView')
  solutions(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.solutions(actor, id);
  }

  @Post(':id/submit')
  @ApiOperation({ summary: 'Submit a challenge (도전과제 제출)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.SUBMIT)
  @ApiConflictResponse({ description: 'The call is not open, or the challenge is incomplete' })
  async submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.SUBMIT), actor);
  }

  @Post(':id/withdraw')
  @ApiOperation({ summary: 'Withdraw a challenge (도전과제 철회)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.WITHDRAW)
  async withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.WITHDRAW), actor);
  }

  @Post(':id/select')
  @ApiOperation({ summary: 'Select a challenge (도전과제 선정)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.SELECT)
  @ApiConflictResponse({ description: 'The call for challenges has not closed, or the challenge was decided' })
  async select(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SelectionDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.SELECT, { selection: dto }), actor);
  }

  @Post(':id/not-select')
  @ApiOperation({ summary: 'Do not select a challenge (도전과제 미선정)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.NOT_SELECT)
  async notSelect(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SelectionDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.NOT_SELECT, { selection: dto }), actor);
  }

  @Post(':id/solution-call')
  @ApiOperation({ summary: 'Open the solution call (해결책 공모 개시)' })
  @HttpCode(200)
  @transition(ChallengeAction.OPEN_SOLUTION_CALL)
  @ApiView('ChallengeView', { description: 'ChallengeView, with its solution call' })
  async openSolutionCall(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SolutionCallDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.OPEN_SOLUTION_CALL, { solutionCall: dto }), actor);
  }

  @Post(':id/close-solutions')
  @ApiOperation({ summary: 'Close the solution call (해결책 공모 마감)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.CLOSE_SOLUTIONS)
  @ApiConflictResponse({ description: 'The solution call has not closed' })
  async closeSolutions(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.CLOSE_SOLUTIONS), actor);
  }

  @Post(':id/start-evaluation')
  @ApiOperation({ summary: 'Start evaluating solutions (해결책 평가 개시)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.START_EVALUATION)
  async startEvaluation(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.START_EVALUATION), actor);
  }

  /** The purchase for the proposing institution, by its buyer or an operator. */
  @Post(':id/purchase')
  @ApiOperation({ summary: 'Record the purchase for the proposer (제안기관 구매 기록)' })
  @ApiView('ChallengeView')
  @HttpCode(200)
  @transition(ChallengeAction.RECORD_PURCHASE)
  @ApiConflictResponse({ description: 'No solution designated yet, or already bought' })
  async purchase(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PurchaseDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.RECORD_PURCHASE, { purchase: dto }), actor);
  }
}
