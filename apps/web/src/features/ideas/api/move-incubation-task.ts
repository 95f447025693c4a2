import type { IncubationAction, IncubationTaskView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';
import { incubationTasksQueryKey } from './get-incubation-tasks';

export type IncubationMove = { id: string; action: IncubationAction; reason?: string };

/** POST /incubation-tasks/:id/<start|complete|drop> (operator): 409 when the move does not apply now; done and dropped need a reason. */
export function moveIncubationTask({ id, action, reason }: IncubationMove): Promise<IncubationTaskView> {
  return data(client.POST(`/api/v1/incubation-tasks/{id}/${action}` as const, { params: { path: { id } }, body: reason === undefined ? undefined : { reason } }));
}

export function useMoveIncubationTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveIncubationTask,
    // The idea's public page shows the task's status.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: incubationTasksQueryKey }), queryClient.invalidateQueries({ queryKey: ideasQueryKey })]),
  });
}
