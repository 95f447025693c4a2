import type { MyAllocationsView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** GET /demo-days/:id/my-allocations (panel member): only the member's own, and the products they may not invest in. */
export function getMyAllocations(id: string, signal?: AbortSignal): Promise<MyAllocationsView> {
  return data(client.GET('/api/v1/demo-days/{id}/my-allocations', { params: { path: { id } }, signal }));
}

export function myAllocationsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'my-allocations', id], queryFn: ({ signal }) => getMyAllocations(id, signal) });
}

export function useMyAllocations(id: string) {
  return useQuery(myAllocationsQueryOptions(id));
}
