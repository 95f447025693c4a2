import { Injectable } from '@nestjs/common';
import {
  ChallengeStatus,
  CONTRACTED_ORDER_STATUSES,
  PILOT_CONTRACTED_STATUSES,
  targetFigures,
  type InstitutionTargetView,
  type PurchaseSource,
  type SectorRateRow, type SectorRateView,
  type TargetDashboard,
  type TargetRanking,
} from '@inno/contracts';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { NotFoundError } from '../common/domain-errors';
import { Institution } from '../institutions/institution.entity';
import type { GoodsPurchasesDto, SectorRateDto, TargetQueryDto } from './dto/purchase-target.dto';
import { InstitutionGoodsPurchases, SectorTargetRate } from './purchase-target.entity';

/** One innovative-product purchase of an institution, dated by its contract. */
interface PurchaseRow {
  institution_id: string;
  source: PurchaseSource;
  id: string;
  product_name: string;
  amount: string;
  contracted_on: string;
}

/**
 * Attainment toward each institution's yearly purchase target (domain.md §3.7): innovative-product
 * purchases (orders accepted and not cancelled, pilots contracted, a challenge's purchase for its
 * proposer) in the fiscal year of their contract date, over the year's goods purchases. The goods
 * purchases are those entered for the year, else the institution's reference figure; the rate is
 * the operator's rate for the sector and year, else the institution's own.
 */
@Injectable()
export class PurchaseTargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  thisYear(): number {
    return Number(koreanDate(this.clock.now()).slice(0, 4));
  }

  /** Every purchase counted in the year, for the institutions given (all when omitted). */
  private async purchases(year: number, institutionIds?: string[]): Promise<PurchaseRow[]> {
    const within = (column: string) => `${column} BETWEEN $1::date AND $2::date${institutionIds ? ` AND institution_id = ANY($6)` : ''}`;
    return this.dataSource.query(
      `SELECT institution_id, 'ORDER' AS source, o.id, p.name_ko AS product_name, o.amount, o.contracted_on::text AS contracted_on
         FROM orders o JOIN products p ON p.id = o.product_id
        WHERE o.status = ANY($3) AND ${within('o.contracted_on')}
       UNION ALL
       SELECT institution_id, 'PILOT', a.id, p.name_ko, a.amount, a.contracted_on::text
         FROM pilot_applications a JOIN products p ON p.id = a.product_id
        WHERE a.status = ANY($4) AND ${within('a.contracted_on')}
       UNION ALL
       SELECT institution_id, 'CHALLENGE', c.id, c.title, (c.purchase->>'amount')::bigint, c.purchase->>'contractedOn'
         FROM challenges c
        WHERE c.status = $5 AND ${within(`(c.purchase->>'contractedOn')::date`)}
       ORDER BY contracted_on, id`,
      [`${year}-01-01`, `${year}-12-31`, CONTRACTED_ORDER_STATUSES, PILOT_CONTRACTED_STATUSES, ChallengeStatus.PURCHASED_FOR_PROPOSER, ...(institutionIds ? [institutionIds] : [])],
    );
  }

  /** The target figures of the institutions in the year, with what each bought. */
  private async figures(year: number, institutions: Institution[]): Promise<{ views: InstitutionTargetView[]; purchases: PurchaseRow[] }> {
    const ids = institutions.map((i) => i.id);
    const [purchases, entered, rates] = await Promise.all([
      this.purchases(year, ids),
      ids.length ? this.dataSource.getRepository(InstitutionGoodsPurchases).findBy({ year, institutionId: In(ids) }) : [],
      this.dataSource.getRepository(SectorTargetRate).findBy({ year }),
    ]);
    const amounts = new Map<string, number>();
    for (const row of purchases) amounts.set(row.institution_id, (amounts.get(row.institution_id) ?? 0) + Number(row.amount));
    const views = institutions.map((institution) => {
      const goods = entered.find((e) => e.institutionId === institution.id);
      const sectorRate = rates.find((r) => r.sector === institution.sector);
      return {
        institution: { id: institution.id, code: institution.code, name: institution.name, nameEn: institution.nameEn, type: institution.type, sector: institution.sector },
        year,
        goodsPurchasesEntered: !!goods,
        sectorRate: !!sectorRate,
        ...targetFigures(amounts.get(institution.id) ?? 0, goods?.amount ?? institution.yearlyGoodsPurchases, sectorRate?.rate ?? institution.targetRate),
      };
    });
    return { views, purchases };
  }

  /** The buyer's dashboard: where the institution stands, month by month against the target line. */
  async dashboard(institutionId: string, year = this.thisYear()): Promise<TargetDashboard> {
    const institution = await this.dataSource.getRepository(Institution).findOneBy({ id: institutionId });
    if (!institution) throw new NotFoundError('institution', institutionId);
    const { views, purchases } = await this.figures(year, [institution]);
    const view = views[0];
    let cumulative = 0;
    const months = Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      const amount = purchases.filter((p) => Number(p.contracted_on.slice(5, 7)) === month).reduce((sum, p) => sum + Number(p.amount), 0);
      cumulative += amount;
      return { month, amount, cumulative, targetLine: Math.ceil((view.targetAmount * month) / 12) };
    });
    return {
      ...view,
      months,
      purchases: purchases.map((p) => ({ source: p.source, id: p.id, productName: p.product_name, amount: Number(p.amount), contractedOn: p.contracted_on })),
    };
  }

  /**
   * Every institution of the filter, ranked by attainment (exactly: amount × other goods compared
   * in integers), then by amount; the total is the sum over those listed.
   */
  async ranking(query: TargetQueryDto): Promise<TargetRanking> {
    const year = query.year ?? this.thisYear();
    const where: Record<string, unknown> = {};
    if (query.type) where.type = query.type;
    if (query.sector) where.sector = query.sector;
    const institutions = await this.dataSource.getRepository(Institution).find({ where, order: { name: 'ASC' } });
    const { views } = await this.figures(year, institutions);
    const attained = (v: InstitutionTargetView) => ({ amount: BigInt(v.amount), goods: BigInt(v.goodsPurchases) });
    const sorted = [...views].sort((a, b) => {
      const x = attained(a);
      const y = attained(b);
      // a/ga vs b/gb without dividing; an institution with no goods purchases ranks by amount after the rest.
      if ((x.goods === 0n) !== (y.goods === 0n)) return x.goods === 0n ? 1 : -1;
      const left = y.amount * x.goods;
      const right = x.amount * y.goods;
      return left > right ? 1 : left < right ? -1 : b.amount - a.amount || a.institution.name.localeCompare(b.institution.name);
    });
    const amount = views.reduce((s, v) => s + v.amount, 0);
    const goodsPurchases = views.reduce((s, v) => s + v.goodsPurchases, 0);
    return {
      year,
      items: sorted.map((v, i) => ({ ...v, rank: i + 1 })),
      total: {
        amount,
        goodsPurchases,
        targetAmount: views.reduce((s, v) => s + v.targetAmount, 0),
        attainedRate: goodsPurchases === 0 ? 0 : Number((BigInt(amount) * 1_000_000n) / BigInt(goodsPurchases)) / 1_000_000,
        institutions: views.length,
        met: views.filter((v) => v.met).length,
      },
    };
  }

  /** The platform's total for the year, straight from the purchases (the ranking's sum must equal it). */
  async platformTotal(year: number): Promise<number> {
    return (await this.purchases(year)).reduce((sum, p) => sum + Number(p.amount), 0);
  }

  /** The institution's goods purchases for a year, entered by its buyer or an operator; audited with the figure replaced. */
  async setGoodsPurchases(actor: Actor, institutionId: string, dto: GoodsPurchasesDto): Promise<TargetDashboard> {
    await this.dataSource.transaction(async (manager) => {
      const institution = await manager.findOne(Institution, { where: { id: institutionId }, lock: { mode: 'pessimistic_write' } });
      if (!institution) throw new NotFoundError('institution', institutionId);
      const previous = await manager.findOneBy(InstitutionGoodsPurchases, { institutionId, year: dto.year });
      await manager.upsert(InstitutionGoodsPurchases, { institutionId, year: dto.year, amount: dto.amount, updatedBy: actor.userId, updatedAt: this.clock.now() }, ['institutionId', 'year']);
      await this.audit.record(manager, actor, {
        action: 'purchase_target.goods_purchases_set',
        entityType: 'institution',
        entityId: institutionId,
        data: { year: dto.year, amount: dto.amount, previous: previous?.amount ?? null },
      });
    });
    return this.dashboard(institutionId, dto.year);
  }

  /** Each sector of the institutions, with the rate set for it in the year (null: each institution's own). */
  async sectorRates(year = this.thisYear()): Promise<SectorRateRow[]> {
    const sectors: { sector: string }[] = await this.dataSource.query(`SELECT DISTINCT sector FROM institutions ORDER BY sector`);
    const rates = await this.dataSource.getRepository(SectorTargetRate).findBy({ year });
    return sectors.map(({ sector }) => ({ year, sector, rate: rates.find((r) => r.sector === sector)?.rate ?? null }));
  }

  async setSectorRate(actor: Actor, dto: SectorRateDto): Promise<SectorRateView> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Institution, { sector: dto.sector }))) throw new NotFoundError('sector', dto.sector);
      const previous = await manager.findOne(SectorTargetRate, { where: { year: dto.year, sector: dto.sector }, lock: { mode: 'pessimistic_write' } });
      await manager.upsert(SectorTargetRate, { year: dto.year, sector: dto.sector, rate: dto.rate, updatedBy: actor.userId, updatedAt: this.clock.now() }, ['year', 'sector']);
      await this.audit.record(manager, actor, {
        action: 'purchase_target.sector_rate_set',
        entityType: 'sector_target_rate',
        entityId: `${dto.year}:${dto.sector}`,
        data: { year: dto.year, sector: dto.sector, rate: dto.rate, previous: previous?.rate ?? null },
      });
      return { year: dto.year, sector: dto.sector, rate: dto.rate };
    });
  }
}
