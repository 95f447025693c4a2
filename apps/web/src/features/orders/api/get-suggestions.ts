import type { SuggestionList } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { targetsQueryKey } from './get-target-dashboard';

/** GET /matchmaking/institutions/:id/suggestions: designated products in force suggested to the institution, each with its reason. */
export function getSuggestions(institutionId: string, signal?: AbortSignal): Promise<SuggestionList> {
  return data(client.GET('/api/v1/matchmaking/institutions/{id}/suggestions', { params: { path: { id: institutionId } }, signal }));
}

/** Under the targets' key: an order placed or moved changes what is suggested as it changes the figures. */
export function suggestionsQueryOptions(institutionId: string) {
  return queryOptions({ queryKey: [...targetsQueryKey, 'suggestions', institutionId], queryFn: ({ signal }) => getSuggestions(institutionId, signal) });
}

export function useSuggestions(institutionId: string) {
  return useQuery({ ...suggestionsQueryOptions(institutionId), enabled: !!institutionId });
}
