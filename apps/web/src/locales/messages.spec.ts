import { MESSAGE_CODES, type MessageCode } from '@inno/contracts';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import ko from './messages/ko.json';

const CODES = Object.keys(MESSAGE_CODES) as MessageCode[];
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]);

/** Every code the API can send (the registry the API's errors are typed by) is worded in both languages. */
describe('messages', () => {
  it.each([
    ['ko', ko.codes],
    ['en', en.codes],
  ] as const)('words every code in %s, naming only the params the code carries', (_language, strings: Record<string, string>) => {
    for (const code of CODES) {
      expect(strings[code], `${code} has no string`).toEqual(expect.any(String));
      expect(strings[code].trim(), `${code} is empty`).not.toBe('');
      const params: readonly string[] = MESSAGE_CODES[code];
      for (const name of placeholders(strings[code])) expect(params, `${code} names {{${name}}}, which it does not carry`).toContain(name);
    }
    expect(Object.keys(strings).filter((code) => !(code in MESSAGE_CODES)), 'strings for codes the API never sends').toEqual([]);
  });

  it('says no Korean sentence in English', () => {
    const latinWords = (text: string) => text.replace(/{{\w+}}/g, '').match(/[A-Za-z]{3,}/g) ?? [];
    // Names Korean writes in Latin letters too: technology readiness, and file formats.
    const allowed = new Set(['TRL', 'CSV', 'UTF']);
    for (const [code, text] of Object.entries(ko.codes)) expect(latinWords(text).filter((w) => !allowed.has(w)), code).toEqual([]);
  });
});
