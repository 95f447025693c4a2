import { PAGE_SIZE_MAX, type Page } from './api';
import { ruleProblems, type FieldProblems, type FieldRules } from './field-rules';
import type { CompanySize } from './roles';
import type { MessageCode, MessageParams } from './messages';

export const ProductKind = { TYPE1: 'TYPE1', TYPE2: 'TYPE2' } as const;
export type ProductKind = (typeof ProductKind)[keyof typeof ProductKind];

/** Where a product stands in its designation lifecycle (domain.md §3.1). */
export const DesignationStatus = {
  /** Registered by its supplier, not (yet) designated: not in the catalogue. */
  UNDESIGNATED: 'UNDESIGNATED',
  DESIGNATED: 'DESIGNATED',
  EXTENDED: 'EXTENDED',
  SUSPENDED: 'SUSPENDED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;
export type DesignationStatus = (typeof DesignationStatus)[keyof typeof DesignationStatus];

/** The catalogue lists products whose designation is in force. */
export const LISTED_STATUSES: readonly DesignationStatus[] = [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED];

export const CatalogSort = { RELEVANCE: 'relevance', NEWEST: 'newest', PRICE_ASC: 'priceAsc', PRICE_DESC: 'priceDesc' } as const;
export type CatalogSort = (typeof CatalogSort)[keyof typeof CatalogSort];

/** Searches page through at most this many results; past it the user narrows the search. */
export const CATALOG_RESULT_CAP = 1000;

export const GOODS_CLASS_NO = /^\d{8}$/;
export const DETAIL_ITEM_NO = /^\d{10}$/;
export const PRICE_MAX_KRW = 100_000_000_000;

export interface CategoryView {
  code: string;
  nameKo: string;
  nameEn: string;
  level: 1 | 2 | 3;
  parentCode: string | null;
  children: CategoryView[];
}

export interface PatentRef {
  number: string;
  title: string;
  /** YYYY-MM-DD */
  expiresOn: string;
}

/** What a supplier writes about its product. */
export interface ProductInput {
  nameKo: string;
  nameEn: string;
  modelName: string;
  description: string;
  /** A middle or small category code. */
  categoryCode: string;
  /** 물품분류번호, 8 digits. */
  goodsClassNo: string;
  /** 세부품명번호, 10 digits. */
  detailItemNo: string;
  tradingUnit: string;
  /** KRW including VAT: the supplier's hoped-for price, shown as such. */
  askingPrice: number;
  certifications: string[];
  patents: PatentRef[];
  /** Technology readiness level, 1 to 9. */
  trl: number;
  region: string;
}

export type ProductUpdate = Partial<ProductInput>;

/** A Type 1 product designated by a ministry, recorded by an operator. */
export interface Type1ProductInput extends ProductInput {
  company: { name: string; businessNumber: string; size: CompanySize; region: string };
  designatingBody: string;
  certificateNumber: string;
  /** YYYY-MM-DD */
  designatedOn: string;
}

export interface StoredFileView {
  id: string;
  name: string;
  contentType: string;
  size: number;
  url: string;
}

export interface DesignationView {
  designatingBody: string;
  certificateNumber: string | null;
  designationNumber: string | null;
  designatedOn: string;
  validUntil: string;
  /** 0 = first term; 1 = extended once; 2 = extended twice. */
  extensionStage: number;
  /** The terms the product was designated under (its call's, or the rule settings' for a Type 1 record). */
  terms: DesignationTerms | null;
  /** Years the next extension would add, or null when no extension is left under the terms and the ceiling. */
  nextExtensionYears: number | null;
}

/** Validity, extension steps and the ceiling a designation runs under. */
export interface DesignationTerms {
  validityYears: number;
  extensionYears: number[];
  maxTotalYears: number;
}

export interface CategoryRef {
  code: string;
  nameKo: string;
  nameEn: string;
}

export interface ProductView extends ProductInput {
  id: string;
  /** 8-digit innovative goods id assigned by the platform. */
  goodsId: string;
  kind: ProductKind;
  status: DesignationStatus;
  company: { id: string; name: string; region: string };
  /** Large, middle and (when given) small category. */
  categoryPath: CategoryRef[];
  images: StoredFileView[];
  documents: StoredFileView[];
  designation: DesignationView | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProductSummary {
  id: string;
  goodsId: string;
  kind: ProductKind;
  status: DesignationStatus;
  nameKo: string;
  nameEn: string;
  modelName: string;
  companyName: string;
  categoryCode: string;
  region: string;
  askingPrice: number;
  imageUrl: string | null;
  designatingBody: string | null;
  designatedOn: string | null;
  validUntil: string | null;
}

export interface CatalogQuery {
  q?: string;
  kind?: ProductKind;
  /** Any level: a large category finds everything below it. */
  category?: string;
  certification?: string;
  designatingBody?: string;
  region?: string;
  minPrice?: number;
  maxPrice?: number;
  sort?: CatalogSort;
  page?: number;
  pageSize?: number;
}

/** The catalogue's query, as the API reads it and the search form checks it (see field-rules.ts). */
export const CATALOGUE_QUERY_RULES = {
  q: { kind: 'text', max: 100, optional: true },
  kind: { kind: 'choice', choices: Object.values(ProductKind), optional: true },
  category: { kind: 'text', max: 20, optional: true },
  certification: { kind: 'text', max: 60, optional: true },
  designatingBody: { kind: 'text', max: 100, optional: true },
  region: { kind: 'text', max: 40, optional: true },
  minPrice: { kind: 'integer', min: 0, max: PRICE_MAX_KRW, won: true, optional: true },
  maxPrice: { kind: 'integer', min: 0, max: PRICE_MAX_KRW, won: true, optional: true },
  sort: { kind: 'choice', choices: Object.values(CatalogSort), optional: true },
  page: { kind: 'integer', min: 1, max: 1_000_000, optional: true },
  pageSize: { kind: 'integer', min: 1, max: PAGE_SIZE_MAX, optional: true },
} as const satisfies FieldRules<keyof CatalogQuery>;

/** A price range whose ends are each valid but reversed, said beside its upper end. */
export const priceRangeProblem = (minPrice: number | undefined, maxPrice: number | undefined): FieldProblems | null =>
  minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice ? { maxPrice: [{ code: 'PRICE_RANGE_INVERTED' }] } : null;

/** The whole query: each field by its rule, then the price range. */
export function catalogueQueryProblems(query: CatalogQuery): FieldProblems {
  const problems = ruleProblems(CATALOGUE_QUERY_RULES, query);
  if (!problems.minPrice && !problems.maxPrice) Object.assign(problems, priceRangeProblem(query.minPrice, query.maxPrice));
  return problems;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface CatalogPage extends Page<ProductSummary> {
  /** True when more than CATALOG_RESULT_CAP products match: `total` is then the cap ("1,000+"). */
  totalIsCapped: boolean;
  /**
   * True for a broad search: matches are counted up to a bound (5,000), so each facet count is "at
   * least" (shown "N+"); `totalIsCapped` is then true too.
   */
  facetsAreLowerBounds: boolean;
  /**
   * True for a broad search of a large catalogue: the matches were not counted but estimated from a
   * repeatable sample (the same figures on every refresh), `estimatedTotal` is "about N" and
   * `totalIsCapped` is true.
   */
  totalIsEstimate: boolean;
  /** About how many products match (two significant figures) when `totalIsEstimate`; null otherwise. */
  estimatedTotal: number | null;
  /** True when each facet count is an estimate from the same sample ("about N"); then not a lower bound. */
  facetsAreEstimates: boolean;
  facets: { kind: FacetCount[]; category: FacetCount[]; region: FacetCount[] };
}

export interface PricePoint {
  price: number;
  changedAt: string;
}

export interface ProductVersionView {
  version: number;
  changedAt: string;
  changedBy: string | null;
  /** Field → previous and new value. */
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** Fewer products in force of the same small category than this, and a median says nothing: no comparison. */
export const PRICE_COMPARISON_MIN = 3;

/**
 * The asking price's peers: products in force of the same small category (소분류), the product left out.
 * `median` of their asking prices, null when there are fewer than PRICE_COMPARISON_MIN of them
 * (or the product has no small category).
 */
export interface PriceComparison {
  count: number;
  median: number | null;
}

export interface ProductDetail extends ProductView {
  priceHistory: PricePoint[];
  similar: ProductSummary[];
  priceComparison: PriceComparison;
}

export const CompanyDocumentKind = {
  BUSINESS_LICENCE: 'BUSINESS_LICENCE',
  CERTIFICATE: 'CERTIFICATE',
  PATENT: 'PATENT',
  OTHER: 'OTHER',
} as const;
export type CompanyDocumentKind = (typeof CompanyDocumentKind)[keyof typeof CompanyDocumentKind];

export interface CompanyDocumentView {
  id: string;
  kind: CompanyDocumentKind;
  title: string;
  number: string | null;
  /** YYYY-MM-DD */
  expiresOn: string | null;
  file: StoredFileView;
  createdAt: string;
}

export interface CompanyProfileUpdate {
  name?: string;
  size?: CompanySize;
  region?: string;
  address?: string;
  representative?: string;
  certifications?: string[];
}

export interface CompanyMemberView {
  userId: string;
  name: string;
  email: string;
  status: string;
  companyAdmin: boolean;
}

export const ImportJobStatus = { RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type ImportJobStatus = (typeof ImportJobStatus)[keyof typeof ImportJobStatus];

/** One problem of a line: the column it is in and why, as a code the web words. */
export interface ImportRowProblem {
  /** The CSV column (a name of TYPE1_CSV_COLUMNS), or '' for the line as a whole. */
  column: string;
  code: MessageCode;
  params?: MessageParams;
}

export interface ImportRowError {
  /** 1-based line in the file, the header being line 1. */
  line: number;
  /** The problems in English, for API users and logs. */
  messages: string[];
  /** The same problems as codes, for the reader's language. */
  problems: ImportRowProblem[];
}

export interface ImportJobView {
  id: string;
  status: ImportJobStatus;
  fileName: string;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  errors: ImportRowError[];
  /** Why the whole import failed (nothing was imported), when it did: in English, for API users. */
  failure: string | null;
  /** The same as a code, for the reader's language. */
  failureCode: MessageCode | null;
  startedAt: string;
  finishedAt: string | null;
}

/** The Type 1 CSV's columns, in order; the header line must name them. */
export const TYPE1_CSV_COLUMNS = [
  'companyName',
  'businessNumber',
  'companySize',
  'companyRegion',
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
  'designatingBody',
  'certificateNumber',
  'designatedOn',
] as const;

