import { message, type InstitutionType, type Message, type SuggestionReason } from '@inno/contracts';

/** A product as the ranker reads it: its category path runs from the large category to its own. */
export interface MatchProduct {
  id: string;
  nameKo: string;
  nameEn: string;
  companyName: string;
  categoryPath: string[];
  askingPrice: number;
  tradingUnit: string;
  /** The term in force: from `designatedOn` (null: already) to `validUntil` (null: open). */
  designatedOn: string | null;
  validUntil: string | null;
  /** Designated or extended, its company not sanctioned: a product read only for its name (bought once, now revoked) is not. */
  listed: boolean;
}

export interface MatchInstitution {
  id: string;
  type: InstitutionType;
  sector: string;
}

/** A purchase that counts (an order accepted or beyond, a pilot contracted), on its contract date. */
export interface MatchPurchase {
  id: string;
  institutionId: string;
  productId: string;
  on: string;
}

/**
 * What an institution said it needs: a challenge (its field is a category) or a pilot application
 * (for a product, so for that product and its category); `on` is the day it said so.
 */
export interface MatchNeed {
  institutionId: string;
  kind: 'CHALLENGE' | 'PILOT';
  title: string;
  category: string;
  productId: string | null;
  on: string;
}

export interface MatchData {
  products: MatchProduct[];
  institutions: MatchInstitution[];
  purchases: MatchPurchase[];
  needs: MatchNeed[];
  /** A category's name as "한국어 (English)", for the reason that names it. */
  categoryNames: Map<string, string>;
}

/** How much each kind of evidence weighs; tuned on the synthetic market (docs/performance.md). */
export const WEIGHTS = {
  /** The product the institution applied to pilot (or that won its challenge): a follow-on purchase. */
  neededProduct: 8,
  /** A need's category: the product's own small category, its middle one, its large one. */
  needCategory: [4, 2.5, 1],
  /** Institutions of the same sector that bought it (saturating in their number). */
  sector: 2,
  /** Institutions of the same type, in other sectors. */
  type: 0.8,
  /** Bought by institutions whose purchases resemble this one's (cosine over products bought). */
  together: 3,
  /** The category of something it bought: the same small category, the same middle one. */
  pastCategory: [2, 1],
  /** It bought this very product before: repeat purchases are common, but the list is for finding more (docs/performance.md). */
  reorder: 3,
  /** The share of the sector's purchases that fall in the product's middle category. */
  sectorCategory: 2,
  /** How many institutions bought it, against the most bought. */
  popular: 0.5,
} as const;

/** The data indexed once; each ranking then reads only what concerns the institution. */
export class MatchIndex {
  readonly products = new Map<string, MatchProduct>();
  readonly institutions = new Map<string, MatchInstitution>();
  readonly purchasesOf = new Map<string, MatchPurchase[]>();
  readonly buyersOf = new Map<string, MatchPurchase[]>();
  readonly needsOf = new Map<string, MatchNeed[]>();
  readonly inCategory = new Map<string, MatchProduct[]>();
  readonly institutionsOfSector = new Map<string, MatchInstitution[]>();

  constructor(readonly data: MatchData) {
    for (const p of data.products) {
      this.products.set(p.id, p);
      for (const code of p.categoryPath) push(this.inCategory, code, p);
    }
    for (const i of data.institutions) {
      this.institutions.set(i.id, i);
      push(this.institutionsOfSector, i.sector, i);
    }
    for (const p of data.purchases) {
      push(this.purchasesOf, p.institutionId, p);
      push(this.buyersOf, p.productId, p);
    }
    for (const n of data.needs) push(this.needsOf, n.institutionId, n);
  }
}

export interface RankOptions {
  /** The day the products must be in force on. */
  asOf: string;
  /** Only purchases and needs before this day count (by default every need, and the purchases through `asOf`). */
  before?: string;
  /** A purchase left out (the one held out when measuring). */
  excludePurchaseId?: string;
  limit: number;
}

export interface RankedProduct {
  product: MatchProduct;
  score: number;
  reason: Message;
}

type Evidence = { weight: number; reason: Message; code: SuggestionReason };

/**
 * Ranks the products in force for an institution by the evidence for each (domain.md §6: what it
 * said it needs, what institutions like it bought, what it bought before), each kept with the
 * reason that weighs most. Deterministic: ties go by name, then id.
 */
export function rankProducts(index: MatchIndex, institutionId: string, options: RankOptions): RankedProduct[] {
  const institution = index.institutions.get(institutionId);
  if (!institution) return [];
  const counts = (p: { on: string; id?: string }) => (options.before ? p.on < options.before : p.on <= options.asOf) && (p.id === undefined || p.id !== options.excludePurchaseId);
  const inForce = (p: MatchProduct) => p.listed && (!p.designatedOn || p.designatedOn <= options.asOf) && (!p.validUntil || p.validUntil >= options.asOf);
  const evidence = new Map<string, Evidence[]>();
  const add = (productId: string, weight: number, code: SuggestionReason, params: Record<string, string | number>) => {
    if (weight <= 0) return;
    const product = index.products.get(productId);
    if (!product || !inForce(product)) return;
    push(evidence, productId, { weight, code, reason: message(code, params) });
  };

  const own = (index.purchasesOf.get(institutionId) ?? []).filter(counts);
  const ownProducts = new Set(own.map((p) => p.productId));

  // What it said it needs: the product itself (a pilot's follow-on, a challenge's winner), then its category.
  // Measuring, only those said before the held-out day; otherwise every need on record.
  for (const need of (index.needsOf.get(institutionId) ?? []).filter((n) => !options.before || n.on < options.before)) {
    const code: SuggestionReason = need.kind === 'CHALLENGE' ? 'MATCHES_CHALLENGE' : 'MATCHES_PILOT_APPLICATION';
    const params: Record<string, string> = need.kind === 'CHALLENGE' ? { title: need.title } : { product: need.title };
    if (need.productId) add(need.productId, WEIGHTS.neededProduct, code, params);
    for (const candidate of index.inCategory.get(need.category) ?? []) {
      if (candidate.id === need.productId) continue;
      const depth = sharedDepth(candidate.categoryPath, need.category);
      add(candidate.id, WEIGHTS.needCategory[depth] ?? 0, code, params);
    }
  }

  // Institutions like it: the same sector, the same type; and those whose purchases resemble its own.
  const sectorBuyers = new Map<string, Set<string>>();
  const typeBuyers = new Map<string, Set<string>>();
  const together = new Map<string, { sum: number; via: string; best: number }>();
  // Each other institution that bought any of its products: the products shared (the first names the reason).
  const shared = new Map<string, Set<string>>();
  for (const productId of ownProducts) {
    for (const purchase of index.buyersOf.get(productId) ?? []) {
      if (purchase.institutionId !== institutionId && counts(purchase)) setAdd(shared, purchase.institutionId, productId);
    }
  }
  const sectorCategoryCounts = new Map<string, number>();
  let sectorPurchases = 0;
  const popularity = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const theirCounts = new Map<string, number>();
  for (const purchase of index.data.purchases) {
    if (purchase.institutionId === institutionId || !counts(purchase)) continue;
    const other = index.institutions.get(purchase.institutionId);
    const product = index.products.get(purchase.productId);
    if (!other || !product) continue;
    setAdd(popularity, purchase.productId, purchase.institutionId);
    if (other.sector === institution.sector) {
      setAdd(sectorBuyers, purchase.productId, other.id);
      sectorPurchases++;
      const middle = product.categoryPath[1] ?? product.categoryPath[0];
      sectorCategoryCounts.set(middle, (sectorCategoryCounts.get(middle) ?? 0) + 1);
    } else if (other.type === institution.type) setAdd(typeBuyers, purchase.productId, other.id);
    // Once per institution and product: cosine similarity of the two institutions' sets of products.
    const common = shared.get(other.id);
    const pair = `${other.id} ${purchase.productId}`;
    if (!common || seen.has(pair)) continue;
    seen.add(pair);
    const theirs = theirCounts.get(other.id) ?? distinctProducts(index, other.id, counts);
    theirCounts.set(other.id, theirs);
    const cosine = common.size / Math.sqrt(ownProducts.size * theirs);
    const entry = together.get(purchase.productId) ?? { sum: 0, via: '', best: 0 };
    entry.sum += cosine;
    if (cosine > entry.best) Object.assign(entry, { best: cosine, via: common.values().next().value });
    together.set(purchase.productId, entry);
  }
  for (const [productId, buyers] of sectorBuyers) add(productId, WEIGHTS.sector * saturate(buyers.size), 'SIMILAR_INSTITUTIONS_BOUGHT', { sector: institution.sector, count: buyers.size });
  for (const [productId, buyers] of typeBuyers) add(productId, WEIGHTS.type * saturate(buyers.size), 'SAME_TYPE_BOUGHT', { institutionType: institution.type, count: buyers.size });
  for (const [productId, { sum, via }] of together) {
    if (ownProducts.has(productId)) continue;
    const through = index.products.get(via);
    if (through) add(productId, WEIGHTS.together * (1 - Math.exp(-sum)), 'BOUGHT_TOGETHER', { product: through.nameKo });
  }

  // What it bought before: the product again, and others of its categories.
  for (const purchase of own) {
    const bought = index.products.get(purchase.productId);
    if (!bought) continue;
    add(bought.id, WEIGHTS.reorder, 'BOUGHT_BEFORE', { product: bought.nameKo, on: purchase.on });
    // The middle category weighs less than the small one; a product in both keeps the stronger.
    const [, middle, small] = bought.categoryPath;
    for (const [code, weight] of [[small, WEIGHTS.pastCategory[0]], [middle, WEIGHTS.pastCategory[1]]] as const) {
      for (const candidate of (code && index.inCategory.get(code)) || []) {
        if (!ownProducts.has(candidate.id)) add(candidate.id, weight, 'LIKE_PAST_PURCHASE', { product: bought.nameKo });
      }
    }
  }

  // What its sector buys, by category: brings forward products no one has bought yet.
  if (sectorPurchases > 0) {
    for (const [middle, n] of sectorCategoryCounts) {
      const group = index.data.categoryNames.get(middle) ?? middle;
      for (const candidate of index.inCategory.get(middle) ?? []) add(candidate.id, (WEIGHTS.sectorCategory * n) / sectorPurchases, 'SECTOR_BUYS_CATEGORY', { sector: institution.sector, group });
    }
  }
  const mostBought = Math.max(0, ...[...popularity.values()].map((s) => s.size));
  for (const [productId, buyers] of popularity) add(productId, (WEIGHTS.popular * Math.log1p(buyers.size)) / Math.log1p(mostBought), 'POPULAR_PRODUCT', { count: buyers.size });

  const ranked = [...evidence].map(([productId, items]) => {
    // One line of evidence per kind (the strongest), summed over kinds.
    const strongest = new Map<SuggestionReason, Evidence>();
    for (const e of items) if ((strongest.get(e.code)?.weight ?? -1) < e.weight) strongest.set(e.code, e);
    const kept = [...strongest.values()].sort((a, b) => b.weight - a.weight);
    return { product: index.products.get(productId)!, score: Math.round(kept.reduce((s, e) => s + e.weight, 0) * 1000) / 1000, reason: kept[0].reason };
  });
  ranked.sort((a, b) => b.score - a.score || a.product.nameKo.localeCompare(b.product.nameKo) || (a.product.id < b.product.id ? -1 : 1));
  return ranked.slice(0, options.limit);
}

/** 1 for one, 1.6 for two, approaching 2.5 for many: the fifth institution adds less than the second. */
const saturate = (n: number) => (1 - 0.6 ** n) / 0.4;

/** 0 when `code` is the product's own (small) category, 1 its middle one, 2 its large one. */
function sharedDepth(path: string[], code: string): number {
  const at = path.indexOf(code);
  return at < 0 ? 99 : path.length - 1 - at;
}

function distinctProducts(index: MatchIndex, institutionId: string, counts: (p: MatchPurchase) => boolean): number {
  return new Set((index.purchasesOf.get(institutionId) ?? []).filter(counts).map((p) => p.productId)).size;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function setAdd<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
