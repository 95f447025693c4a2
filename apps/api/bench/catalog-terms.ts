/**
 * The benchmark's request mix: query strings of GET /api/v1/products (the bare server takes the same
 * ones on /search). Short and long Korean words, English, mixed, with and without filters, each sort,
 * rare words and words nothing matches. Every one must answer 200.
 */
export const TERM_MIX: string[] = [
  // Korean: two-syllable words (matched at a word start), longer words, compounds, two words
  'q=의자',
  'q=드론',
  'q=공기청정',
  'q=스마트공기청정기',
  'q=미세먼지 측정',
  'q=태양광 가로등',
  'q=소화기',
  'q=감지기&sort=newest',
  // English and mixed
  'q=drone',
  'q=smart sensor',
  'q=purifier',
  'q=스마트 sensor',
  'q=fire detector&sort=newest',
  // With filters: kind, large and middle category, region, certification, body, price range
  'q=드론&kind=TYPE2',
  'q=공기청정기&category=ENV',
  'q=센서&category=ICT-02',
  'q=로봇&region=대전광역시',
  'q=소화기&certification=KC',
  'q=태양광&minPrice=1000000&maxPrice=50000000',
  'q=sensor&kind=TYPE1&region=경기도',
  'q=감지기&designatingBody=조달청&category=SAF',
  'q=의자&category=ADM-01&region=서울특별시',
  // A very common word, alone and with a narrow category (the 965 ms case of stack.md), other sorts, a later page
  'q=스마트&sort=newest',
  'q=스마트&category=DIS-03-01',
  'q=안전',
  'q=모니터링&page=3',
  'q=배터리&sort=priceDesc',
  // No words: the catalogue's first page and browsing
  '',
  'category=ENE&sort=newest',
  'kind=TYPE1&sort=priceAsc',
  // Rare words and words nothing matches
  'q=초분광',
  'q=exoskeleton',
  'q=양자암호&sort=newest',
  'q=냉장고',
  'q=xylophone',
  'q=스마트 잠수함',
];

/** A term-mix entry as a URL path with its query string percent-encoded. */
export function pathOf(base: string, query: string): string {
  if (!query) return base;
  const encoded = query
    .split('&')
    .map((pair) => {
      const [k, v = ''] = pair.split('=');
      return `${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
    })
    .join('&');
  return `${base}?${encoded}`;
}

/** The query string of a term-mix entry as a plain object (URLSearchParams decoding). */
export function paramsOf(queryString: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(queryString));
}
