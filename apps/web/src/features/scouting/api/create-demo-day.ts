import type { DemoDayInput, DemoDayView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /demo-days (operator): budget and number recommended default to the rule settings. */
export function createDemoDay(body: DemoDayInput): Promise<DemoDayView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.POST('/api/v1/demo-days', { body: body as never }));
}

export function useCreateDemoDay() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDemoDay, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
