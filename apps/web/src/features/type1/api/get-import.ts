import { ImportJobStatus, type ImportJobView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { importsQueryKey } from './get-imports';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 500;

export const importQueryKey = (id: string) => [...importsQueryKey, 'detail', id] as const;

export function getImport(id: string, signal?: AbortSignal): Promise<ImportJobView> {
  return data(client.GET('/api/v1/product-imports/{id}', { params: { path: { id } }, signal }));
}

/** Polls while the job runs, then stops. */
export function importQueryOptions(id: string) {
  return queryOptions({
    queryKey: importQueryKey(id),
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (query.state.data?.status === ImportJobStatus.RUNNING ? IMPORT_POLL_MS : false),
  });
}

export function useImport(id: string) {
  return useQuery(importQueryOptions(id));
}
