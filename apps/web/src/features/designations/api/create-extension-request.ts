import type { ExtensionRequestInput, ExtensionRequestView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';
import { extensionRequestsQueryKey } from './get-extension-requests';

export interface CreateExtensionRequestInput extends ExtensionRequestInput {
  productId: string;
}

/** POST /products/:id/extension-requests `{ basis, evidence }` (409 with `details` per failing rule, or one already pending). */
export function createExtensionRequest({ productId, basis, evidence }: CreateExtensionRequestInput): Promise<ExtensionRequestView> {
  return data(client.POST('/api/v1/products/{id}/extension-requests', { params: { path: { id: productId } }, body: { basis, evidence } }));
}

export function useCreateExtensionRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExtensionRequest,
    onSuccess: async (_request, { productId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: productQueryKey(productId) }),
        queryClient.invalidateQueries({ queryKey: extensionRequestsQueryKey }),
      ]);
    },
  });
}
