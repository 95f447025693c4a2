import type { RuleSettings, RuleSettingsView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ruleSettingsQueryKey } from '../../../api/get-rule-settings';
import { client, data } from '../../../lib/api-client';

/**
 * PUT /rule-settings (operator, admin): the defaults calls and plans opened from now on copy; those
 * already open keep theirs (400 `details` keyed `criteria.*`, `designation.*`, `pilot.*`).
 */
/** `ideas` left out keeps the ideas rules saved before. */
export function updateRuleSettings(body: Omit<RuleSettings, 'ideas' | 'observers'> & Partial<Pick<RuleSettings, 'ideas' | 'observers'>>): Promise<RuleSettingsView> {
  return data(client.PUT('/api/v1/rule-settings', { body }));
}

export function useUpdateRuleSettings({ onSuccess }: { onSuccess?: (saved: RuleSettingsView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRuleSettings,
    onSuccess: async (saved) => {
      queryClient.setQueryData(ruleSettingsQueryKey, saved);
      onSuccess?.(saved);
      await queryClient.invalidateQueries({ queryKey: ruleSettingsQueryKey });
    },
  });
}
