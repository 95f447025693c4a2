import { Injectable } from '@nestjs/common';
import { Presence, textMessage, type AgendaItemView, type AgendaSubject, type MinutesView, type RoomView, type SessionView } from '@inno/contracts';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { Challenge } from '../challenges/challenge.entity';
import { koreanDate } from '../clock/clock';
import { NotFoundError } from '../common/domain-errors';
import { Institution } from '../institutions/institution.entity';
import { Product } from '../products/product.entity';
import { Proposal } from '../proposals/proposal.entity';
import { User } from '../users/user.entity';
import { AgendaItem, ItemDeclaration, ItemScore, ItemVote } from './agenda-item.entity';
import { CommitteeSession } from './committee-session.entity';
import { Room } from './room.entity';

export const toRoomView = (r: Room): RoomView => ({ id: r.id, name: r.name, capacity: r.capacity, hasVideo: r.hasVideo });

/** Present in the room or online, as the chair recorded when opening the session. */
export const isPresent = (session: CommitteeSession, memberId: string) => !!session.attendance?.[memberId] && session.attendance[memberId] !== Presence.ABSENT;

/** What an agenda item evaluates, as its readers name it: a proposal's product and company, or a challenge's title and institution. */
interface ItemSubject {
  subject: AgendaSubject;
  productName: string;
  companyName: string;
  subArea: string;
  call: Call;
}

/**
 * What the committee's records look like to a reader, batched: sessions, agenda items (counts of
 * scores and votes, never their values, until an item closes) and the published minutes.
 */
@Injectable()
export class CommitteeViews {
  constructor(private readonly dataSource: DataSource) {}

  /** Published minutes: attendance, recusals, each closed item's aggregate and decision, scores and vote counts without names. */
  async minutes(id: string): Promise<MinutesView> {
    const session = await this.dataSource.getRepository(CommitteeSession).findOneBy({ id });
    if (!session) throw new NotFoundError('session', id);
    const [members, items, room] = await Promise.all([
      this.dataSource.getRepository(User).findBy({ id: In(session.memberIds) }),
      this.dataSource.getRepository(AgendaItem).find({ where: { sessionId: id, status: 'CLOSED' }, order: { closedAt: 'ASC' } }),
      session.roomId ? this.dataSource.getRepository(Room).findOneBy({ id: session.roomId }) : null,
    ]);
    const itemIds = items.map((i) => i.id);
    const [declarations, scores, subjects] = await Promise.all([
      itemIds.length ? this.dataSource.getRepository(ItemDeclaration).findBy({ itemId: In(itemIds), conflict: true }) : [],
      itemIds.length ? this.dataSource.getRepository(ItemScore).findBy({ itemId: In(itemIds) }) : [],
      this.subjectsOf(items),
    ]);
    const name = (userId: string) => members.find((m) => m.id === userId)?.name ?? '';
    return {
      sessionId: id,
      title: session.title,
      startsAt: session.startsAt.toISOString(),
      place: room?.name ?? session.onlineUrl ?? '',
      attendance: session.memberIds.map((memberId) => ({
        name: name(memberId),
        presence: session.attendance?.[memberId] ?? null,
        scoredItems: scores.filter((s) => s.memberId === memberId).length,
      })),
      recusals: declarations.map((d) => ({ productName: subjects.get(d.itemId)?.productName ?? '', memberName: name(d.memberId) })),
      items: items.map((item) => {
        const subject = subjects.get(item.id)!;
        return {
          subject: subject.subject,
          productName: subject.productName,
          companyName: subject.companyName,
          aggregate: item.decision!.aggregate,
          passed: item.decision!.passed,
          reasons: item.decision!.reasons,
          reasonMessages: item.decision!.reasonMessages ?? item.decision!.reasons.map(textMessage),
          totals: [...item.decision!.totals].sort((a, b) => b - a),
          present: item.decision!.present,
          votes: item.decision!.votes,
          closedAt: item.closedAt!.toISOString(),
        };
      }),
    };
  }

  /** What each item evaluates, by item id: proposals with their products, challenges with their institutions, and the calls. */
  async subjectsOf(items: AgendaItem[]): Promise<Map<string, ItemSubject>> {
    const proposalIds = items.map((i) => i.proposalId).filter((id): id is string => !!id);
    const challengeIds = items.map((i) => i.challengeId).filter((id): id is string => !!id);
    const [proposals, challenges] = await Promise.all([
      proposalIds.length ? this.dataSource.getRepository(Proposal).findBy({ id: In(proposalIds) }) : [],
      challengeIds.length ? this.dataSource.getRepository(Challenge).findBy({ id: In(challengeIds) }) : [],
    ]);
    const callIds = [...new Set([...proposals.map((p) => p.callId), ...challenges.map((c) => c.callId!)])];
    const [products, institutions, calls] = await Promise.all([
      proposals.length ? this.dataSource.getRepository(Product).findBy({ id: In(proposals.map((p) => p.productId)) }) : [],
      challenges.length ? this.dataSource.getRepository(Institution).findBy({ id: In(challenges.map((c) => c.institutionId)) }) : [],
      callIds.length ? this.dataSource.getRepository(Call).findBy({ id: In(callIds) }) : [],
    ]);
    const callOf = (id: string) => calls.find((c) => c.id === id)!;
    return new Map(
      items.map((item): [string, ItemSubject] => {
        const challenge = challenges.find((c) => c.id === item.challengeId);
        if (challenge) {
          const institution = institutions.find((i) => i.id === challenge.institutionId);
          return [item.id, { subject: 'CHALLENGE', productName: challenge.title, companyName: institution?.name ?? '', subArea: challenge.field, call: callOf(challenge.callId!) }];
        }
        const proposal = proposals.find((p) => p.id === item.proposalId)!;
        const product = products.find((p) => p.id === proposal.productId);
        return [item.id, { subject: 'PROPOSAL', productName: product?.nameKo ?? '', companyName: product?.companyName ?? '', subArea: proposal.subArea, call: callOf(proposal.callId) }];
      }),
    );
  }

  async itemView(item: AgendaItem, actor: Actor, session: CommitteeSession): Promise<AgendaItemView> {
    return (await this.itemViews([item], actor, [session]))[0];
  }

  /** Views of agenda items (each of one of `sessions`), in ten queries at most however many there are. */
  async itemViews(items: AgendaItem[], actor: Actor, sessions: CommitteeSession[]): Promise<AgendaItemView[]> {
    if (!items.length) return [];
    const itemIds = items.map((i) => i.id);
    const countBy = (entity: typeof ItemScore | typeof ItemVote) =>
      this.dataSource
        .getRepository(entity)
        .createQueryBuilder('s')
        .select('s.itemId', 'itemId')
        .addSelect('COUNT(*)::int', 'count')
        .where('s.itemId IN (:...itemIds)', { itemIds })
        .groupBy('s.itemId')
        .getRawMany<{ itemId: string; count: number }>();
    const [subjects, declarations, myScores, myVotes, scoredCounts, votedCounts] = await Promise.all([
      this.subjectsOf(items),
      this.dataSource.getRepository(ItemDeclaration).findBy({ itemId: In(itemIds) }),
      this.dataSource.getRepository(ItemScore).findBy({ itemId: In(itemIds), memberId: actor.userId }),
      this.dataSource.getRepository(ItemVote).findBy({ itemId: In(itemIds), memberId: actor.userId }),
      countBy(ItemScore),
      countBy(ItemVote),
    ]);
    return items.map((item) => {
      const subject = subjects.get(item.id)!;
      const session = sessions.find((s) => s.id === item.sessionId)!;
      const declaration = declarations.find((d) => d.itemId === item.id && d.memberId === actor.userId);
      const recused = new Set(declarations.filter((d) => d.itemId === item.id && d.conflict).map((d) => d.memberId));
      const eligible = session.memberIds.filter((id) => !recused.has(id));
      return {
        id: item.id,
        subject: subject.subject,
        proposalId: item.proposalId,
        challengeId: item.challengeId,
        productName: subject.productName,
        companyName: subject.companyName,
        subArea: subject.subArea,
        status: item.status,
        criteria: item.criteria,
        frozen: item.frozen,
        voteRequired: subject.call.rules.committeeVote,
        myDeclaration: declaration ? (declaration.conflict ? 'CONFLICT' : 'NONE') : null,
        myScore: myScores.find((sc) => sc.itemId === item.id)?.sheet ?? null,
        myVote: myVotes.find((v) => v.itemId === item.id)?.choice ?? null,
        scoredCount: scoredCounts.find((c) => c.itemId === item.id)?.count ?? 0,
        votedCount: votedCounts.find((c) => c.itemId === item.id)?.count ?? 0,
        eligibleCount: eligible.length,
        presentCount: eligible.filter((id) => isPresent(session, id)).length,
        decision: item.status === 'CLOSED' ? item.decision : null,
      };
    });
  }

  async sessionView(session: CommitteeSession, actor: Actor): Promise<SessionView> {
    return (await this.sessionViews([session], actor))[0];
  }

  /** Views of sessions, in thirteen queries at most however many sessions and items there are. */
  async sessionViews(sessions: CommitteeSession[], actor: Actor): Promise<SessionView[]> {
    if (!sessions.length) return [];
    const roomIds = sessions.map((s) => s.roomId).filter((id): id is string => !!id);
    const [members, items, rooms] = await Promise.all([
      this.dataSource.getRepository(User).findBy({ id: In([...new Set(sessions.flatMap((s) => s.memberIds))]) }),
      this.dataSource.getRepository(AgendaItem).find({ where: { sessionId: In(sessions.map((s) => s.id)) }, order: { createdAt: 'ASC' } }),
      roomIds.length ? this.dataSource.getRepository(Room).findBy({ id: In(roomIds) }) : [],
    ]);
    const itemViews = await this.itemViews(items, actor, sessions);
    return sessions.map((session) => {
      const room = rooms.find((r) => r.id === session.roomId);
      return {
        id: session.id,
        title: session.title,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        meetingDate: koreanDate(session.startsAt),
        room: room ? toRoomView(room) : null,
        onlineUrl: session.onlineUrl,
        chairId: session.chairId,
        openedAt: session.openedAt?.toISOString() ?? null,
        members: session.memberIds.map((id) => ({
          userId: id,
          name: members.find((m) => m.id === id)?.name ?? '',
          isChair: id === session.chairId,
          presence: session.attendance?.[id] ?? null,
        })),
        items: itemViews.filter((_, i) => items[i].sessionId === session.id),
      };
    });
  }
}
