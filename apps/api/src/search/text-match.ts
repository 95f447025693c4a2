import { compactSearchText, hangulFromLatinKeys, oneEditPatterns, SEARCH_TERMS_MAX } from '@inno/contracts';

/**
 * Korean-aware text matching for every search box of the platform (catalogue, institutions, pilots,
 * later ideas and challenges). The text is compared compacted (lower case, no spaces or punctuation:
 * `search_compact()` in SQL, `compactSearchText()` here), so a word is found inside a compound
 * (먼지 in 미세먼지) and spacing does not matter (화재감지기 = 화재 감지기). Large tables index the
 * character bigrams of that text (`search_grams()`): a word of two characters or more is then one
 * GIN lookup per bigram, whatever its place in the word; LIKE on the compact text checks the order.
 */

/** One way a term may appear: a LIKE body (escaped; `_` is "any letter" in typo patterns) and its bigrams. */
export interface TermForm {
  like: string;
  grams: string[];
}

/** A word of the query: the product must contain one of its forms (itself, a synonym, the Hangul of its keys). */
export interface SearchTerm {
  forms: TermForm[];
}

/** Words an operator declared equivalent (드론 ↔ 무인기), by the compact form of each word. */
export type Synonyms = ReadonlyMap<string, readonly string[]>;

export const NO_SYNONYMS: Synonyms = new Map();

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The distinct two-character pieces of a text; `_` (any letter) and spaces split it. */
export function bigramsOf(text: string): string[] {
  const grams = new Set<string>();
  for (const piece of text.split(/[_ ]/u)) {
    const chars = [...piece];
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

const literal = (text: string): TermForm => ({ like: likeEscape(text), grams: bigramsOf(text) });

/**
 * The terms of a query. Each whitespace-separated word is compacted (`SAP-3000` → `sap3000`); its
 * forms are the word, its synonyms and, for a word typed in the wrong keyboard layout, its Hangul.
 * `typos` adds, for Latin words of 4 letters or more, every pattern one edit away (used when the
 * exact search finds nothing). A query with nothing searchable in it (`%`) has a term no text has.
 */
export function searchTermsOf(q: string | undefined, synonyms: Synonyms = NO_SYNONYMS, typos = false): SearchTerm[] {
  if (!q?.trim()) return [];
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const word of q.normalize('NFC').split(/\s+/u)) {
    const compact = compactSearchText(word);
    if (!compact || seen.has(compact)) continue;
    seen.add(compact);
    const texts = new Set([compact, ...(synonyms.get(compact) ?? [])]);
    const hangul = word.length >= 3 ? hangulFromLatinKeys(word) : undefined;
    if (hangul) texts.add(hangul);
    const forms = [...texts].map(literal);
    if (typos) for (const pattern of oneEditPatterns(compact)) forms.push({ like: pattern, grams: bigramsOf(pattern) });
    terms.push({ forms });
  }
  return terms.length ? terms.slice(0, SEARCH_TERMS_MAX) : [{ forms: [] }];
}

/** Whether retrying with typo patterns could find something the exact words did not. */
export const hasTypoCandidates = (q: string | undefined) => !!q && q.split(/\s+/u).some((w) => oneEditPatterns(compactSearchText(w)).length > 0);

/** Columns of one searchable table: its compact text and, if indexed, the array of its bigrams. */
export interface MatchColumns {
  /** An expression giving the compact text (e.g. `p.search_text`, or `search_compact(i.name)`). */
  text: string;
  /** An expression giving `search_grams()` of it, GIN-indexed; omit where a table is small. */
  grams?: string;
  /** How a bigram of this text is keyed in `grams` (nameGramKey for a name's). */
  gramKey?: (gram: string) => string;
}

/**
 * The condition "the text contains one of the term's forms", parameters pushed to `values`. With
 * `useIndex`, each form's bigrams are required too (the GIN index serves that; LIKE rechecks the
 * order); a form under two characters has none and can only be checked row by row.
 */
export function termCondition(term: SearchTerm, columns: MatchColumns, values: unknown[], useIndex = false): string {
  if (!term.forms.length) return 'false';
  values.push(term.forms.map((f) => `%${f.like}%`));
  const like = `${columns.text} LIKE ANY ($${values.length}::text[])`;
  if (!useIndex || !columns.grams || term.forms.some((f) => !f.grams.length)) return like;
  const indexed = term.forms.map((f) => {
    values.push(columns.gramKey ? f.grams.map(columns.gramKey) : f.grams);
    return `${columns.grams} @> $${values.length}::text[]`;
  });
  return `(${indexed.length > 1 ? `(${indexed.join(' OR ')})` : indexed[0]} AND ${like})`;
}

/** Every term found in the text: the WHERE clause of a simple search box. */
export function matchCondition(terms: SearchTerm[], columns: MatchColumns, values: unknown[], useIndex = false): string {
  return terms.length ? terms.map((term) => termCondition(term, columns, values, useIndex)).join(' AND ') : 'true';
}

/** Name bigrams sit in the same array as the text's, marked by a leading space (no text bigram has one). */
export const nameGramKey = (gram: string) => ` ${gram}`;

/**
 * For ranking: "every term is in the name" (the compact name contains it) or, `whole`, "every term is
 * a whole word of the name" (`words` is the name's words between single spaces, with a space at each
 * end). With `grams` (the indexed array, which holds the name's bigrams as nameGramKey), "in the
 * name" is served by the index as well.
 */
export function inNameCondition(terms: SearchTerm[], words: string, values: unknown[], whole: boolean, grams?: string): string {
  if (!terms.length) return 'false';
  return terms
    .map((term) => {
      if (!term.forms.length) return 'false';
      values.push(term.forms.map((f) => (whole ? `% ${f.like} %` : `%${f.like}%`)));
      const like = `${whole ? words : `replace(${words}, ' ', '')`} LIKE ANY ($${values.length}::text[])`;
      if (!grams || term.forms.some((f) => !f.grams.length)) return like;
      const indexed = term.forms.map((f) => {
        values.push(f.grams.map(nameGramKey));
        return `${grams} @> $${values.length}::text[]`;
      });
      return `(${indexed.length > 1 ? `(${indexed.join(' OR ')})` : indexed[0]} AND ${like})`;
    })
    .join(' AND ');
}

/** matchCondition for a TypeORM query builder: named parameters instead of numbered ones. */
export function matchWhere(q: string, columns: MatchColumns): { where: string; parameters: Record<string, unknown> } {
  const values: unknown[] = [];
  const where = matchCondition(searchTermsOf(q), columns, values);
  return {
    where: where.replace(/\$(\d+)::text\[\]/g, (_, n: string) => `CAST(:searchTerm${n} AS text[])`),
    parameters: Object.fromEntries(values.map((value, i) => [`searchTerm${i + 1}`, value])),
  };
}
