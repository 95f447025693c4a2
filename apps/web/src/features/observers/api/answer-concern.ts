import type { ConcernView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concernsQueryKey } from '../../../api/get-concerns';
import { client, data } from '../../../lib/api-client';

export interface AnswerConcernInput {
  concernId: string;
  answer: string;
}

/** POST /concerns/:id/answer: the operator's answer, published with the decision (409 once answered). */
export function answerConcern({ concernId, answer }: AnswerConcernInput): Promise<ConcernView> {
  return data(client.POST('/api/v1/concerns/{id}/answer', { params: { path: { id: concernId } }, body: { answer } }));
}

export function useAnswerConcern() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerConcern,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: concernsQueryKey });
    },
  });
}
