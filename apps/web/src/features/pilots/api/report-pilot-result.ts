import type { PilotResultInput, PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

export interface ReportPilotResultInput {
  id: string;
  result: PilotResultInput;
}

/** POST /pilot-applications/:id/report (the buyer, IN_USE): the 10 indicators scored 1 to 5 (400 `details` keyed `scores.<indicator>`). */
export function reportPilotResult({ id, result }: ReportPilotResultInput): Promise<PilotView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.POST('/api/v1/pilot-applications/{id}/report', { params: { path: { id } }, body: result as never }));
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
