import type { MatchingProposal } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { pilotPlanQueryKey } from './get-pilot-plan';

/**
 * GET /pilot-plans/:id/matching-proposal (operator): what the platform would match,
 * in ranking order within the caps and the budget, and what it skips and why.
 */
export function getMatchingProposal(planId: string, signal?: AbortSignal): Promise<MatchingProposal> {
  return data(client.GET('/api/v1/pilot-plans/{id}/matching-proposal', { params: { path: { id: planId } }, signal }));
}

export function matchingProposalQueryOptions(planId: string) {
  return queryOptions({
    queryKey: [...pilotPlanQueryKey(planId), 'matching-proposal'],
    queryFn: ({ signal }) => getMatchingProposal(planId, signal),
    // The proposal reads the budget and caps as they are now.
    staleTime: 0,
  });
}

export function useMatchingProposal(planId: string) {
  return useQuery(matchingProposalQueryOptions(planId));
}
