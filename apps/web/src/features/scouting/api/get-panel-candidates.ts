import type { Page, Role, UserView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** GET /users?role=&status=ACTIVE (operator): the active users of one panel role, to seat on a demo day. */
export function getPanelCandidates(role: Role, signal?: AbortSignal): Promise<Page<UserView>> {
  return data(client.GET('/api/v1/users', { params: { query: { role, status: 'ACTIVE', pageSize: 100 } }, signal }));
}

export function panelCandidatesQueryOptions(role: Role) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'panel-candidates', role], queryFn: ({ signal }) => getPanelCandidates(role, signal) });
}

export function usePanelCandidates(role: Role) {
  return useQuery(panelCandidatesQueryOptions(role));
}
