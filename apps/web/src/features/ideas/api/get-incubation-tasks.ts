import type { IncubationTaskView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetIncubationTasksParams = { page: number; pageSize: number };

/** Every incubation task query starts with this key; selections and moves invalidate it. */
export const incubationTasksQueryKey = ['incubation-tasks'] as const;

/** GET /incubation-tasks (operator): every task, soonest due first. */
export function getIncubationTasks(params: GetIncubationTasksParams, signal?: AbortSignal): Promise<Page<IncubationTaskView>> {
  return data(client.GET('/api/v1/incubation-tasks', { params: { query: params }, signal }));
}

export function incubationTasksQueryOptions(params: GetIncubationTasksParams) {
  return queryOptions({ queryKey: [...incubationTasksQueryKey, params], queryFn: ({ signal }) => getIncubationTasks(params, signal), placeholderData: keepPreviousData });
}

export function useIncubationTasks(params: GetIncubationTasksParams) {
  return useQuery(incubationTasksQueryOptions(params));
}
