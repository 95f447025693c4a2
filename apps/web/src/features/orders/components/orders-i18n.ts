import type { i18n as I18n, TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import type ko from '../../../locales/orders/ko.json';

/** The lazily loaded namespace of the buying pages (orders and purchase targets): `src/locales/orders/{ko,en}.json`. */
export const ORDERS_NAMESPACE = 'orders';

/** A plural form (`institutions_one`, `institutions_other`) is asked for by its base key with a `count`. */
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? Base<K> : `${K}.${Leaves<T[K]>}` }[keyof T & string];

/** Every key of the `orders` namespace (checked against the Korean file, which the English one mirrors). */
export type OrdersKey = Leaves<typeof ko>;
export type OrdersT = (key: OrdersKey, options?: TOptions) => string;

const namespace: string = ORDERS_NAMESPACE;

/** `useTranslation('orders')` with its keys checked: suspends until the namespace is loaded. */
export function useOrdersTranslation(): { t: OrdersT; i18n: I18n } {
  const { t, i18n } = useTranslation(namespace as 'translation');
  return { t: t as unknown as OrdersT, i18n };
}
