import type { RuleSettingsView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const ruleSettingsQueryKey = ['rule-settings'] as const;

/** GET /rule-settings (public): the defaults a new plan copies, as the operator last set them. */
export function getRuleSettings(signal?: AbortSignal): Promise<RuleSettingsView> {
  return data(client.GET('/api/v1/rule-settings', { signal }));
}

export function ruleSettingsQueryOptions() {
  return queryOptions({ queryKey: ruleSettingsQueryKey, queryFn: ({ signal }) => getRuleSettings(signal) });
}

export function useRuleSettings() {
  return useQuery(ruleSettingsQueryOptions());
}
