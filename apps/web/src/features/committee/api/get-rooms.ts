import type { RoomView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const roomsQueryKey = ['rooms'] as const;

/** GET /rooms: the evaluation rooms a session may book (reference data). */
export function getRooms(signal?: AbortSignal): Promise<RoomView[]> {
  return data(client.GET('/api/v1/rooms', { signal }));
}

export function roomsQueryOptions() {
  return queryOptions({ queryKey: roomsQueryKey, queryFn: ({ signal }) => getRooms(signal), staleTime: 10 * 60_000 });
}

export function useRooms() {
  return useQuery(roomsQueryOptions());
}
