import { SMALL_MARKET, syntheticMarket } from '../../bench/matchmaking-market';
import { holdOutHitRate } from './hit-rate';
import { MatchIndex, rankProducts, type MatchData } from './ranker';

/**
 * The measured hit rate on the fixed synthetic market (seeded, so the same market every run) may
 * not fall below what it was when the weights were tuned (docs/performance.md), less a margin.
 */
const FLOOR = 0.22;

describe('matchmaking hit rate at 10, most recent purchase held out', () => {
  const market = syntheticMarket(SMALL_MARKET);

  it('keeps its figure on the fixed synthetic market, far above the most-bought baseline', () => {
    const result = holdOutHitRate(new MatchIndex(market), 10);
    expect(result.institutions).toBeGreaterThan(250);
    expect(result.rate).toBeGreaterThanOrEqual(FLOOR);
    expect(result.rate).toBeGreaterThan(2.5 * result.popularBaseline.rate);
    expect(result.withHistory.rate).toBeGreaterThanOrEqual(result.rate - 0.05);
  });

  it('is the same market and the same figure from the same seed', () => {
    const again = syntheticMarket(SMALL_MARKET);
    expect(again.purchases).toEqual(market.purchases);
    expect(holdOutHitRate(new MatchIndex(again), 10)).toEqual(holdOutHitRate(new MatchIndex(market), 10));
  });

  it('sees nothing dated on or after the held-out purchase', () => {
    const product = (id: string, category: string) => ({ id, nameKo: id, nameEn: id, companyName: 'c', categoryPath: [category.slice(0, 3), category.slice(0, 6), category], askingPrice: 1, tradingUnit: '대', designatedOn: '2025-01-01', validUntil: null, listed: true });
    const data: MatchData = {
      products: [product('a', 'ENV-01-01'), product('b', 'MED-01-01')],
      institutions: [{ id: 'me', type: 'LOCAL', sector: '환경' }, { id: 'peer', type: 'LOCAL', sector: '환경' }],
      purchases: [
        { id: 'mine', institutionId: 'me', productId: 'a', on: '2026-03-01' },
        // The peer's purchase comes after: when `me`'s purchase is held out, it is not yet known.
        { id: 'later', institutionId: 'peer', productId: 'a', on: '2026-04-01' },
      ],
      needs: [{ institutionId: 'me', kind: 'CHALLENGE', title: '나중 과제', category: 'MED-01-01', productId: null, on: '2026-03-02' }],
      categoryNames: new Map(),
    };
    const index = new MatchIndex(data);
    expect(rankProducts(index, 'me', { asOf: '2026-03-01', before: '2026-03-01', excludePurchaseId: 'mine', limit: 10 })).toEqual([]);
    const now = rankProducts(index, 'me', { asOf: '2026-05-01', limit: 10 });
    // Now the peer's purchase and the challenge are known: each product with the reason that weighs most.
    expect(now.map((r) => [r.product.id, r.reason.code])).toEqual([
      ['a', 'BOUGHT_BEFORE'],
      ['b', 'MATCHES_CHALLENGE'],
    ]);
    expect(now[0].score).toBeGreaterThan(rankProducts(index, 'me', { asOf: '2026-03-31', limit: 10 })[0].score);
  });
});
