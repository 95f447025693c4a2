import { addDays, InstitutionType } from '@inno/contracts';
import type { MatchData, MatchInstitution, MatchNeed, MatchProduct, MatchPurchase } from '../src/matchmaking/ranker';

/**
 * A synthetic market for measuring matchmaking, from a seed (the same seed, the same market).
 * Its assumptions, stated so a figure measured on it can be judged: each sector leans to a few
 * large categories and each type to a few middle ones; each institution has one to three
 * categories of its own; a purchase is a repeat (12%), a follow-on of a pilot or challenge (20%),
 * or a product of a category drawn from its own (45%), its sector's (25%) or any (10%), products
 * of a category weighted by a long-tailed appeal; only products in force on the day are bought.
 */
export interface MarketSize {
  institutions: number;
  products: number;
  /** Mean purchases per institution over the three years (Poisson; some buy nothing). */
  purchasesPerInstitution: number;
  seed: number;
}

export const SMALL_MARKET: MarketSize = { institutions: 300, products: 1_500, purchasesPerInstitution: 6, seed: 20261126 };
export const LARGE_MARKET: MarketSize = { institutions: 3_000, products: 20_000, purchasesPerInstitution: 8, seed: 7 };

const START = '2024-01-01';
const DAYS = 3 * 365;
const LARGE = 8;
const MIDDLE = 4;
const SMALL = 3;
const SECTORS = 12;
const TYPES = [InstitutionType.CENTRAL, InstitutionType.LOCAL, InstitutionType.PUBLIC_BODY];

/** mulberry32: small, fast and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function syntheticMarket(size: MarketSize): MatchData {
  const rnd = random(size.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((s, i) => s + weight(i), 0);
    let r = rnd() * total;
    for (const item of items) if ((r -= weight(item)) <= 0) return item;
    return items[items.length - 1];
  };
  const poisson = (mean: number) => {
    let k = 0;
    for (let p = Math.exp(-mean), s = p, u = rnd(); u > s; k++) s += p *= mean / (k + 1);
    return k;
  };

  const categoryNames = new Map<string, string>();
  const smalls: string[][] = [];
  const middles: string[] = [];
  for (let l = 0; l < LARGE; l++) {
    categoryNames.set(`L${l}`, `대분류${l} (Large ${l})`);
    for (let m = 0; m < MIDDLE; m++) {
      const middle = `L${l}-${m}`;
      middles.push(middle);
      categoryNames.set(middle, `중분류${l}-${m} (Middle ${l}-${m})`);
      for (let s = 0; s < SMALL; s++) smalls.push([`L${l}`, middle, `${middle}-${s}`]);
    }
  }
  // Each sector leans to two large categories, each type to three middle ones.
  const sectorLean = Array.from({ length: SECTORS }, () => [Math.floor(rnd() * LARGE), Math.floor(rnd() * LARGE)]);
  const typeLean = new Map(TYPES.map((type) => [type, [pick(middles), pick(middles), pick(middles)]]));

  const products: (MatchProduct & { appeal: number })[] = Array.from({ length: size.products }, (_, i) => {
    const path = pick(smalls);
    const designatedOn = addDays(START, Math.floor(rnd() * DAYS) - 365);
    return {
      id: `p${i}`, nameKo: `제품${i}`, nameEn: `Product ${i}`, companyName: `회사${i % 400}`, categoryPath: path,
      askingPrice: 100_000 + Math.floor(rnd() * 50_000_000), tradingUnit: '대', designatedOn, validUntil: addDays(designatedOn, 3 * 365 - 1), listed: true,
      // A long tail: most products are rarely chosen, a few often.
      appeal: Math.exp(1.2 * gaussian(rnd)),
    };
  });
  const byCategory = new Map<string, typeof products>();
  for (const p of products) for (const code of p.categoryPath) (byCategory.get(code) ?? byCategory.set(code, []).get(code)!).push(p);

  const institutions: (MatchInstitution & { own: string[] })[] = Array.from({ length: size.institutions }, (_, i) => {
    const sector = Math.floor(rnd() * SECTORS);
    const type = pick(TYPES);
    const own = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => (rnd() < 0.6 ? `L${pick(sectorLean[sector])}-${Math.floor(rnd() * MIDDLE)}` : rnd() < 0.5 ? pick(typeLean.get(type)!) : pick(middles)));
    return { id: `i${i}`, type, sector: `부문${sector}`, own };
  });

  const needs: MatchNeed[] = [];
  const purchases: MatchPurchase[] = [];
  const inForce = (p: MatchProduct, day: string) => p.designatedOn! <= day && p.validUntil! >= day;
  const choose = (category: string, day: string) => {
    const open = (byCategory.get(category) ?? []).filter((p) => inForce(p, day));
    return open.length ? weighted(open, (p) => p.appeal) : null;
  };
  for (const institution of institutions) {
    const sectorIndex = Number(institution.sector.slice(2));
    // Needs said before buying: a challenge in a category of its own, a pilot applied for.
    const said: MatchNeed[] = [];
    if (rnd() < 0.35) {
      const category = rnd() < 0.5 ? pick(institution.own) : `${pick(institution.own)}-${Math.floor(rnd() * SMALL)}`;
      said.push({ institutionId: institution.id, kind: 'CHALLENGE', title: `과제 ${institution.id}`, category, productId: null, on: addDays(START, Math.floor(rnd() * DAYS)) });
    }
    if (rnd() < 0.3) {
      const on = addDays(START, Math.floor(rnd() * DAYS));
      const product = choose(pick(institution.own), on);
      if (product) said.push({ institutionId: institution.id, kind: 'PILOT', title: product.nameKo, category: product.categoryPath[product.categoryPath.length - 1], productId: product.id, on });
    }
    needs.push(...said);

    const days = Array.from({ length: poisson(size.purchasesPerInstitution) }, () => Math.floor(rnd() * DAYS)).sort((a, b) => a - b);
    const bought: MatchProduct[] = [];
    for (const d of days) {
      const day = addDays(START, d);
      const r = rnd();
      const earlierNeeds = said.filter((n) => n.on < day);
      let product: MatchProduct | null = null;
      if (r < 0.12 && bought.length) {
        const again = pick(bought);
        product = inForce(again, day) ? again : null;
      }
      else if (r < 0.32 && earlierNeeds.length) {
        const need = pick(earlierNeeds);
        product = need.productId && rnd() < 0.5 ? products.find((p) => p.id === need.productId)! : choose(need.category, day);
        if (product && !inForce(product, day)) product = null;
      }
      if (!product) {
        const c = rnd();
        const middle = c < 0.5 ? pick(institution.own) : c < 0.78 ? `L${pick(sectorLean[sectorIndex])}-${Math.floor(rnd() * MIDDLE)}` : pick(middles);
        product = choose(middle, day);
      }
      if (!product) continue;
      bought.push(product);
      purchases.push({ id: `o${purchases.length}`, institutionId: institution.id, productId: product.id, on: day });
    }
  }
  return {
    products: products.map(({ appeal: _appeal, ...p }) => p),
    institutions: institutions.map(({ own: _own, ...i }) => i),
    purchases,
    needs,
    categoryNames,
  };
}

/** A standard normal draw (Box–Muller). */
function gaussian(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}
