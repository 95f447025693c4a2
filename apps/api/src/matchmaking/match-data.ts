import { ChallengeStatus, CONTRACTED_ORDER_STATUSES, DesignationStatus, LISTED_STATUSES, PILOT_CONTRACTED_STATUSES, PilotStatus } from '@inno/contracts';
import type { DataSource } from 'typeorm';
import type { MatchData, MatchInstitution, MatchNeed, MatchProduct, MatchPurchase } from './ranker';

/** Products of one category read for one institution, newest designations first: enough to rank, bounded at any catalogue size. */
const PER_CATEGORY = 200;

const PRODUCT_COLUMNS = `p.id, p.name_ko AS "nameKo", p.name_en AS "nameEn", p.company_name AS "companyName", p.category_path AS "categoryPath",
  p.asking_price::float8 AS "askingPrice", p.trading_unit AS "tradingUnit", p.designated_on::text AS "designatedOn", p.valid_until::text AS "validUntil"`;
/** Designated or extended ($2), its company not sanctioned on $1. */
const LISTED = `p.status = ANY($2) AND NOT EXISTS (SELECT 1 FROM companies c WHERE c.id = p.company_id AND c.sanctioned_until >= $1::date)`;
/** In force on $1 (as `inForceOn` in orders). */
const IN_FORCE = `${LISTED} AND (p.designated_on IS NULL OR p.designated_on <= $1::date) AND (p.valid_until IS NULL OR p.valid_until >= $1::date)`;

/** Every purchase that counts: orders accepted or beyond, pilots contracted, challenges' winners bought for their proposer. */
async function purchases(dataSource: DataSource): Promise<MatchPurchase[]> {
  return dataSource.query(
    `SELECT o.id, o.institution_id AS "institutionId", o.product_id AS "productId", o.contracted_on::text AS "on"
       FROM orders o WHERE o.status = ANY($1) AND o.contracted_on IS NOT NULL
     UNION ALL
     SELECT a.id, a.institution_id, a.product_id, a.contracted_on::text FROM pilot_applications a WHERE a.status = ANY($2) AND a.contracted_on IS NOT NULL
     UNION ALL
     SELECT c.id, c.institution_id, r.product_id, c.purchase->>'contractedOn' FROM challenges c JOIN proposals r ON r.id = c.winner_proposal_id
      WHERE c.status = $3 AND c.purchase IS NOT NULL`,
    [CONTRACTED_ORDER_STATUSES, PILOT_CONTRACTED_STATUSES, ChallengeStatus.PURCHASED_FOR_PROPOSER],
  );
}

/** What institutions said they need: their challenges (and the winner of one), their pilot applications. */
async function needs(dataSource: DataSource, institutionId?: string): Promise<MatchNeed[]> {
  const only = (column: string) => (institutionId ? `AND ${column} = $3` : '');
  return dataSource.query(
    `SELECT c.institution_id AS "institutionId", 'CHALLENGE' AS kind, c.title, c.field AS category, r.product_id AS "productId",
            to_char(coalesce(c.submitted_at, c.created_at) AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') AS "on"
       FROM challenges c LEFT JOIN proposals r ON r.id = c.winner_proposal_id WHERE c.status <> $1 ${only('c.institution_id')}
     UNION ALL
     SELECT a.institution_id, 'PILOT', p.name_ko, p.category_code, a.product_id, to_char(a.created_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD')
       FROM pilot_applications a JOIN products p ON p.id = a.product_id WHERE a.status <> $2 ${only('a.institution_id')}`,
    [ChallengeStatus.WITHDRAWN, PilotStatus.WITHDRAWN, ...(institutionId ? [institutionId] : [])],
  );
}

async function base(dataSource: DataSource) {
  const [institutions, bought, categories] = await Promise.all([
    dataSource.query(`SELECT id, type, sector FROM institutions`) as Promise<MatchInstitution[]>,
    purchases(dataSource),
    dataSource.query(`SELECT code, name_ko, name_en FROM categories`) as Promise<{ code: string; name_ko: string; name_en: string }[]>,
  ]);
  return { institutions, purchases: bought, categoryNames: new Map(categories.map((c) => [c.code, `${c.name_ko} (${c.name_en})`])) };
}

/**
 * What ranking one institution's suggestions on `today` reads: every institution and purchase, its
 * own needs, and the products in force among those bought or needed anywhere and (at most
 * PER_CATEGORY each) those of the categories its needs, its purchases and its sector's point to.
 */
export async function matchDataFor(dataSource: DataSource, institutionId: string, today: string): Promise<MatchData> {
  const [{ institutions, purchases: bought, categoryNames }, said] = await Promise.all([base(dataSource), needs(dataSource, institutionId)]);
  const sector = institutions.find((i) => i.id === institutionId)?.sector;
  const sectorIds = new Set(institutions.filter((i) => i.sector === sector).map((i) => i.id));
  const ids = [...new Set([...bought.map((p) => p.productId), ...said.flatMap((n) => (n.productId ? [n.productId] : []))])];
  // Every product bought or needed, in force or not: the ones no longer in force still name a reason ("bought with …").
  const known: MatchProduct[] = await dataSource.query(`SELECT ${PRODUCT_COLUMNS}, (${LISTED}) AS listed FROM products p WHERE p.id = ANY($3)`, [today, LISTED_STATUSES, ids]);
  const byId = new Map(known.map((p) => [p.id, p]));
  // The categories worth reading whole: what it said it needs, and the middle categories it and its sector bought.
  const categories = new Set(said.map((n) => n.category));
  for (const p of bought) {
    const path = byId.get(p.productId)?.categoryPath;
    if (path && sectorIds.has(p.institutionId)) categories.add(path[1] ?? path[0]);
  }
  const more: MatchProduct[] = categories.size
    ? await dataSource.query(
        `SELECT x.* FROM unnest($3::text[]) AS tag CROSS JOIN LATERAL (
           SELECT ${PRODUCT_COLUMNS}, true AS listed FROM products p WHERE ${IN_FORCE} AND p.filter_tags @> ARRAY[tag]
            ORDER BY p.designated_on DESC NULLS LAST, p.id LIMIT ${PER_CATEGORY}) x`,
        [today, LISTED_STATUSES, [...categories].map((code) => `cat:${code}`)],
      )
    : [];
  for (const p of more) byId.set(p.id, p);
  return { institutions, purchases: bought, needs: said, products: [...byId.values()], categoryNames };
}

/**
 * Everything, for measuring on held-out purchases: every institution's needs, and every product
 * that was ever in force (expired ones too: each held-out purchase is ranked on its own day).
 */
export async function allMatchData(dataSource: DataSource): Promise<MatchData> {
  const [{ institutions, purchases: bought, categoryNames }, said] = await Promise.all([base(dataSource), needs(dataSource)]);
  // Listed on every held-out day within its term: its status then is not known, only that it was designated.
  const products: MatchProduct[] = await dataSource.query(`SELECT ${PRODUCT_COLUMNS}, true AS listed FROM products p WHERE p.status = ANY($1)`, [
    [...LISTED_STATUSES, DesignationStatus.EXPIRED],
  ]);
  return { institutions, purchases: bought, needs: said, products, categoryNames };
}
