import { CATALOG_RESULT_CAP, CatalogSort, type CatalogPage, type ProductSummary } from '@inno/contracts';
import { compactSearchText } from '@inno/contracts';
import type { Synonyms } from '../search/text-match';
import { catalogFacetsSql, catalogSampleSql, catalogSearchOf, COUNT_BOUND, countsOfFacetRows, estimateOfSampleRows, FACET_SETTINGS, inTransaction, readCatalogPage, SAMPLE_ROWS, samplePercent, toSummaryFromRow, type CatalogSearch, type Counts, type Facets } from './catalogue-search';
import type { ParsedCatalogQuery } from './catalogue-query';

// Counts stay fresh for 1,000 times what they took to count, from 30 s to 10 min, so recounting
// takes at most about 0.1 % of a connection per search (at 1M products and 100 times, refreshes
// held a pool connection for seconds at a time and pages queued behind them); older counts (up to
// an hour) are served while a refresh runs in the background.
const FRESH_PER_COUNTING_MS = 1_000;
const FRESH_MIN_MS = 30_000;
const FRESH_MAX_MS = 10 * 60_000;
const STALE_MAX_MS = 60 * 60_000;
const FACET_CACHE_MAX = 1_000;

/** Each word of a synonym group, compacted, to the other words of its groups. */
export async function loadSynonyms(query: SqlQuery): Promise<Synonyms> {
  const synonyms = new Map<string, string[]>();
  for (const { words } of (await query('SELECT words FROM search_synonyms')) as { words: string[] }[]) {
    const compact = [...new Set(words.map(compactSearchText).filter(Boolean))];
    for (const word of compact) synonyms.set(word, [...new Set([...(synonyms.get(word) ?? []), ...compact.filter((w) => w !== word)])]);
  }
  return synonyms;
}

export type SqlQuery = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/** What the reader needs of a database: a query on any connection, and work on one connection. */
export interface CatalogDatabase {
  query: SqlQuery;
  withConnection<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
}

/** A change whose place in the primary's WAL is not known yet (its notification will tell). */
export const UNKNOWN_POSITION = 'unknown';

/** Whether this connection's server has the WAL up to $1: replayed it (a standby) or written it (a primary). */
const REPLAYED_SQL = `SELECT COALESCE(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END >= $1::pg_lsn, false) AS replayed`;

export interface CatalogRead {
  items: ProductSummary[];
  /** Every match, counted with the facets (so as old as the cached counts), up to COUNT_BOUND, or estimated past it. */
  matched: number;
  /** Counting stopped at COUNT_BOUND: `matched` and the facets are lower bounds (unless `estimated`). */
  bounded: boolean;
  /** A broad search: `matched` and the facets are estimated from a sample (two significant figures). */
  estimated: boolean;
  facets: Facets;
}

/** How counting is bounded: tests make a broad search of a small catalogue with small figures. */
export interface CountingOptions {
  /** Counting stops here, and a sample estimating this many matches or more makes a search broad. */
  bound: number;
  /** The rows a sample aims at; catalogues under ten times as many are counted, not sampled. */
  sampleRows: number;
}

/** A read's matches as the catalogue page says them: the total shown (capped), and whether the counts are lower bounds or estimates. */
export function catalogTotals(matched: number, bounded: boolean, estimated: boolean): Pick<CatalogPage, 'total' | 'totalIsCapped' | 'facetsAreLowerBounds' | 'totalIsEstimate' | 'estimatedTotal' | 'facetsAreEstimates'> {
  return {
    total: Math.min(matched, CATALOG_RESULT_CAP),
    totalIsCapped: matched > CATALOG_RESULT_CAP,
    facetsAreLowerBounds: bounded && !estimated,
    totalIsEstimate: estimated,
    estimatedTotal: estimated ? matched : null,
    facetsAreEstimates: estimated,
  };
}

const EVERYTHING: CatalogSearch = { terms: [], tags: [], sort: CatalogSort.NEWEST, limit: 1, offset: 0 };

/**
 * Reads the catalogue, with no framework so the benchmark's bare server runs exactly this.
 *
 * Facet counts cover every match; their kind counts are the number of matches, which gives the
 * total and picks how the page is read (catalogue-search.ts). Counting is the costly part of a broad
 * search, so counts are cached per search (fresh for 30 s or more, longer for costly ones), then served
 * stale while a refresh runs, background refreshes one at a time so the pool keeps a connection for
 * pages; they are dropped when a product changes, in every API process (catalogue.service.ts). The
 * page itself is always read live.
 *
 * A read may name another database, a streaming replica (`read(search, replica)`): page and counts
 * then come from it. Its counts are kept for everyone only when it had replayed the last change
 * heard of (`invalidate(position)`); a lagging replica's counts answer its own read and are dropped.
 */
export class CatalogReader {
  private readonly facetCache = new Map<string, { freshUntil: number; staleUntil: number; counted: Counts }>();
  private readonly counting = new Map<string, Promise<Counts>>();
  /** The primary's WAL position after the last change: counts made on a replica behind it are not kept. */
  private changedAt: string | null = null;
  private refreshes: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private synonyms?: Promise<Synonyms>;

  constructor(
    private readonly database: CatalogDatabase,
    private readonly options: CountingOptions = { bound: COUNT_BOUND, sampleRows: SAMPLE_ROWS },
  ) {}

  /** A product changed: `position` is the primary's WAL position once it was committed, when known. */
  invalidate(position: string = UNKNOWN_POSITION): void {
    this.changedAt = position;
    this.generation++;
    this.facetCache.clear();
    this.counting.clear();
  }

  /** The operators' synonyms changed: read them again, and forget counts made with the old ones. */
  invalidateSynonyms(position?: string): void {
    this.synonyms = undefined;
    this.invalidate(position);
  }

  /** The query as the search the SQL runs, with the operators' synonyms (read once, kept until they change). */
  async searchOf(query: ParsedCatalogQuery): Promise<CatalogSearch> {
    this.synonyms ??= loadSynonyms(this.database.query).catch((error) => {
      this.synonyms = undefined;
      throw error;
    });
    return catalogSearchOf(query, await this.synonyms);
  }

  /** The page and counts of a search; when its words find nothing, of the same words allowed one typo each. */
  async read(search: CatalogSearch, replica?: CatalogDatabase): Promise<CatalogRead> {
    const database = replica ?? this.database;
    const [{ facets, matched, bounded, estimated, matchedInName, matchedWhole, namesUncertain }, everything] = await Promise.all([
      this.counted(search, database),
      this.counted(EVERYTHING, database),
    ]);
    if (matched === 0 && search.typoTolerant) return this.read(search.typoTolerant, replica);
    if (matched <= search.offset) return { items: [], matched, bounded, estimated, facets };
    const counts = {
      matched,
      bounded,
      matchedInName,
      matchedWhole,
      namesUncertain,
      listed: everything.matched,
      listedInRegion: everything.facets.region.find((r) => r.value === search.region)?.count ?? 0,
    };
    const rows = await database.withConnection((query) => readCatalogPage(query, search, counts));
    return { items: rows.map(toSummaryFromRow), matched, bounded, estimated, facets };
  }

  private counted(search: CatalogSearch, database: CatalogDatabase): Promise<Counts> {
    const key = JSON.stringify([search.terms, [...search.tags].sort(), search.minPrice, search.maxPrice]);
    // A replica's count under way is no answer for a reader of the primary (it may miss their own change).
    const countingKey = database === this.database ? key : `replica:${key}`;
    const cached = this.facetCache.get(key);
    const now = Date.now();
    if (cached && now < cached.freshUntil) return Promise.resolve(cached.counted);
    if (cached && now < cached.staleUntil) {
      if (!this.counting.has(countingKey)) {
        const refresh = this.refreshes.then(() => this.count(key, countingKey, search, database));
        this.counting.set(countingKey, refresh);
        this.refreshes = refresh.catch(() => undefined); // a failed refresh keeps the stale entry; a later request retries
      }
      return Promise.resolve(cached.counted);
    }
    // Nothing to show meanwhile: count now, once for everyone asking.
    let counting = this.counting.get(countingKey);
    if (!counting) {
      counting = this.count(key, countingKey, search, database);
      this.counting.set(countingKey, counting);
    }
    return counting;
  }

  private count(key: string, countingKey: string, search: CatalogSearch, database: CatalogDatabase): Promise<Counts> {
    const started = Date.now();
    const generation = this.generation;
    const mustHaveReplayed = database === this.database ? null : this.changedAt;
    return this.countFacets(search, database, mustHaveReplayed)
      .then(({ counted, current }) => {
        // Counts begun before a product changed, or on a replica behind the change, may be wrong: answer with them, keep none.
        if (current && generation === this.generation) this.remember(key, counted, Date.now() - started);
        return counted;
      })
      .finally(() => {
        if (generation === this.generation) this.counting.delete(countingKey);
      });
  }

  /**
   * The whole catalogue is counted exactly: its per-region numbers price the walks. A search of a
   * large catalogue is first sampled (the same blocks every time): broad, the sample's estimates
   * are its counts; narrow, and in a small catalogue, it is counted up to the bound.
   * `current`: the database had replayed `mustHaveReplayed` before counting (replay only moves forward).
   */
  private async countFacets(search: CatalogSearch, database: CatalogDatabase, mustHaveReplayed: string | null): Promise<{ counted: Counts; current: boolean }> {
    type Rows = { facet: string; value: string; count: number }[];
    const everything = search === EVERYTHING;
    const bound = everything ? undefined : this.options.bound;
    // Before taking a connection: the catalogue's own count may need one too.
    const listed = everything ? 0 : (await this.counted(EVERYTHING, database)).matched;
    const percent = everything ? undefined : samplePercent(search, listed, this.options.sampleRows);
    return database.withConnection(async (query) => {
      let current = true;
      if (mustHaveReplayed === UNKNOWN_POSITION) current = false;
      else if (mustHaveReplayed) current = Boolean((await query(REPLAYED_SQL, [mustHaveReplayed]))[0].replayed);
      const counted = await inTransaction(query, FACET_SETTINGS, async () => {
        if (percent !== undefined) {
          const sample = catalogSampleSql(search, percent);
          const estimate = estimateOfSampleRows((await query(sample.text, sample.values)) as Rows, listed, this.options.bound);
          if (estimate) return estimate;
        }
        const { text, values } = catalogFacetsSql(search, bound);
        return countsOfFacetRows((await query(text, values)) as Rows, bound);
      });
      return { counted, current };
    });
  }

  private remember(key: string, counted: Counts, countingMs: number): void {
    const now = Date.now();
    const fresh = Math.min(FRESH_MAX_MS, Math.max(FRESH_MIN_MS, countingMs * FRESH_PER_COUNTING_MS));
    this.facetCache.delete(key);
    if (this.facetCache.size >= FACET_CACHE_MAX) this.facetCache.delete(this.facetCache.keys().next().value!);
    this.facetCache.set(key, { freshUntil: now + fresh, staleUntil: now + STALE_MAX_MS, counted });
  }
}
