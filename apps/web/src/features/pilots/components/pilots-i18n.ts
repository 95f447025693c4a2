import type { i18n as I18n, TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import type ko from '../../../locales/pilots/ko.json';

/** The lazily loaded namespace of the pilot-purchase pages: `src/locales/pilots/{ko,en}.json`. */
export const PILOTS_NAMESPACE = 'pilots';

/** A plural form (`months_one`, `months_other`) is asked for by its base key with a `count`. */
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? Base<K> : `${K}.${Leaves<T[K]>}` }[keyof T & string];

/** Every key of the `pilots` namespace (checked against the Korean file, which the English one mirrors). */
export type PilotsKey = Leaves<typeof ko>;
export type PilotsT = (key: PilotsKey, options?: TOptions) => string;

// Typed here rather than through src/types/i18next.d.ts, which does not list this namespace (yet).
const namespace: string = PILOTS_NAMESPACE;

/** `useTranslation('pilots')` with its keys checked: suspends until the namespace is loaded, like the other feature namespaces. */
export function usePilotsTranslation(): { t: PilotsT; i18n: I18n } {
  const { t, i18n } = useTranslation(namespace as 'translation');
  return { t: t as unknown as PilotsT, i18n };
}
