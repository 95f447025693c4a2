import type { ExtensionRequestInput, ExtensionRequestView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { api } from '../../../lib/api-client';
import { extensionRequestsQueryKey } from './get-extension-requests';

export interface CreateExtensionRequestInput extends ExtensionRequestInput {
  productId: string;
}

/** POST /products/:id/extension-requests `{ basis, evidence }` (409 with `details` per failing rule, or one already pending). */
export function createExtensionRequest({ productId, basis, evidence }: CreateExtensionRequestInput): Promise<ExtensionRequestView> {
  return api.post<ExtensionRequestView>(`/products/${encodeURIComponent(productId)}/extension-requests`, { basis, evidence });
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
