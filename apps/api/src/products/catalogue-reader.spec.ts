import { CatalogSort } from '@inno/contracts';
import { searchTermsOf } from '../search/text-match';
import { CatalogReader, type CatalogDatabase } from './catalogue-reader';
import { samplePercent, type CatalogSearch } from './catalogue-search';

/** A database that answers facet queries with `matched` TYPE2 products and counts what it is asked. */
function fakeDatabase() {
  const state = { matched: 5, facetQueries: 0, pageQueries: 0, release: [] as (() => void)[], hold: false, replayed: true, replayedAsked: [] as unknown[] };
  const database: CatalogDatabase = {
    query: async (text) => {
      if (!text.includes('WITH matches')) return [];
      state.facetQueries++;
      const count = state.matched;
      if (state.hold) await new Promise<void>((resolve) => state.release.push(resolve));
      return [
        { facet: 'kind', value: 'TYPE2', count },
        { facet: 'category', value: 'ENV', count },
        { facet: 'region', value: '서울특별시', count },
      ];
    },
    // Facets and pages run on one connection, in transactions of their own (BEGIN and COMMIT answer nothing).
    withConnection: async (work) =>
      work(async (text, values) => {
        if (text.includes('WITH matches')) return database.query(text, values);
        if (text.includes('WITH candidates')) state.pageQueries++;
        if (text.includes('pg_last_wal_replay_lsn')) {
          state.replayedAsked.push(values?.[0]);
          return [{ replayed: state.replayed }];
        }
        return [];
      }),
  };
  return { state, database };
}

/** Lets held facet queries go until `reading` is done: a search is counted after the whole catalogue (whose size decides whether to sample). */
async function releasing<T>(state: ReturnType<typeof fakeDatabase>['state'], reading: Promise<T>): Promise<T> {
  let done = false;
  void reading.finally(() => (done = true)).catch(() => undefined);
  while (!done) {
    await new Promise((r) => setImmediate(r));
    state.release.splice(0).forEach((release) => release());
  }
  return reading;
}

const search: CatalogSearch = { terms: searchTermsOf('센서'), tags: [], sort: CatalogSort.RELEVANCE, limit: 20, offset: 0 };

describe('CatalogReader facet counts', () => {
  afterEach(() => jest.restoreAllMocks());

  it('counts a search once for concurrent requests and reuses the count while it is fresh', async () => {
    const { state, database } = fakeDatabase();
    const reader = new CatalogReader(database);
    state.hold = true;
    const [a, b] = await releasing(state, Promise.all([reader.read(search), reader.read(search)]));
    expect(a.matched).toBe(5);
    expect(b.matched).toBe(5);
    // The search and the whole catalogue, once each.
    expect(state.facetQueries).toBe(2);
    state.hold = false;
    await reader.read(search);
    expect(state.facetQueries).toBe(2);
    expect(state.pageQueries).toBe(3);
  });

  it('serves a stale count while one refresh runs, then the new one', async () => {
    const { state, database } = fakeDatabase();
    const reader = new CatalogReader(database);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    await reader.read(search);
    state.matched = 7;
    clock.mockReturnValue(now + 31_000);
    expect((await reader.read(search)).matched).toBe(5);
    await new Promise((r) => setImmediate(r));
    expect((await reader.read(search)).matched).toBe(7);
    expect(state.facetQueries).toBe(4);
  });

  it('recounts at once after a product changed, and keeps no count begun before', async () => {
    const { state, database } = fakeDatabase();
    const reader = new CatalogReader(database);
    await reader.read(search);
    state.hold = true;
    state.matched = 6;
    reader.invalidate();
    const during = reader.read(search);
    await new Promise((r) => setImmediate(r));
    reader.invalidate(); // another change while that count runs
    expect((await releasing(state, during)).matched).toBe(6);
    state.hold = false;
    state.matched = 8;
    expect((await reader.read(search)).matched).toBe(8);
  });

  it('keeps the counts of a replica only when it had replayed the last change, and answers from it either way', async () => {
    const primary = fakeDatabase();
    const replica = fakeDatabase();
    const reader = new CatalogReader(primary.database);
    // No change heard of since start: the replica's counts are as good as any.
    await reader.read(search, replica.database);
    expect(replica.state.replayedAsked).toEqual([]);
    expect(replica.state.facetQueries).toBe(2);

    // This process's own commit: the position is not known until the notification brings it.
    reader.invalidate();
    replica.state.matched = 4;
    expect((await reader.read(search, replica.database)).matched).toBe(4);
    expect((await reader.read(search, replica.database)).matched).toBe(4);
    expect(replica.state.facetQueries).toBe(6); // nothing kept
    expect(replica.state.replayedAsked).toEqual([]);

    // The notification: the replica is behind the change's position, so its counts answer its readers only.
    reader.invalidate('0/3000060');
    replica.state.replayed = false;
    await reader.read(search, replica.database);
    expect(replica.state.replayedAsked).toEqual(['0/3000060', '0/3000060']);
    primary.state.matched = 9;
    expect((await reader.read(search)).matched).toBe(9); // the primary's reader counts for itself
    expect(primary.state.facetQueries).toBe(2);

    // Caught up: its counts are kept for everyone.
    reader.invalidate('0/3000060');
    replica.state.replayed = true;
    replica.state.matched = 9;
    await reader.read(search, replica.database);
    const before = { primary: primary.state.facetQueries, replica: replica.state.facetQueries };
    expect((await reader.read(search)).matched).toBe(9);
    expect((await reader.read(search, replica.database)).matched).toBe(9);
    expect(primary.state.facetQueries).toBe(before.primary);
    expect(replica.state.facetQueries).toBe(before.replica);
  });

  it('samples only a large catalogue, about 5,000 rows of it, and never the typo retry', () => {
    expect(samplePercent(search, 1_000_000)).toBe(0.5);
    expect(samplePercent(search, 40_000)).toBeUndefined();
    expect(samplePercent({ ...search, namesOnly: true }, 1_000_000)).toBeUndefined();
  });
});
