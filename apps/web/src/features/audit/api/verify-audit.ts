import type { AuditVerification } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const auditVerificationQueryKey = ['audit', 'verify'] as const;

export function verifyAudit(signal?: AbortSignal): Promise<AuditVerification> {
  return api.get<AuditVerification>('/audit/verify', undefined, signal);
}

export function auditVerificationQueryOptions() {
  return queryOptions({ queryKey: auditVerificationQueryKey, queryFn: ({ signal }) => verifyAudit(signal), staleTime: 0 });
}

export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions());
}
