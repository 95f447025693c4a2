import { CATALOG_RESULT_CAP, CatalogSort, ProductKind, type CatalogQuery } from '@inno/contracts';

/** The catalogue's whole state lives in the address: shareable, and the back button works. */
export const CATALOGUE_PAGE_SIZE = 20;
/** The API pages through at most CATALOG_RESULT_CAP results; past that the search must be narrowed. */
export const CATALOGUE_MAX_PAGE = Math.floor(CATALOG_RESULT_CAP / CATALOGUE_PAGE_SIZE);

export type CatalogueQuery = CatalogQuery & { sort: CatalogSort; page: number; pageSize: number };

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

const text = (value: string | null) => value?.trim() || undefined;

function amount(value: string | null): number | undefined {
  const digits = value?.replace(/[\s,]/g, '');
  return digits && /^\d+$/.test(digits) ? Number(digits) : undefined;
}

export function readCatalogueQuery(search: URLSearchParams): CatalogueQuery {
  const q = text(search.get('q'));
  const page = Number.parseInt(search.get('page') ?? '1', 10) || 1;
  return {
    q,
    kind: pick(search.get('kind'), Object.values(ProductKind)),
    category: text(search.get('category')),
    certification: text(search.get('certification')),
    designatingBody: text(search.get('designatingBody')),
    region: text(search.get('region')),
    minPrice: amount(search.get('minPrice')),
    maxPrice: amount(search.get('maxPrice')),
    // Relevance means something only when there are words to match.
    sort: pick(search.get('sort'), Object.values(CatalogSort)) ?? (q ? CatalogSort.RELEVANCE : CatalogSort.NEWEST),
    page: Math.min(Math.max(1, page), CATALOGUE_MAX_PAGE),
    pageSize: CATALOGUE_PAGE_SIZE,
  };
}

/**
 * The address after `changes` (null removes a parameter). Any change other
 * than the page itself starts again from page 1.
 */
export function searchWith(search: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  if (!('page' in changes)) next.delete('page');
  return next;
}

/** The filters a visitor can remove one by one (the search words and sort excepted). */
export const FILTER_KEYS = ['kind', 'category', 'region', 'certification', 'designatingBody', 'minPrice', 'maxPrice'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
