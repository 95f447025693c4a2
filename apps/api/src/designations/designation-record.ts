import { addDays, DESIGNATION_HELD_STATUSES, DesignationStatus, message, periodEnd, type DesignationRules, type DesignationTerms, type RuleResult } from '@inno/contracts';
import { EntityManager, IsNull, Not } from 'typeorm';
import type { Product } from '../products/product.entity';
import { Designation } from './designation.entity';

/** The part of a call's (or the settings') rules a designation runs under. */
export const termsOf = (rules: DesignationRules): DesignationTerms => ({
  validityYears: rules.validityYears,
  extensionYears: [...rules.extensionYears],
  maxTotalYears: rules.maxTotalYears,
});

/** Years the product held under designations that have ended: the ceiling counts them. */
export async function yearsHeldBefore(manager: EntityManager, productId: string): Promise<number> {
  const [{ years }] = await manager.query(`SELECT coalesce(sum(years), 0)::int AS years FROM designations WHERE product_id = $1 AND ended_as IS NOT NULL`, [productId]);
  return years;
}

export function currentDesignation(manager: EntityManager, productId: string): Promise<Designation | null> {
  return manager.findOneBy(Designation, { productId, endedAs: IsNull() });
}

export function pastDesignations(manager: EntityManager, productId: string): Promise<Designation[]> {
  return manager.find(Designation, { where: { productId, endedAs: Not(IsNull()) }, order: { designatedOn: 'ASC' } });
}

/**
 * Whether the product may be designated (again), each rule explained: not while a designation is in
 * force, never after a revocation, and only while the ceiling leaves years (domain.md §2).
 */
export function designationRules(product: Pick<Product, 'status' | 'validUntil'>, yearsHeld: number, terms: DesignationTerms): RuleResult[] {
  const inForce = DESIGNATION_HELD_STATUSES.includes(product.status);
  const revoked = product.status === DesignationStatus.REVOKED;
  const left = terms.maxTotalYears - yearsHeld;
  return [
    {
      rule: 'notAlreadyDesignated',
      passed: !inForce,
      reason: inForce ? `This product is already designated (${product.status}, until ${product.validUntil}); apply for an extension instead` : 'No designation of the product is in force',
      ...(inForce ? message('ALREADY_DESIGNATED', { status: product.status, validUntil: product.validUntil ?? '' }) : message('NOT_DESIGNATED_OK')),
    },
    {
      rule: 'notRevoked',
      passed: !revoked,
      reason: revoked ? 'This product’s designation was revoked: a revoked product is not designated again' : 'The product was never revoked',
      code: revoked ? 'REVOKED' : 'NOT_REVOKED_OK',
    },
    {
      rule: 'withinCeiling',
      passed: left > 0,
      reason:
        left > 0
          ? `The product has held designations for ${yearsHeld} of the ${terms.maxTotalYears} years allowed; a new one runs ${Math.min(terms.validityYears, left)} year(s)`
          : `The product has held designations for ${yearsHeld} years: ${terms.maxTotalYears} is the most over all its designations`,
      ...(left > 0 ? message('CEILING_OK', { held: yearsHeld, max: terms.maxTotalYears, years: Math.min(terms.validityYears, left) }) : message('CEILING_REACHED', { held: yearsHeld, max: terms.maxTotalYears })),
    },
  ];
}

/**
 * Opens a designation of `product` on `designatedOn` under `terms`, cut to what the ceiling leaves.
 * The caller has locked the product and checked `designationRules`; the partial unique index
 * refuses a second designation in force whatever happens.
 */
export async function openDesignation(
  manager: EntityManager,
  product: Product,
  designatedOn: string,
  terms: DesignationTerms,
  source: { proposalId: string | null; callId: string | null; patents?: Product['patents'] },
  today: string,
): Promise<Designation> {
  const years = Math.min(terms.validityYears, terms.maxTotalYears - (await yearsHeldBefore(manager, product.id)));
  const validUntil = periodEnd(designatedOn, { years });
  // A proposal's patents count with the product's: what the committee saw is what the extension check reads.
  const patents = [...product.patents, ...(source.patents ?? []).filter((p) => !product.patents.some((q) => q.number === p.number))];
  const expired = validUntil < today;
  return manager.save(
    manager.create(Designation, {
      productId: product.id,
      proposalId: source.proposalId,
      callId: source.callId,
      designatedOn,
      validUntil,
      years,
      extensionStage: 0,
      terms,
      patents,
      certifications: [...product.certifications],
      endedAs: expired ? 'EXPIRED' : null,
      endedOn: expired ? addDays(validUntil, 1) : null,
    }),
  );
}

/** The designation ends: expired on the day after its last, or revoked on the day of the decision. */
export async function endDesignation(manager: EntityManager, productId: string, endedAs: 'EXPIRED' | 'REVOKED', endedOn: string): Promise<void> {
  await manager.update(Designation, { productId, endedAs: IsNull() }, { endedAs, endedOn });
}
