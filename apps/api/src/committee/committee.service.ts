import { Injectable } from '@nestjs/common';
import {
  ChallengeAction,
  decideItem,
  message,
  Presence,
  ProposalAction,
  Role,
  problemTexts,
  scoreSheetProblems,
  SYSTEM_ROLE,
  UserStatus,
  type AgendaItemView,
  type CriteriaSet,
  type RoomView,
  type SessionView,
  type VoteCount,
} from '@inno/contracts';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { checkCriteria } from '../calls/calls.service';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { RequestValidationError } from '../common/validation';
import { DesignationsService } from '../designations/designations.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Proposal } from '../proposals/proposal.entity';
import { ProposalsService } from '../proposals/proposals.service';
import { SealedContent } from '../proposals/sealed-content';
import { Challenge } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { User } from '../users/user.entity';
import { AgendaItem, ItemDeclaration, ItemScore, ItemVote } from './agenda-item.entity';
import { CommitteeSession } from './committee-session.entity';
import type { AgendaItemInputDto, AttendanceDto, DeclarationDto, ScoreSheetDto, SessionInputDto, VoteDto } from './dto/committee.dto';
import { Room } from './room.entity';
import { CommitteeViews, isPresent, toRoomView } from './committee-views';

const countVotes = (votes: ItemVote[]): VoteCount => ({
  for: votes.filter((v) => v.choice === 'FOR').length,
  against: votes.filter((v) => v.choice === 'AGAINST').length,
  abstain: votes.filter((v) => v.choice === 'ABSTAIN').length,
});

@Injectable()
export class CommitteeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly proposals: ProposalsService,
    private readonly designations: DesignationsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly views: CommitteeViews,
    private readonly sealed: SealedContent,
    private readonly challenges: ChallengesService,
  ) {}

  async rooms(): Promise<RoomView[]> {
    return (await this.dataSource.getRepository(Room).find({ order: { name: 'ASC' } })).map(toRoomView);
  }

  /** Members are active COMMITTEE users; a room cannot be booked twice for overlapping times. */
  async createSession(actor: Actor, dto: SessionInputDto): Promise<SessionView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw new InvalidInputError('endsAt', 'endsAt must be after startsAt', message('FIELD_END_BEFORE_START'));
    const memberIds = [...new Set(dto.memberIds)];
    if (!memberIds.includes(dto.chairId)) throw new InvalidInputError('chairId', 'the chair must be one of the members', message('CHAIR_NOT_MEMBER'));
    const session = await this.dataSource.transaction(async (manager) => {
      const members = await manager.findBy(User, { id: In(memberIds), role: Role.COMMITTEE, status: UserStatus.ACTIVE });
      if (members.length !== memberIds.length) throw new InvalidInputError('memberIds', 'every member must be an active committee member', message('MEMBERS_NOT_ACTIVE'));
      if (dto.roomId && !(await manager.existsBy(Room, { id: dto.roomId }))) throw new InvalidInputError('roomId', 'roomId is not a room', message('FIELD_UNKNOWN_RECORD'));
      let saved: CommitteeSession;
      try {
        saved = await manager.save(
          manager.create(CommitteeSession, { title: dto.title, startsAt, endsAt, roomId: dto.roomId ?? null, onlineUrl: dto.onlineUrl ?? null, chairId: dto.chairId, memberIds, createdBy: actor.userId }),
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error as QueryFailedError & { driverError: { code: string } }).driverError.code === '23P01') {
          throw new ConflictError('The room is already booked for an overlapping time', 'ROOM_TAKEN', { roomId: ['is already booked then'] });
        }
        throw error;
      }
      await this.audit.record(manager, actor, { action: 'committee.session_created', entityType: 'committee_session', entityId: saved.id, data: { title: saved.title, memberIds, chairId: dto.chairId, roomId: saved.roomId } });
      await this.notifications.notifyUsers(manager, memberIds, {
        title: `Committee session: ${saved.title}`,
        body: `${startsAt.toISOString()} – ${endsAt.toISOString()}`,
        titleMessage: message('NOTE_SESSION_CALLED', { title: saved.title }),
        bodyMessage: message('NOTE_SESSION_TIME', { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }),
        link: `/committee/sessions/${saved.id}`,
      });
      return saved;
    });
    return this.views.sessionView(session, actor);
  }

  /**
   * The chair opens the session on its date (Korea time), recording each member as present in the
   * room, online, or absent. Scoring and closing need an open session; quorum counts those present.
   */
  async openSession(actor: Actor, sessionId: string, dto: AttendanceDto): Promise<SessionView> {
    const session = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(CommitteeSession, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw new NotFoundError('session', sessionId);
      if (session.chairId !== actor.userId) throw new ForbiddenError('Only the session’s chair opens it', 'NOT_CHAIR');
      if (session.openedAt) throw new ConflictError('The session is already open', 'SESSION_ALREADY_OPEN');
      this.assertMeetingDay(session);
      const listed = dto.attendance.map((a) => a.memberId);
      if (new Set(listed).size !== listed.length || listed.length !== session.memberIds.length || !listed.every((id) => session.memberIds.includes(id))) {
        throw new InvalidInputError('attendance', 'list every member of the session once', message('ATTENDANCE_INCOMPLETE'));
      }
      const attendance = Object.fromEntries(dto.attendance.map((a) => [a.memberId, a.presence]));
      if (attendance[session.chairId] === Presence.ABSENT) throw new InvalidInputError('attendance', 'the chair opening the session is present', message('CHAIR_ABSENT'));
      Object.assign(session, { openedAt: this.clock.now(), attendance });
      await manager.save(session);
      await this.audit.record(manager, actor, { action: 'committee.session_opened', entityType: 'committee_session', entityId: sessionId, toState: 'OPEN', data: { attendance } });
      return session;
    });
    return this.views.sessionView(session, actor);
  }

  /**
   * Puts on the agenda a proposal in evaluation, or a proposed challenge of a call whose challenges
   * the committee selects; the call's criteria are copied to the item.
   */
  async addItem(actor: Actor, sessionId: string, subject: AgendaItemInputDto): Promise<SessionView> {
    if (subject.proposalId && subject.challengeId) throw new InvalidInputError('challengeId', 'give a proposal or a challenge, not both', message('PROPOSAL_OR_CHALLENGE'));
    const session = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(CommitteeSession, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw new NotFoundError('session', sessionId);
      const mover = { role: actor.role, audit: actor };
      const { proposalId = null, challengeId = null } = subject;
      const call = challengeId
        ? await this.challenges.callOf(manager, await this.challenges.transition(mover, challengeId, ChallengeAction.SCHEDULE, {}, manager))
        : await manager.findOneByOrFail(Call, { id: (await this.proposals.transition(mover, proposalId!, ProposalAction.SCHEDULE, {}, manager)).callId });
      const item = await manager.save(manager.create(AgendaItem, { sessionId, proposalId, challengeId, status: 'OPEN', criteria: call!.criteria }));
      await this.audit.record(manager, actor, { action: 'committee.item_added', entityType: 'agenda_item', entityId: item.id, toState: 'OPEN', data: { sessionId, ...(challengeId ? { challengeId } : { proposalId }) } });
      await this.notifications.notifyUsers(manager, session.memberIds, {
        title: `An item to score: ${session.title}`,
        body: 'Declare any conflict of interest, then score the item.',
        titleMessage: message('NOTE_ITEM_TO_SCORE', { title: session.title }),
        bodyMessage: message('NOTE_ITEM_TO_SCORE_BODY'),
        link: `/committee/sessions/${sessionId}`,
      });
      return session;
    });
    return this.views.sessionView(session, actor);
  }

  /** Criteria and pass marks may change until the first score is cast. */
  async updateCriteria(actor: Actor, itemId: string, criteria: CriteriaSet): Promise<AgendaItemView> {
    checkCriteria(criteria);
    const item = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      if (item.frozen || item.status === 'CLOSED') throw new ConflictError('Scores have been cast: the item’s criteria and pass marks are frozen', 'CRITERIA_FROZEN');
      const previous = item.criteria;
      item.criteria = criteria;
      await manager.save(item);
      await this.audit.record(manager, actor, { action: 'committee.criteria_changed', entityType: 'agenda_item', entityId: itemId, data: { from: previous, to: criteria } });
      return item;
    });
    return this.views.itemView(item, actor, await this.sessionOf(item));
  }

  /** A member declares a conflict of interest, or none, once per item, before scoring it. */
  async declare(actor: Actor, itemId: string, dto: DeclarationDto): Promise<AgendaItemView> {
    const item = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      const session = await this.sessionOf(item, manager);
      this.assertMember(actor, session);
      if (item.status === 'CLOSED') throw new ConflictError('The item is closed', 'ITEM_CLOSED');
      if (await manager.existsBy(ItemDeclaration, { itemId, memberId: actor.userId })) throw new ConflictError('You have already declared for this item', 'ALREADY_DECLARED');
      if (dto.conflict && !dto.reason) throw new InvalidInputError('reason', 'reason is required when declaring a conflict of interest', message('FIELD_REQUIRED'));
      await manager.insert(ItemDeclaration, { itemId, memberId: actor.userId, conflict: dto.conflict, reason: dto.reason ?? null });
      await this.audit.record(manager, actor, { action: dto.conflict ? 'committee.recused' : 'committee.no_conflict_declared', entityType: 'agenda_item', entityId: itemId, data: dto.reason ? { reason: dto.reason } : {} });
      return item;
    });
    return this.views.itemView(item, actor, await this.sessionOf(item));
  }

  /**
   * A present member's score sheet, once the session is open: every criterion a whole number within
   * its points, with a comment. The item is locked
   * so a score and the chair's close never cross; the first score freezes the criteria.
   */
  async score(actor: Actor, itemId: string, dto: ScoreSheetDto): Promise<AgendaItemView> {
    const item = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      const session = await this.sessionOf(item, manager);
      this.assertMember(actor, session);
      if (item.status === 'CLOSED') throw new ConflictError('The item is closed: scores can no longer change', 'ITEM_CLOSED');
      this.assertSitting(session);
      this.assertPresent(session, actor.userId);
      await this.assertNotRecused(manager, item.id, actor.userId);
      const problems = scoreSheetProblems(item.criteria, dto);
      if (Object.keys(problems).length) throw new RequestValidationError(problemTexts(problems), problems);
      const total = Object.values(dto.points).reduce((a, b) => a + b, 0);
      await manager.upsert(ItemScore, { itemId, memberId: actor.userId, sheet: { points: dto.points, comments: dto.comments }, total }, ['itemId', 'memberId']);
      if (!item.frozen) {
        item.frozen = true;
        await manager.save(item);
      }
      // The points stay out of the log until the item closes: scores are hidden until then.
      await this.audit.record(manager, actor, { action: 'committee.scored', entityType: 'agenda_item', entityId: itemId, data: {} });
      return item;
    });
    return this.views.itemView(item, actor, await this.sessionOf(item));
  }

  /**
   * A present member's vote on an item they scored, where the call asks for one. Like scores, the
   * choice stays out of the log and the views until the item closes; it may change until then.
   */
  async vote(actor: Actor, itemId: string, dto: VoteDto): Promise<AgendaItemView> {
    const item = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      const session = await this.sessionOf(item, manager);
      this.assertMember(actor, session);
      if (item.status === 'CLOSED') throw new ConflictError('The item is closed: votes can no longer change', 'ITEM_CLOSED');
      if (!(await this.callOf(item, manager)).rules.committeeVote) throw new ConflictError('This call does not ask the committee to vote', 'NO_VOTE_ASKED');
      this.assertSitting(session);
      this.assertPresent(session, actor.userId);
      await this.assertNotRecused(manager, item.id, actor.userId);
      if (!(await manager.existsBy(ItemScore, { itemId, memberId: actor.userId }))) throw new ConflictError('Score the item before voting on it', 'SCORE_FIRST');
      await manager.upsert(ItemVote, { itemId, memberId: actor.userId, choice: dto.choice }, ['itemId', 'memberId']);
      await this.audit.record(manager, actor, { action: 'committee.voted', entityType: 'agenda_item', entityId: itemId, data: {} });
      return item;
    });
    return this.views.itemView(item, actor, await this.sessionOf(item));
  }

  /**
   * The chair closes an item in the open session. Quorum: a majority of the members not recused are
   * present; every one of them present has scored (and voted, where the call asks for a vote). The
   * decision follows the pass marks, compared exactly, and the vote, and moves the proposal (and
   * product) at once. The item row is locked, so two closes, concurrent or not, make one decision.
   */
  async close(actor: Actor, itemId: string): Promise<AgendaItemView> {
    const item = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      const session = await this.sessionOf(item, manager);
      if (session.chairId !== actor.userId) throw new ForbiddenError('Only the session’s chair closes an item', 'NOT_CHAIR');
      if (item.status === 'CLOSED') throw new ConflictError('The item is already closed', 'ITEM_CLOSED');
      this.assertSitting(session);
      const recused = new Set((await manager.findBy(ItemDeclaration, { itemId, conflict: true })).map((d) => d.memberId));
      const eligible = session.memberIds.filter((id) => !recused.has(id));
      const present = eligible.filter((id) => isPresent(session, id));
      if (present.length * 2 <= eligible.length) {
        throw new ConflictError(`No quorum: ${present.length} of ${eligible.length} members not recused are present; a majority is needed`, 'NO_QUORUM', undefined, { present: present.length, eligible: eligible.length });
      }
      const scores = await manager.find(ItemScore, { where: { itemId }, order: { memberId: 'ASC' } });
      const unscored = present.filter((id) => !scores.some((s) => s.memberId === id)).length;
      if (unscored) throw new ConflictError(`${unscored} of the ${present.length} members present have not scored yet`, 'SCORES_MISSING', undefined, { missing: unscored, present: present.length });
      const { rules } = await this.callOf(item, manager);
      const votes = rules.committeeVote ? await manager.findBy(ItemVote, { itemId }) : null;
      const unvoted = votes ? present.filter((id) => !votes.some((v) => v.memberId === id)).length : 0;
      if (unvoted) throw new ConflictError(`${unvoted} of the ${present.length} members present have not voted yet`, 'VOTES_MISSING', undefined, { missing: unvoted, present: present.length });
      const decision = decideItem(
        item.criteria,
        scores.map((s) => s.sheet),
        { eligibleMembers: eligible.length, present: present.length, trimmedMeanMinSheets: rules.trimmedMeanMinSheets, votes: votes && countVotes(votes) },
      );
      Object.assign(item, { status: 'CLOSED', decision, closedAt: this.clock.now() });
      await manager.save(item);
      await this.audit.record(manager, actor, {
        action: 'committee.item_closed',
        entityType: 'agenda_item',
        entityId: itemId,
        fromState: 'OPEN',
        toState: 'CLOSED',
        // The named scores and votes, kept for audit; the minutes publish them without names.
        data: {
          decision,
          scores: scores.map((s) => ({ memberId: s.memberId, total: s.total, points: s.sheet.points })),
          ...(votes ? { votes: votes.map((v) => ({ memberId: v.memberId, choice: v.choice })) } : {}),
        },
      });
      if (item.challengeId) {
        await this.challenges.committeeDecided(manager, item.challengeId, session.id, decision, actor);
        return item;
      }
      const mover = { role: SYSTEM_ROLE, audit: actor };
      const proposal = await this.proposals.transition(mover, item.proposalId!, decision.passed ? ProposalAction.DESIGNATE : ProposalAction.REJECT, {}, manager);
      proposal.decision = decision;
      await manager.save(proposal);
      if (decision.passed) {
        await this.designations.designate(manager, proposal, decision, actor);
        await this.challenges.solutionDesignated(manager, proposal, actor);
      } else await this.designations.reject(manager, proposal, decision, actor);
      return item;
    });
    return this.views.itemView(item, actor, await this.sessionOf(item));
  }

  /**
   * What a member sees of an item: the full proposal once they declared no conflict; a recused one
   * sees the summary. A challenge's problem statement is public: it is shown whole.
   */
  async itemDetail(actor: Actor, itemId: string) {
    const item = await this.dataSource.getRepository(AgendaItem).findOneBy({ id: itemId });
    if (!item) throw new NotFoundError('agenda item', itemId);
    const session = await this.sessionOf(item);
    if (actor.role === Role.COMMITTEE) this.assertMember(actor, session);
    const view = await this.views.itemView(item, actor, session);
    const declaration = await this.dataSource.getRepository(ItemDeclaration).findOneBy({ itemId, memberId: actor.userId });
    const mayRead = actor.role !== Role.COMMITTEE || declaration?.conflict === false;
    const access = mayRead ? 'FULL' : declaration?.conflict ? 'RECUSED' : 'DECLARE_FIRST';
    if (item.challengeId) return { ...view, proposal: null, challenge: await this.challenges.get(null, item.challengeId), access };
    const proposal = await this.dataSource.getRepository(Proposal).findOneByOrFail({ id: item.proposalId! });
    const content = mayRead ? await this.dataSource.transaction((manager) => this.sealed.read(manager, proposal, actor, 'committee')) : null;
    return { ...view, proposal: content, challenge: null, access };
  }

  async sessions(actor: Actor): Promise<SessionView[]> {
    const qb = this.dataSource.getRepository(CommitteeSession).createQueryBuilder('s').orderBy('s.startsAt', 'DESC');
    if (actor.role === Role.COMMITTEE) qb.where(':me = ANY(s.memberIds)', { me: actor.userId });
    const sessions = await qb.take(100).getMany();
    return this.views.sessionViews(sessions, actor);
  }

  async session(actor: Actor, id: string): Promise<SessionView> {
    const session = await this.dataSource.getRepository(CommitteeSession).findOneBy({ id });
    if (!session) throw new NotFoundError('session', id);
    if (actor.role === Role.COMMITTEE) this.assertMember(actor, session);
    return this.views.sessionView(session, actor);
  }

  /** Scoring and closing happen on the session's date (Korea time) or after, once the chair has opened it. */
  private assertSitting(session: CommitteeSession): void {
    this.assertMeetingDay(session);
    if (!session.openedAt) throw new ConflictError('The chair has not opened the session yet', 'SESSION_NOT_OPEN');
  }

  private assertMeetingDay(session: CommitteeSession): void {
    const meetingDate = koreanDate(session.startsAt);
    if (koreanDate(this.clock.now()) < meetingDate) throw new ConflictError(`The session meets on ${meetingDate}: it opens that day, not before`, 'BEFORE_SESSION_DATE', undefined, { meetingDate });
  }

  private assertPresent(session: CommitteeSession, memberId: string): void {
    if (!isPresent(session, memberId)) throw new ForbiddenError('You are recorded absent from this session', 'ABSENT');
  }

  private assertMember(actor: Actor, session: CommitteeSession): void {
    if (!session.memberIds.includes(actor.userId)) throw new ForbiddenError('You are not a member of this session', 'NOT_MEMBER');
  }

  private async assertNotRecused(manager: EntityManager, itemId: string, memberId: string): Promise<void> {
    const declaration = await manager.findOneBy(ItemDeclaration, { itemId, memberId });
    if (!declaration) throw new ConflictError('Declare a conflict of interest (or none) before scoring', 'DECLARE_FIRST');
    if (declaration.conflict) throw new ForbiddenError('You are recused from this item: you cannot score it', 'RECUSED');
  }

  private async lockItem(manager: EntityManager, id: string): Promise<AgendaItem> {
    const item = await manager.findOne(AgendaItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw new NotFoundError('agenda item', id);
    return item;
  }

  /** The call the item's proposal answers (or its challenge was proposed into): its rules (trimming threshold, vote) decide the item. */
  private async callOf(item: AgendaItem, manager: EntityManager): Promise<Call> {
    const { callId } = item.challengeId
      ? await manager.findOneByOrFail(Challenge, { id: item.challengeId })
      : await manager.findOneByOrFail(Proposal, { id: item.proposalId! });
    return manager.findOneByOrFail(Call, { id: callId! });
  }

  private sessionOf(item: AgendaItem, manager: EntityManager = this.dataSource.manager): Promise<CommitteeSession> {
    return manager.findOneByOrFail(CommitteeSession, { id: item.sessionId });
  }

}
