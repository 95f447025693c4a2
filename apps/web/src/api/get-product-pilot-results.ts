import type { ProductPilotResults } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

/**
 * Every pilot-purchase query (plans, their products and matching, applications,
 * a product's pilot results) starts with this key, so every pilot move
 * (features/pilots) refreshes them all, the product page's results block included.
 */
export const pilotsQueryKey = ['pilots'] as const;

export const productPilotResultsQueryKey = (productId: string) => [...pilotsQueryKey, 'product-results', productId] as const;

/** GET /products/:id/pilot-results: how the product fared in its pilots (indicator averages, verdicts, "would buy more"). */
export function getProductPilotResults(productId: string, signal?: AbortSignal): Promise<ProductPilotResults> {
  return data(client.GET('/api/v1/products/{id}/pilot-results', { params: { path: { id: productId } }, signal }));
}

export function productPilotResultsQueryOptions(productId: string) {
  return queryOptions({
    queryKey: productPilotResultsQueryKey(productId),
    queryFn: ({ signal }) => getProductPilotResults(productId, signal),
  });
}

export function useProductPilotResults(productId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...productPilotResultsQueryOptions(productId), enabled });
}
