import type { Page, Role, UserStatus, UserView } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

export type GetUsersParams = {
  status?: UserStatus;
  role?: Role;
  q?: string;
  page: number;
  pageSize: number;
};

/** Every users query starts with this key; mutations invalidate by it. Operators also pick committee members from it. */
export const usersQueryKey = ['users'] as const;

export function getUsers(params: GetUsersParams, signal?: AbortSignal): Promise<Page<UserView>> {
  return data(client.GET('/api/v1/users', { params: { query: params }, signal }));
}

export function usersQueryOptions(params: GetUsersParams) {
  return queryOptions({
    queryKey: [...usersQueryKey, params],
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: GetUsersParams) {
  return useQuery(usersQueryOptions(params));
}
