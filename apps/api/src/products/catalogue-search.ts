import { CatalogSort, LISTED_STATUSES, type CatalogPage, type FacetCount, type ProductKind, type ProductSummary } from '@inno/contracts';

/** A catalogue search, normalised: what the SQL needs and nothing else. */
export interface CatalogSearch {
  /** Lower-cased words; every one must appear somewhere in the product's text. */
  terms: string[];
  /** Equality filters as `filter_tags` entries; the product must carry all of them. */
  tags: string[];
  /** The region filter again, as a column: a walk newest first can then use the region's b-tree. */
  region?: string;
  minPrice?: number;
  maxPrice?: number;
  sort: CatalogSort;
  limit: number;
  offset: number;
}

export interface FilterTagSource {
  kind: ProductKind;
  categoryPath: string[];
  certifications: string[];
  designatingBody: string | null;
  region: string;
}

/** Every equality filter of a product as one array, so one GIN index answers them all. */
export function filterTagsOf(product: FilterTagSource): string[] {
  return [
    `kind:${product.kind}`,
    ...product.categoryPath.map((code) => `cat:${code}`),
    ...product.certifications.map((c) => `cert:${c.toLowerCase()}`),
    ...(product.designatingBody ? [`body:${product.designatingBody}`] : []),
    `region:${product.region}`,
  ];
}

export function tagsOf(filters: { kind?: string; category?: string; certification?: string; designatingBody?: string; region?: string }): string[] {
  return [
    filters.kind && `kind:${filters.kind}`,
    filters.category && `cat:${filters.category}`,
    filters.certification && `cert:${filters.certification.toLowerCase()}`,
    filters.designatingBody && `body:${filters.designatingBody}`,
    filters.region && `region:${filters.region}`,
  ].filter((t): t is string => !!t);
}

/** The catalogue query (as CatalogQueryDto holds it) as the search the SQL runs. */
export function catalogSearchOf(query: {
  q?: string;
  kind?: string;
  category?: string;
  certification?: string;
  designatingBody?: string;
  region?: string;
  minPrice?: number;
  maxPrice?: number;
  sort: CatalogSort;
  pageSize: number;
  offset: number;
}): CatalogSearch {
  return {
    terms: termsOf(query.q),
    tags: tagsOf(query),
    region: query.region,
    minPrice: query.minPrice,
    maxPrice: query.maxPrice,
    sort: query.sort,
    limit: query.pageSize,
    offset: query.offset,
  };
}

export function termsOf(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.toLowerCase().normalize('NFC').split(/\s+/).filter(Boolean);
  return [...new Set(words)].slice(0, 8);
}

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A word of three letters or more matches anywhere ('공기청정' in '스마트공기청정기'); a shorter one
 * matches at the start of a word: inside '%의자%' there is no trigram for the index to use, in
 * '% 의자%' there is (the search text starts with a space for that reason).
 */
export const likePattern = (term: string) => ([...term].length >= 3 ? `%${likeEscape(term)}%` : `% ${likeEscape(term)}%`);

const LISTED = `p.status IN (${LISTED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The WHERE clause every catalogue query shares; `values` receives its parameters. Walking newest
 * first (`walking`, not by price), the region is also a column, for its b-tree, and the price range
 * is written so no index serves it (see catalogPageSql). Walking by price neither: the planner
 * could then read a whole region and sort it instead of walking the price index.
 */
function whereClause(search: CatalogSearch, values: unknown[], walking?: { byPrice: boolean }): string {
  const conditions = [LISTED];
  if (walking && !walking.byPrice && search.region !== undefined) {
    values.push(search.region);
    conditions.push(`p.region = $${values.length}`);
  }
  for (const term of search.terms) {
    values.push(likePattern(term));
    conditions.push(`p.search_text LIKE $${values.length}`);
  }
  if (search.tags.length) {
    values.push(search.tags);
    conditions.push(`p.filter_tags @> $${values.length}::text[]`);
  }
  const price = walking && !walking.byPrice ? '(p.asking_price + 0)' : 'p.asking_price';
  if (search.minPrice !== undefined) {
    values.push(search.minPrice);
    conditions.push(`${price} >= $${values.length}`);
  }
  if (search.maxPrice !== undefined) {
    values.push(search.maxPrice);
    conditions.push(`${price} <= $${values.length}`);
  }
  return conditions.join(' AND ');
}

const SUMMARY_COLUMNS = `p.id, p.goods_id, p.kind, p.status, p.name_ko, p.name_en, p.model_name, p.company_name, p.category_code,
         p.region, p.asking_price, p.designating_body, p.designated_on, p.valid_until,
         (SELECT f.id FROM stored_files f WHERE f.product_id = p.id AND f.purpose = 'PRODUCT_IMAGE' ORDER BY f.position, f.created_at LIMIT 1) AS image_id`;

const ORDER: Record<CatalogSort, string> = {
  newest: 'designated_on DESC, id DESC',
  relevance: 'designated_on DESC, id DESC',
  priceAsc: 'asking_price ASC, id ASC',
  priceDesc: 'asking_price DESC, id DESC',
};

/**
 * How a page is read, chosen from the counts of matches (which the facet query gives):
 * - 'all': read every match through the trigram and tag index, order, page: about `matched` rows.
 * - 'walk': walk the b-tree of the requested order, stop after offset + limit matches: about
 *   `window × listed ÷ matched` rows. Relevance walks the matches with every word in the name too.
 * Counting the matches exactly in the page query is what made broad searches slow (stack.md).
 */
export type PageStrategy = 'all' | 'walk';

export interface MatchCounts {
  matched: number;
  /** Of those, the products with every word in the name or model (relevance puts them first). */
  matchedInName: number;
  /** Every product in the catalogue. */
  listed: number;
  /** Every product in the catalogue in the search's region, if it has one. */
  listedInRegion?: number;
}

const byPrice = (search: CatalogSearch) => search.sort === CatalogSort.PRICE_ASC || search.sort === CatalogSort.PRICE_DESC;

export function pageStrategy(search: CatalogSearch, counts: MatchCounts): PageStrategy {
  const window = search.offset + search.limit;
  if (counts.matched <= window) return 'all';
  // Newest first within one region, the walk passes over that region's products only.
  const span = search.region !== undefined && !byPrice(search) ? (counts.listedInRegion ?? counts.listed) : counts.listed;
  const perMatch = 1 / counts.matched + (isRanked(search) && counts.matchedInName > 0 ? 1 / counts.matchedInName : 0);
  // A row read through the bitmap costs about twice a walked one (index, recheck, sort), measured at 1M.
  return window * span * perMatch < 2 * counts.matched ? 'walk' : 'all';
}

const isRanked = (search: CatalogSearch) => search.sort === CatalogSort.RELEVANCE && search.terms.length > 0;

/** "Every word in the name or model", with its patterns pushed to `values`. */
function inNameCondition(search: CatalogSearch, values: unknown[]): string {
  values.push(search.terms.map(likePattern));
  return `lower(' ' || p.name_ko || ' ' || p.name_en || ' ' || p.model_name) LIKE ALL ($${values.length}::text[])`;
}

/**
 * The plan of each strategy, pinned for the page's transaction: the planner's idea of how common a
 * word is can be off by 10× (stack.md), and a wrong guess costs a scan of every listed product.
 * No JIT: a walk's estimated cost is that of a full scan (it stops early), which is past
 * jit_above_cost, and compiling took ~450 ms on a page that runs in 5 (PostgreSQL 15 with LLVM).
 */
const COMMON_SETTINGS = 'SET LOCAL jit = off; SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0';
export const PLAN_SETTINGS: Record<PageStrategy, string> = {
  all: COMMON_SETTINGS,
  walk: `${COMMON_SETTINGS}; SET LOCAL enable_bitmapscan = off`,
};

/**
 * The page of a search. Relevance is "every word in the name (or model) first, then newest":
 * word_similarity() over the search text cost ~40 µs a row, 40 ms for a thousand candidates.
 */
export function catalogPageSql(search: CatalogSearch, strategy: PageStrategy, matchedInName: number): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  // Walking newest first, a price range must stay a filter: a range scan of the price index and a
  // sort would read every listed product in the range.
  const where = whereClause(search, values, strategy === 'walk' ? { byPrice: byPrice(search) } : undefined);
  const ranked = isRanked(search);
  const inName = ranked ? inNameCondition(search, values) : 'false';
  const columns = `p.id, p.designated_on, p.asking_price, (${inName})::int AS score`;
  let candidates = `SELECT ${columns} FROM products p WHERE ${where}`;
  if (strategy === 'walk') {
    values.push(search.offset + search.limit);
    const window = `$${values.length}`;
    // Ranked, the page lies within the first `window` matches with the words in the name and the
    // first `window` matches of all, both newest first: their union holds it exactly. With no
    // match in a name, that first walk would read every listed product for nothing.
    candidates = ranked && matchedInName > 0
      ? `(SELECT ${columns} FROM products p WHERE ${where} AND ${inName} ORDER BY ${ORDER.newest} LIMIT ${window})
  UNION
  (SELECT ${columns} FROM products p WHERE ${where} ORDER BY ${ORDER.newest} LIMIT ${window})`
      : `SELECT ${columns} FROM products p WHERE ${where} ORDER BY ${ORDER[search.sort]} LIMIT ${window}`;
  }
  values.push(search.limit);
  const limit = values.length;
  values.push(search.offset);
  const offset = values.length;
  const pageOrder = ranked ? `score DESC, ${ORDER.newest}` : ORDER[search.sort];
  const text = `
WITH candidates AS MATERIALIZED (
  ${candidates}
)
SELECT ${SUMMARY_COLUMNS}
FROM (SELECT id, row_number() OVER (ORDER BY ${pageOrder}) AS position FROM candidates ORDER BY ${pageOrder} LIMIT $${limit} OFFSET $${offset}) m
JOIN products p ON p.id = m.id
ORDER BY m.position`;
  return { text, values };
}

/** Runs a page query in a transaction of its own, with its strategy's plan settings. */
export async function readCatalogPage(
  query: (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>,
  search: CatalogSearch,
  counts: MatchCounts,
  strategy = pageStrategy(search, counts),
): Promise<Record<string, unknown>[]> {
  const { text, values } = catalogPageSql(search, strategy, counts.matchedInName);
  await query(`BEGIN; ${PLAN_SETTINGS[strategy]}`);
  try {
    const rows = await query(text, values);
    await query('COMMIT');
    return rows;
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A row of catalogPageSql or similarProductsSql as the summary the catalogue shows. */
export function toSummaryFromRow(row: Record<string, unknown>): ProductSummary {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return {
    id: String(row.id),
    goodsId: String(row.goods_id),
    kind: row.kind as ProductSummary['kind'],
    status: row.status as ProductSummary['status'],
    nameKo: String(row.name_ko),
    nameEn: String(row.name_en),
    modelName: String(row.model_name),
    companyName: String(row.company_name),
    categoryCode: String(row.category_code),
    region: String(row.region),
    askingPrice: Number(row.asking_price),
    imageUrl: row.image_id ? `/api/v1/files/${row.image_id}` : null,
    designatingBody: (row.designating_body as string | null) ?? null,
    designatedOn: date(row.designated_on),
    validUntil: date(row.valid_until),
  };
}

/** Products in force of a category, nearest in price to a given one, the product itself left out. */
export function similarProductsSql(category: string, price: number, excludeId: string, limit: number): { text: string; values: unknown[] } {
  return {
    text: `SELECT ${SUMMARY_COLUMNS} FROM products p
WHERE ${LISTED} AND p.filter_tags @> $1::text[] AND p.id <> $2
ORDER BY abs(p.asking_price - $3), p.id LIMIT $4`,
    values: [[`cat:${category}`], excludeId, price, limit],
  };
}

/** How many products in force share a small category (the product left out), and the median of their asking prices. */
export function smallCategoryPricesSql(smallCategory: string, excludeId: string): { text: string; values: unknown[] } {
  return {
    text: `SELECT count(*)::int AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY p.asking_price) AS median FROM products p
WHERE ${LISTED} AND p.filter_tags @> $1::text[] AND p.id <> $2`,
    values: [[`cat:${smallCategory}`], excludeId],
  };
}

/**
 * Counts per kind, large category and region over every match (the kind counts add up to the
 * number of matches) and, with words, a 'name' row: the matches with every word in the name.
 */
export function catalogFacetsSql(search: CatalogSearch): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = whereClause(search, values);
  const inName = search.terms.length ? inNameCondition(search, values) : 'false';
  const text = `
WITH matches AS MATERIALIZED (
  SELECT p.kind, p.category_path[1] AS category, p.region, ${inName} AS in_name FROM products p WHERE ${where}
)
SELECT 'kind' AS facet, kind AS value, count(*)::int AS count FROM matches GROUP BY kind
UNION ALL SELECT 'category', category, count(*)::int FROM matches GROUP BY category
UNION ALL SELECT 'region', region, count(*)::int FROM matches GROUP BY region
UNION ALL SELECT 'name', 'every word', count(*) FILTER (WHERE in_name)::int FROM matches`;
  return { text, values };
}

export type Facets = CatalogPage['facets'];

/** The rows of catalogFacetsSql as the API's facets (most first), the number of matches and of name matches. */
export function countsOfFacetRows(rows: { facet: string; value: string; count: number }[]): { facets: Facets; matched: number; matchedInName: number } {
  const facets: Facets = { kind: [], category: [], region: [] };
  let matchedInName = 0;
  for (const row of rows) {
    if (row.facet === 'name') matchedInName = row.count;
    else facets[row.facet as keyof Facets].push({ value: row.value, count: row.count });
  }
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  facets.kind.sort(byCount);
  facets.category.sort(byCount);
  facets.region.sort(byCount);
  return { facets, matched: facets.kind.reduce((sum, k) => sum + k.count, 0), matchedInName };
}
