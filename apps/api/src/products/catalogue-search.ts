import { CatalogSort, LISTED_STATUSES, type CatalogPage, type FacetCount, type ProductKind, type ProductSummary } from '@inno/contracts';
import { hasTypoCandidates, inNameCondition, matchCondition, nameGramKey, NO_SYNONYMS, searchTermsOf, type MatchColumns, type SearchTerm, type Synonyms } from '../search/text-match';

/** A catalogue search, normalised: what the SQL needs and nothing else. */
export interface CatalogSearch {
  /** The query's words (with their synonyms); every one must appear somewhere in the product's text. */
  terms: SearchTerm[];
  /** Equality filters as `filter_tags` entries; the product must carry all of them. */
  tags: string[];
  /** The region filter again, as a column: a walk newest first can then use the region's b-tree. */
  region?: string;
  minPrice?: number;
  maxPrice?: number;
  sort: CatalogSort;
  limit: number;
  offset: number;
  /** The same search with every Latin word allowed one typo, in names only: run when this one finds nothing. */
  typoTolerant?: CatalogSearch;
  /** Match the words in the name and model only (the typo-tolerant search: in descriptions, one edit away finds too much). */
  namesOnly?: boolean;
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

/** The catalogue query (as CatalogQueryDto holds it) as the search the SQL runs, with the operators' synonyms. */
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
}, synonyms: Synonyms = NO_SYNONYMS): CatalogSearch {
  const search: CatalogSearch = {
    terms: searchTermsOf(query.q, synonyms),
    tags: tagsOf(query),
    region: query.region,
    minPrice: query.minPrice,
    maxPrice: query.maxPrice,
    sort: query.sort,
    limit: query.pageSize,
    offset: query.offset,
  };
  if (hasTypoCandidates(query.q)) search.typoTolerant = { ...search, terms: searchTermsOf(query.q, synonyms, true), namesOnly: true };
  return search;
}

/** The product's compact text and its bigrams (GIN-indexed with filter_tags), and its name as words. */
const PRODUCT_TEXT: MatchColumns = { text: 'p.search_text', grams: 'p.search_grams' };
const PRODUCT_NAME_WORDS = 'p.search_name';
const PRODUCT_NAME_TEXT: MatchColumns = { text: `replace(${PRODUCT_NAME_WORDS}, ' ', '')`, grams: 'p.search_grams', gramKey: nameGramKey };

const LISTED = `p.status IN (${LISTED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The WHERE clause every catalogue query shares; `values` receives its parameters. Read through the
 * GIN index, each word's bigrams are required (the index answers) and LIKE checks their order;
 * walking, only LIKE (rows come from a b-tree, the bigram arrays would be read for nothing). Walking newest
 * first (`walking`, not by price), the region is also a column, for its b-tree, and the price range
 * is written so no index serves it (see catalogPageSql). Walking by price neither: the planner
 * could then read a whole region and sort it instead of walking the price index.
 */
function whereClause(search: CatalogSearch, values: unknown[], walking?: { byPrice: boolean }): string {
  return whereConditions(search, values, walking).join(' AND ');
}

/** whereClause as its conditions, LISTED first. */
function whereConditions(search: CatalogSearch, values: unknown[], walking?: { byPrice: boolean }): string[] {
  const conditions = [LISTED];
  if (walking && !walking.byPrice && search.region !== undefined) {
    values.push(search.region);
    conditions.push(`p.region = $${values.length}`);
  }
  if (search.terms.length) conditions.push(matchCondition(search.terms, search.namesOnly ? PRODUCT_NAME_TEXT : PRODUCT_TEXT, values, !walking));
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
  return conditions;
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
 * - 'all': read every match through the bigram and tag index, order, page: about `matched` rows.
 * - 'walk': walk the b-tree of the requested order, stop after offset + limit matches: about
 *   `window × listed ÷ matched` rows. Relevance walks the matches with every word in the name too,
 *   or, when those are few, reads them through the index first (`namesByIndex`).
 * Counting the matches exactly in the page query is what made broad searches slow (stack.md).
 */
export type PageStrategy = 'all' | 'walk';

/**
 * Counting stops here: past it a search is broad, the total shows "1,000+" anyway and the facets
 * are lower bounds (the first COUNT_BOUND matches found). Counting every match of a broad search
 * took up to 1.5 s at 1M products on its first request; 5,000 take a few ms.
 */
export const COUNT_BOUND = 5_000;

/**
 * Counted up to a bound, this many name matches with no whole-word one among them make the
 * whole-word rank count as empty (before counting in one scan, the judgement was over up to
 * COUNT_BOUND name matches; the same heuristic, on a smaller sample).
 */
export const WHOLE_EVIDENCE = 1_000;

export interface MatchCounts {
  /** The matches, counted up to COUNT_BOUND (unless `bounded` is false, exact). */
  matched: number;
  /** Whether counting stopped at COUNT_BOUND (`matched` and the facets are lower bounds), or `matched` is a sample's estimate past it. */
  bounded?: boolean;
  /**
   * The products with every word in the name or model (relevance puts them first). Exact when
   * `bounded` is false; when bounded, of the counted matches only: some name matches then prove the
   * rank is not empty, none proves nothing (a word rare in names but common in descriptions).
   */
  matchedInName: number;
  /** Of those, the products with every word a whole word of the name or model (relevance puts them before). */
  matchedWhole: number;
  /**
   * Bounded, and the counted matches cannot tell whether a name rank is empty: no name match among
   * them, or no whole-word one among fewer than WHOLE_EVIDENCE name matches. A walk would then skip
   * a rank that has products, or walk an empty one through the whole catalogue, so the name matches
   * are read through the index (there are few: few were seen).
   */
  namesUncertain?: boolean;
  /** Every product in the catalogue. */
  listed: number;
  /** Every product in the catalogue in the search's region, if it has one. */
  listedInRegion?: number;
}

const byPrice = (search: CatalogSearch) => search.sort === CatalogSort.PRICE_ASC || search.sort === CatalogSort.PRICE_DESC;

/** The products a walk passes over: newest first within one region, that region's only. */
const spanOf = (search: CatalogSearch, counts: MatchCounts) =>
  search.region !== undefined && !byPrice(search) ? (counts.listedInRegion ?? counts.listed) : counts.listed;

/** Rows walked to find the first `window` products of a set of `count` (an empty set is not walked). */
const walkCost = (window: number, span: number, count: number) => (count > 0 ? (window * span) / count : 0);

/**
 * Ranked and walking, whether the name matches are read through the index (about 2 × their number
 * of rows) rather than walked (window × listed ÷ their number): a word rare in names but common in
 * descriptions would otherwise walk the whole catalogue for its few names.
 */
export function namesByIndex(search: CatalogSearch, counts: MatchCounts): boolean {
  if (!isRanked(search)) return false;
  if (counts.namesUncertain) return true;
  if (counts.matchedInName === 0 || counts.matchedInName >= COUNT_BOUND) return false;
  const window = search.offset + search.limit;
  const span = spanOf(search, counts);
  return 2 * counts.matchedInName < walkCost(window, span, counts.matchedInName) + walkCost(window, span, counts.matchedWhole);
}

export function pageStrategy(search: CatalogSearch, counts: MatchCounts): PageStrategy {
  // Past the bound a walk passes over at most window × listed ÷ COUNT_BOUND rows; reading every match would be more.
  if (counts.bounded) return 'walk';
  const window = search.offset + search.limit;
  if (counts.matched <= window) return 'all';
  const span = spanOf(search, counts);
  const names = isRanked(search) ? (namesByIndex(search, counts) ? 2 * counts.matchedInName : walkCost(window, span, counts.matchedInName) + walkCost(window, span, counts.matchedWhole)) : 0;
  // A row read through the bitmap costs about twice a walked one (index, recheck, sort), measured at 1M.
  return walkCost(window, span, counts.matched) + names < 2 * counts.matched ? 'walk' : 'all';
}

const isRanked = (search: CatalogSearch) => search.sort === CatalogSort.RELEVANCE && search.terms.length > 0;

/** "Every word in the name or model" (`whole`: as whole words), with its patterns pushed to `values`; `indexed`: served by the GIN index. */
const inName = (search: CatalogSearch, values: unknown[], whole: boolean, indexed = false) =>
  inNameCondition(search.terms, PRODUCT_NAME_WORDS, values, whole, indexed ? PRODUCT_TEXT.grams : undefined);

/** The first `window` name matches, whole-word ones first, then newest, through the index: the name ranks of a walked page. */
export function nameCandidatesSql(search: CatalogSearch): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = whereClause(search, values);
  const named = inName(search, values, false, true);
  const whole = inName(search, values, true);
  values.push(search.offset + search.limit);
  return { text: `SELECT p.id FROM products p WHERE ${where} AND ${named} ORDER BY (${whole}) DESC, ${ORDER.newest} LIMIT $${values.length}`, values };
}

/**
 * The plan of each strategy, pinned for the page's transaction: the planner's idea of how common a
 * word is can be off by 10× (stack.md), and a wrong guess costs a scan of every listed product.
 * No JIT: a walk's estimated cost is that of a full scan (it stops early), which is past
 * jit_above_cost, and compiling took ~450 ms on a page that runs in 5 (PostgreSQL 15 with LLVM).
 */
const COMMON_SETTINGS = 'SET LOCAL jit = off; SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0';
const WALK_SETTINGS = 'SET LOCAL enable_bitmapscan = off';
/**
 * Counting: no JIT either (a bounded count's estimated cost can pass jit_above_cost: 250 ms of
 * compiling for a 5 ms count). No synchronized scans: a bounded count reads the first matches in
 * table order, and a scan that starts where the last one stopped would give another "5,000+" split
 * on every refresh and every replica (seen at 1M: the kind facet read 3,252 then 3,219). More
 * work_mem: the bitmaps of common bigrams cover most of the table's pages, and at the default
 * 4 MB they went lossy at 1M (half the heap blocks rechecked row by row); one count runs at a time
 * per pool connection, so this is at most pool size × 32 MB.
 */
export const FACET_SETTINGS = "SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL synchronize_seqscans = off; SET LOCAL work_mem = '32MB'";

type Query = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/** `work` in a transaction of its own on one connection, under `settings` (SET LOCAL). */
export async function inTransaction<T>(query: Query, settings: string, work: () => Promise<T>): Promise<T> {
  await query(`BEGIN; ${settings}`);
  try {
    const result = await work();
    await query('COMMIT');
    return result;
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
export const PLAN_SETTINGS: Record<PageStrategy, string> = {
  all: COMMON_SETTINGS,
  walk: `${COMMON_SETTINGS}; ${WALK_SETTINGS}`,
};

/**
 * The page of a search. Relevance ranks every word a whole word of the name (or model) first, then
 * every word in the name, then the rest, newest first within each: word_similarity() over the text
 * cost ~40 µs a row, 40 ms for a thousand candidates.
 */
export function catalogPageSql(
  search: CatalogSearch,
  strategy: PageStrategy,
  counts: Pick<MatchCounts, 'matchedInName' | 'matchedWhole'>,
  nameIds?: string[],
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  // Walking newest first, a price range must stay a filter: a range scan of the price index and a
  // sort would read every listed product in the range.
  const where = whereClause(search, values, strategy === 'walk' ? { byPrice: byPrice(search) } : undefined);
  const ranked = isRanked(search);
  const whole = ranked ? inName(search, values, true) : 'false';
  const named = ranked ? inName(search, values, false) : 'false';
  const columns = `p.id, p.designated_on, p.asking_price, (${whole})::int + (${named})::int AS score`;
  let candidates = `SELECT ${columns} FROM products p WHERE ${where}`;
  if (strategy === 'walk') {
    values.push(search.offset + search.limit);
    const window = `$${values.length}`;
    const walk = (condition?: string) => `(SELECT ${columns} FROM products p WHERE ${where}${condition ? ` AND ${condition}` : ''} ORDER BY ${ORDER.newest} LIMIT ${window})`;
    // Ranked, the page lies within the first `window` matches of each rank and above, newest first:
    // their union holds it exactly. A rank nothing matches is not walked (that walk would read
    // every listed product for nothing); name matches read through the index come as `nameIds`.
    let names = [counts.matchedWhole > 0 && walk(whole), counts.matchedInName > 0 && walk(named)];
    if (nameIds) {
      values.push(nameIds);
      names = [`(SELECT ${columns} FROM products p WHERE p.id = ANY ($${values.length}::uuid[]))`];
    }
    candidates = ranked
      ? [...names, walk()].filter(Boolean).join('\n  UNION\n  ')
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

/**
 * Runs a page query in a transaction of its own, with its strategy's plan settings; walking with
 * `byIndex` names (namesByIndex by default), the name matches are read through the index first.
 */
export async function readCatalogPage(
  query: Query,
  search: CatalogSearch,
  counts: MatchCounts,
  strategy = pageStrategy(search, counts),
  byIndex = namesByIndex(search, counts),
): Promise<Record<string, unknown>[]> {
  return inTransaction(query, COMMON_SETTINGS, async () => {
    let nameIds: string[] | undefined;
    if (strategy === 'walk' && byIndex && isRanked(search)) {
      const names = nameCandidatesSql(search);
      nameIds = (await query(names.text, names.values)).map((row) => String(row.id));
    }
    if (strategy === 'walk') await query(WALK_SETTINGS);
    const { text, values } = catalogPageSql(search, strategy, counts, nameIds);
    return query(text, values);
  });
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
 * Counts per kind, large category and region over the matches (the kind counts add up to the
 * number of matches) and, with words, a 'name' row (the matches with every word in the name) and a
 * 'whole' row (every word a whole word of the name), flags of the same matches: one scan, where a
 * second one over the name bigrams cost as much again (580 ms for `q=purifier` at 1M). With a
 * `bound`, counting stops at the first `bound` matches (the index finds them; counting a broad
 * search whole took up to 1.5 s at 1M), and the name counts are of those matches only.
 */
export function catalogFacetsSql(search: CatalogSearch, bound?: number): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = whereClause(search, values);
  const limit = bound === undefined ? '' : ` LIMIT ${Math.trunc(bound)}`;
  const names = search.terms.length ? `, (${inName(search, values, false)}) AS named, (${inName(search, values, true)}) AS whole` : '';
  const text = `
WITH matches AS MATERIALIZED (
  SELECT p.kind, p.category_path[1] AS category, p.region${names} FROM products p WHERE ${where}${limit}
)
SELECT 'kind' AS facet, kind AS value, count(*)::int AS count FROM matches GROUP BY kind
UNION ALL SELECT 'category', category, count(*)::int FROM matches GROUP BY category
UNION ALL SELECT 'region', region, count(*)::int FROM matches GROUP BY region${
    names
      ? `
UNION ALL SELECT 'name', 'every word', count(*) FILTER (WHERE named)::int FROM matches
UNION ALL SELECT 'whole', 'every word', count(*) FILTER (WHERE whole)::int FROM matches`
      : ''
  }`;
  return { text, values };
}

/**
 * A broad search is estimated from a block sample of about this many listed products (0.5 % of the
 * blocks at 1M: ~900 blocks, where a bounded count of a common word read a bitmap of 127,000
 * candidates and ~3,800 heap blocks; a search of COUNT_BOUND matches has about 25 in the sample).
 * Every cold search pays for it (a narrow one then counts too): at 200k under load, 10,000 rows cost
 * ~200 ms. With fewer than ten times as many listed, every search is counted (up to COUNT_BOUND), a
 * sample then being a tenth of the table or more.
 */
export const SAMPLE_ROWS = 5_000;
/** One seed for every sample: the same blocks on every refresh and on every replica (same pages), so the same figures. */
const SAMPLE_SEED = 20_261_126;

/**
 * The share of blocks (in %) to sample to count a search of a catalogue of `listed` products, or
 * none: count it. Not the typo retry's search (names only, and its ~40 patterns a word would be
 * checked on every sampled row: 300 ms at 200k under load, against 30 ms counted).
 */
export const samplePercent = (search: CatalogSearch, listed: number, sampleRows = SAMPLE_ROWS): number | undefined =>
  listed >= 10 * sampleRows && !search.namesOnly ? (100 * sampleRows) / listed : undefined;

/**
 * The facet counts of catalogFacetsSql over a repeatable block sample (TABLESAMPLE SYSTEM, a share
 * `percent` of the table's blocks), with a 'listed' row: the listed products sampled, which scales
 * the sample to the catalogue (estimateOfSampleRows). Each condition is checked row by row (no
 * index: the sampled rows are all read anyway).
 */
export function catalogSampleSql(search: CatalogSearch, percent: number): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const [listed, ...conditions] = whereConditions(search, values, { byPrice: true });
  const matches = conditions.length ? conditions.join(' AND ') : 'true';
  // The name checks only where the row matches: most sampled rows do not.
  const names = search.terms.length ? `, CASE WHEN ${matches} THEN ${inName(search, values, false)} END AS named, CASE WHEN ${matches} THEN ${inName(search, values, true)} END AS whole` : '';
  const text = `
WITH sample AS MATERIALIZED (
  SELECT p.kind, p.category_path[1] AS category, p.region, (${matches}) AS matches${names}
  FROM products p TABLESAMPLE SYSTEM (${Number(percent).toFixed(6)}) REPEATABLE (${SAMPLE_SEED}) WHERE ${listed}
)
SELECT 'listed' AS facet, 'sampled' AS value, count(*)::int AS count FROM sample
UNION ALL SELECT 'kind', kind, count(*)::int FROM sample WHERE matches GROUP BY kind
UNION ALL SELECT 'category', category, count(*)::int FROM sample WHERE matches GROUP BY category
UNION ALL SELECT 'region', region, count(*)::int FROM sample WHERE matches GROUP BY region${
    names
      ? `
UNION ALL SELECT 'name', 'every word', count(*) FILTER (WHERE matches AND named)::int FROM sample
UNION ALL SELECT 'whole', 'every word', count(*) FILTER (WHERE matches AND whole)::int FROM sample`
      : ''
  }`;
  return { text, values };
}

/** Two significant figures: an estimate shown with no more precision than it has (12,345 → 12,000). */
const roughly = (n: number) => {
  if (n < 1) return n > 0 ? 1 : 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
};

/**
 * The rows of catalogSampleSql scaled to a catalogue of `listed` products when they say the search
 * is broad (about `bound` matches or more): facets, matches and name counts estimated, two
 * significant figures. Undefined when the search is narrow (or nothing was sampled): count it.
 */
export function estimateOfSampleRows(rows: { facet: string; value: string; count: number }[], listed: number, bound: number): Counts | undefined {
  const sampled = rows.find((row) => row.facet === 'listed')?.count ?? 0;
  const seen = countsOfFacetRows(rows.filter((row) => row.facet !== 'listed'));
  const scale = sampled > 0 ? listed / sampled : 0;
  if (seen.matched === 0 || seen.matched * scale < bound) return undefined;
  const estimate = (facets: FacetCount[]) => facets.map(({ value, count }) => ({ value, count: roughly(count * scale) }));
  return {
    facets: { kind: estimate(seen.facets.kind), category: estimate(seen.facets.category), region: estimate(seen.facets.region) },
    matched: roughly(seen.matched * scale),
    bounded: true,
    estimated: true,
    matchedInName: Math.round(seen.matchedInName * scale),
    matchedWhole: Math.round(seen.matchedWhole * scale),
    namesUncertain: namesUncertain(seen.matchedInName, seen.matchedWhole),
  };
}

export type Facets = CatalogPage['facets'];

/** What counting a search learns: its facets, matches and name matches (MatchCounts). */
export interface Counts {
  facets: Facets;
  matched: number;
  bounded: boolean;
  /** Estimated from a sample (estimateOfSampleRows): `matched` and the facets are approximate. */
  estimated: boolean;
  matchedInName: number;
  matchedWhole: number;
  namesUncertain: boolean;
}

/** The rows of catalogFacetsSql as the API's facets (most first), the number of matches, of name and of whole-word matches. */
export function countsOfFacetRows(
  rows: { facet: string; value: string; count: number }[],
  bound?: number,
): Counts {
  const facets: Facets = { kind: [], category: [], region: [] };
  let matchedInName = 0;
  let matchedWhole = 0;
  for (const row of rows) {
    if (row.facet === 'name') matchedInName = row.count;
    else if (row.facet === 'whole') matchedWhole = row.count;
    else facets[row.facet as keyof Facets].push({ value: row.value, count: row.count });
  }
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  facets.kind.sort(byCount);
  facets.category.sort(byCount);
  facets.region.sort(byCount);
  const matched = facets.kind.reduce((sum, k) => sum + k.count, 0);
  const bounded = bound !== undefined && matched >= bound;
  return { facets, matched, bounded, estimated: false, matchedInName, matchedWhole, namesUncertain: bounded && namesUncertain(matchedInName, matchedWhole) };
}

/** Bounded, whether the name matches seen (`named`, `whole` of them whole-word) leave a name rank's emptiness unknown (MatchCounts.namesUncertain). */
const namesUncertain = (named: number, whole: number) => named === 0 || (whole === 0 && named < WHOLE_EVIDENCE);
