import { CATALOG_RESULT_CAP, CatalogSort, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, PRICE_MAX_KRW, ProductKind, textProblem } from '@inno/contracts';

/**
 * The catalogue's query string, read by hand rather than by class-transformer and class-validator:
 * it is the busiest public route, and their per-request cost was about a tenth of a cheap
 * search's CPU. No framework, so the benchmark's bare server reads queries the same way.
 * CatalogQueryDto documents the same fields for OpenAPI.
 */
export interface ParsedCatalogQuery {
  q?: string;
  kind?: ProductKind;
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

/** Bad fields, with messages per field (the API's 400 `details`). */
export class CatalogQueryError extends Error {
  constructor(readonly details: Record<string, string[]>) {
    super('The request has invalid fields');
  }
}

const KINDS: string[] = Object.values(ProductKind);
const SORTS: string[] = Object.values(CatalogSort);
const TEXT_LIMITS = { q: 100, category: 20, certification: 60, designatingBody: 100, region: 40 } as const;
const FIELDS = new Set<string>([...Object.keys(TEXT_LIMITS), 'kind', 'minPrice', 'maxPrice', 'sort', 'page', 'pageSize']);

export function parseCatalogQuery(params: Record<string, unknown>): ParsedCatalogQuery {
  const details: Record<string, string[]> = {};
  const refuse = (field: string, message: string) => (details[field] ??= []).push(message);

  for (const field of Object.keys(params)) if (!FIELDS.has(field)) refuse(field, `${field} is not an accepted field`);
  const text = (field: keyof typeof TEXT_LIMITS): string | undefined => {
    const value = params[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return void refuse(field, `${field} must be a string`);
    // The API's one text rule, as the validation pipe applies it to every other query.
    const problem = textProblem(field, value);
    if (problem) return void refuse(field, problem);
    // Like the DTO's trim: surrounding spaces dropped, nothing left means no filter (category is a code, kept as given).
    const given = field === 'category' ? value : value.trim();
    if (given.length > TEXT_LIMITS[field]) refuse(field, `${field} must be shorter than or equal to ${TEXT_LIMITS[field]} characters`);
    return given || undefined;
  };
  const integer = (field: string, min: number, max: number): number | undefined => {
    const value = params[field];
    if (value === undefined || value === '') return undefined;
    const n = typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n)) return void refuse(field, `${field} must be an integer number`);
    if (n < min) refuse(field, `${field} must not be less than ${min}`);
    if (n > max) refuse(field, `${field} must not be greater than ${max}`);
    return n;
  };
  const oneOf = (field: string, allowed: string[]): string | undefined => {
    const value = params[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !allowed.includes(value)) return void refuse(field, `${field} must be one of the following values: ${allowed.join(', ')}`);
    return value;
  };

  const page = integer('page', 1, 1_000_000) ?? 1;
  const pageSize = integer('pageSize', 1, PAGE_SIZE_MAX) ?? PAGE_SIZE_DEFAULT;
  const query: ParsedCatalogQuery = {
    q: text('q'),
    kind: oneOf('kind', KINDS) as ProductKind | undefined,
    category: text('category'),
    certification: text('certification'),
    designatingBody: text('designatingBody'),
    region: text('region'),
    minPrice: integer('minPrice', 0, PRICE_MAX_KRW),
    maxPrice: integer('maxPrice', 0, PRICE_MAX_KRW),
    sort: (oneOf('sort', SORTS) as CatalogSort | undefined) ?? CatalogSort.RELEVANCE,
    page,
    pageSize,
    offset: (page - 1) * pageSize,
  };
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
    refuse('minPrice', 'minPrice must not exceed maxPrice');
  }
  if (!details.page && !details.pageSize && query.offset + query.pageSize > CATALOG_RESULT_CAP) {
    refuse('page', `Only the first ${CATALOG_RESULT_CAP} results can be paged; narrow the search with words or filters`);
  }
  if (Object.keys(details).length) throw new CatalogQueryError(details);
  return query;
}
