import { CATALOG_RESULT_CAP, CatalogSort, LISTED_STATUSES, type ProductKind } from '@inno/contracts';

/** A catalogue search, normalised: what the SQL needs and nothing else. */
export interface CatalogSearch {
  /** Lower-cased words; every one must appear somewhere in the product's text. */
  terms: string[];
  /** Equality filters as `filter_tags` entries; the product must carry all of them. */
  tags: string[];
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

/** The WHERE clause every catalogue query shares; `values` receives its parameters. */
function whereClause(search: CatalogSearch, values: unknown[]): string {
  const conditions = [LISTED];
  for (const term of search.terms) {
    values.push(likePattern(term));
    conditions.push(`p.search_text LIKE $${values.length}`);
  }
  if (search.tags.length) {
    values.push(search.tags);
    conditions.push(`p.filter_tags @> $${values.length}::text[]`);
  }
  if (search.minPrice !== undefined) {
    values.push(search.minPrice);
    conditions.push(`p.asking_price >= $${values.length}`);
  }
  if (search.maxPrice !== undefined) {
    values.push(search.maxPrice);
    conditions.push(`p.asking_price <= $${values.length}`);
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
 * One statement: the first CATALOG_RESULT_CAP + 1 matches in the requested order (so the
 * count stops there: "1,000+"), then the page. Relevance ranks those candidates: the newest
 * thousand matches of a broad query, every match of a narrow one.
 */
export function catalogSearchSql(search: CatalogSearch): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = whereClause(search, values);
  const ranked = search.sort === CatalogSort.RELEVANCE && search.terms.length > 0;
  let score = '0';
  if (ranked) {
    values.push(search.terms.map(likePattern));
    const namePatterns = values.length;
    values.push(search.terms.join(' '));
    score = `(CASE WHEN lower(' ' || p.name_ko || ' ' || p.name_en || ' ' || p.model_name) LIKE ALL ($${namePatterns}::text[]) THEN 2 ELSE 0 END + word_similarity($${values.length}, p.search_text))`;
  }
  values.push(CATALOG_RESULT_CAP + 1);
  const cap = values.length;
  values.push(search.limit);
  const limit = values.length;
  values.push(search.offset);
  const offset = values.length;
  const pageOrder = ranked ? `score DESC, ${ORDER.newest}` : ORDER[search.sort];
  const text = `
WITH matches AS MATERIALIZED (
  SELECT p.id, p.designated_on, p.asking_price, ${score} AS score
  FROM products p
  WHERE ${where}
  ORDER BY ${ORDER[search.sort]}
  LIMIT $${cap}
)
SELECT t.total, page.*
FROM (SELECT count(*)::int AS total FROM matches) t
LEFT JOIN LATERAL (
  SELECT ${SUMMARY_COLUMNS}
  FROM (SELECT id, row_number() OVER (ORDER BY ${pageOrder}) AS position FROM matches ORDER BY ${pageOrder} LIMIT $${limit} OFFSET $${offset}) m
  JOIN products p ON p.id = m.id
  ORDER BY m.position
) page ON true`;
  return { text, values };
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

/** Counts per kind, large category and region over every match (not only the first thousand). */
export function catalogFacetsSql(search: CatalogSearch): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = whereClause(search, values);
  const text = `
WITH matches AS MATERIALIZED (
  SELECT p.kind, p.category_path[1] AS category, p.region FROM products p WHERE ${where}
)
SELECT 'kind' AS facet, kind AS value, count(*)::int AS count FROM matches GROUP BY kind
UNION ALL SELECT 'category', category, count(*)::int FROM matches GROUP BY category
UNION ALL SELECT 'region', region, count(*)::int FROM matches GROUP BY region`;
  return { text, values };
}
