import { DETAIL_ITEM_NO, GOODS_CLASS_NO, PRICE_MAX_KRW, type PatentRef, type ProductInput, type ProductUpdate } from '@inno/contracts';
import type { TFunction } from 'i18next';
import { formatNumber } from './format';
import { makeRules, parseLines, validateFields, type FieldErrors, type Rule } from './validation';

/**
 * The ProductInput form shared by the supplier's product pages and the
 * operator's Type 1 record: values as typed, the API's rules, and the body.
 * Field names are the API's, as in a 400's `details` (`patents.0.number`).
 */
export const PRODUCT_FIELDS = [
  'nameKo',
  'nameEn',
  'modelName',
  'description',
  'categoryCode',
  'goodsClassNo',
  'detailItemNo',
  'tradingUnit',
  'askingPrice',
  'certifications',
  'trl',
  'region',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export const PATENT_FIELDS = ['number', 'title', 'expiresOn'] as const;
export type PatentField = (typeof PATENT_FIELDS)[number];

export interface PatentRow extends Record<PatentField, string> {
  /** Stable React key of a row the user added. */
  key: string;
}

export interface ProductFormValues {
  fields: Record<ProductField, string>;
  patents: PatentRow[];
}

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

let rowSequence = 0;
export function newPatentRow(patent: Partial<PatentRef> = {}): PatentRow {
  rowSequence += 1;
  return { key: `patent-${rowSequence}`, number: patent.number ?? '', title: patent.title ?? '', expiresOn: patent.expiresOn ?? '' };
}

export function emptyProductValues(): ProductFormValues {
  return { fields: Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, ''])) as Record<ProductField, string>, patents: [] };
}

export function productValuesFrom(product: ProductInput): ProductFormValues {
  return {
    fields: {
      nameKo: product.nameKo,
      nameEn: product.nameEn,
      modelName: product.modelName,
      description: product.description,
      categoryCode: product.categoryCode,
      goodsClassNo: product.goodsClassNo,
      detailItemNo: product.detailItemNo,
      tradingUnit: product.tradingUnit,
      askingPrice: String(product.askingPrice),
      certifications: product.certifications.join('\n'),
      trl: String(product.trl),
      region: product.region,
    },
    patents: product.patents.map((patent) => newPatentRow(patent)),
  };
}

/** The field names a form shows errors beside, patents rows included. */
export function productFieldNames(values: ProductFormValues): string[] {
  return [
    ...PRODUCT_FIELDS,
    'patents',
    ...values.patents.flatMap((_row, index) => PATENT_FIELDS.map((field) => `patents.${index}.${field}`)),
  ];
}

/** "1,200,000" and "1200000" are the same price. */
function parsePrice(value: string): number | null {
  const digits = value.replace(/[\s,]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** The API's rules (libs/contracts), worded in the current language. */
export function validateProduct(values: ProductFormValues, t: TFunction, language: string): FieldErrors {
  const rules = makeRules(t);
  const pattern = (regex: RegExp, message: string): Rule => (value) => (!value.trim() || regex.test(value.trim()) ? null : message);
  const chosen = (message: string): Rule => (value) => (value ? null : message);
  const errors = validateFields(values.fields, {
    nameKo: [rules.required],
    nameEn: [rules.required],
    modelName: [rules.required],
    description: [rules.required],
    categoryCode: [chosen(t('validation.chooseCategory'))],
    goodsClassNo: [rules.required, pattern(GOODS_CLASS_NO, t('validation.goodsClassNo'))],
    detailItemNo: [rules.required, pattern(DETAIL_ITEM_NO, t('validation.detailItemNo'))],
    tradingUnit: [rules.required],
    askingPrice: [
      rules.required,
      (value) => {
        const price = parsePrice(value);
        return price !== null && Number.isSafeInteger(price) && price <= PRICE_MAX_KRW
          ? null
          : t('validation.price', { max: formatNumber(PRICE_MAX_KRW, language) });
      },
    ],
    trl: [chosen(t('validation.trl'))],
    region: [rules.required],
  });
  values.patents.forEach((row, index) => {
    const found = validateFields({ ...row }, { number: [rules.required], title: [rules.required], expiresOn: [rules.required, rules.date] });
    for (const [field, messages] of Object.entries(found)) errors[`patents.${index}.${field}`] = messages;
  });
  return errors;
}

export function toProductInput(values: ProductFormValues): ProductInput {
  const f = values.fields;
  return {
    nameKo: f.nameKo.trim(),
    nameEn: f.nameEn.trim(),
    modelName: f.modelName.trim(),
    description: f.description.trim(),
    categoryCode: f.categoryCode,
    goodsClassNo: f.goodsClassNo.trim(),
    detailItemNo: f.detailItemNo.trim(),
    tradingUnit: f.tradingUnit.trim(),
    askingPrice: parsePrice(f.askingPrice) ?? Number.NaN,
    certifications: parseLines(f.certifications),
    patents: values.patents.map((row) => ({ number: row.number.trim(), title: row.title.trim(), expiresOn: row.expiresOn })),
    trl: Number(f.trl),
    region: f.region.trim(),
  };
}

/** Only what changed, for a PATCH (each change becomes a line of the edit history). */
export function productChanges(before: ProductInput, after: ProductInput): ProductUpdate {
  const changes: ProductUpdate = {};
  for (const key of Object.keys(after) as (keyof ProductInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(changes, { [key]: after[key] });
  }
  return changes;
}
