import type { SessionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export const committeeSessionQueryKey = (id: string) => [...committeeQueryKey, 'detail', id] as const;

/**
 * GET /committee-sessions/:id: the agenda with, for a member, their own
 * declaration and score, how many have scored (never the scores), and each
 * closed item's decision.
 */
export function getCommitteeSession(id: string, signal?: AbortSignal): Promise<SessionView> {
  return data(client.GET('/api/v1/committee-sessions/{id}', { params: { path: { id } }, signal }));
}

export function committeeSessionQueryOptions(id: string) {
  return queryOptions({ queryKey: committeeSessionQueryKey(id), queryFn: ({ signal }) => getCommitteeSession(id, signal) });
}

/** `live` polls, so a chair sees other members' scores arrive. */
export function useCommitteeSession(id: string, { live = false }: { live?: boolean } = {}) {
  return useQuery({ ...committeeSessionQueryOptions(id), refetchInterval: live ? 5_000 : false });
}
