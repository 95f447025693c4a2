import type { ObserverSessionSummary } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const observerSessionsQueryKey = ['observer-sessions'] as const;

/** GET /observer/sessions: every committee session, newest first, with whether it is closed. */
export function getObserverSessions(signal?: AbortSignal): Promise<ObserverSessionSummary[]> {
  return data(client.GET('/api/v1/observer/sessions', { signal }));
}

export function observerSessionsQueryOptions() {
  return queryOptions({ queryKey: [...observerSessionsQueryKey, 'list'], queryFn: ({ signal }) => getObserverSessions(signal) });
}

export function useObserverSessions() {
  return useQuery(observerSessionsQueryOptions());
}
