import type { IdeaRoute, IdeaView, IncubationInput } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';
import { incubationTasksQueryKey } from './get-incubation-tasks';

export type IdeaSelection = { id: string; route: IdeaRoute; reason: string; institutionId?: string; field?: string; incubation?: IncubationInput };

/** POST /ideas/:id/select (operator): 409 when not scored or when the month's selections are full; incubation opens its task. */
export function selectIdea({ id, ...body }: IdeaSelection): Promise<IdeaView> {
  return data(client.POST('/api/v1/ideas/{id}/select', { params: { path: { id } }, body }));
}

export function useSelectIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: selectIdea, onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ideasQueryKey }), queryClient.invalidateQueries({ queryKey: ['challenges'] }), queryClient.invalidateQueries({ queryKey: incubationTasksQueryKey })]) });
}
