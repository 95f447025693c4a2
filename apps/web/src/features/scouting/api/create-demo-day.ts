import type { DemoDayInput, DemoDayView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /demo-days (operator): budget and number recommended default to the rule settings. */
export function createDemoDay(body: DemoDayInput): Promise<DemoDayView> {
  return api.post<DemoDayView>('/demo-days', body);
}

export function useCreateDemoDay() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDemoDay, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
