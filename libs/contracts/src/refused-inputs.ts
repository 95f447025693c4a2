import { PRICE_MAX_KRW } from './catalogue';
import type { Message } from './messages';
import type { PilotApplicationInput } from './pilots';

/**
 * Inputs the API and the web's forms must both refuse, each with the codes both give: the API's
 * tests send them (a 400's `detailCodes`), the web's tests type them into the form (the messages
 * shown before anything is sent). One list, so the two cannot drift apart.
 */
export interface RefusedInput<Input> {
  why: string;
  /** Laid over a valid input. A number typed as text the form cannot read is sent as that text. */
  input: Partial<Record<keyof Input, unknown>>;
  codes: Record<string, Message[]>;
}

/** Over a plan that caps a product at ₩300,000,000 and use at 12 months (the defaults). */
export const REFUSED_PILOT_APPLICATIONS: RefusedInput<PilotApplicationInput>[] = [
  { why: 'no quantity', input: { quantity: 0 }, codes: { quantity: [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 1, max: 100_000 } }] } },
  { why: 'an amount that is not a number', input: { amount: '12만' }, codes: { amount: [{ code: 'FIELD_AMOUNT_OUT_OF_RANGE', params: { min: 1, max: PRICE_MAX_KRW } }] } },
  { why: 'a short use', input: { intendedUse: '측정' }, codes: { intendedUse: [{ code: 'FIELD_TOO_SHORT', params: { min: 5 } }] } },
  { why: 'a place too long', input: { place: '가'.repeat(301) }, codes: { place: [{ code: 'FIELD_TOO_LONG', params: { max: 300 } }] } },
  { why: 'no need said', input: { need: '   ' }, codes: { need: [{ code: 'FIELD_REQUIRED' }] } },
  {
    why: 'a budgeted follow-on that is not planned and has no amount',
    input: { followOnPlanned: false, followOnBudgeted: true },
    codes: { followOnBudgeted: [{ code: 'FOLLOW_ON_NOT_PLANNED' }], followOnAmount: [{ code: 'FOLLOW_ON_AMOUNT_REQUIRED' }] },
  },
  { why: 'more than the plan’s cap per product', input: { amount: 300_000_001 }, codes: { amount: [{ code: 'AMOUNT_OVER_PRODUCT_CAP', params: { max: 300_000_000 } }] } },
  { why: 'longer than the plan’s use period', input: { usePeriodMonths: 13 }, codes: { usePeriodMonths: [{ code: 'USE_PERIOD_OVER_PLAN', params: { max: 12 } }] } },
];

/** Over a sheet of the default criteria, each scored within its points and commented; `novelty` is out of 10. */
export const REFUSED_SCORE_SHEETS: RefusedInput<{ points: number; comments: string }>[] = [
  { why: 'points over the criterion’s', input: { points: 11 }, codes: { 'points.novelty': [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 0, max: 10 } }] } },
  { why: 'a fraction of a point', input: { points: 7.5 }, codes: { 'points.novelty': [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 0, max: 10 } }] } },
  { why: 'no comment', input: { comments: ' ' }, codes: { 'comments.novelty': [{ code: 'FIELD_REQUIRED' }] } },
  { why: 'a comment too long', input: { comments: '가'.repeat(2001) }, codes: { 'comments.novelty': [{ code: 'FIELD_TOO_LONG', params: { max: 2000 } }] } },
];

/** Catalogue searches, as the query string carries them (and the search form's fields are typed). */
export const REFUSED_CATALOGUE_QUERIES: RefusedInput<Record<'q' | 'certification' | 'designatingBody' | 'minPrice' | 'maxPrice', string>>[] = [
  { why: 'words too long', input: { q: '가'.repeat(101) }, codes: { q: [{ code: 'FIELD_TOO_LONG', params: { max: 100 } }] } },
  { why: 'a certification too long', input: { certification: 'K'.repeat(61) }, codes: { certification: [{ code: 'FIELD_TOO_LONG', params: { max: 60 } }] } },
  { why: 'a price that is not a number', input: { minPrice: '만원' }, codes: { minPrice: [{ code: 'FIELD_AMOUNT_OUT_OF_RANGE', params: { min: 0, max: PRICE_MAX_KRW } }] } },
  { why: 'a price over the most', input: { maxPrice: String(PRICE_MAX_KRW + 1) }, codes: { maxPrice: [{ code: 'FIELD_AMOUNT_OUT_OF_RANGE', params: { min: 0, max: PRICE_MAX_KRW } }] } },
  { why: 'a reversed price range', input: { minPrice: '5000', maxPrice: '100' }, codes: { maxPrice: [{ code: 'PRICE_RANGE_INVERTED' }] } },
];
