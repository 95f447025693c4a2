import type { Page, ProposalStatus, ProposalView } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

export type GetProposalsParams = { status?: ProposalStatus; callId?: string; page: number; pageSize: number };

/**
 * Every proposal query (lists, a proposal, its eligibility) starts with this key;
 * proposal moves, screening and committee decisions invalidate by it.
 */
export const proposalsQueryKey = ['proposals'] as const;

/**
 * GET /proposals: a supplier gets its company's; an operator the screening queue
 * (by status) or the proposals in evaluation to put on an agenda.
 */
export function getProposals(params: GetProposalsParams, signal?: AbortSignal): Promise<Page<ProposalView>> {
  return data(client.GET('/api/v1/proposals', { params: { query: params }, signal }));
}

export function proposalsQueryOptions(params: GetProposalsParams) {
  return queryOptions({
    queryKey: [...proposalsQueryKey, 'list', params],
    queryFn: ({ signal }) => getProposals(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProposals(params: GetProposalsParams) {
  return useQuery(proposalsQueryOptions(params));
}
