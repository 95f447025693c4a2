import type { AuditVerification } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const auditVerificationQueryKey = ['audit', 'verify'] as const;

export function verifyAudit(signal?: AbortSignal): Promise<AuditVerification> {
  return data(client.GET('/api/v1/audit/verify', { signal }));
}

export function auditVerificationQueryOptions() {
  return queryOptions({ queryKey: auditVerificationQueryKey, queryFn: ({ signal }) => verifyAudit(signal), staleTime: 0 });
}

export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions());
}
