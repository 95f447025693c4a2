import type { ConcernInput, ConcernView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concernsQueryKey } from '../../../api/get-concerns';
import { client, data } from '../../../lib/api-client';

export type FileConcernInput = ConcernInput & { decisionId: string };

/** POST /decisions/:id/concerns: an observer's public comment, or a formal concern the operator must answer in time. */
export function fileConcern({ decisionId, ...body }: FileConcernInput): Promise<ConcernView> {
  return data(client.POST('/api/v1/decisions/{id}/concerns', { params: { path: { id: decisionId } }, body }));
}

export function useFileConcern() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fileConcern,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: concernsQueryKey });
    },
  });
}
