import type { ExtensionRequestView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { api } from '../../../lib/api-client';

export const productExtensionRequestsQueryKey = (productId: string) => [...productQueryKey(productId), 'extension-requests'] as const;

/** GET /products/:id/extension-requests: the product's own requests and how they were decided. */
export function getProductExtensionRequests(productId: string, signal?: AbortSignal): Promise<Page<ExtensionRequestView>> {
  return api.get<Page<ExtensionRequestView>>(`/products/${encodeURIComponent(productId)}/extension-requests`, { page: 1, pageSize: 50 }, signal);
}

export function productExtensionRequestsQueryOptions(productId: string) {
  return queryOptions({
    queryKey: productExtensionRequestsQueryKey(productId),
    queryFn: ({ signal }) => getProductExtensionRequests(productId, signal),
  });
}

export function useProductExtensionRequests(productId: string) {
  return useQuery(productExtensionRequestsQueryOptions(productId));
}
