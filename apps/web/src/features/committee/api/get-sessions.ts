import type { SessionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

/**
 * Every committee query (sessions, a session, an agenda item, minutes) starts
 * with this key; creating sessions, agenda items, declarations, scores and
 * closing an item invalidate by it.
 */
export const committeeQueryKey = ['committee-sessions'] as const;

/** GET /committee-sessions: every session for an operator; a member's own for a committee member. */
export function getCommitteeSessions(signal?: AbortSignal): Promise<SessionView[]> {
  return data(client.GET('/api/v1/committee-sessions', { signal }));
}

export function committeeSessionsQueryOptions() {
  return queryOptions({ queryKey: [...committeeQueryKey, 'list'], queryFn: ({ signal }) => getCommitteeSessions(signal) });
}

export function useCommitteeSessions() {
  return useQuery(committeeSessionsQueryOptions());
}
