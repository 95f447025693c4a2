import { Injectable } from '@nestjs/common';
import {
  ATTAINMENT_BANDS,
  CallKind,
  CONTRACTED_ORDER_STATUSES,
  DecisionKind,
  DESIGNATION_ROUTES,
  LISTED_STATUSES,
  PILOT_CONTRACTED_STATUSES,
  PILOT_HOLDING_STATUSES,
  PILOT_INDICATORS,
  PilotStatus,
  UsageState,
  type AttainmentBand,
  type CallPassRate,
  type CategoryCount,
  type KeyCount,
  type RouteCount,
  type InstitutionTargetView,
  type PilotScore,
  type PilotTotals,
  type StatisticsFilters,
  type StatisticsMonth,
  type TargetGroup,
  type TargetStatistics,
} from '@inno/contracts';
import { PurchaseTargetsService } from '../purchase-targets/purchase-targets.service';
import { PublicReads } from '../database/public-reads';

/** The figures of a year under the filters, before they are stamped with their freshness. */
export interface YearFigures {
  years: number[];
  months: StatisticsMonth[];
  designationsByRoute: RouteCount[];
  designationsByCategory: CategoryCount[];
  designationsByRegion: KeyCount[];
  passRates: CallPassRate[];
  pilots: PilotTotals;
  pilotScores: PilotScore[];
  targets: TargetStatistics;
}

type Row = Record<string, unknown>;
const int = (value: unknown) => Number(value ?? 0);

/** Korea time: months and years of timestamps are Korean calendar months. */
const KST = `'Asia/Seoul'`;
const monthOfTime = (column: string) => `extract(month FROM ${column} AT TIME ZONE ${KST})::int`;
const monthOfDate = (column: string) => `extract(month FROM ${column})::int`;
/** $1 is the year in every query below. */
const inYearTime = (column: string) => `${column} >= make_timestamptz($1, 1, 1, 0, 0, 0, ${KST}) AND ${column} < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, ${KST})`;
const inYearDate = (column: string) => `${column} >= make_date($1, 1, 1) AND ${column} < make_date($1 + 1, 1, 1)`;
/**
 * $2 region and $3 kind of the product, $4 type of the institution; null leaves a filter out. A filter
 * applies where it means something (no kind for a company, no region for an idea) and nowhere else.
 */
const productFilter = (p: string) => `($2::text IS NULL OR ${p}.region = $2) AND ($3::text IS NULL OR ${p}.kind = $3)`;
const institutionFilter = (i: string) => `($4::text IS NULL OR ${i}.type = $4)`;

/**
 * The joins a filter needs, and its condition; with no filter of that kind no join at all (the usual
 * case, and the home page's). The unfiltered condition still names the parameters, which are null.
 */
function scope(filters: StatisticsFilters) {
  const byProduct = filters.region !== null || filters.kind !== null;
  const byInstitution = filters.institutionType !== null;
  return (productId: string, institutionId?: string) => {
    const joins = [byProduct ? `JOIN products p ON p.id = ${productId}` : '', institutionId && byInstitution ? `JOIN institutions i ON i.id = ${institutionId}` : ''];
    const where = [byProduct ? productFilter('p') : '$2::text IS NULL AND $3::text IS NULL', institutionId ? (byInstitution ? institutionFilter('i') : '$4::text IS NULL') : 'TRUE'];
    return { join: joins.join(' '), where: where.join(' AND ') };
  };
}

const emptyMonth = (month: number): StatisticsMonth => ({
  month,
  companies: 0,
  type1Products: 0,
  type2Products: 0,
  designations: 0,
  extensions: 0,
  suspensions: 0,
  revocations: 0,
  expiries: 0,
  pilotApplications: 0,
  pilotMatches: 0,
  pilotsContracted: 0,
  pilotAmount: 0,
  orders: 0,
  orderAmount: 0,
  ideas: 0,
  ideaSupports: 0,
});

const DECISION_FIELDS: Partial<Record<DecisionKind, keyof StatisticsMonth>> = {
  [DecisionKind.EXTENSION]: 'extensions',
  [DecisionKind.SUSPENSION]: 'suspensions',
  [DecisionKind.REVOCATION]: 'revocations',
  [DecisionKind.EXPIRY]: 'expiries',
};

/** Where an institution stands against its target, in bands of the target. */
export function attainmentBand(view: Pick<InstitutionTargetView, 'amount' | 'targetAmount' | 'met'>): AttainmentBand {
  if (view.met) return 'met';
  if (view.amount === 0) return '0';
  const quarter = Math.min(3, Math.floor((view.amount * 4) / view.targetAmount));
  return (['0-25', '25-50', '50-75', '75-100'] as const)[quarter];
}

const sortedGroups = (groups: Map<string, TargetGroup>) => [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));

/**
 * Every read of the statistics, straight from the workflow tables (no second bookkeeping): one place,
 * so these reads can be sent to a read replica together.
 */
@Injectable()
export class StatisticsReader {
  constructor(
    private readonly publicReads: PublicReads,
    private readonly purchaseTargets: PurchaseTargetsService,
  ) {}

  /** Public figures, the same for every reader and cached a few minutes: read from a streaming replica when there is one. */
  private query(sql: string, params: unknown[]): Promise<Row[]> {
    return this.publicReads.run(null, (manager) => manager.query(sql, params));
  }

  async yearFigures(year: number, thisYear: number, filters: StatisticsFilters): Promise<YearFigures> {
    const params = [year, filters.region, filters.kind, filters.institutionType];
    // One query at a time: a computation holds one pool connection, never the whole pool.
    const years = await this.years(thisYear);
    const months = await this.monthly(params, filters);
    const designations = await this.designations(params);
    const passRates = await this.passRates(params, filters);
    const pilots = await this.pilotTotals(params, filters);
    const pilotScores = await this.pilotScores(params, filters);
    const targets = await this.targets(year, filters);
    return { years, months, ...designations, passRates, pilots, pilotScores, targets };
  }

  /** Products listed in the catalogue now, and the companies they come from. */
  async listed(): Promise<{ listedProducts: number; companies: number }> {
    const [row] = await this.query(`SELECT count(*)::int AS products, count(DISTINCT company_id)::int AS companies FROM products WHERE status = ANY($1)`, [LISTED_STATUSES]);
    return { listedProducts: int(row.products), companies: int(row.companies) };
  }

  /** From the first year with a designation or a pilot plan, to this one. */
  private async years(thisYear: number): Promise<number[]> {
    const [row] = await this.query(
      `SELECT least((SELECT extract(year FROM min(designated_on))::int FROM designations), (SELECT min(year)::int FROM pilot_plans), $1) AS first`,
      [thisYear],
    );
    const first = int(row.first);
    return Array.from({ length: thisYear - first + 1 }, (_, i) => first + i);
  }

  /** Each month's counts, one row per (measure, month), in one round trip. */
  private async monthly(params: unknown[], filters: StatisticsFilters): Promise<StatisticsMonth[]> {
    const by = scope(filters);
    const designation = by('d.product_id');
    const decision = by('dc.product_id');
    const pilot = by('a.product_id', 'a.institution_id');
    const order = by('o.product_id', 'o.institution_id');
    const rows = await this.query(
      `SELECT 'companies' AS measure, ${monthOfTime('created_at')} AS month, count(*)::int AS n, 0::bigint AS amount
         FROM companies WHERE ${inYearTime('created_at')} AND ($2::text IS NULL OR region = $2) GROUP BY 2
       UNION ALL
       SELECT CASE p.kind WHEN 'TYPE1' THEN 'type1Products' ELSE 'type2Products' END, ${monthOfTime('p.created_at')}, count(*)::int, 0
         FROM products p WHERE ${inYearTime('p.created_at')} AND ${productFilter('p')} GROUP BY 1, 2
       UNION ALL
       SELECT 'designations', ${monthOfDate('d.designated_on')}, count(*)::int, 0
         FROM designations d ${designation.join} WHERE ${inYearDate('d.designated_on')} AND ${designation.where} GROUP BY 2
       UNION ALL
       SELECT dc.kind, ${monthOfTime('dc.decided_at')}, count(*)::int, 0
         FROM decisions dc ${decision.join}
        WHERE dc.kind = ANY($5) AND ${inYearTime('dc.decided_at')} AND ${decision.where} GROUP BY 1, 2
       UNION ALL
       SELECT 'pilotApplications', ${monthOfTime('a.created_at')}, count(*)::int, 0
         FROM pilot_applications a ${pilot.join}
        WHERE a.status <> $6 AND ${inYearTime('a.created_at')} AND ${pilot.where} GROUP BY 2
       UNION ALL
       SELECT 'pilotMatches', ${monthOfTime('a.matched_at')}, count(*)::int, 0
         FROM pilot_applications a ${pilot.join}
        WHERE a.status = ANY($7) AND ${inYearTime('a.matched_at')} AND ${pilot.where} GROUP BY 2
       UNION ALL
       SELECT 'pilotsContracted', ${monthOfDate('a.contracted_on')}, count(*)::int, sum(a.amount)
         FROM pilot_applications a ${pilot.join}
        WHERE a.status = ANY($8) AND ${inYearDate('a.contracted_on')} AND ${pilot.where} GROUP BY 2
       UNION ALL
       SELECT 'orders', ${monthOfDate('o.contracted_on')}, count(*)::int, sum(o.amount)
         FROM orders o ${order.join}
        WHERE o.status = ANY($9) AND ${inYearDate('o.contracted_on')} AND ${order.where} GROUP BY 2
       UNION ALL
       SELECT 'ideas', substr(month, 6, 2)::int, count(*)::int, 0
         FROM ideas WHERE month LIKE $1::text || '-%' AND hidden_reason IS NULL GROUP BY 2
       UNION ALL
       SELECT 'ideaSupports', ${monthOfTime('s.created_at')}, count(*)::int, 0
         FROM idea_supports s JOIN ideas x ON x.id = s.idea_id
        WHERE x.hidden_reason IS NULL AND ${inYearTime('s.created_at')} GROUP BY 2`,
      [...params, Object.keys(DECISION_FIELDS), PilotStatus.WITHDRAWN, PILOT_HOLDING_STATUSES, PILOT_CONTRACTED_STATUSES, CONTRACTED_ORDER_STATUSES],
    );
    const months = Array.from({ length: 12 }, (_, i) => emptyMonth(i + 1));
    for (const row of rows) {
      const month = months[int(row.month) - 1];
      const measure = String(row.measure);
      const field = (DECISION_FIELDS[measure as DecisionKind] ?? measure) as keyof StatisticsMonth;
      month[field] += int(row.n);
      if (measure === 'pilotsContracted') month.pilotAmount += int(row.amount);
      if (measure === 'orders') month.orderAmount += int(row.amount);
    }
    return months;
  }

  /** Designations of the year by route, by large category and by region. */
  private async designations(params: unknown[]): Promise<Pick<YearFigures, 'designationsByRoute' | 'designationsByCategory' | 'designationsByRegion'>> {
    const rows = await this.query(
      `SELECT CASE WHEN d.proposal_id IS NULL THEN 'TYPE1' WHEN c.kind = $4 THEN 'CHALLENGE' WHEN pr.screening_waived THEN 'SCOUTING' ELSE 'SUPPLIER_PROPOSAL' END AS route,
              p.category_path[1] AS category, p.region, count(*)::int AS n
         FROM designations d JOIN products p ON p.id = d.product_id
         LEFT JOIN proposals pr ON pr.id = d.proposal_id LEFT JOIN calls c ON c.id = d.call_id
        WHERE ${inYearDate('d.designated_on')} AND ${productFilter('p')}
        GROUP BY 1, 2, 3`,
      [...params.slice(0, 3), CallKind.CHALLENGE_SOLUTION],
    );
    const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
    const routes = new Map<string, number>();
    const categories = new Map<string, number>();
    const regions = new Map<string, number>();
    for (const row of rows) {
      add(routes, String(row.route), int(row.n));
      add(categories, String(row.category), int(row.n));
      add(regions, String(row.region), int(row.n));
    }
    const names = categories.size
      ? await this.query(`SELECT code, name_ko, name_en FROM categories WHERE code = ANY($1)`, [[...categories.keys()]])
      : [];
    const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
    return {
      designationsByRoute: DESIGNATION_ROUTES.map((key) => ({ key, count: routes.get(key) ?? 0 })),
      designationsByCategory: [...categories]
        .map(([code, count]) => {
          const name = names.find((n) => n.code === code);
          return { code, nameKo: String(name?.name_ko ?? code), nameEn: String(name?.name_en ?? code), count };
        })
        .sort((a, b) => byCount(a, b) || a.code.localeCompare(b.code)),
      designationsByRegion: [...regions].map(([key, count]) => ({ key, count })).sort((a, b) => byCount(a, b) || a.key.localeCompare(b.key)),
    };
  }

  /** Calls opened in the year: their proposals the committee decided on, and those designated. */
  private async passRates(params: unknown[], filters: StatisticsFilters): Promise<CallPassRate[]> {
    const proposal = scope(filters)('pr.product_id');
    const rows = await this.query(
      `SELECT c.id, c.title, c.kind,
              count(*) FILTER (WHERE pr.status IN ('DESIGNATED', 'REJECTED'))::int AS decided,
              count(*) FILTER (WHERE pr.status = 'DESIGNATED')::int AS designated
         FROM calls c JOIN proposals pr ON pr.call_id = c.id ${proposal.join}
        WHERE ${inYearTime('c.opens_at')} AND c.kind <> $4 AND ${proposal.where}
        GROUP BY c.id ORDER BY c.opens_at, c.title`,
      [...params.slice(0, 3), CallKind.CALL_FOR_CHALLENGES],
    );
    return rows.map((row) => ({ callId: String(row.id), title: String(row.title), kind: row.kind as CallKind, decided: int(row.decided), designated: int(row.designated) }));
  }

  /** The year's pilot plans: budget, applications, matches, contracts, verdicts and what the check-ins found. */
  private async pilotTotals(params: unknown[], filters: StatisticsFilters): Promise<PilotTotals> {
    const pilot = scope(filters)('a.product_id', 'a.institution_id');
    const [row] = await this.query(
      `WITH plans AS (SELECT id, budget FROM pilot_plans WHERE year = $1),
            apps AS (
              SELECT a.id, a.status, a.amount, a.result IS NOT NULL AS reported FROM pilot_applications a JOIN plans ON plans.id = a.plan_id ${pilot.join}
               WHERE a.status <> $5 AND ${pilot.where})
       SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT coalesce(sum(budget), 0) FROM plans) AS budget,
              (SELECT count(*) FROM apps)::int AS applications,
              (SELECT count(*) FROM apps WHERE status = ANY($6))::int AS matched,
              (SELECT coalesce(sum(amount), 0) FROM apps WHERE status = ANY($6)) AS matched_amount,
              (SELECT count(*) FROM apps WHERE status = ANY($7))::int AS contracted,
              (SELECT coalesce(sum(amount), 0) FROM apps WHERE status = ANY($7)) AS contracted_amount,
              (SELECT count(*) FROM apps WHERE reported)::int AS results_reported,
              (SELECT count(*) FROM apps WHERE status = $8)::int AS success,
              (SELECT count(*) FROM apps WHERE status = ANY($9))::int AS insufficient,
              (SELECT count(*) FROM apps WHERE status = $10)::int AS refused,
              (SELECT count(*) FROM pilot_check_ins k JOIN apps ON apps.id = k.application_id)::int AS check_ins,
              (SELECT count(*) FROM pilot_check_ins k JOIN apps ON apps.id = k.application_id WHERE k.state = $11)::int AS in_use,
              (SELECT count(*) FROM pilot_check_ins k JOIN apps ON apps.id = k.application_id WHERE k.state = $12)::int AS shelved,
              (SELECT count(*) FROM pilot_check_ins k JOIN apps ON apps.id = k.application_id WHERE k.state = $13)::int AS returned`,
      [
        ...params,
        PilotStatus.WITHDRAWN,
        PILOT_HOLDING_STATUSES,
        PILOT_CONTRACTED_STATUSES,
        PilotStatus.SUCCESS,
        [PilotStatus.INSUFFICIENT, PilotStatus.CORRECTIVE_ACTION_DONE, PilotStatus.CORRECTIVE_ACTION_REFUSED],
        PilotStatus.CORRECTIVE_ACTION_REFUSED,
        UsageState.IN_USE,
        UsageState.SHELVED,
        UsageState.RETURNED,
      ],
    );
    return {
      plans: int(row.plans),
      budget: int(row.budget),
      applications: int(row.applications),
      matched: int(row.matched),
      matchedAmount: int(row.matched_amount),
      contracted: int(row.contracted),
      contractedAmount: int(row.contracted_amount),
      resultsReported: int(row.results_reported),
      success: int(row.success),
      insufficient: int(row.insufficient),
      correctiveActionRefused: int(row.refused),
      checkIns: int(row.check_ins),
      inUse: int(row.in_use),
      shelved: int(row.shelved),
      returned: int(row.returned),
    };
  }

  /** The mean score of each of the result report's indicators, over the year's plans. */
  private async pilotScores(params: unknown[], filters: StatisticsFilters): Promise<PilotScore[]> {
    const pilot = scope(filters)('a.product_id', 'a.institution_id');
    const rows = await this.query(
      `SELECT s.key AS indicator, round(avg(s.value::numeric), 2)::float8 AS average, count(*)::int AS reports
         FROM pilot_applications a JOIN pilot_plans pl ON pl.id = a.plan_id ${pilot.join}
         CROSS JOIN jsonb_each_text(a.result->'scores') AS s
        WHERE pl.year = $1 AND a.result IS NOT NULL AND ${pilot.where}
        GROUP BY s.key`,
      params,
    );
    return PILOT_INDICATORS.map((indicator) => {
      const row = rows.find((r) => r.indicator === indicator);
      return { indicator, average: row ? Number(row.average) : null, reports: row ? int(row.reports) : 0 };
    });
  }

  /** Institutions' attainment of the year's target, as the target dashboards compute it. */
  private async targets(year: number, filters: StatisticsFilters): Promise<TargetStatistics> {
    const ranking = await this.purchaseTargets.ranking({ year, type: filters.institutionType ?? undefined });
    const bands = new Map<AttainmentBand, number>(ATTAINMENT_BANDS.map((band) => [band, 0]));
    const byType = new Map<string, TargetGroup>();
    const bySector = new Map<string, TargetGroup>();
    const count = (groups: Map<string, TargetGroup>, key: string, met: boolean) => {
      const group = groups.get(key) ?? { key, institutions: 0, met: 0 };
      group.institutions++;
      if (met) group.met++;
      groups.set(key, group);
    };
    for (const view of ranking.items) {
      const band = attainmentBand(view);
      bands.set(band, bands.get(band)! + 1);
      count(byType, view.institution.type, view.met);
      count(bySector, view.institution.sector, view.met);
    }
    return {
      institutions: ranking.total.institutions,
      met: ranking.total.met,
      bands: [...bands].map(([key, count]) => ({ key, count })),
      byType: sortedGroups(byType),
      bySector: sortedGroups(bySector),
    };
  }
}
