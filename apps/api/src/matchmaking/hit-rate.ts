import { MatchIndex, rankProducts, type MatchPurchase } from './ranker';

export interface HitRate {
  /** Institutions with at least one purchase: each one's most recent is held out. */
  institutions: number;
  hits: number;
  rate: number;
  /** The same over institutions with an earlier purchase too (the rest start cold). */
  withHistory: { institutions: number; hits: number; rate: number };
  /** The same held-out purchases against the most-bought products before them (the baseline). */
  popularBaseline: { hits: number; rate: number };
}

/**
 * Hit rate at k, leaving the most recent purchase of each institution out: the ranking sees only
 * purchases and needs dated before it (no one's later purchases), and products in force on its
 * day; a hit is the held-out product among the first k.
 */
export function holdOutHitRate(index: MatchIndex, k = 10): HitRate {
  let institutions = 0;
  let hits = 0;
  let withHistory = 0;
  let historyHits = 0;
  let popularHits = 0;
  for (const [institutionId, purchases] of index.purchasesOf) {
    const latest = purchases.reduce((a, b) => (b.on > a.on || (b.on === a.on && b.id > a.id) ? b : a));
    const ranked = rankProducts(index, institutionId, { asOf: latest.on, before: latest.on, excludePurchaseId: latest.id, limit: k });
    const hit = ranked.some((r) => r.product.id === latest.productId);
    const earlier = purchases.some((p) => p.on < latest.on);
    institutions++;
    if (hit) hits++;
    if (earlier) {
      withHistory++;
      if (hit) historyHits++;
    }
    if (mostBoughtBefore(index, latest, k).includes(latest.productId)) popularHits++;
  }
  const rate = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 10_000) / 10_000);
  return {
    institutions,
    hits,
    rate: rate(hits, institutions),
    withHistory: { institutions: withHistory, hits: historyHits, rate: rate(historyHits, withHistory) },
    popularBaseline: { hits: popularHits, rate: rate(popularHits, institutions) },
  };
}

/** The k products bought by most institutions before the held-out purchase, in force on its day. */
function mostBoughtBefore(index: MatchIndex, held: MatchPurchase, k: number): string[] {
  const buyers = new Map<string, Set<string>>();
  for (const p of index.data.purchases) {
    if (p.on >= held.on || p.institutionId === held.institutionId) continue;
    const product = index.products.get(p.productId);
    if (!product || (product.designatedOn && product.designatedOn > held.on) || (product.validUntil && product.validUntil < held.on)) continue;
    (buyers.get(p.productId) ?? buyers.set(p.productId, new Set()).get(p.productId)!).add(p.institutionId);
  }
  return [...buyers]
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([id]) => id);
}
