import { CatalogSort, type CatalogPage, type FacetCount, type ProductSummary } from '@inno/contracts';
import { catalogFacetsSql, pageStrategy, readCatalogPage, toSummaryFromRow, type CatalogSearch } from './catalogue-search';

// Counts are fresh for 30 s; an older entry (up to 10 min) is still served while one refresh runs.
const FACET_TTL_MS = 30_000;
const FACET_STALE_MS = 10 * 60_000;
const FACET_CACHE_MAX = 1_000;

export type Facets = CatalogPage['facets'];
export type SqlQuery = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/** What the reader needs of a database: a query on any connection, and work on one connection. */
export interface CatalogDatabase {
  query: SqlQuery;
  withConnection<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
}

export interface CatalogRead {
  items: ProductSummary[];
  /** Every match, counted with the facets (so possibly up to 30 s old). */
  matched: number;
  facets: Facets;
}

const EVERYTHING: CatalogSearch = { terms: [], tags: [], sort: CatalogSort.NEWEST, limit: 1, offset: 0 };
const matchesOf = (facets: Facets) => facets.kind.reduce((sum, k) => sum + k.count, 0);

/**
 * Reads the catalogue, with no framework so the benchmark's bare server runs exactly this.
 *
 * Facet counts cover every match; their kind counts are the number of matches, which gives the
 * total and picks how the page is read (catalogue-search.ts). Counting is the costly part of a broad
 * search, so counts are cached per search: fresh for 30 s, then served stale while one refresh
 * runs, and dropped at once in this process when a product changes (another replica may lag by up
 * to that long). The page itself is always read live.
 */
export class CatalogReader {
  private readonly facetCache = new Map<string, { at: number; facets: Facets }>();
  private readonly counting = new Map<string, Promise<Facets>>();

  constructor(private readonly database: CatalogDatabase) {}

  invalidate(): void {
    this.facetCache.clear();
    this.counting.clear();
  }

  async read(search: CatalogSearch): Promise<CatalogRead> {
    const [facets, everything] = await Promise.all([this.facets(search), this.facets(EVERYTHING)]);
    const matched = matchesOf(facets);
    if (matched <= search.offset) return { items: [], matched, facets };
    const strategy = pageStrategy(search, matched, matchesOf(everything));
    const rows = await this.database.withConnection((query) => readCatalogPage(query, search, strategy));
    return { items: rows.map(toSummaryFromRow), matched, facets };
  }

  private facets(search: CatalogSearch): Promise<Facets> {
    const key = JSON.stringify([search.terms, [...search.tags].sort(), search.minPrice, search.maxPrice]);
    const cached = this.facetCache.get(key);
    const age = cached ? Date.now() - cached.at : Infinity;
    if (cached && age < FACET_TTL_MS) return Promise.resolve(cached.facets);
    // One count per search at a time, whoever asks; a stale answer meanwhile if there is one.
    let counting = this.counting.get(key);
    if (!counting) {
      const started = this.countFacets(search)
        .then((facets) => {
          if (this.counting.get(key) === started) this.remember(key, facets);
          return facets;
        })
        .finally(() => {
          if (this.counting.get(key) === started) this.counting.delete(key);
        });
      this.counting.set(key, started);
      counting = started;
    }
    if (cached && age < FACET_STALE_MS) {
      counting.catch(() => undefined); // a failed refresh leaves the stale entry; the next request retries
      return Promise.resolve(cached.facets);
    }
    return counting;
  }

  private async countFacets(search: CatalogSearch): Promise<Facets> {
    const { text, values } = catalogFacetsSql(search);
    const rows = (await this.database.query(text, values)) as { facet: keyof Facets; value: string; count: number }[];
    const facets: Facets = { kind: [], category: [], region: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
    const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
    facets.kind.sort(byCount);
    facets.category.sort(byCount);
    facets.region.sort(byCount);
    return facets;
  }

  private remember(key: string, facets: Facets): void {
    this.facetCache.delete(key);
    if (this.facetCache.size >= FACET_CACHE_MAX) this.facetCache.delete(this.facetCache.keys().next().value!);
    this.facetCache.set(key, { at: Date.now(), facets });
  }
}
