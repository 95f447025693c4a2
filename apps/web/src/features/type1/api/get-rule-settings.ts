import type { RuleSettingsView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const ruleSettingsQueryKey = ['rule-settings'] as const;

/** GET /rule-settings (public): the defaults a Type 1 record takes, having no call of its own. */
export function getRuleSettings(signal?: AbortSignal): Promise<RuleSettingsView> {
  return data(client.GET('/api/v1/rule-settings', { signal }));
}

export function ruleSettingsQueryOptions() {
  return queryOptions({ queryKey: ruleSettingsQueryKey, queryFn: ({ signal }) => getRuleSettings(signal) });
}

export function useRuleSettings() {
  return useQuery(ruleSettingsQueryOptions());
}
