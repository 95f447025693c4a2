import { ProposalAction, SYSTEM_ROLE, type ItemDecision } from '@inno/contracts';
import { DesignationsService } from '../src/designations/designations.service';
import { Proposal } from '../src/proposals/proposal.entity';
import { ProposalsService } from '../src/proposals/proposals.service';
import { passingChecklist, type SignedIn } from './designation-fixtures';
import type { TestApp } from './test-app';

export const PASSING: ItemDecision = { scoredBy: 3, eligibleMembers: 3, totals: [80, 82, 84], aggregate: 82, groupAggregates: {}, present: 3, votes: null, passed: true, reasons: [], reasonMessages: [] };

/** `designate()` alone, in a transaction of its own, as a committee's close calls it. */
export function designateAlone(t: TestApp, proposalId: string, by: SignedIn) {
  return t.dataSource.transaction(async (manager) => {
    const proposal = await manager.findOneByOrFail(Proposal, { id: proposalId });
    await t.app.get(DesignationsService).designate(manager, proposal, PASSING, { userId: by.user.id, role: by.user.role, requestId: 'test' });
  });
}

/**
 * A submitted proposal screened, scheduled and designated the way a committee's passing close does
 * it (proposal to DESIGNATED, then `designate()`, in one transaction), without the committee: these
 * tests are about the designation rules, not scoring.
 */
export async function designateSubmitted(t: TestApp, proposalId: string, operator: SignedIn) {
  await t.http().post(`/api/v1/proposals/${proposalId}/start-screening`).set(operator.auth).expect(200);
  await t.http().post(`/api/v1/proposals/${proposalId}/pass-screening`).set(operator.auth).send({ checklist: passingChecklist() }).expect(200);
  const proposals = t.app.get(ProposalsService);
  const actor = { userId: operator.user.id, role: operator.user.role, requestId: 'test' };
  await proposals.transition({ role: operator.user.role, audit: actor }, proposalId, ProposalAction.SCHEDULE);
  await t.dataSource.transaction(async (manager) => {
    const proposal = await proposals.transition({ role: SYSTEM_ROLE, audit: actor }, proposalId, ProposalAction.DESIGNATE, {}, manager);
    await t.app.get(DesignationsService).designate(manager, proposal, PASSING, actor);
  });
}
