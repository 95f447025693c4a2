import type { RuleResult } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { proposalQueryKey } from './get-proposal';

/** Under the proposal's key: an edit (which invalidates proposals) checks the rules again. */
export const proposalEligibilityQueryKey = (id: string) => [...proposalQueryKey(id), 'eligibility'] as const;

/** GET /proposals/:id/eligibility: each rule with pass or fail and why, before submitting (a failing one blocks it). */
export function getProposalEligibility(id: string, signal?: AbortSignal): Promise<RuleResult[]> {
  return data(client.GET('/api/v1/proposals/{id}/eligibility', { params: { path: { id } }, signal }));
}

export function proposalEligibilityQueryOptions(id: string) {
  return queryOptions({
    queryKey: proposalEligibilityQueryKey(id),
    queryFn: ({ signal }) => getProposalEligibility(id, signal),
    // Rules read dates and sanctions: ask again whenever the check is shown.
    staleTime: 0,
  });
}

export function useProposalEligibility(id: string) {
  return useQuery(proposalEligibilityQueryOptions(id));
}
