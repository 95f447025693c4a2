import type { CheckInInput, PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

export interface CheckInPilotInput {
  id: string;
  checkIn: CheckInInput;
}

/** POST /pilot-applications/:id/check-ins (the buyer): is the product still used 3 or 6 months after the pilot? (409 when not due or answered). */
export function checkInPilot({ id, checkIn }: CheckInPilotInput): Promise<PilotView> {
  return data(client.POST('/api/v1/pilot-applications/{id}/check-ins', { params: { path: { id } }, body: checkIn }));
}

export function useCheckInPilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkInPilot,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
