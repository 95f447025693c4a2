import { Injectable } from '@nestjs/common';
import {
  CallKind,
  ChallengeStatus,
  IdeaAction,
  ideaMachine,
  IdeaRoute,
  IdeaStatus,
  personalDataProblem,
  type ActorRole,
  type IdeaReviewView,
  type IdeaView,
  type Page,
  message, textMessage,
} from '@inno/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { callPhase } from '../calls/calls.service';
import { CategoriesService } from '../categories/categories.service';
import { Challenge } from '../challenges/challenge.entity';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, refusedMove } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { Institution } from '../institutions/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { RuleSettingsService } from '../rule-settings/rule-settings.service';
import type { IdeaInputDto, IdeaQueryDto, IdeaScoresDto, IdeaSelectionDto } from './dto/idea.dto';
import { Idea, IdeaReview, IdeaSupport } from './idea.entity';
import { IncubationService } from './incubation.service';

const monthOf = (at: Date) => koreanDate(at).slice(0, 7);

@Injectable()
export class IdeasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly categories: CategoriesService,
    private readonly notifications: NotificationsService,
    private readonly ruleSettings: RuleSettingsService,
    private readonly clock: Clock,
    private readonly incubation: IncubationService,
  ) {}

  /** Ideas are public at once: what would publish personal data is refused here, abuse is hidden by an operator. */
  async create(actor: Actor, dto: IdeaInputDto): Promise<IdeaView> {
    for (const field of ['title', 'problem', 'affected', 'idea', 'whereUsed'] as const) {
      const problem = personalDataProblem(field, dto[field]);
      if (problem) throw new InvalidInputError(field, problem.message, problem.why);
    }
    const idea = await this.dataSource.transaction(async (manager) => {
      const month = monthOf(this.clock.now());
      // An idea sent while its month's review is open joins that review.
      const review = await manager.findOneBy(IdeaReview, { month, status: 'OPEN' });
      const saved = await manager.save(
        manager.create(Idea, { ...dto, authorId: actor.userId, month, status: review ? IdeaStatus.UNDER_REVIEW : IdeaStatus.SUBMITTED, reviewId: review?.id ?? null }),
      );
      await this.audit.record(manager, actor, { action: 'idea.submitted', entityType: 'idea', entityId: saved.id, toState: saved.status, data: { month } });
      return saved;
    });
    return (await this.views([idea], actor))[0];
  }

  /**
   * One support per person per idea: the primary key (idea, user) refuses a second row, and the
   * count moves only when a row was inserted or deleted, in the same transaction, under the idea's
   * row lock that the UPDATE takes. So the count is the number of distinct supporters, however many
   * requests arrive at once.
   */
  async support(actor: Pick<Actor, 'userId'>, id: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const idea = await this.visible(manager, id);
      if (idea.authorId === actor.userId) throw new ForbiddenError('You cannot support your own idea', 'SELF_SUPPORT');
      const inserted: unknown[] = await manager.query(`INSERT INTO idea_supports (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING idea_id`, [id, actor.userId]);
      return this.count(manager, id, inserted.length ? 1 : 0);
    });
  }

  async withdrawSupport(actor: Pick<Actor, 'userId'>, id: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await this.visible(manager, id);
      const deleted: [unknown[], number] = await manager.query(`DELETE FROM idea_supports WHERE idea_id = $1 AND user_id = $2 RETURNING idea_id`, [id, actor.userId]);
      return this.count(manager, id, deleted[1] ? -1 : 0);
    });
  }

  private async count(manager: EntityManager, id: string, change: number): Promise<number> {
    // UPDATE answers [rows, rowCount] through TypeORM.
    const [rows]: [{ support_count: number }[], number] = await manager.query(`UPDATE ideas SET support_count = support_count + $2 WHERE id = $1 RETURNING support_count`, [id, change]);
    return rows[0].support_count;
  }

  private async visible(manager: EntityManager, id: string): Promise<Idea> {
    const idea = await manager.findOneBy(Idea, { id });
    if (!idea || idea.hiddenReason) throw new NotFoundError('idea', id);
    return idea;
  }

  async list(viewer: Actor | null, query: IdeaQueryDto): Promise<Page<IdeaView>> {
    const qb = this.dataSource.getRepository(Idea).createQueryBuilder('i').where('i.hiddenReason IS NULL');
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.month) qb.andWhere('i.month = :month', { month: query.month });
    if (query.sort === 'support') qb.orderBy('i.supportCount', 'DESC').addOrderBy('i.createdAt', 'DESC');
    else qb.orderBy('i.createdAt', 'DESC');
    const [rows, total] = await qb.addOrderBy('i.id').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(await this.views(rows, viewer), total, query);
  }

  /** Everything for the operator's monthly review, hidden ideas included. */
  async forReview(actor: Actor, month: string): Promise<IdeaView[]> {
    const rows = await this.dataSource.getRepository(Idea).find({ where: { month }, order: { supportCount: 'DESC', createdAt: 'ASC' } });
    return this.views(rows, actor);
  }

  async get(viewer: Actor | null, id: string): Promise<IdeaView> {
    const idea = await this.visible(this.dataSource.manager, id);
    return (await this.views([idea], viewer))[0];
  }

  /** An operator hides an idea (personal data, abuse) with a reason; the author is told why. */
  async hide(actor: Actor, id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const idea = await manager.findOne(Idea, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!idea) throw new NotFoundError('idea', id);
      if (idea.hiddenReason) throw new ConflictError('The idea is already hidden', 'IDEA_HIDDEN');
      idea.hiddenReason = reason;
      await manager.save(idea);
      await this.audit.record(manager, actor, { action: 'idea.hidden', entityType: 'idea', entityId: id, data: { reason } });
      await this.notifications.notifyUsers(manager, [idea.authorId], { title: 'Your idea was hidden', body: reason, titleMessage: message('NOTE_IDEA_HIDDEN'), bodyMessage: textMessage(reason), link: `/ideas` });
    });
  }

  // ─── The monthly review ───────────────────────────────────────────────────

  /** Opens a month's review (this month or one past): its ideas go under review; at most N (a rule setting) will be selected. */
  async openReview(actor: Actor, month: string): Promise<IdeaReviewView> {
    if (month > monthOf(this.clock.now())) throw new InvalidInputError('month', 'A review covers this month or a past one', message('FIELD_MONTH_FUTURE'));
    const review = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(IdeaReview, { month })) throw new ConflictError(`The review of ${month} was opened already`, 'REVIEW_EXISTS');
      const { ideas } = await this.ruleSettings.current(manager);
      const review = await manager.save(manager.create(IdeaReview, { month, status: 'OPEN', maxSelected: ideas.maxSelectedPerMonth, openedBy: actor.userId, closedAt: null }));
      const submitted = await manager.find(Idea, { where: { month, status: IdeaStatus.SUBMITTED }, lock: { mode: 'pessimistic_write' } });
      for (const idea of submitted.filter((i) => !i.hiddenReason)) {
        await this.move(manager, { role: actor.role, audit: actor }, idea, IdeaAction.REVIEW, { reviewId: review.id });
      }
      await this.audit.record(manager, actor, { action: 'idea_review.opened', entityType: 'idea_review', entityId: review.id, toState: 'OPEN', data: { month, maxSelected: review.maxSelected } });
      return review;
    }).catch((error: { code?: string }) => {
      if (error.code === '23505') throw new ConflictError(`The review of ${month} was opened already`, 'REVIEW_EXISTS');
      throw error;
    });
    return this.reviewView(review);
  }

  async scoreIdea(actor: Actor, id: string, scores: IdeaScoresDto): Promise<IdeaView> {
    const idea = await this.dataSource.transaction(async (manager) => {
      const idea = await this.lock(manager, id);
      return this.move(manager, { role: actor.role, audit: actor }, idea, IdeaAction.SCORE, { scores: { innovativeness: scores.innovativeness, socialImpact: scores.socialImpact, procurementFit: scores.procurementFit } });
    });
    return (await this.views([idea], actor))[0];
  }

  /**
   * Selects an idea into a challenge prefilled for an institution (its buyers complete and submit it)
   * or into an incubation task (with its owner, goal and due date). The review's row is locked, so two selections at once cannot pass the month's limit.
   */
  async select(actor: Actor, id: string, dto: IdeaSelectionDto): Promise<IdeaView> {
    const idea = await this.dataSource.transaction(async (manager) => {
      const idea = await this.lock(manager, id);
      const review = idea.reviewId ? await manager.findOne(IdeaReview, { where: { id: idea.reviewId }, lock: { mode: 'pessimistic_write' } }) : null;
      const selected = review ? await manager.countBy(Idea, { reviewId: review.id, status: IdeaStatus.SELECTED }) : 0;
      const context = { selectedThisMonth: selected, maxSelected: review?.maxSelected ?? 0, scored: !!idea.scores };
      let challengeId: string | null = null;
      if (dto.route === IdeaRoute.INCUBATION && !dto.incubation) throw new InvalidInputError('incubation', 'incubation (owner, goal, due date) is required to make the idea an incubation task', message('FIELD_REQUIRED'));
      if (dto.route === IdeaRoute.CHALLENGE) {
        if (!dto.institutionId) throw new InvalidInputError('institutionId', 'institutionId is required to make the idea a challenge', message('FIELD_REQUIRED'));
        if (!(await manager.existsBy(Institution, { id: dto.institutionId }))) throw new InvalidInputError('institutionId', 'institutionId is not an institution', message('FIELD_UNKNOWN_RECORD'));
        if (dto.callId) {
          const call = await manager.findOneBy(Call, { id: dto.callId });
          if (!call || call.kind !== CallKind.CALL_FOR_CHALLENGES || callPhase(call, this.clock.now()) === 'CLOSED') throw new InvalidInputError('callId', 'callId must be a call for challenges that has not closed', message('CALL_NOT_FOR_OPEN_CHALLENGES'));
        }
        if (dto.field && !(await this.categories.exists(dto.field))) throw new InvalidInputError('field', `${dto.field} is not a catalogue category`, message('FIELD_UNKNOWN_CATEGORY', { code: dto.field }));
        const challenge = await manager.save(
          manager.create(Challenge, {
            callId: dto.callId ?? null,
            institutionId: dto.institutionId,
            status: ChallengeStatus.DRAFT,
            title: idea.title,
            need: `${idea.problem}\n\n${idea.affected}`,
            currentMethod: '',
            currentCost: null,
            expectedEffect: `${idea.idea}\n\n${idea.whereUsed}`,
            budget: null,
            quantity: null,
            field: dto.field ?? '',
            ideaId: idea.id,
            createdBy: actor.userId,
          }),
        );
        challengeId = challenge.id;
        await this.audit.record(manager, actor, { action: 'challenge.drafted', entityType: 'challenge', entityId: challenge.id, toState: challenge.status, data: { ideaId: idea.id, institutionId: dto.institutionId } });
        await this.notifications.notifyInstitution(manager, dto.institutionId, {
          title: 'A challenge drafted from a citizen’s idea',
          body: `“${idea.title}”: ${dto.reason}`,
          titleMessage: message('NOTE_CHALLENGE_FROM_IDEA', { title: idea.title }),
          bodyMessage: textMessage(dto.reason),
          link: `/challenges/${challenge.id}`,
        });
      }
      const moved = await this.move(manager, { role: actor.role, audit: actor }, idea, IdeaAction.SELECT, { route: dto.route, outcomeReason: dto.reason, challengeId }, context);
      if (dto.route === IdeaRoute.INCUBATION) await this.incubation.open(manager, actor, moved, dto.incubation!);
      return moved;
    });
    return (await this.views([idea], actor))[0];
  }

  async archive(actor: Actor, id: string, reason: string): Promise<IdeaView> {
    const idea = await this.dataSource.transaction(async (manager) => {
      const idea = await this.lock(manager, id);
      return this.move(manager, { role: actor.role, audit: actor }, idea, IdeaAction.ARCHIVE, { outcomeReason: reason });
    });
    return (await this.views([idea], actor))[0];
  }

  /** Closes the month's review: every idea still under review is archived with the reason given; each author is told. */
  async closeReview(actor: Actor, id: string, reason: string): Promise<IdeaReviewView> {
    const review = await this.dataSource.transaction(async (manager) => {
      const review = await manager.findOne(IdeaReview, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw new NotFoundError('idea review', id);
      if (review.status === 'CLOSED') throw new ConflictError('The review is already closed', 'REVIEW_CLOSED');
      const remaining = await manager.find(Idea, { where: { reviewId: id, status: IdeaStatus.UNDER_REVIEW }, lock: { mode: 'pessimistic_write' } });
      for (const idea of remaining) await this.move(manager, { role: actor.role, audit: actor }, idea, IdeaAction.ARCHIVE, { outcomeReason: reason });
      Object.assign(review, { status: 'CLOSED', closedAt: this.clock.now() });
      await manager.save(review);
      await this.audit.record(manager, actor, { action: 'idea_review.closed', entityType: 'idea_review', entityId: id, fromState: 'OPEN', toState: 'CLOSED', data: { archived: remaining.length, reason } });
      return review;
    });
    return this.reviewView(review);
  }

  async reviews(): Promise<IdeaReviewView[]> {
    const rows = await this.dataSource.getRepository(IdeaReview).find({ order: { month: 'DESC' } });
    return Promise.all(rows.map((r) => this.reviewView(r)));
  }

  /** Moves an idea by the shared machine (409 wrong state or over the limit, 403 wrong role), audited, the author told of an outcome. */
  private async move(manager: EntityManager, mover: { role: ActorRole; audit: AuditActor }, idea: Idea, action: IdeaAction, changes: Partial<Idea>, context?: { selectedThisMonth: number; maxSelected: number; scored: boolean }): Promise<Idea> {
    const check = ideaMachine.check(idea.status, action, mover.role, context ?? { selectedThisMonth: 0, maxSelected: 0, scored: !!idea.scores });
    if (!check.ok) {
      throw refusedMove(check, `This idea is ${idea.status}: it cannot be moved by "${action}"`, { status: idea.status, action });
    }
    const from = idea.status;
    Object.assign(idea, changes, { status: check.to });
    await manager.save(idea);
    await this.audit.record(manager, mover.audit, { action: `idea.${action}`, entityType: 'idea', entityId: idea.id, fromState: from, toState: check.to, data: changes as Record<string, unknown> });
    if (action === IdeaAction.SELECT || action === IdeaAction.ARCHIVE) {
      await this.notifications.notifyUsers(manager, [idea.authorId], {
        title: action === IdeaAction.SELECT ? 'Your idea was selected' : 'Your idea was archived',
        body: idea.outcomeReason ?? '',
        titleMessage: message(action === IdeaAction.SELECT ? 'NOTE_IDEA_SELECTED' : 'NOTE_IDEA_ARCHIVED'),
        bodyMessage: textMessage(idea.outcomeReason ?? ''),
        link: `/ideas/${idea.id}`,
      });
    }
    return idea;
  }

  private async lock(manager: EntityManager, id: string): Promise<Idea> {
    const idea = await manager.findOne(Idea, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!idea) throw new NotFoundError('idea', id);
    return idea;
  }

  private async reviewView(review: IdeaReview): Promise<IdeaReviewView> {
    const repo = this.dataSource.getRepository(Idea);
    const [selectedCount, ideaCount] = await Promise.all([repo.countBy({ reviewId: review.id, status: IdeaStatus.SELECTED }), repo.countBy({ reviewId: review.id })]);
    return {
      id: review.id,
      month: review.month,
      status: review.status,
      maxSelected: review.maxSelected,
      selectedCount,
      ideaCount,
      openedAt: review.openedAt.toISOString(),
      closedAt: review.closedAt?.toISOString() ?? null,
    };
  }

  private async views(ideas: Idea[], viewer: Pick<Actor, 'userId' | 'role'> | null): Promise<IdeaView[]> {
    const supported = viewer && ideas.length
      ? new Set((await this.dataSource.getRepository(IdeaSupport).find({ where: { userId: viewer.userId, ideaId: In(ideas.map((i) => i.id)) }, select: { ideaId: true } })).map((s) => s.ideaId))
      : new Set<string>();
    const incubations = await this.incubation.statusesOf(ideas.filter((i) => i.route === IdeaRoute.INCUBATION).map((i) => i.id));
    return ideas.map((idea) => ({
      id: idea.id,
      title: idea.title,
      problem: idea.problem,
      affected: idea.affected,
      idea: idea.idea,
      whereUsed: idea.whereUsed,
      status: idea.status,
      supportCount: idea.supportCount,
      supportedByMe: supported.has(idea.id),
      mine: !!viewer && viewer.userId === idea.authorId,
      month: idea.month,
      scores: idea.scores,
      outcome: idea.outcomeReason !== null ? { route: idea.route, reason: idea.outcomeReason, challengeId: idea.challengeId } : null,
      incubation: incubations.has(idea.id) ? { status: incubations.get(idea.id)! } : null,
      hidden: idea.hiddenReason ? { reason: idea.hiddenReason } : null,
      createdAt: idea.createdAt.toISOString(),
      availableActions: viewer ? ideaMachine.availableActions(idea.status, viewer.role) : [],
    }));
  }
}
