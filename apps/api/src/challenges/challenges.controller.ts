import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChallengeAction, challengeMachine, Role, rolesFor, type Role as RoleType } from '@inno/contracts';
import { Access, Public } from '../auth/access.decorator';
import { CurrentActor, OptionalActor, type Actor } from '../auth/authenticated-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { UuidParam } from '../common/uuid-param';
import { ChallengesService } from './challenges.service';
import { ChallengeInputDto, ChallengeQueryDto, ChallengeUpdateDto, PurchaseDto, SelectionDto, SolutionCallDto } from './dto/challenge.dto';

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
  @Access({ roles: [Role.BUYER] })
  @ApiCreatedResponse({ description: 'ChallengeView (DRAFT)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The call for challenges closed' })
  create(@CurrentActor() actor: Actor, @Body() dto: ChallengeInputDto) {
    return this.challenges.create(actor, dto);
  }

  /** Public: every challenge once proposed, with its problem statement and, once decided, the reasons. */
  @Get()
  @Public()
  @ApiOkResponse({ description: 'Page of ChallengeView' })
  list(@OptionalActor() viewer: Actor | null, @Query() query: ChallengeQueryDto) {
    return this.challenges.list(viewer, query);
  }

  @Get('mine')
  @Access({ roles: [Role.BUYER] })
  @ApiOkResponse({ description: 'Page of ChallengeView: the institution’s, drafts included' })
  mine(@CurrentActor() actor: Actor, @Query() query: ChallengeQueryDto) {
    return this.challenges.mine(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ description: 'ChallengeView with the actions open to the viewer' })
  get(@OptionalActor() viewer: Actor | null, @UuidParam('id') id: string) {
    return this.challenges.get(viewer, id);
  }

  @Patch(':id')
  @Access({ roles: [], owners: [OWN] })
  @ApiOkResponse({ description: 'ChallengeView' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not a draft, or its call closed' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ChallengeUpdateDto) {
    return this.challenges.update(actor, id, dto);
  }

  /** Before the solution call closes: only how many solutions arrived and when. After: the solutions, each read logged. */
  @Get(':id/solutions')
  @Access({ roles: [Role.OPERATOR, Role.ADMIN] })
  @ApiOkResponse({ description: 'SolutionsView' })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  solutions(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.solutions(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @transition(ChallengeAction.SUBMIT)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The call is not open, or the challenge is incomplete' })
  async submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.SUBMIT), actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @transition(ChallengeAction.WITHDRAW)
  async withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.WITHDRAW), actor);
  }

  @Post(':id/select')
  @HttpCode(200)
  @transition(ChallengeAction.SELECT)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The call for challenges has not closed, or the challenge was decided' })
  async select(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SelectionDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.SELECT, { selection: dto }), actor);
  }

  @Post(':id/not-select')
  @HttpCode(200)
  @transition(ChallengeAction.NOT_SELECT)
  async notSelect(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SelectionDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.NOT_SELECT, { selection: dto }), actor);
  }

  @Post(':id/solution-call')
  @HttpCode(200)
  @transition(ChallengeAction.OPEN_SOLUTION_CALL)
  @ApiOkResponse({ description: 'ChallengeView, with its solution call' })
  async openSolutionCall(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SolutionCallDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.OPEN_SOLUTION_CALL, { solutionCall: dto }), actor);
  }

  @Post(':id/close-solutions')
  @HttpCode(200)
  @transition(ChallengeAction.CLOSE_SOLUTIONS)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The solution call has not closed' })
  async closeSolutions(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.CLOSE_SOLUTIONS), actor);
  }

  @Post(':id/start-evaluation')
  @HttpCode(200)
  @transition(ChallengeAction.START_EVALUATION)
  async startEvaluation(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.START_EVALUATION), actor);
  }

  /** The purchase for the proposing institution, by its buyer or an operator. */
  @Post(':id/purchase')
  @HttpCode(200)
  @transition(ChallengeAction.RECORD_PURCHASE)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'No solution designated yet, or already bought' })
  async purchase(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PurchaseDto) {
    return this.challenges.view(await this.challenges.transition(mover(actor), id, ChallengeAction.RECORD_PURCHASE, { purchase: dto }), actor);
  }
}
