import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { intlLocale as contractsIntlLocale, LANGUAGES, type Language } from '@inno/contracts';

export { LANGUAGES, type Language };
export const DEFAULT_LANGUAGE: Language = 'ko';
export const LANGUAGE_STORAGE_KEY = 'inno.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  // Before the shell's strings have arrived the page keeps index.html's title; each page then sets its own.
  if (i18n.exists('app.title')) document.title = i18n.t('app.title');
}

/**
 * Every namespace but the shell's `translation` is a folder of its own,
 * `src/locales/<namespace>/{ko,en}.json`, fetched with the pages that use it
 * (`useTranslation('<namespace>')` suspends until it arrives): `workflow` is
 * the vocabulary the designation pages share, the others one per feature.
 * A new folder is a new namespace; nothing to register here.
 */
const namespaceFiles = import.meta.glob<ResourceKey>('../locales/*/*.json', { import: 'default' });

/** Every namespace: `translation` (the shell's, in src/locales/{ko,en}.json) and the lazy ones. */
export const NAMESPACES: readonly string[] = [
  'translation',
  ...new Set(Object.keys(namespaceFiles).map((path) => path.split('/')[2])),
];

/**
 * The shell's `translation` is a chunk of its own in each language, fetched at start beside the
 * JavaScript (not inside it: the catalogue's first download stays small) and before the first
 * render, which waits for it. The other namespaces are fetched when a page needs them.
 */
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load: Promise<ResourceKey> | null =
      namespace === 'translation'
        ? language === 'en'
          ? import('../locales/en.json').then((module) => module.default)
          : import('../locales/ko.json').then((module) => module.default)
        : (namespaceFiles[`../locales/${namespace}/${language}.json`]?.() ?? null);
    if (!load) return callback(null, {});
    load.then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error.message : String(error), false),
    );
  },
};

void i18n
  .use(lazyLocales)
  .use(initReactI18next)
  .init({
    // The shell's strings and the API's messages (errors, reasons, notifications) come with every page.
    ns: ['translation', 'messages'],
    defaultNS: 'translation',
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
reflectLanguage(i18n.language);

i18n.on('languageChanged', (language) => {
  reflectLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

/** The locale for Intl formatting in the current language. */
export function intlLocale(language: string = i18n.language): string {
  return contractsIntlLocale(language);
}

export { i18n };
