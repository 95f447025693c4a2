import { LISTED_STATUSES, PILOT_HOLDING_STATUSES, type DesignationStatus, type MessageParams, type PilotStatus } from '@inno/contracts';
import type { EntityManager } from 'typeorm';

/** A product's pilot in one plan: what that plan holds for it, and when it was first matched. */
export interface PlanPilot {
  planId: string;
  amount: number;
  since: Date;
}

/** Why a product may not be piloted (now) in a plan; the code is the error's. */
export interface PilotRefusal {
  code: 'PRODUCT_NOT_IN_FORCE' | 'COMPANY_SANCTIONED' | 'REPEAT_PILOT';
  message: string;
  params: MessageParams;
}

const won = (amount: number) => `₩${amount.toLocaleString('en')}`;

/**
 * domain.md §3.5: a product already pilot-purchased is not piloted again, unless its first pilot was
 * at most the threshold; then it gets one more plan's pilot, no more. A plan's pilot of a product
 * is everything that plan holds for it (up to its caps), so `pilots` lists one entry per plan, the
 * plan concerned included with the amount it would hold. The first is the one matched first.
 */
export function repeatPilotRefusal(pilots: PlanPilot[], planId: string, threshold: number): PilotRefusal | null {
  if (!pilots.some((p) => p.planId !== planId)) return null;
  const [first, ...later] = [...pilots].sort((a, b) => a.since.getTime() - b.since.getTime() || Number(a.planId === planId) - Number(b.planId === planId));
  if (first.amount > threshold) {
    const params = { amount: first.amount, threshold };
    return first.planId === planId
      ? { code: 'REPEAT_PILOT', params, message: `This plan's pilot of the product would come to ${won(first.amount)}, over ${won(threshold)}, and the product has been piloted again after it: a second pilot is allowed only after a small first one` }
      : { code: 'REPEAT_PILOT', params, message: `Already pilot-purchased once for ${won(first.amount)} (over ${won(threshold)}): a product is piloted once, unless its first pilot was small` };
  }
  if (later.length > 1) {
    const others = pilots.filter((p) => p.planId !== planId).length;
    return { code: 'REPEAT_PILOT', params: { plans: others, amount: first.amount, threshold }, message: `Already pilot-purchased in ${others} plans: a small first pilot (${won(first.amount)}) allows one more pilot, not more` };
  }
  return null;
}

/** Only designated products in force are piloted. */
export function notInForce(product: { status: DesignationStatus }): PilotRefusal | null {
  if (LISTED_STATUSES.includes(product.status)) return null;
  return { code: 'PRODUCT_NOT_IN_FORCE', params: { status: product.status }, message: `The product is ${product.status}: only designated products in force are piloted` };
}

/** A sanctioned company's products are not piloted while the sanction lasts (to its last day, Korean date). */
export function sanctioned(company: { sanctionedUntil: string | null; sanctionReason?: string | null }, today: string): PilotRefusal | null {
  if (!company.sanctionedUntil || company.sanctionedUntil < today) return null;
  const why = company.sanctionReason ? ` (${company.sanctionReason})` : '';
  return { code: 'COMPANY_SANCTIONED', params: { until: company.sanctionedUntil }, message: `The product's company is under a sanction until ${company.sanctionedUntil}${why}: its products cannot be piloted` };
}

/**
 * Each product's pilots per plan, from the applications in the given statuses (committed rows; a
 * caller that must not race another match locks the product rows first).
 */
export async function pilotsByProduct(
  manager: EntityManager,
  productIds: string[],
  statuses: readonly PilotStatus[] = PILOT_HOLDING_STATUSES,
): Promise<Map<string, PlanPilot[]>> {
  const rows: { product_id: string; plan_id: string; amount: string; since: Date }[] = productIds.length
    ? await manager.query(
        `SELECT product_id, plan_id, sum(amount) AS amount, min(coalesce(matched_at, created_at)) AS since
           FROM pilot_applications WHERE product_id = ANY($1) AND status = ANY($2) GROUP BY product_id, plan_id`,
        [productIds, statuses],
      )
    : [];
  const pilots = new Map<string, PlanPilot[]>(productIds.map((id) => [id, []]));
  for (const row of rows) pilots.get(row.product_id)?.push({ planId: row.plan_id, amount: Number(row.amount), since: new Date(row.since) });
  return pilots;
}

/** The product's pilots as they would stand with `amount` more held in the plan (a new pilot counts from `now`). */
export function withCandidate(pilots: PlanPilot[], planId: string, amount: number, now: Date): PlanPilot[] {
  const own = pilots.find((p) => p.planId === planId);
  if (!own) return [...pilots, { planId, amount, since: now }];
  return pilots.map((p) => (p === own ? { ...p, amount: p.amount + amount } : p));
}
