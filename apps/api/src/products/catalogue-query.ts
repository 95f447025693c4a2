import {
  CATALOG_RESULT_CAP,
  CATALOGUE_QUERY_RULES,
  CatalogSort,
  fieldProblem,
  fieldProblemText,
  PAGE_SIZE_DEFAULT,
  priceRangeProblem,
  ProductKind,
  textProblem,
  type FieldProblems,
  type Message,
} from '@inno/contracts';

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

/** Bad fields: English messages per field (the API's 400 `details`) and their codes (`detailCodes`). */
export class CatalogQueryError extends Error {
  constructor(
    readonly details: Record<string, string[]>,
    /** Without them (a refusal the search makes later), each field is marked invalid. */
    readonly detailCodes?: FieldProblems,
  ) {
    super('The request has invalid fields');
  }
}

const RULES = CATALOGUE_QUERY_RULES;
type TextField = 'q' | 'category' | 'certification' | 'designatingBody' | 'region';
type IntegerField = 'minPrice' | 'maxPrice' | 'page' | 'pageSize';
const FIELDS = new Set<string>(Object.keys(RULES));
const WHOLE_NUMBER = /^[+-]?\d+$/;

/**
 * Reads the query by the shared rules (CATALOGUE_QUERY_RULES, which the web's search form checks
 * too), field by field with no intermediate objects: `fieldProblem` allocates only for a problem.
 */
export function parseCatalogQuery(params: Record<string, unknown>): ParsedCatalogQuery {
  let details: Record<string, string[]> | undefined;
  let codes: FieldProblems | undefined;
  const refuse = (field: string, problem: Message, text = fieldProblemText(field, problem)) => {
    ((details ??= {})[field] ??= []).push(text);
    ((codes ??= {})[field] ??= []).push(problem);
  };

  for (const field of Object.keys(params)) {
    if (!FIELDS.has(field)) refuse(field, { code: 'FIELD_NOT_ACCEPTED' }, `${field} is not an accepted field`);
  }
  const text = (field: TextField): string | undefined => {
    const value = params[field];
    if (value === undefined) return undefined;
    // The API's one text rule, as the validation pipe applies it to every other query.
    const control = typeof value === 'string' ? textProblem(field, value) : null;
    if (control) return void refuse(field, { code: 'FIELD_CONTROL_CHARACTERS' }, control);
    const problem = fieldProblem(RULES[field], value);
    if (problem) return void refuse(field, problem);
    // Like the DTO's trim: surrounding spaces dropped, nothing left means no filter (category is a code, kept as given).
    const given = field === 'category' ? (value as string) : (value as string).trim();
    return given || undefined;
  };
  const integer = (field: IntegerField): number | undefined => {
    const value = params[field];
    if (value === undefined || value === '') return undefined;
    const n = typeof value === 'string' && WHOLE_NUMBER.test(value.trim()) ? Number(value) : NaN;
    const problem = fieldProblem(RULES[field], n);
    if (problem) return void refuse(field, problem);
    return n;
  };
  const oneOf = (field: 'kind' | 'sort'): string | undefined => {
    const value = params[field];
    if (value === undefined) return undefined;
    const problem = fieldProblem(RULES[field], value);
    if (problem) return void refuse(field, problem);
    return value as string;
  };

  const page = integer('page') ?? 1;
  const pageSize = integer('pageSize') ?? PAGE_SIZE_DEFAULT;
  const query: ParsedCatalogQuery = {
    q: text('q'),
    kind: oneOf('kind') as ProductKind | undefined,
    category: text('category'),
    certification: text('certification'),
    designatingBody: text('designatingBody'),
    region: text('region'),
    minPrice: integer('minPrice'),
    maxPrice: integer('maxPrice'),
    sort: (oneOf('sort') as CatalogSort | undefined) ?? CatalogSort.RELEVANCE,
    page,
    pageSize,
    offset: (page - 1) * pageSize,
  };
  const range = priceRangeProblem(query.minPrice, query.maxPrice);
  if (range) refuse('maxPrice', range.maxPrice[0], 'maxPrice must not be below minPrice');
  if (!codes?.page && !codes?.pageSize && query.offset + query.pageSize > CATALOG_RESULT_CAP) {
    refuse('page', { code: 'PAGE_BEYOND_RESULT_CAP', params: { max: CATALOG_RESULT_CAP } }, `Only the first ${CATALOG_RESULT_CAP} results can be paged; narrow the search with words or filters`);
  }
  if (details && codes) throw new CatalogQueryError(details, codes);
  return query;
}
