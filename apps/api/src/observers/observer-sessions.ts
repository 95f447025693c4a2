import { Injectable } from '@nestjs/common';
import { DecisionKind, Role, type ObserverItemView, type ObserverSessionSummary, type ObserverSessionView, type ObserverTrailEntry } from '@inno/contracts';
import { createHash } from 'node:crypto';
import { Brackets, DataSource, In } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { NotFoundError } from '../common/domain-errors';
import { AgendaItem, ItemDeclaration, ItemScore } from '../committee/agenda-item.entity';
import { CommitteeSession } from '../committee/committee-session.entity';
import { CommitteeViews } from '../committee/committee-views';
import { Room } from '../committee/room.entity';
import { Decision } from '../designations/decision.entity';
import { User } from '../users/user.entity';

/** Whose names an observer may read: the officials who act for the platform. Anyone else's is a personal datum. */
const OFFICIALS: Role[] = [Role.OPERATOR, Role.COMMITTEE, Role.ADMIN];

/** The decisions an agenda item's close writes to the register. */
const COMMITTEE_DECISIONS: DecisionKind[] = [DecisionKind.DESIGNATION, DecisionKind.REJECTION];

/**
 * Members are numbered by a hash of the session and their id, not by the attendance list's order,
 * so "member 2" cannot be read back to a name, yet stays the same member across the session's items.
 */
const memberNumbers = (session: CommitteeSession): Map<string, number> =>
  new Map(
    [...session.memberIds]
      .sort((a, b) => hashOf(session.id, a).localeCompare(hashOf(session.id, b)))
      .map((memberId, index) => [memberId, index + 1]),
  );
const hashOf = (sessionId: string, memberId: string) => createHash('sha256').update(`${sessionId}:${memberId}`).digest('hex');

/**
 * What an observer reads of the committee's sessions. A session tells more than its published
 * minutes only once it is closed (opened, and every item on its agenda closed): before that an
 * observer sees what the public sees, its title, day and place.
 */
@Injectable()
export class ObserverSessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly committee: CommitteeViews,
  ) {}

  async list(): Promise<ObserverSessionSummary[]> {
    const sessions = await this.dataSource.getRepository(CommitteeSession).find({ order: { startsAt: 'DESC' }, take: 100 });
    return this.summaries(sessions);
  }

  async detail(id: string): Promise<ObserverSessionView> {
    const session = await this.dataSource.getRepository(CommitteeSession).findOneBy({ id });
    if (!session) throw new NotFoundError('session', id);
    const [summary] = await this.summaries([session]);
    if (!summary.closed) return { ...summary, attendance: [], items: [] };
    const items = await this.dataSource.getRepository(AgendaItem).find({ where: { sessionId: id }, order: { closedAt: 'ASC' } });
    const itemIds = items.map((i) => i.id);
    const proposalIds = items.map((i) => i.proposalId).filter((p): p is string => !!p);
    const challengeIds = items.map((i) => i.challengeId).filter((c): c is string => !!c);
    const [members, recusals, scores, decisions, subjects, events] = await Promise.all([
      this.dataSource.getRepository(User).find({ where: { id: In(session.memberIds) }, select: { id: true, name: true } }),
      this.dataSource.getRepository(ItemDeclaration).findBy({ itemId: In(itemIds), conflict: true }),
      this.dataSource.getRepository(ItemScore).findBy({ itemId: In(itemIds) }),
      proposalIds.length ? this.dataSource.getRepository(Decision).findBy({ proposalId: In(proposalIds), kind: In(COMMITTEE_DECISIONS) }) : [],
      this.committee.subjectsOf(items),
      this.trailEvents(itemIds, proposalIds, challengeIds),
    ]);
    const nameOf = (userId: string) => members.find((m) => m.id === userId)?.name ?? '';
    const numbers = memberNumbers(session);
    const trail = await this.trailEntries(events);
    return {
      ...summary,
      attendance: session.memberIds.map((memberId) => ({ name: nameOf(memberId), isChair: memberId === session.chairId, presence: session.attendance?.[memberId] ?? null })),
      items: items.map((item): ObserverItemView => {
        const subject = subjects.get(item.id)!;
        const about = (e: AuditEvent) =>
          (e.entityType === 'agenda_item' && e.entityId === item.id) ||
          (e.entityType === 'proposal' && e.entityId === item.proposalId) ||
          (e.entityType === 'challenge' && e.entityId === item.challengeId);
        return {
          id: item.id,
          subject: subject.subject,
          productName: subject.productName,
          companyName: subject.companyName,
          recused: recusals.filter((d) => d.itemId === item.id).map((d) => nameOf(d.memberId)),
          scores: scores
            .filter((s) => s.itemId === item.id)
            .map((s) => ({ member: numbers.get(s.memberId)!, total: s.total, points: s.sheet.points }))
            .sort((a, b) => a.member - b.member),
          decision: item.decision,
          decisionId: decisions.find((d) => d.proposalId === item.proposalId)?.id ?? null,
          closedAt: item.closedAt?.toISOString() ?? null,
          trail: events.map((e, i) => (about(e) ? trail[i] : null)).filter((e): e is ObserverTrailEntry => !!e),
        };
      }),
    };
  }

  private async summaries(sessions: CommitteeSession[]): Promise<ObserverSessionSummary[]> {
    if (!sessions.length) return [];
    const roomIds = sessions.map((s) => s.roomId).filter((id): id is string => !!id);
    const [counts, rooms] = await Promise.all([
      this.dataSource
        .getRepository(AgendaItem)
        .createQueryBuilder('i')
        .select('i.sessionId', 'sessionId')
        .addSelect('COUNT(*)::int', 'items')
        .addSelect(`COUNT(*) FILTER (WHERE i.status = 'CLOSED')::int`, 'closed')
        .where('i.sessionId IN (:...ids)', { ids: sessions.map((s) => s.id) })
        .groupBy('i.sessionId')
        .getRawMany<{ sessionId: string; items: number; closed: number }>(),
      roomIds.length ? this.dataSource.getRepository(Room).findBy({ id: In(roomIds) }) : [],
    ]);
    return sessions.map((session) => {
      const count = counts.find((c) => c.sessionId === session.id) ?? { items: 0, closed: 0 };
      return {
        id: session.id,
        title: session.title,
        startsAt: session.startsAt.toISOString(),
        meetingDate: koreanDate(session.startsAt),
        place: rooms.find((r) => r.id === session.roomId)?.name ?? '',
        online: !!session.onlineUrl,
        closed: !!session.openedAt && count.items > 0 && count.closed === count.items,
        itemCount: count.items,
        closedItemCount: count.closed,
      };
    });
  }

  /** The log's links about the items, their proposals and challenges, in the order they were written. */
  private trailEvents(itemIds: string[], proposalIds: string[], challengeIds: string[]): Promise<AuditEvent[]> {
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(
        new Brackets((w) => {
          w.where(`e.entityType = 'agenda_item' AND e.entityId IN (:...itemIds)`, { itemIds });
          if (proposalIds.length) w.orWhere(`e.entityType = 'proposal' AND e.entityId IN (:...proposalIds)`, { proposalIds });
          if (challengeIds.length) w.orWhere(`e.entityType = 'challenge' AND e.entityId IN (:...challengeIds)`, { challengeIds });
        }),
      )
      .orderBy('e.id', 'ASC');
    return qb.getMany();
  }

  /** Each link without its data (reasons for a recusal, named scores, contents): what was done, when, and by which official. */
  private async trailEntries(events: AuditEvent[]): Promise<ObserverTrailEntry[]> {
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
    const officials = actorIds.length
      ? await this.dataSource.getRepository(User).find({ where: { id: In(actorIds), role: In(OFFICIALS) }, select: { id: true, name: true } })
      : [];
    return events.map((e) => ({
      at: e.occurredAt.toISOString(),
      action: e.action,
      entityType: e.entityType,
      actorRole: e.actorRole,
      actorName: officials.find((o) => o.id === e.actorId)?.name ?? null,
      fromState: e.fromState,
      toState: e.toState,
    }));
  }
}
