import { describe, expect, it } from 'vitest';
import { i18n, NAMESPACES } from '../lib/i18n';
import en from './en.json';
import ko from './ko.json';

/** Every namespace's Korean and English strings: `translation` here, the others in <namespace>/{ko,en}.json. */
const files = import.meta.glob<{ default: unknown }>('./*/*.json', { eager: true });
const bundles: Record<string, { ko: unknown; en: unknown }> = { translation: { ko, en } };
for (const [path, module] of Object.entries(files)) {
  const [, namespace, language] = /^\.\/([\w-]+)\/(ko|en)\.json$/.exec(path) ?? [];
  if (!namespace) throw new Error(`unexpected locale file ${path}`);
  bundles[namespace] = { ...bundles[namespace], [language]: module.default };
}

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

function placeholders(node: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = [...value.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(node, '');
  return out;
}

describe('locales', () => {
  it('has a Korean and an English file for every namespace i18n loads, and no other', () => {
    expect(Object.keys(bundles).sort()).toEqual([...NAMESPACES].sort());
    for (const [namespace, bundle] of Object.entries(bundles)) {
      expect(bundle.ko, `${namespace}/ko.json`).toBeDefined();
      expect(bundle.en, `${namespace}/en.json`).toBeDefined();
    }
  });

  it('fetches a namespace in the current language when a page asks for it', async () => {
    expect(i18n.hasResourceBundle('ko', 'committee')).toBe(false);
    await i18n.loadNamespaces('committee');
    expect(i18n.getFixedT('ko', 'committee')('chair.close')).toBe('안건 종결');
    await i18n.changeLanguage('en');
    expect(i18n.getFixedT('en', 'committee')('chair.close')).toBe('Close the item');
  });

  it.each(Object.keys(bundles))('%s: have the same keys in Korean and English', (namespace) => {
    expect(keys(bundles[namespace].en).sort()).toEqual(keys(bundles[namespace].ko).sort());
  });

  it.each(Object.keys(bundles))('%s: use the same placeholders in both languages', (namespace) => {
    expect(placeholders(bundles[namespace].en)).toEqual(placeholders(bundles[namespace].ko));
  });

  it.each(Object.keys(bundles))('%s: have no empty strings', (namespace) => {
    for (const [path, value] of Object.entries({ ...flatten(bundles[namespace].ko), ...prefixKeys(flatten(bundles[namespace].en), 'en:') })) {
      expect(value, path).not.toBe('');
    }
  });
});

function flatten(node: unknown, prefix = ''): Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return { [prefix]: node };
  return Object.assign({}, ...Object.entries(node).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

function prefixKeys(record: Record<string, unknown>, prefix: string) {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [`${prefix}${k}`, v]));
}
