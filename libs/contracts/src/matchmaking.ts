import type { Message } from './messages';

/**
 * Why a product is suggested to an institution, strongest first when several apply. Each is a
 * message code (`messages.ts`); its params are the evidence (a challenge's title, the sector, …).
 */
export const SUGGESTION_REASONS = [
  'MATCHES_PILOT_APPLICATION',
  'MATCHES_CHALLENGE',
  'SIMILAR_INSTITUTIONS_BOUGHT',
  'BOUGHT_TOGETHER',
  'LIKE_PAST_PURCHASE',
  'BOUGHT_BEFORE',
  'SAME_TYPE_BOUGHT',
  'SECTOR_BUYS_CATEGORY',
  'POPULAR_PRODUCT',
] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

/** How many suggestions a list holds by default, and at most. */
export const SUGGESTION_LIMITS = { default: 10, max: 50 } as const;

/** A designated product in force suggested to an institution, with the one line that explains it. */
export interface ProductSuggestion {
  rank: number;
  product: {
    id: string;
    nameKo: string;
    nameEn: string;
    companyName: string;
    categoryCode: string;
    askingPrice: number;
    tradingUnit: string;
    validUntil: string | null;
  };
  /** The ranking's score: comparable within one list only. */
  score: number;
  reason: Message;
}

export interface SuggestionList {
  institution: { id: string; name: string; nameEn: string; sector: string };
  /** The Korean day the list was computed for: products in force on it. */
  asOf: string;
  items: ProductSuggestion[];
}
