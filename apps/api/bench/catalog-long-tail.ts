import { initialConsonants } from '@inno/contracts';
import { FEATURES, PLACES, PREFIXES, RARE_IN_NAMES, RARE_WORDS, REGIONS, STEMS } from './catalog-data';
import { TERM_MIX } from './catalog-terms';

/**
 * The long-tail mix: real search traffic has a few common queries and very many rare ones, most of
 * them typed once. Over 2,000 distinct query strings, most popular first, drawn with a Zipf-like
 * frequency (the query of rank r with weight 1 ÷ r^ZIPF_S), so a large share of requests asks a
 * query no one asked before (its counts not cached). Deterministic: a seeded generator.
 */
export const ZIPF_S = 1.0;

/** mulberry32: a small seeded generator, so every run draws the same queries in the same order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILTERS = ['kind=TYPE1', 'kind=TYPE2', 'category=ENV', 'category=SAF', 'category=ICT', 'certification=KC', 'designatingBody=조달청', 'minPrice=1000000&maxPrice=50000000'];
const SORTS = ['sort=newest', 'sort=priceAsc', 'sort=priceDesc'];

/** Every distinct query of the mix, most popular first (the 36 of catalog-terms.ts head the list). */
export function longTailQueries(): string[] {
  const random = seededRandom(20261126);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const koStems = STEMS.map(([ko]) => ko);
  const compact = (s: string) => s.replace(/\s+/g, '');
  const tail = new Set<string>();
  const add = (q: string) => tail.add(q);
  for (const ko of koStems) {
    add(`q=${ko}`);
    // Spacing variants: without the spaces of the name, or with a space inside a compound.
    if (ko.includes(' ')) add(`q=${compact(ko)}`);
    else if (ko.length >= 4) add(`q=${ko.slice(0, 2)} ${ko.slice(2)}`);
    // Compound parts: every two-syllable piece of the word.
    const letters = [...compact(ko)];
    for (let i = 0; i + 1 < letters.length; i++) add(`q=${letters[i]}${letters[i + 1]}`);
    add(`q=${initialConsonants(ko)}`);
  }
  for (const [, en] of STEMS) {
    add(`q=${en}`);
    const word = en.split(' ')[0]!;
    // One-letter typos: a letter dropped.
    if (word.length >= 5) add(`q=${word.slice(0, 2)}${word.slice(3)}`);
  }
  for (const [ko, en] of PREFIXES) {
    for (const stem of STEMS) {
      add(`q=${ko}${compact(stem[0])}`);
      add(`q=${ko} ${stem[0]}`);
      add(`q=${en} ${stem[1]}`);
    }
  }
  for (const [ko] of FEATURES) {
    add(`q=${ko}`);
    add(`q=${compact(ko)}`);
  }
  for (const place of PLACES) add(`q=${place} ${pick(koStems)}`);
  for (const word of [...RARE_WORDS, RARE_IN_NAMES]) add(`q=${word}`);
  for (const nothing of ['냉장고', '잠수함', '우주선', 'xylophone', 'submarine', '아이스크림']) add(`q=${nothing}`);
  // Words with filters and sorts.
  for (const ko of koStems) {
    for (let i = 0; i < 4; i++) add(`q=${pick([ko, compact(ko), pick(PREFIXES)[0] + compact(ko)])}&${pick(FILTERS)}${random() < 0.5 ? `&${pick(SORTS)}` : ''}`);
    add(`q=${ko}&region=${pick(REGIONS)}`);
  }
  // Browsing without words, a later page too (filters alone always match more than a page).
  for (const filter of FILTERS) for (const sort of [...SORTS, 'page=2']) add(`${filter}&${sort}`);
  // Shuffled, so the popularity of a query does not depend on its kind.
  const shuffled = [...tail].filter((q) => !TERM_MIX.includes(q));
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  // The rare-word case is among the common queries (docs/performance.md).
  return [...TERM_MIX, `q=${RARE_IN_NAMES}`, ...shuffled.filter((q) => q !== `q=${RARE_IN_NAMES}`)];
}

/** `length` requests drawn from the queries with a Zipf-like frequency. */
export function longTailSequence(queries: string[], length: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= queries.length; rank++) cumulative.push((sum += 1 / rank ** ZIPF_S));
  const draw = () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return queries[lo]!;
  };
  return Array.from({ length }, draw);
}
