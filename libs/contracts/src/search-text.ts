import type { Message } from './messages';
/**
 * How search text is normalised, once for the API, the web and the database (the migration
 * `KoreanSearch` writes the same rules as SQL functions): NFC, lower case, and everything that is not
 * a letter or digit of the scripts below is a separator. Korean compounds are written with or without
 * spaces, so matching compares the text with its separators removed ("compact").
 *
 * The letters, as a regular-expression class body that JavaScript and PostgreSQL read alike (code
 * points, not the locale: under the `C` ctype PostgreSQL's `[[:alpha:]]` has no Hangul).
 */
export const SEARCH_LETTERS = '0-9a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u3040-\\u30ff\\u3131-\\u318e\\u4e00-\\u9fff\\uac00-\\ud7a3';

const SEPARATORS = new RegExp(`[^${SEARCH_LETTERS}]+`, 'u');

/** The words of a text as search sees them: `'SAP-3000 공기 청정기'` → `['sap', '3000', '공기', '청정기']`. */
export function searchWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(SEPARATORS).filter(Boolean);
}

/** The text with its spaces and punctuation removed: `'화재 감지기'` and `'화재감지기'` are both `'화재감지기'`. */
export function compactSearchText(text: string): string {
  return searchWords(text).join('');
}

/** At most this many words of a query are matched (each must be found). */
export const SEARCH_TERMS_MAX = 8;

/**
 * The terms of a query: each whitespace-separated part, compacted (`SAP-3000` → `sap3000`, so a model
 * name is found without its punctuation). Spacing inside a compound does not matter because the text
 * is compared compacted too: `공기 청정기` is two terms, each found in `공기청정기`.
 */
export function searchTermsOf(q: string | undefined): string[] {
  if (!q) return [];
  const terms = q.normalize('NFC').split(/\s+/u).map(compactSearchText).filter(Boolean);
  return [...new Set(terms)].slice(0, SEARCH_TERMS_MAX);
}

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JUNGSEONG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const JONGSEONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

/** The initial consonants (초성) of the Hangul syllables of a text, other characters left out: 공기청정기 → ㄱㄱㅊㅈㄱ. */
export function initialConsonants(text: string): string {
  let initials = '';
  for (const c of text) {
    const code = c.codePointAt(0)! - 0xac00;
    if (code >= 0 && code < 11172) initials += CHOSEONG[Math.floor(code / 588)];
  }
  return initials;
}

/** Standard Korean keyboard (두벌식): the jamo under each Latin key, shifted keys for the doubled ones. */
const DUBEOLSIK: Record<string, string> = {
  r: 'ㄱ', R: 'ㄲ', s: 'ㄴ', e: 'ㄷ', E: 'ㄸ', f: 'ㄹ', a: 'ㅁ', q: 'ㅂ', Q: 'ㅃ', t: 'ㅅ', T: 'ㅆ', d: 'ㅇ', w: 'ㅈ', W: 'ㅉ',
  c: 'ㅊ', z: 'ㅋ', x: 'ㅌ', v: 'ㅍ', g: 'ㅎ',
  k: 'ㅏ', o: 'ㅐ', O: 'ㅒ', i: 'ㅑ', j: 'ㅓ', p: 'ㅔ', P: 'ㅖ', u: 'ㅕ', h: 'ㅗ', y: 'ㅛ', n: 'ㅜ', b: 'ㅠ', m: 'ㅡ', l: 'ㅣ',
};
const VOWEL_PAIRS: Record<string, string> = { ㅗㅏ: 'ㅘ', ㅗㅐ: 'ㅙ', ㅗㅣ: 'ㅚ', ㅜㅓ: 'ㅝ', ㅜㅔ: 'ㅞ', ㅜㅣ: 'ㅟ', ㅡㅣ: 'ㅢ' };
const FINAL_PAIRS: Record<string, string> = { ㄱㅅ: 'ㄳ', ㄴㅈ: 'ㄵ', ㄴㅎ: 'ㄶ', ㄹㄱ: 'ㄺ', ㄹㅁ: 'ㄻ', ㄹㅂ: 'ㄼ', ㄹㅅ: 'ㄽ', ㄹㅌ: 'ㄾ', ㄹㅍ: 'ㄿ', ㄹㅎ: 'ㅀ', ㅂㅅ: 'ㅄ' };

/**
 * A word typed with the keyboard left in Latin mode, as the Hangul it was meant to be
 * (`rhdrlcjdwjdrl` → 공기청정기), or undefined when the keys do not spell whole syllables (`drone`).
 */
export function hangulFromLatinKeys(word: string): string | undefined {
  if (!/^[a-zA-Z]+$/.test(word)) return undefined;
  // Unshifted keys for letters that have no shifted jamo: a capital typed by habit still counts.
  const jamo = [...word].map((k) => DUBEOLSIK[k] ?? DUBEOLSIK[k.toLowerCase()]!);
  const isVowel = (j: string | undefined) => j !== undefined && JUNGSEONG.includes(j);
  let text = '';
  let i = 0;
  while (i < jamo.length) {
    const initial = CHOSEONG.indexOf(jamo[i]!);
    if (initial < 0 || !isVowel(jamo[i + 1])) return undefined;
    let vowel = jamo[i + 1]!;
    i += 2;
    if (isVowel(jamo[i]) && VOWEL_PAIRS[vowel + jamo[i]]) vowel = VOWEL_PAIRS[vowel + jamo[i++]]!;
    let final = '';
    // A consonant closes the syllable unless a vowel follows it (then it opens the next one).
    if (i < jamo.length && !isVowel(jamo[i]) && JONGSEONG.includes(jamo[i]!) && !isVowel(jamo[i + 1])) {
      final = jamo[i++]!;
      const pair = FINAL_PAIRS[final + jamo[i]];
      if (pair && !isVowel(jamo[i + 1])) {
        final = pair;
        i++;
      }
    }
    text += String.fromCharCode(0xac00 + initial * 588 + JUNGSEONG.indexOf(vowel) * 28 + JONGSEONG.indexOf(final));
  }
  return text;
}

/**
 * LIKE patterns one edit away from a Latin word (a letter replaced, missing, extra, or two swapped),
 * `_` standing for any one letter. Words shorter than 4 letters have too many neighbours to be useful.
 */
export function oneEditPatterns(word: string): string[] {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  const patterns = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    patterns.add(word.slice(0, i) + '_' + word.slice(i));
    if (i < word.length) {
      patterns.add(word.slice(0, i) + '_' + word.slice(i + 1));
      patterns.add(word.slice(0, i) + word.slice(i + 1));
    }
    if (i < word.length - 1) patterns.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  patterns.delete(word);
  return [...patterns];
}

/** A group of words search treats as one (드론 ↔ 무인기), kept by operators. */
export interface SynonymGroupView {
  id: string;
  words: string[];
  updatedAt: string;
  updatedBy: string | null;
}

export interface SynonymGroupInput {
  words: string[];
}

export const SYNONYM_GROUP_WORDS = { min: 2, max: 10 } as const;
export const SYNONYM_WORD_MAX_LENGTH = 40;

/**
 * What is wrong with a synonym group, or [] when nothing: 2 to 10 words, each with letters or digits
 * (it is compared compacted, so `공기 청정기` and `공기청정기` are the same word and may not both be listed).
 */
export function synonymGroupProblems(words: string[]): { message: string; why: Message }[] {
  const problems: { message: string; why: Message }[] = [];
  if (words.length < SYNONYM_GROUP_WORDS.min || words.length > SYNONYM_GROUP_WORDS.max) {
    problems.push({ message: `words must list ${SYNONYM_GROUP_WORDS.min} to ${SYNONYM_GROUP_WORDS.max} words`, why: { code: 'SYNONYM_WORD_COUNT', params: { ...SYNONYM_GROUP_WORDS } } });
  }
  const compact = words.map(compactSearchText);
  if (words.some((w) => w.length > SYNONYM_WORD_MAX_LENGTH)) {
    problems.push({ message: `each word must be at most ${SYNONYM_WORD_MAX_LENGTH} characters`, why: { code: 'SYNONYM_WORD_TOO_LONG', params: { max: SYNONYM_WORD_MAX_LENGTH } } });
  }
  if (compact.some((w) => w.length < 2)) problems.push({ message: 'each word must have at least 2 letters or digits', why: { code: 'SYNONYM_WORD_TOO_SHORT' } });
  if (new Set(compact).size !== compact.length) problems.push({ message: 'words must differ (spacing, case and punctuation aside)', why: { code: 'SYNONYM_WORDS_REPEATED' } });
  return problems;
}
