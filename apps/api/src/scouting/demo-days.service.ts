import { Injectable } from '@nestjs/common';
import {
  DemoDayAction,
  demoDayMachine,
  DemoDayStatus,
  NominationAction,
  PANEL_ROLES,
  rankDemoDay,
  Role,
  SYSTEM_ROLE,
  UserStatus,
  type DemoDayResultsView,
  type DemoDayView,
  type MyAllocationsView,
  type Page, message } from '@inno/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, refusedMove } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { Clock } from '../clock/clock';
import { RuleSettingsService } from '../rule-settings/rule-settings.service';
import { User } from '../users/user.entity';
import { DemoDay, DemoDayAllocation, DemoDayPanelist } from './demo-day.entity';
import type { DemoDayDto } from './dto/scouting.dto';
import { Nomination } from './nomination.entity';
import { NominationsService } from './nominations.service';
import { ScoutingRound } from './scouting-round.entity';

const STAFF: Role[] = [Role.OPERATOR, Role.ADMIN];

/**
 * Why a panel member may not invest in a nominated product, or null. A member is tied to a company
 * when they scouted it (they would fund their own pick) or belong to it; suppliers never sit on a panel.
 */
export function tieTo(member: Pick<User, 'id' | 'companyId'>, nomination: Pick<Nomination, 'scoutId' | 'companyId'>): string | null {
  if (nomination.scoutId === member.id) return 'You nominated this company';
  if (nomination.companyId && nomination.companyId === member.companyId) return 'You belong to this company';
  return null;
}

@Injectable()
export class DemoDaysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly ruleSettings: RuleSettingsService,
    private readonly nominations: NominationsService,
  ) {}

  async create(actor: Actor, dto: DemoDayDto): Promise<DemoDayView> {
    const day = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ScoutingRound, { id: dto.roundId }))) throw new InvalidInputError('roundId', 'roundId is not a scouting round', message('FIELD_UNKNOWN_RECORD'));
      const defaults = (await this.ruleSettings.current(manager)).scouting;
      const day = await manager.save(
        manager.create(DemoDay, {
          roundId: dto.roundId,
          title: dto.title,
          heldOn: dto.heldOn,
          place: dto.place,
          status: DemoDayStatus.PLANNED,
          budget: dto.budget ?? defaults.demoDayBudget,
          recommendedCount: dto.recommendedCount ?? defaults.recommendedCount,
          closedAt: null,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'demo_day.planned', entityType: 'demo_day', entityId: day.id, toState: day.status, data: { roundId: day.roundId, budget: day.budget, recommendedCount: day.recommendedCount } });
      return day;
    });
    return this.view(day, actor);
  }

  async list(viewer: Actor | null, query: PageQueryDto): Promise<Page<DemoDayView>> {
    const [days, total] = await this.dataSource.getRepository(DemoDay).findAndCount({ order: { heldOn: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await Promise.all(days.map((d) => this.view(d, viewer))), total, query);
  }

  async get(viewer: Actor | null, id: string): Promise<DemoDayView> {
    return this.view(await this.find(this.dataSource.manager, id), viewer);
  }

  /** A pre-screened nomination of the day's round joins its programme, while the day is being planned. */
  async schedule(actor: Actor, nominationId: string, demoDayId: string) {
    await this.dataSource.transaction(async (manager) => {
      const day = await this.find(manager, demoDayId, 'pessimistic_read');
      const nomination = await this.nominations.lock(manager, nominationId);
      if (day.roundId !== nomination.roundId) throw new InvalidInputError('demoDayId', 'The demo day belongs to another scouting round', message('DEMO_DAY_OTHER_ROUND'));
      if (day.status !== DemoDayStatus.PLANNED) throw new ConflictError(`The demo day is ${day.status}: its programme is fixed`, 'DEMO_DAY_NOT_PLANNED');
      nomination.demoDayId = day.id;
      await this.nominations.transition(manager, { role: actor.role, audit: actor }, nomination, NominationAction.SCHEDULE, { demoDayId: day.id });
    });
    return this.nominations.get(actor, nominationId);
  }

  /** The operator seats the panel (citizens, scouts, committee experts, active) while the day is planned. */
  async setPanel(actor: Actor, id: string, userIds: string[]): Promise<DemoDayView> {
    const ids = [...new Set(userIds)];
    const day = await this.dataSource.transaction(async (manager) => {
      const day = await this.find(manager, id, 'pessimistic_write');
      if (day.status !== DemoDayStatus.PLANNED) throw new ConflictError(`The demo day is ${day.status}: its panel is fixed`, 'DEMO_DAY_NOT_PLANNED');
      const users = ids.length ? await manager.findBy(User, { id: In(ids) }) : [];
      const unfit = ids.filter((uid) => {
        const user = users.find((u) => u.id === uid);
        return !user || user.status !== UserStatus.ACTIVE || !(PANEL_ROLES as readonly Role[]).includes(user.role);
      });
      if (unfit.length) throw new InvalidInputError('userIds', `Panel members must be active citizens, scouts or committee members: ${unfit.join(', ')}`, message('PANEL_MEMBERS_UNFIT', { count: unfit.length }));
      await manager.delete(DemoDayPanelist, { demoDayId: id });
      if (ids.length) await manager.insert(DemoDayPanelist, ids.map((userId) => ({ demoDayId: id, userId })));
      await this.audit.record(manager, actor, { action: 'demo_day.panel_set', entityType: 'demo_day', entityId: id, data: { userIds: ids } });
      return day;
    });
    return this.view(day, actor);
  }

  /** Opens the allocations: a day needs products and a panel first. */
  async open(actor: Actor, id: string): Promise<DemoDayView> {
    const day = await this.dataSource.transaction(async (manager) => {
      const day = await this.find(manager, id, 'pessimistic_write');
      this.check(day, DemoDayAction.OPEN, actor);
      if (!(await manager.existsBy(Nomination, { demoDayId: id }))) throw new ConflictError('Schedule at least one pre-screened nomination first', 'NO_PRODUCTS');
      if (!(await manager.existsBy(DemoDayPanelist, { demoDayId: id }))) throw new ConflictError('Seat a panel first', 'NO_PANEL');
      return this.move(manager, actor, day, DemoDayAction.OPEN);
    });
    return this.view(day, actor);
  }

  /**
   * A member puts `amount` into one product (0 takes it back). The day's row is share-locked (a close
   * waits, and a closed day refuses), the member's panel row exclusively (one update of a member at
   * a time), and the sum is read after both locks: whatever runs at once, no member exceeds the budget.
   */
  async allocate(actor: Actor, id: string, nominationId: string, amount: number): Promise<MyAllocationsView> {
    await this.dataSource.transaction(async (manager) => {
      const day = await this.find(manager, id, 'pessimistic_read');
      if (day.status !== DemoDayStatus.OPEN) throw new ConflictError(`The demo day is ${day.status}: allocations are taken only while it is open`, 'DEMO_DAY_NOT_OPEN');
      const seat = await manager.findOne(DemoDayPanelist, { where: { demoDayId: id, userId: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!seat) throw new ForbiddenError('You are not on this demo day’s panel', 'NOT_ON_PANEL');
      const nomination = await manager.findOneBy(Nomination, { id: nominationId, demoDayId: id });
      if (!nomination) throw new NotFoundError('product at this demo day', nominationId);
      const tie = tieTo({ id: actor.userId, companyId: actor.companyId }, nomination);
      if (tie) throw new ForbiddenError(`${tie}: you cannot invest in it`, 'TIED_TO_COMPANY');
      const key = { demoDayId: id, userId: actor.userId, nominationId };
      const previous = await manager.findOneBy(DemoDayAllocation, key);
      if (amount === 0) await manager.delete(DemoDayAllocation, key);
      else await manager.upsert(DemoDayAllocation, { ...key, amount }, ['demoDayId', 'userId', 'nominationId']);
      const allocated = await this.allocated(manager, id, actor.userId);
      if (allocated > day.budget) {
        throw new ConflictError(`This would put ₩${allocated.toLocaleString('en')} in, over your budget of ₩${day.budget.toLocaleString('en')}`, 'BUDGET_EXCEEDED', {
          amount: [`at most ₩${(day.budget - allocated + amount).toLocaleString('en')} is left for this product`],
        });
      }
      // The amount is the member's secret until the close; the log keeps it for audit, not for display.
      await this.audit.record(manager, actor, { action: 'demo_day.allocated', entityType: 'demo_day', entityId: id, data: { nominationId, amount, previous: previous?.amount ?? 0 } });
    });
    return this.myAllocations(actor, id);
  }

  /** The member's own allocations, and the products they may not invest in. */
  async myAllocations(actor: Actor, id: string): Promise<MyAllocationsView> {
    const manager = this.dataSource.manager;
    const day = await this.find(manager, id);
    if (!(await manager.existsBy(DemoDayPanelist, { demoDayId: id, userId: actor.userId }))) throw new ForbiddenError('You are not on this demo day’s panel', 'NOT_ON_PANEL');
    const [rows, products] = await Promise.all([manager.findBy(DemoDayAllocation, { demoDayId: id, userId: actor.userId }), manager.findBy(Nomination, { demoDayId: id })]);
    return {
      budget: day.budget,
      allocated: rows.reduce((sum, r) => sum + r.amount, 0),
      allocations: rows.map((r) => ({ nominationId: r.nominationId, amount: r.amount })),
      excluded: products.flatMap((n) => {
        const reason = tieTo({ id: actor.userId, companyId: actor.companyId }, n);
        return reason ? [{ nominationId: n.id, reason }] : [];
      }),
    };
  }

  /**
   * The one close: the day's row is locked, so of two closes one finds it CLOSED (409). The top
   * products are recommended, the others not, each move audited, all in one transaction.
   */
  async close(actor: Actor, id: string): Promise<DemoDayResultsView> {
    await this.dataSource.transaction(async (manager) => {
      const day = await this.find(manager, id, 'pessimistic_write');
      this.check(day, DemoDayAction.CLOSE, actor);
      const ranked = rankDemoDay(await this.totals(manager, id), day.recommendedCount);
      const products = await manager.find(Nomination, { where: { demoDayId: id }, lock: { mode: 'pessimistic_write' } });
      for (const row of ranked) {
        const nomination = products.find((n) => n.id === row.nominationId)!;
        await this.nominations.transition(manager, { role: SYSTEM_ROLE, audit: actor }, nomination, row.recommended ? NominationAction.RECOMMEND : NominationAction.NOT_RECOMMEND, {
          demoDayId: id,
          rank: row.rank,
          total: row.total,
          investors: row.investors,
        });
      }
      day.closedAt = this.clock.now();
      await this.move(manager, actor, day, DemoDayAction.CLOSE, { recommended: ranked.filter((r) => r.recommended).map((r) => r.nominationId) });
    });
    return this.results(id);
  }

  /** Public once closed: totals per product and how many invested, never who. Before the close no one sees any. */
  async results(id: string): Promise<DemoDayResultsView> {
    const manager = this.dataSource.manager;
    const day = await this.find(manager, id);
    if (day.status !== DemoDayStatus.CLOSED) throw new ConflictError('Allocations stay hidden until the operator closes the demo day', 'ALLOCATIONS_HIDDEN');
    const ranked = rankDemoDay(await this.totals(manager, id), day.recommendedCount);
    return {
      demoDayId: day.id,
      title: day.title,
      heldOn: day.heldOn,
      closedAt: day.closedAt!.toISOString(),
      budget: day.budget,
      panelSize: await manager.countBy(DemoDayPanelist, { demoDayId: id }),
      results: ranked.map(({ rank, nominationId, companyName, productName, total, investors, recommended }) => ({ rank, nominationId, companyName, productName, total, investors, recommended })),
    };
  }

  /** Every product of the day with its total and number of investors (zero when no one invested). */
  private async totals(manager: EntityManager, id: string) {
    const rows: { id: string; company_name: string; product_name: string; created_at: Date; total: string; investors: string }[] = await manager.query(
      `SELECT n.id, n.company_name, n.product_name, n.created_at, COALESCE(SUM(a.amount), 0) AS total, COUNT(a.user_id) AS investors
         FROM nominations n LEFT JOIN demo_day_allocations a ON a.nomination_id = n.id AND a.demo_day_id = $1
        WHERE n.demo_day_id = $1
        GROUP BY n.id`,
      [id],
    );
    return rows.map((r) => ({
      nominationId: r.id,
      companyName: r.company_name,
      productName: r.product_name,
      nominatedAt: r.created_at.toISOString(),
      total: Number(r.total),
      investors: Number(r.investors),
    }));
  }

  private async allocated(manager: EntityManager, id: string, userId: string): Promise<number> {
    const [row] = await manager.query(`SELECT COALESCE(SUM(amount), 0) AS sum FROM demo_day_allocations WHERE demo_day_id = $1 AND user_id = $2`, [id, userId]);
    return Number(row.sum);
  }

  private check(day: DemoDay, action: DemoDayAction, actor: Actor) {
    const check = demoDayMachine.check(day.status, action, actor.role);
    if (!check.ok) {
      throw refusedMove(check, `The demo day is ${day.status}: it cannot be moved by "${action}"`, { status: day.status, action });
    }
    return check.to;
  }

  private async move(manager: EntityManager, actor: Actor, day: DemoDay, action: DemoDayAction, data: Record<string, unknown> = {}) {
    const from = day.status;
    day.status = this.check(day, action, actor);
    await manager.save(day);
    await this.audit.record(manager, actor, { action: `demo_day.${action}`, entityType: 'demo_day', entityId: day.id, fromState: from, toState: day.status, data });
    return day;
  }

  private async find(manager: EntityManager, id: string, lock?: 'pessimistic_read' | 'pessimistic_write'): Promise<DemoDay> {
    const day = await manager.findOne(DemoDay, { where: { id }, ...(lock ? { lock: { mode: lock } } : {}) });
    if (!day) throw new NotFoundError('demo day', id);
    return day;
  }

  private async view(day: DemoDay, viewer: Pick<Actor, 'userId' | 'role'> | null): Promise<DemoDayView> {
    const manager = this.dataSource.manager;
    const [products, seats] = await Promise.all([
      manager.find(Nomination, { where: { demoDayId: day.id }, order: { createdAt: 'ASC' } }),
      manager.findBy(DemoDayPanelist, { demoDayId: day.id }),
    ]);
    const staff = !!viewer && STAFF.includes(viewer.role);
    const members = staff && seats.length ? await manager.find(User, { where: { id: In(seats.map((s) => s.userId)) }, select: { id: true, name: true, role: true }, order: { name: 'ASC' } }) : [];
    return {
      id: day.id,
      roundId: day.roundId,
      title: day.title,
      heldOn: day.heldOn,
      place: day.place,
      status: day.status,
      budget: day.budget,
      recommendedCount: day.recommendedCount,
      products: products.map((n) => ({ nominationId: n.id, companyName: n.companyName, productName: n.productName, productDescription: n.productDescription, status: n.status })),
      panel: staff ? members.map((u) => ({ id: u.id, name: u.name, role: u.role })) : null,
      onPanel: !!viewer && seats.some((s) => s.userId === viewer.userId),
      availableActions: viewer ? demoDayMachine.availableActions(day.status, viewer.role) : [],
    };
  }
}
