import type { MinutesView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export const minutesQueryKey = (sessionId: string) => [...committeeQueryKey, 'minutes', sessionId] as const;

/** GET /committee-sessions/:id/minutes (public): attendance, recusals, each closed item's result; scores without names. */
export function getMinutes(sessionId: string, signal?: AbortSignal): Promise<MinutesView> {
  return data(client.GET('/api/v1/committee-sessions/{id}/minutes', { params: { path: { id: sessionId } }, signal }));
}

export function minutesQueryOptions(sessionId: string) {
  return queryOptions({ queryKey: minutesQueryKey(sessionId), queryFn: ({ signal }) => getMinutes(sessionId, signal) });
}

export function useMinutes(sessionId: string) {
  return useQuery(minutesQueryOptions(sessionId));
}
