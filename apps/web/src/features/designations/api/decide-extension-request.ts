import type { ExtensionRequestView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionsQueryKey } from '../../../api/get-decisions';
import { productsQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';
import { extensionRequestsQueryKey } from './get-extension-requests';

export interface DecideExtensionRequestInput {
  id: string;
  verdict: 'approve' | 'refuse';
  reason?: string;
}

/** POST /extension-requests/:id/approve | refuse `{ reason? }` (409 when decided already, or the rules no longer hold). */
export function decideExtensionRequest({ id, verdict, reason }: DecideExtensionRequestInput): Promise<ExtensionRequestView> {
  return data(client.POST(`/api/v1/extension-requests/{id}/${verdict}` as const, { params: { path: { id } }, body: reason ? { reason } : {} }));
}

export function useDecideExtensionRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideExtensionRequest,
    onSuccess: async () => {
      // The queue, the product's validity and its own requests, and the published decisions.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: extensionRequestsQueryKey }),
        queryClient.invalidateQueries({ queryKey: productsQueryKey }),
        queryClient.invalidateQueries({ queryKey: decisionsQueryKey }),
      ]);
    },
  });
}
