import { CATALOG_RESULT_CAP, CatalogSort, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, PRICE_MAX_KRW, ProductKind } from '@inno/contracts';

/**
 * GET /api/v1/products's query string as CatalogQueryDto and CatalogueService.search read it,
 * without Nest: the bare server and the EXPLAIN step build the very CatalogSearch the API builds.
 */
export interface ParsedCatalogQuery {
  q?: string;
  kind?: string;
  category?: string;
  certification?: string;
  designatingBody?: string;
  region?: string;
  minPrice?: number;
  maxPrice?: number;
  sort: CatalogSort;
  page: number;
  pageSize: number;
  offset: number;
}

export class BadCatalogQuery extends Error {}

const SORTS: string[] = Object.values(CatalogSort);
const KINDS: string[] = Object.values(ProductKind);

const trimmed = (v: string | undefined) => (v === undefined ? undefined : v.trim() || undefined);

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new BadCatalogQuery(`${name} must be an integer in [${min}, ${max}]`);
  return n;
}

function text(name: string, raw: string | undefined, max: number): string | undefined {
  if (raw !== undefined && raw.length > max) throw new BadCatalogQuery(`${name} must be at most ${max} characters`);
  return raw;
}

export function parseCatalogQuery(params: Record<string, string | undefined>): ParsedCatalogQuery {
  const kind = params.kind;
  if (kind !== undefined && !KINDS.includes(kind)) throw new BadCatalogQuery('kind is not a product kind');
  const sort = (params.sort ?? CatalogSort.RELEVANCE) as CatalogSort;
  if (!SORTS.includes(sort)) throw new BadCatalogQuery('sort is not a catalogue sort');
  const page = integer('page', params.page, 1, 1_000_000) ?? 1;
  const pageSize = integer('pageSize', params.pageSize, 1, PAGE_SIZE_MAX) ?? PAGE_SIZE_DEFAULT;
  const query: ParsedCatalogQuery = {
    q: text('q', trimmed(params.q), 100),
    kind,
    category: text('category', params.category, 20),
    certification: text('certification', trimmed(params.certification), 60),
    designatingBody: text('designatingBody', trimmed(params.designatingBody), 100),
    region: text('region', trimmed(params.region), 40),
    minPrice: integer('minPrice', params.minPrice, 0, PRICE_MAX_KRW),
    maxPrice: integer('maxPrice', params.maxPrice, 0, PRICE_MAX_KRW),
    sort,
    page,
    pageSize,
    offset: (page - 1) * pageSize,
  };
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) throw new BadCatalogQuery('minPrice must not exceed maxPrice');
  if (query.offset + query.pageSize > CATALOG_RESULT_CAP) throw new BadCatalogQuery(`Only the first ${CATALOG_RESULT_CAP} results can be paged`);
  return query;
}


/** The query string of a term-mix entry as a plain object (URLSearchParams decoding). */
export function paramsOf(queryString: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(queryString));
}
