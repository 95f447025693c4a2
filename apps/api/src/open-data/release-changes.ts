import type { OcdsContract, OcdsReleaseTag } from '@inno/contracts';
import type { ReleaseContent } from './ocds-release.entity';

/** JSON with every object's keys sorted: what PostgreSQL's jsonb gives back compares equal to what was built. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const byId = <T extends { id: string }>(list: T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x]));
/** Implementation has begun once a milestone is reached, money moved or a report was filed. */
const started = (implementation: OcdsContract['implementation']) =>
  !!(implementation?.transactions?.length || implementation?.documents?.length || implementation?.milestones?.some((m) => m.status && m.status !== 'scheduled'));

/**
 * The stages a release reports, from what changed since the process's previous release (OCDS
 * releaseTag codes). A process still being planned (a challenge before its solution call) uses the
 * planning codes, never `tender`.
 */
export function releaseTags(previous: ReleaseContent | null, next: ReleaseContent): OcdsReleaseTag[] {
  const tags: OcdsReleaseTag[] = [];
  const planningStage = (c: ReleaseContent | null) => !c?.tender || c.tender.status === 'planning' || c.tender.status === 'planned';
  if (next.tender && !same(previous?.tender, next.tender)) {
    if (planningStage(next) || (next.tender.status === 'withdrawn' && planningStage(previous))) tags.push(previous?.tender ? 'planningUpdate' : 'planning');
    else if (next.tender.status === 'cancelled' || next.tender.status === 'withdrawn') tags.push('tenderCancellation');
    else tags.push(previous?.tender && !planningStage(previous) ? 'tenderUpdate' : 'tender');
  }
  if (next.planning && !same(previous?.planning, next.planning) && !tags.includes('planning') && !tags.includes('planningUpdate')) {
    tags.push(previous?.planning ? 'planningUpdate' : 'planning');
  }
  const awardsBefore = byId(previous?.awards);
  for (const award of next.awards ?? []) {
    const before = awardsBefore.get(award.id);
    if (!before) tags.push('award');
    else if (!same(before, award)) tags.push(award.status === 'cancelled' && before.status !== 'cancelled' ? 'awardCancellation' : 'awardUpdate');
  }
  const contractsBefore = byId(previous?.contracts);
  for (const contract of next.contracts ?? []) {
    const before = contractsBefore.get(contract.id);
    const { implementation, ...terms } = contract;
    if (!before) {
      tags.push('contract');
      if (started(implementation)) tags.push('implementation');
      continue;
    }
    const { implementation: implementationBefore, ...termsBefore } = before;
    if (!same(termsBefore, terms)) tags.push(contract.status === 'terminated' || contract.status === 'cancelled' ? 'contractTermination' : 'contractUpdate');
    if (!same(implementationBefore, implementation)) tags.push(started(implementationBefore) ? 'implementationUpdate' : 'implementation');
  }
  const unique = [...new Set(tags)];
  // A change the stages above do not name (a party's name, say) still makes a release: of the stage the process is in.
  if (unique.length === 0) unique.push(next.contracts?.length ? 'contractUpdate' : next.awards?.length ? 'awardUpdate' : planningStage(next) ? 'planningUpdate' : 'tenderUpdate');
  return unique;
}

/** The awards or contracts that are new or differ from the ones of the same id before. */
function changedOnes<T extends { id: string }>(next: T[] | undefined, before: T[] | undefined): T[] {
  const earlier = byId(before);
  return (next ?? []).filter((x) => !same(earlier.get(x.id), x));
}

/**
 * What a release of a change carries: the process whole, but of its awards and contracts only those
 * the change made or altered, and of its parties those new or altered or named by what it carries.
 * Merged by id in order (OCDS's merge), the releases give the process as it stands.
 */
export function releaseDelta(previous: ReleaseContent | null, next: ReleaseContent): ReleaseContent {
  if (!previous) return next;
  const awards = changedOnes(next.awards, previous.awards);
  const contracts = changedOnes(next.contracts, previous.contracts);
  const named = new Set<string>([
    ...[next.buyer?.id, next.tender?.procuringEntity?.id].filter((id): id is string => !!id),
    ...awards.flatMap((a) => (a.suppliers ?? []).map((s) => s.id)),
    ...contracts.flatMap((c) => (c.implementation?.transactions ?? []).flatMap((t) => [t.payer.id, t.payee.id])),
  ]);
  const changedParties = new Set(changedOnes(next.parties, previous.parties).map((p) => p.id));
  const { awards: _awards, contracts: _contracts, parties, ...whole } = next;
  return {
    ...whole,
    parties: (parties ?? []).filter((p) => named.has(p.id) || changedParties.has(p.id)),
    ...(awards.length ? { awards } : {}),
    ...(contracts.length ? { contracts } : {}),
  };
}
