import type { OrderStep, OrderView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, multipart } from '../../../lib/api-client';
import { ordersQueryKey } from './get-orders';

/** POST /orders/:id/documents (multipart `file`, `step`): a document of the step the caller's side carries out. */
export function uploadOrderDocument({ id, step, file }: { id: string; step: OrderStep; file: File }): Promise<OrderView> {
  const form = new FormData();
  form.append('step', step);
  form.append('file', file);
  return data(client.POST('/api/v1/orders/{id}/documents', { params: { path: { id } }, body: multipart(form) }));
}

export function useUploadOrderDocument() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadOrderDocument, onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersQueryKey }) });
}
