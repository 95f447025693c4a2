import type { Message } from './messages';
import { InstitutionType, Role } from './roles';
import { defineStateMachine } from './state-machine';

export const OrderStatus = {
  ORDERED: 'ORDERED',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  DELIVERED: 'DELIVERED',
  INSPECTED: 'INSPECTED',
  PAID: 'PAID',
  CANCELLED: 'CANCELLED',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const OrderAction = {
  ACCEPT: 'accept',
  DECLINE: 'decline',
  DELIVER: 'deliver',
  INSPECT: 'inspect',
  PAY: 'pay',
  CANCEL: 'cancel',
} as const;
export type OrderAction = (typeof OrderAction)[keyof typeof OrderAction];

/**
 * A negotiated-contract order (수의계약, domain.md §3.7):
 * ORDERED → ACCEPTED → DELIVERED → INSPECTED → PAID; the supplier may decline an ORDERED order;
 * the buyer cancels before acceptance, either side after it (with a reason) until inspection.
 * Buyers act on their institution's orders, suppliers on their company's: the routes check ownership.
 */
export const orderMachine = /* @__PURE__ */ defineStateMachine<OrderStatus, OrderAction, Role>('order', [
  { action: OrderAction.ACCEPT, from: [OrderStatus.ORDERED], to: OrderStatus.ACCEPTED, roles: [Role.SUPPLIER] },
  { action: OrderAction.DECLINE, from: [OrderStatus.ORDERED], to: OrderStatus.DECLINED, roles: [Role.SUPPLIER] },
  { action: OrderAction.DELIVER, from: [OrderStatus.ACCEPTED], to: OrderStatus.DELIVERED, roles: [Role.SUPPLIER] },
  { action: OrderAction.INSPECT, from: [OrderStatus.DELIVERED], to: OrderStatus.INSPECTED, roles: [Role.BUYER] },
  { action: OrderAction.PAY, from: [OrderStatus.INSPECTED], to: OrderStatus.PAID, roles: [Role.BUYER] },
  { action: OrderAction.CANCEL, from: [OrderStatus.ORDERED], to: OrderStatus.CANCELLED, roles: [Role.BUYER] },
  { action: OrderAction.CANCEL, from: [OrderStatus.ACCEPTED, OrderStatus.DELIVERED], to: OrderStatus.CANCELLED, roles: [Role.BUYER, Role.SUPPLIER] },
]);

/** Orders that are contracts: accepted by the supplier and not cancelled. They count toward the target. */
export const CONTRACTED_ORDER_STATUSES: readonly OrderStatus[] = [OrderStatus.ACCEPTED, OrderStatus.DELIVERED, OrderStatus.INSPECTED, OrderStatus.PAID];

/** A decline, and a cancellation once the supplier has accepted, say why. */
export function orderReasonRequired(status: OrderStatus, action: OrderAction): boolean {
  return action === OrderAction.DECLINE || (action === OrderAction.CANCEL && status !== OrderStatus.ORDERED);
}

/** The steps recorded with a date and documents, and the action that records each. */
export const OrderStep = { DELIVERY: 'DELIVERY', INSPECTION: 'INSPECTION', PAYMENT: 'PAYMENT' } as const;
export type OrderStep = (typeof OrderStep)[keyof typeof OrderStep];
export const ORDER_STEP_ACTION: Record<OrderStep, OrderAction> = {
  DELIVERY: OrderAction.DELIVER,
  INSPECTION: OrderAction.INSPECT,
  PAYMENT: OrderAction.PAY,
};

/** Field limits of an order, the API's DTO and the form's alike. */
export const ORDER_LIMITS = {
  quantityMax: 1_000_000,
  /** KRW an order may come to (quantity × unit price): ₩10 trillion, beyond any real order. */
  amountMax: 10_000_000_000_000,
  deliveryPlace: { min: 2, max: 300 },
  note: { max: 2000 },
  reason: { min: 2, max: 2000 },
} as const;

/**
 * The contract's legal basis: a designated innovative product may be bought by negotiated contract
 * with no amount limit while its designation is in force. Stored as a code; the web words it.
 */
export const OrderLegalBasis = { INNOVATIVE_PRODUCT: 'INNOVATIVE_PRODUCT' } as const;
export type OrderLegalBasis = (typeof OrderLegalBasis)[keyof typeof OrderLegalBasis];

export interface OrderInput {
  productId: string;
  quantity: number;
  /** KRW per unit incl. VAT; the supplier's asking price when left out. */
  unitPrice?: number;
  deliveryPlace: string;
  /** The day the buyer wants it delivered (Korean date). */
  deliveryDueOn: string;
  note?: string;
}

export interface OrderStepInput {
  /** The day the step happened (Korean date), not after today. */
  on: string;
  note?: string;
}

export interface OrderDocumentView {
  id: string;
  step: OrderStep;
  name: string;
  contentType: string;
  size: number;
  url: string;
  createdAt: string;
}

export interface OrderView {
  id: string;
  status: OrderStatus;
  product: { id: string; nameKo: string; nameEn: string; designationNumber: string | null; tradingUnit: string };
  company: { id: string; name: string };
  institution: { id: string; name: string };
  quantity: number;
  /** The supplier's asking price when ordered, and the price agreed. */
  askingPrice: number;
  unitPrice: number;
  amount: number;
  deliveryPlace: string;
  deliveryDueOn: string;
  note: string | null;
  legalBasis: OrderLegalBasis;
  /** The legal basis as the web words it. */
  legalBasisMessage: Message;
  orderedOn: string;
  /** The contract date: the day the supplier accepted. */
  contractedOn: string | null;
  deliveredOn: string | null;
  inspectedOn: string | null;
  paidOn: string | null;
  stepNotes: Partial<Record<OrderStep, string>>;
  reason: string | null;
  documents: OrderDocumentView[];
  availableActions: OrderAction[];
  createdAt: string;
}

/** What the public sees of a product's purchases: how many institutions bought it, never which. */
export interface ProductPurchaseCount {
  institutions: number;
}

/** Where an innovative-product purchase comes from. */
export const PurchaseSource = { ORDER: 'ORDER', PILOT: 'PILOT', CHALLENGE: 'CHALLENGE' } as const;
export type PurchaseSource = (typeof PurchaseSource)[keyof typeof PurchaseSource];

export interface TargetFigures {
  /** KRW of innovative products contracted in the year. */
  amount: number;
  goodsPurchases: number;
  targetRate: number;
  /** KRW the rate asks for: goods purchases × rate, rounded up to the won. */
  targetAmount: number;
  /** Share of goods purchases attained (amount ÷ goods purchases), 0 when there are none. */
  attainedRate: number;
  /** KRW still to buy to meet the target, 0 once met. */
  gap: number;
  met: boolean;
}

export interface InstitutionTargetView extends TargetFigures {
  institution: { id: string; code: string; name: string; nameEn: string; type: InstitutionType; sector: string };
  year: number;
  /** Whether the goods purchases were entered for the year (else the institution's reference figure). */
  goodsPurchasesEntered: boolean;
  /** Whether the rate is the sector's rate for the year (else the institution's own). */
  sectorRate: boolean;
}

export interface TargetMonth {
  month: number;
  /** KRW contracted in the month, and from January to its end. */
  amount: number;
  cumulative: number;
  /** The target spread evenly: where the year should stand at the month's end. */
  targetLine: number;
}

export interface TargetPurchase {
  source: PurchaseSource;
  id: string;
  productName: string;
  amount: number;
  contractedOn: string;
}

export interface TargetDashboard extends InstitutionTargetView {
  months: TargetMonth[];
  purchases: TargetPurchase[];
}

export interface TargetRanking {
  year: number;
  items: (InstitutionTargetView & { rank: number })[];
  /** Over every institution listed: the sum of their amounts and goods purchases. */
  total: { amount: number; goodsPurchases: number; targetAmount: number; attainedRate: number; institutions: number; met: number };
}

export interface SectorRateView {
  year: number;
  sector: string;
  rate: number;
}

/** A sector in the year's list of rates: null where none is set (each institution keeps its own). */
export interface SectorRateRow {
  year: number;
  sector: string;
  rate: number | null;
}

/** Whole basis points of a share (0.0125 → 125): rates are kept to four decimals. */
const basisPoints = (rate: number) => BigInt(Math.round(rate * 10_000));

/**
 * The target arithmetic, in integers: the target is goods × rate rounded up to the won, met when the
 * amount reaches it; the attained rate is for display (4 decimals of a share, cut, never rounded up).
 */
export function targetFigures(amount: number, goodsPurchases: number, targetRate: number): TargetFigures {
  const goods = BigInt(goodsPurchases);
  const bp = basisPoints(targetRate);
  const targetAmount = Number((goods * bp + 9_999n) / 10_000n);
  const met = BigInt(amount) * 10_000n >= goods * bp;
  const attainedRate = goods === 0n ? 0 : Number((BigInt(amount) * 1_000_000n) / goods) / 1_000_000;
  return { amount, goodsPurchases, targetRate, targetAmount, attainedRate, gap: Math.max(0, targetAmount - amount), met };
}

/** The fiscal year of a Korean date: the calendar year. */
export const fiscalYearOf = (koreanDate: string) => Number(koreanDate.slice(0, 4));
