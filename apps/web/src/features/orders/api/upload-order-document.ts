import type { OrderStep, OrderView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ordersQueryKey } from './get-orders';

/** POST /orders/:id/documents (multipart `file`, `step`): a document of the step the caller's side carries out. */
export function uploadOrderDocument({ id, step, file }: { id: string; step: OrderStep; file: File }): Promise<OrderView> {
  const form = new FormData();
  form.append('step', step);
  form.append('file', file);
  return api.upload<OrderView>(`/orders/${encodeURIComponent(id)}/documents`, form);
}

export function useUploadOrderDocument() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadOrderDocument, onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersQueryKey }) });
}
