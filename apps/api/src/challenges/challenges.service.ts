import { Injectable } from '@nestjs/common';
import {
  CallKind,
  ChallengeAction,
  challengeMachine,
  ChallengeSelection,
  ChallengeStatus,
  ProposalStatus,
  Role,
  SYSTEM_ROLE,
  type ActorRole,
  type ChallengeContext,
  type ChallengeView,
  type ItemDecision,
  type Page,
  type SolutionsView,
  message, textMessage,
} from '@inno/contracts';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { callPhase, CallsService } from '../calls/calls.service';
import { CategoriesService } from '../categories/categories.service';
import { Clock } from '../clock/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, refusedMove } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Product } from '../products/product.entity';
import { Proposal } from '../proposals/proposal.entity';
import { SealedContent } from '../proposals/sealed-content';
import { Challenge } from './challenge.entity';
import type { ChallengeInputDto, ChallengeQueryDto, ChallengeUpdateDto, PurchaseDto, SelectionDto, SolutionCallDto } from './dto/challenge.dto';

const CONTENT_FIELDS = ['title', 'need', 'currentMethod', 'currentCost', 'expectedEffect', 'budget', 'quantity', 'field'] as const;
/** What the public sees: every challenge once proposed, drafts and withdrawn ones never. */
const PUBLIC_STATUSES: ChallengeStatus[] = Object.values(ChallengeStatus).filter((s) => s !== ChallengeStatus.DRAFT && s !== ChallengeStatus.WITHDRAWN);
/** The solutions that answer a challenge: proposals in its solution call that were submitted. */
const NOT_SUBMITTED = [ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN];

export interface ChallengeMover {
  role: ActorRole;
  audit: AuditActor;
  institutionId?: string | null;
}

export interface ChallengePayload {
  selection?: SelectionDto;
  solutionCall?: SolutionCallDto;
  purchase?: PurchaseDto;
  winner?: Proposal;
  /** The committee's decision, from the chair's close of the challenge's agenda item. */
  committee?: { sessionId: string; decision: ItemDecision };
}

@Injectable()
export class ChallengesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calls: CallsService,
    private readonly categories: CategoriesService,
    private readonly notifications: NotificationsService,
    private readonly sealed: SealedContent,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: ChallengeInputDto): Promise<ChallengeView> {
    if (!actor.institutionId) throw new ForbiddenError('A buyer proposes challenges for their institution: you belong to none', 'NO_INSTITUTION');
    const challenge = await this.dataSource.transaction(async (manager) => {
      await this.checkCall(manager, dto.callId);
      if (dto.field !== undefined) await this.checkField(dto.field);
      const saved = await manager.save(
        manager.create(Challenge, {
          callId: dto.callId,
          institutionId: actor.institutionId!,
          status: ChallengeStatus.DRAFT,
          title: dto.title,
          need: dto.need ?? '',
          currentMethod: dto.currentMethod ?? '',
          currentCost: dto.currentCost ?? null,
          expectedEffect: dto.expectedEffect ?? '',
          budget: dto.budget ?? null,
          quantity: dto.quantity ?? null,
          field: dto.field ?? '',
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'challenge.drafted', entityType: 'challenge', entityId: saved.id, toState: saved.status, data: { callId: dto.callId } });
      return saved;
    });
    return this.view(challenge, actor);
  }

  /** A draft is edited freely until its call closes; once proposed the challenge stands as submitted. */
  async update(actor: Actor, id: string, dto: ChallengeUpdateDto): Promise<ChallengeView> {
    const challenge = await this.dataSource.transaction(async (manager) => {
      const challenge = await this.lock(manager, id);
      if (challenge.status !== ChallengeStatus.DRAFT) throw new ConflictError(`A challenge in ${challenge.status} cannot be edited`, 'CHALLENGE_NOT_DRAFT');
      if (dto.callId !== undefined) await this.checkCall(manager, dto.callId);
      if (dto.field !== undefined) await this.checkField(dto.field);
      const changes = Object.fromEntries(CONTENT_FIELDS.filter((f) => dto[f] !== undefined).map((f) => [f, dto[f]]));
      Object.assign(challenge, changes, dto.callId !== undefined ? { callId: dto.callId } : {});
      await manager.save(challenge);
      await this.audit.record(manager, actor, { action: 'challenge.edited', entityType: 'challenge', entityId: id, data: { fields: Object.keys(dto) } });
      return challenge;
    });
    return this.view(challenge, actor);
  }

  /** Moves a challenge by the shared state machine: wrong state → 409, wrong role or institution → 403. */
  async transition(mover: ChallengeMover, id: string, action: ChallengeAction, payload: ChallengePayload = {}, outer?: EntityManager): Promise<Challenge> {
    const work = async (manager: EntityManager) => {
      const challenge = await this.lock(manager, id);
      if (mover.role === Role.BUYER && mover.institutionId !== challenge.institutionId) throw new ForbiddenError('This challenge is not your institution’s', 'NOT_OWNER');
      const check = challengeMachine.check(challenge.status, action, mover.role, await this.context(manager, challenge));
      if (!check.ok) {
        throw refusedMove(check, `This challenge is ${challenge.status}: it cannot be moved by "${action}"`, { status: challenge.status, action });
      }
      const from = challenge.status;
      const data: Record<string, unknown> = {};
      await this.applyEffects(manager, mover, challenge, action, payload, data);
      challenge.status = check.to;
      await manager.save(challenge);
      await this.audit.record(manager, mover.audit, { action: `challenge.${action}`, entityType: 'challenge', entityId: id, fromState: from, toState: check.to, data });
      if (action !== ChallengeAction.SUBMIT && action !== ChallengeAction.WITHDRAW) {
        const reason = challenge.selection && (action === ChallengeAction.SELECT || action === ChallengeAction.NOT_SELECT) ? challenge.selection.reasons[0] : undefined;
        await this.notifications.notifyInstitution(manager, challenge.institutionId, {
          title: `Challenge now ${check.to}`,
          body: payload.selection?.reason ?? `“${challenge.title}” moved from ${from} to ${check.to}.`,
          titleMessage: message('NOTE_CHALLENGE_STATUS', { status: check.to }),
          bodyMessage: reason ?? message('NOTE_PROPOSAL_MOVED', { from, to: check.to }),
          link: `/challenges/${id}`,
        });
      }
      return challenge;
    };
    return outer ? work(outer) : this.dataSource.transaction(work);
  }

  private async applyEffects(manager: EntityManager, mover: ChallengeMover, challenge: Challenge, action: ChallengeAction, payload: ChallengePayload, data: Record<string, unknown>) {
    switch (action) {
      case ChallengeAction.SUBMIT: {
        const missing = (['need', 'currentMethod', 'expectedEffect', 'field'] as const).filter((f) => !challenge[f]);
        if (missing.length) {
          throw new ConflictError(`Complete the challenge before submitting: ${missing.join(', ')}`, 'CHALLENGE_INCOMPLETE', Object.fromEntries(missing.map((f) => [f, [`${f} is required to submit`]])));
        }
        challenge.submittedAt = this.clock.now();
        break;
      }
      case ChallengeAction.SELECT:
      case ChallengeAction.NOT_SELECT: {
        const decidedAt = this.clock.now().toISOString();
        if (payload.committee) {
          const { sessionId, decision } = payload.committee;
          const reasons = decision.passed ? [message('SELECTION_PASSED', { aggregate: decision.aggregate, scoredBy: decision.scoredBy })] : (decision.reasonMessages ?? decision.reasons.map(textMessage));
          challenge.selection = { by: ChallengeSelection.COMMITTEE, reasons, sessionId, decidedAt };
          Object.assign(data, { by: ChallengeSelection.COMMITTEE, sessionId, reasons });
          break;
        }
        if (!payload.selection) throw new InvalidInputError('reason', 'reason is required', message('FIELD_REQUIRED'));
        challenge.selectionReason = payload.selection.reason;
        challenge.selection = { by: ChallengeSelection.OPERATOR, reasons: [textMessage(payload.selection.reason)], sessionId: null, decidedAt };
        Object.assign(data, { by: ChallengeSelection.OPERATOR, reason: payload.selection.reason });
        break;
      }
      case ChallengeAction.OPEN_SOLUTION_CALL: {
        const input = payload.solutionCall;
        if (!input) throw new InvalidInputError('closesAt', 'opensAt and closesAt are required', message('FIELD_REQUIRED'));
        if (new Date(input.closesAt) <= this.clock.now()) throw new InvalidInputError('closesAt', 'closesAt must be in the future', message('FIELD_DATE_PAST'));
        const actor = mover.audit as Actor;
        const call = await this.calls.open(manager, actor, {
          title: `수요제안 해결책 공모: ${challenge.title}`.slice(0, 200),
          kind: CallKind.CHALLENGE_SOLUTION,
          description: challenge.need,
          subAreas: input.subAreas ?? [challenge.field],
          opensAt: input.opensAt,
          closesAt: input.closesAt,
        });
        challenge.solutionCallId = call.id;
        Object.assign(data, { solutionCallId: call.id, closesAt: call.closesAt.toISOString() });
        break;
      }
      case ChallengeAction.CLOSE_SOLUTIONS:
        data.solutions = await this.solutionCount(manager, challenge);
        break;
      case ChallengeAction.DESIGNATE:
        challenge.winnerProposalId = payload.winner!.id;
        Object.assign(data, { proposalId: payload.winner!.id, productId: payload.winner!.productId });
        break;
      case ChallengeAction.RECORD_PURCHASE: {
        const purchase = payload.purchase;
        if (!purchase) throw new InvalidInputError('amount', 'amount, contractedOn and contractReference are required', message('FIELD_REQUIRED'));
        challenge.purchase = { ...purchase, recordedAt: this.clock.now().toISOString() };
        Object.assign(data, purchase);
        break;
      }
    }
  }

  /**
   * The committee designated a solution's product: the challenge it answers is designated with it,
   * in the committee's transaction. Proposals outside solution calls are no concern of this.
   */
  async solutionDesignated(manager: EntityManager, proposal: Proposal, by: AuditActor): Promise<void> {
    const challenge = await manager.findOneBy(Challenge, { solutionCallId: proposal.callId });
    if (!challenge) return;
    await this.transition({ role: SYSTEM_ROLE, audit: by }, challenge.id, ChallengeAction.DESIGNATE, { winner: proposal }, manager);
  }

  /** The committee's close of a challenge's agenda item selects it or not, in the committee's transaction. */
  async committeeDecided(manager: EntityManager, challengeId: string, sessionId: string, decision: ItemDecision, by: AuditActor): Promise<Challenge> {
    const action = decision.passed ? ChallengeAction.SELECT : ChallengeAction.NOT_SELECT;
    return this.transition({ role: SYSTEM_ROLE, audit: by }, challengeId, action, { committee: { sessionId, decision } }, manager);
  }

  /**
   * The solutions to a challenge. Before its solution call closes: how many and when, nothing else,
   * for everyone. After: each solution opened, every opening logged.
   */
  async solutions(actor: Actor, id: string): Promise<SolutionsView> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOneBy(Challenge, { id });
      if (!challenge) throw new NotFoundError('challenge', id);
      if (!challenge.solutionCallId) throw new ConflictError('No solution call has been opened for this challenge', 'NO_SOLUTION_CALL');
      const call = await manager.findOneByOrFail(Call, { id: challenge.solutionCallId });
      const proposals = await manager.find(Proposal, { where: { callId: call.id, status: Not(In(NOT_SUBMITTED)) }, order: { submittedAt: 'ASC', id: 'ASC' } });
      const closesAt = call.closesAt.toISOString();
      if (this.clock.now() < call.closesAt) {
        return { sealed: true, closesAt, count: proposals.length, submittedAt: proposals.map((p) => p.submittedAt?.toISOString() ?? '') };
      }
      const solutions = [];
      for (const proposal of proposals) {
        const [company, product] = await Promise.all([manager.findOneByOrFail(Company, { id: proposal.companyId }), manager.findOneByOrFail(Product, { id: proposal.productId })]);
        solutions.push({
          proposalId: proposal.id,
          status: proposal.status,
          company: { id: company.id, name: company.name },
          product: { id: product.id, nameKo: product.nameKo },
          submittedAt: proposal.submittedAt?.toISOString() ?? null,
          content: await this.sealed.read(manager, proposal, actor, 'challenge-solutions'),
        });
      }
      return { sealed: false, closesAt, count: proposals.length, solutions };
    });
  }

  async list(viewer: Actor | null, query: ChallengeQueryDto): Promise<Page<ChallengeView>> {
    const statuses = (query.status ?? PUBLIC_STATUSES).filter((s) => PUBLIC_STATUSES.includes(s));
    const where: Record<string, unknown> = { status: In(statuses) };
    if (query.callId) where.callId = query.callId;
    const [rows, total] = await this.dataSource.getRepository(Challenge).findAndCount({ where, order: { updatedAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await Promise.all(rows.map((c) => this.view(c, viewer))), total, query);
  }

  /** A buyer's institution's challenges, drafts included. */
  async mine(actor: Actor, query: ChallengeQueryDto): Promise<Page<ChallengeView>> {
    const [rows, total] = await this.dataSource
      .getRepository(Challenge)
      .findAndCount({ where: { institutionId: actor.institutionId ?? '00000000-0000-0000-0000-000000000000' }, order: { updatedAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await Promise.all(rows.map((c) => this.view(c, actor))), total, query);
  }

  /** Public once proposed; a draft or a withdrawn one only to its institution and to operators. */
  async get(viewer: Actor | null, id: string): Promise<ChallengeView> {
    const challenge = await this.dataSource.getRepository(Challenge).findOneBy({ id });
    if (!challenge || (!PUBLIC_STATUSES.includes(challenge.status) && !this.isInsider(viewer, challenge))) throw new NotFoundError('challenge', id);
    return this.view(challenge, viewer);
  }

  async lock(manager: EntityManager, id: string): Promise<Challenge> {
    const challenge = await manager.findOne(Challenge, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!challenge) throw new NotFoundError('challenge', id);
    return challenge;
  }

  private isInsider(viewer: Actor | null, challenge: Challenge): boolean {
    return !!viewer && (viewer.role === Role.OPERATOR || viewer.role === Role.ADMIN || (viewer.role === Role.BUYER && viewer.institutionId === challenge.institutionId));
  }

  /** The call a challenge was proposed into: its criteria and rules serve the committee that selects. */
  async callOf(manager: EntityManager, challenge: Pick<Challenge, 'callId'>): Promise<Call | null> {
    return challenge.callId ? manager.findOneBy(Call, { id: challenge.callId }) : null;
  }

  private async context(manager: EntityManager, challenge: Challenge): Promise<ChallengeContext> {
    const now = this.clock.now();
    const call = await this.callOf(manager, challenge);
    const solutionCall = challenge.solutionCallId ? await manager.findOneBy(Call, { id: challenge.solutionCallId }) : null;
    return {
      callOpen: !!call && callPhase(call, now) === 'OPEN',
      callClosed: !!call && callPhase(call, now) === 'CLOSED',
      solutionCallClosed: !!solutionCall && callPhase(solutionCall, now) === 'CLOSED',
      selection: call?.challengeSelection ?? ChallengeSelection.OPERATOR,
    };
  }

  private async solutionCount(manager: EntityManager, challenge: Challenge): Promise<number> {
    return manager.countBy(Proposal, { callId: challenge.solutionCallId!, status: Not(In(NOT_SUBMITTED)) });
  }

  private async checkCall(manager: EntityManager, callId: string): Promise<void> {
    const call = await manager.findOneBy(Call, { id: callId });
    if (!call || call.kind !== CallKind.CALL_FOR_CHALLENGES) throw new InvalidInputError('callId', 'callId must be a call for challenges', message('CALL_NOT_FOR_CHALLENGES'));
    if (callPhase(call, this.clock.now()) === 'CLOSED') throw new ConflictError(`The call for challenges closed at ${call.closesAt.toISOString()}`, 'CALL_CLOSED', undefined, { closesAt: call.closesAt.toISOString() });
  }

  private async checkField(field: string): Promise<void> {
    if (!(await this.categories.exists(field))) throw new InvalidInputError('field', `${field} is not a catalogue category`, message('FIELD_UNKNOWN_CATEGORY', { code: field }));
  }

  async view(challenge: Challenge, viewer: Pick<Actor, 'role' | 'institutionId'> | null): Promise<ChallengeView> {
    const repo = (entity: typeof Call) => this.dataSource.getRepository(entity);
    const [call, solutionCall, institution, winner] = await Promise.all([
      challenge.callId ? repo(Call).findOneBy({ id: challenge.callId }) : null,
      challenge.solutionCallId ? repo(Call).findOneBy({ id: challenge.solutionCallId }) : null,
      this.dataSource.getRepository(Institution).findOneByOrFail({ id: challenge.institutionId }),
      challenge.winnerProposalId ? this.dataSource.getRepository(Proposal).findOneByOrFail({ id: challenge.winnerProposalId }) : null,
    ]);
    const now = this.clock.now();
    const winnerView = winner
      ? await Promise.all([this.dataSource.getRepository(Product).findOneByOrFail({ id: winner.productId }), this.dataSource.getRepository(Company).findOneByOrFail({ id: winner.companyId })]).then(
          ([product, company]) => ({ proposalId: winner.id, productId: product.id, productName: product.nameKo, companyName: company.name }),
        )
      : null;
    const mayAct = viewer && (viewer.role !== Role.BUYER || viewer.institutionId === challenge.institutionId);
    return {
      id: challenge.id,
      status: challenge.status,
      title: challenge.title,
      need: challenge.need,
      currentMethod: challenge.currentMethod,
      currentCost: challenge.currentCost,
      expectedEffect: challenge.expectedEffect,
      budget: challenge.budget,
      quantity: challenge.quantity,
      field: challenge.field,
      call: call ? { id: call.id, title: call.title, closesAt: call.closesAt.toISOString(), phase: callPhase(call, now), selection: call.challengeSelection ?? ChallengeSelection.OPERATOR } : null,
      institution: { id: institution.id, name: institution.name },
      selectionReason: challenge.selectionReason,
      selection: challenge.selection,
      solutionCall: solutionCall ? { id: solutionCall.id, opensAt: solutionCall.opensAt.toISOString(), closesAt: solutionCall.closesAt.toISOString(), phase: callPhase(solutionCall, now) } : null,
      ideaId: challenge.ideaId,
      winner: winnerView,
      purchase: challenge.purchase,
      submittedAt: challenge.submittedAt?.toISOString() ?? null,
      availableActions: mayAct ? challengeMachine.availableActions(challenge.status, viewer.role, await this.context(this.dataSource.manager, challenge)) : [],
    };
  }
}
