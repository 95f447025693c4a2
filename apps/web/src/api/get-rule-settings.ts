import type { RuleSettingsView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

/** The defaults each new call and plan copies; saving new ones invalidates by this key. */
export const ruleSettingsQueryKey = ['rule-settings'] as const;

/** GET /rule-settings (public): the criteria, designation and pilot rules in force for what is opened next. */
export function getRuleSettings(signal?: AbortSignal): Promise<RuleSettingsView> {
  return data(client.GET('/api/v1/rule-settings', { signal }));
}

export function ruleSettingsQueryOptions() {
  return queryOptions({ queryKey: ruleSettingsQueryKey, queryFn: ({ signal }) => getRuleSettings(signal) });
}

export function useRuleSettings() {
  return useQuery(ruleSettingsQueryOptions());
}
