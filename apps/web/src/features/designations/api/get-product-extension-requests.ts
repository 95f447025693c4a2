import type { ExtensionRequestView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

export const productExtensionRequestsQueryKey = (productId: string) => [...productQueryKey(productId), 'extension-requests'] as const;

/** GET /products/:id/extension-requests: the product's own requests and how they were decided. */
export function getProductExtensionRequests(productId: string, signal?: AbortSignal): Promise<Page<ExtensionRequestView>> {
  return data(client.GET('/api/v1/products/{id}/extension-requests', { params: { path: { id: productId }, query: { page: 1, pageSize: 50 } }, signal }));
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
