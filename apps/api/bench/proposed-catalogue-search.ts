import { CatalogSort, LISTED_STATUSES } from '@inno/contracts';
import { likePattern, type CatalogSearch } from '../src/products/catalogue-search';

/**
 * A PROPOSAL, not the API's code: the page of a catalogue search once the number of matches is
 * known, as docs/performance.md proposes for src/products/catalogue-search.ts. `npm run
 * bench:catalog -- --compare-proposed` EXPLAINs it beside the real SQL for every entry of the mix.
 *
 * The facet query counts every match anyway (its kind counts add up to the total), so the page
 * needs no count of its own, and the count tells which plan is cheap:
 * - 'all': few matches. Read every match through the trigram index, rank, page (about `matched`
 *   row visits).
 * - 'walk': many matches. Walk the b-tree of the requested order and stop after offset + limit
 *   matches (about `window × listed ÷ matched` row visits). Relevance walks twice, once over the
 *   matches with every word in the name, once over all: the union holds the page exactly.
 * The planner's estimate of how common words are is off by up to 10× (stack.md), so the statement
 * runs with the plan settings of its strategy (SET LOCAL, in a transaction).
 *
 * Relevance here is "every word in the name first, then newest": word_similarity() over the search
 * text cost ~40 µs a row (40 ms for the 1,001 candidates of every broad search).
 */
export type PageStrategy = 'all' | 'walk';

export function pageStrategy(search: CatalogSearch, matched: number, listed: number): PageStrategy {
  const ranked = search.sort === CatalogSort.RELEVANCE && search.terms.length > 0;
  const window = search.offset + search.limit;
  if (matched <= window) return 'all';
  return matched * matched > (ranked ? 3 : 1) * window * listed ? 'walk' : 'all';
}

export function planSettings(strategy: PageStrategy): string[] {
  return strategy === 'walk'
    ? ['SET LOCAL enable_bitmapscan = off', 'SET LOCAL enable_seqscan = off', 'SET LOCAL max_parallel_workers_per_gather = 0']
    : ['SET LOCAL enable_seqscan = off', 'SET LOCAL max_parallel_workers_per_gather = 0'];
}

const LISTED = `p.status IN (${LISTED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

const ORDER: Record<CatalogSort, string> = {
  newest: 'designated_on DESC, id DESC',
  relevance: 'designated_on DESC, id DESC',
  priceAsc: 'asking_price ASC, id ASC',
  priceDesc: 'asking_price DESC, id DESC',
};

/** As catalogue-search.ts's, with a price range optionally written so no index serves it. */
function whereClause(search: CatalogSearch, values: unknown[], priceAsFilter: boolean): string {
  const conditions = [LISTED];
  for (const term of search.terms) {
    values.push(likePattern(term));
    conditions.push(`p.search_text LIKE $${values.length}`);
  }
  if (search.tags.length) {
    values.push(search.tags);
    conditions.push(`p.filter_tags @> $${values.length}::text[]`);
  }
  const price = priceAsFilter ? '(p.asking_price + 0)' : 'p.asking_price';
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

export function catalogPageSql(search: CatalogSearch, strategy: PageStrategy): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  // Walking newest first, a price range must stay a filter: a range scan of the price index and a
  // sort would read every listed product in the range.
  const byPrice = search.sort === CatalogSort.PRICE_ASC || search.sort === CatalogSort.PRICE_DESC;
  const where = whereClause(search, values, strategy === 'walk' && !byPrice);
  const ranked = search.sort === CatalogSort.RELEVANCE && search.terms.length > 0;
  const name = `lower(' ' || p.name_ko || ' ' || p.name_en || ' ' || p.model_name)`;
  let inName = 'false';
  if (ranked) {
    values.push(search.terms.map(likePattern));
    inName = `${name} LIKE ALL ($${values.length}::text[])`;
  }
  const columns = `p.id, p.designated_on, p.asking_price, (${inName})::int AS score`;
  let candidates = `SELECT ${columns} FROM products p WHERE ${where}`;
  if (strategy === 'walk') {
    values.push(search.offset + search.limit);
    const window = `$${values.length}`;
    candidates = ranked
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
SELECT p.id, p.goods_id, p.kind, p.status, p.name_ko, p.name_en, p.model_name, p.company_name, p.category_code,
       p.region, p.asking_price, p.designating_body, p.designated_on, p.valid_until,
       (SELECT f.id FROM stored_files f WHERE f.product_id = p.id AND f.purpose = 'PRODUCT_IMAGE' ORDER BY f.position, f.created_at LIMIT 1) AS image_id
FROM (SELECT id, row_number() OVER (ORDER BY ${pageOrder}) AS position FROM candidates ORDER BY ${pageOrder} LIMIT $${limit} OFFSET $${offset}) m
JOIN products p ON p.id = m.id
ORDER BY m.position`;
  return { text, values };
}

/** Every match counted: in the proposal this is the sum of the facet query's kind counts. */
export function catalogMatchCountSql(search: CatalogSearch): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  return { text: `SELECT count(*)::int AS matched FROM products p WHERE ${whereClause(search, values, false)}`, values };
}
