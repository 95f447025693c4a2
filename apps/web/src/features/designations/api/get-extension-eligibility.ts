import type { RuleResult } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

export const extensionEligibilityQueryKey = (productId: string) => [...productQueryKey(productId), 'extension-eligibility'] as const;

/** GET /products/:id/extension-eligibility: each extension rule with pass or fail and why, before applying. */
export function getExtensionEligibility(productId: string, signal?: AbortSignal): Promise<RuleResult[]> {
  return data(client.GET('/api/v1/products/{id}/extension-eligibility', { params: { path: { id: productId } }, signal }));
}

export function extensionEligibilityQueryOptions(productId: string) {
  return queryOptions({
    queryKey: extensionEligibilityQueryKey(productId),
    queryFn: ({ signal }) => getExtensionEligibility(productId, signal),
    staleTime: 0,
  });
}

export function useExtensionEligibility(productId: string) {
  return useQuery(extensionEligibilityQueryOptions(productId));
}
