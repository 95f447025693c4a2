import type { PilotResultInput, PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { api } from '../../../lib/api-client';

export interface ReportPilotResultInput {
  id: string;
  result: PilotResultInput;
}

/** POST /pilot-applications/:id/report (the buyer, IN_USE): the 10 indicators scored 1 to 5 (400 `details` keyed `scores.<indicator>`). */
export function reportPilotResult({ id, result }: ReportPilotResultInput): Promise<PilotView> {
  return api.post<PilotView>(`/pilot-applications/${encodeURIComponent(id)}/report`, result);
}

export function useReportPilotResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportPilotResult,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
