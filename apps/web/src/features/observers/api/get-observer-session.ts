import type { ObserverSessionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { observerSessionsQueryKey } from './get-observer-sessions';

/** GET /observer/sessions/:id: a closed session whole (attendance, recusals, numbered scores, trails); an open one as the public sees it. */
export function getObserverSession(id: string, signal?: AbortSignal): Promise<ObserverSessionView> {
  return data(client.GET('/api/v1/observer/sessions/{id}', { params: { path: { id } }, signal }));
}

export function observerSessionQueryOptions(id: string) {
  return queryOptions({ queryKey: [...observerSessionsQueryKey, id], queryFn: ({ signal }) => getObserverSession(id, signal) });
}

export function useObserverSession(id: string) {
  return useQuery(observerSessionQueryOptions(id));
}
