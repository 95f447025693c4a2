import { Injectable } from '@nestjs/common';
import { Presence, textMessage, type AgendaItemView, type MinutesView, type RoomView, type SessionView } from '@inno/contracts';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { koreanDate } from '../clock/clock';
import { NotFoundError } from '../common/domain-errors';
import { Product } from '../products/product.entity';
import { Proposal } from '../proposals/proposal.entity';
import { User } from '../users/user.entity';
import { AgendaItem, ItemDeclaration, ItemScore, ItemVote } from './agenda-item.entity';
import { CommitteeSession } from './committee-session.entity';
import { Room } from './room.entity';

export const toRoomView = (r: Room): RoomView => ({ id: r.id, name: r.name, capacity: r.capacity, hasVideo: r.hasVideo });

/** Present in the room or online, as the chair recorded when opening the session. */
export const isPresent = (session: CommitteeSession, memberId: string) => !!session.attendance?.[memberId] && session.attendance[memberId] !== Presence.ABSENT;

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
    const [declarations, scores, products] = await Promise.all([
      itemIds.length ? this.dataSource.getRepository(ItemDeclaration).findBy({ itemId: In(itemIds), conflict: true }) : [],
      itemIds.length ? this.dataSource.getRepository(ItemScore).findBy({ itemId: In(itemIds) }) : [],
      this.productsOf(items),
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
      recusals: declarations.map((d) => ({ productName: products.get(items.find((i) => i.id === d.itemId)!.proposalId)?.nameKo ?? '', memberName: name(d.memberId) })),
      items: items.map((item) => {
        const product = products.get(item.proposalId);
        return {
          productName: product?.nameKo ?? '',
          companyName: product?.companyName ?? '',
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

  async productsOf(items: AgendaItem[]): Promise<Map<string, Product>> {
    return (await this.proposalsOf(items)).products;
  }

  /** The proposals of agenda items, and their products and calls by proposal id. */
  async proposalsOf(items: AgendaItem[]): Promise<{ proposals: Map<string, Proposal>; products: Map<string, Product>; calls: Map<string, Call> }> {
    if (!items.length) return { proposals: new Map(), products: new Map(), calls: new Map() };
    const proposals = await this.dataSource.getRepository(Proposal).findBy({ id: In(items.map((i) => i.proposalId)) });
    const [products, calls] = await Promise.all([
      this.dataSource.getRepository(Product).findBy({ id: In(proposals.map((p) => p.productId)) }),
      this.dataSource.getRepository(Call).findBy({ id: In([...new Set(proposals.map((p) => p.callId))]) }),
    ]);
    return {
      proposals: new Map(proposals.map((p) => [p.id, p])),
      products: new Map(proposals.map((p) => [p.id, products.find((x) => x.id === p.productId)!])),
      calls: new Map(proposals.map((p) => [p.id, calls.find((c) => c.id === p.callId)!])),
    };
  }

  async itemView(item: AgendaItem, actor: Actor, session: CommitteeSession): Promise<AgendaItemView> {
    return (await this.itemViews([item], actor, [session]))[0];
  }

  /** Views of agenda items (each of one of `sessions`), in eight queries however many there are. */
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
    const [{ proposals, products, calls }, declarations, myScores, myVotes, scoredCounts, votedCounts] = await Promise.all([
      this.proposalsOf(items),
      this.dataSource.getRepository(ItemDeclaration).findBy({ itemId: In(itemIds) }),
      this.dataSource.getRepository(ItemScore).findBy({ itemId: In(itemIds), memberId: actor.userId }),
      this.dataSource.getRepository(ItemVote).findBy({ itemId: In(itemIds), memberId: actor.userId }),
      countBy(ItemScore),
      countBy(ItemVote),
    ]);
    return items.map((item) => {
      const product = products.get(item.proposalId);
      const session = sessions.find((s) => s.id === item.sessionId)!;
      const declaration = declarations.find((d) => d.itemId === item.id && d.memberId === actor.userId);
      const recused = new Set(declarations.filter((d) => d.itemId === item.id && d.conflict).map((d) => d.memberId));
      const eligible = session.memberIds.filter((id) => !recused.has(id));
      return {
        id: item.id,
        proposalId: item.proposalId,
        productName: product?.nameKo ?? '',
        companyName: product?.companyName ?? '',
        subArea: proposals.get(item.proposalId)!.subArea,
        status: item.status,
        criteria: item.criteria,
        frozen: item.frozen,
        voteRequired: calls.get(item.proposalId)!.rules.committeeVote,
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

  /** Views of sessions, in eleven queries however many sessions and items there are. */
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
