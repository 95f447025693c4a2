import type { TFunction } from 'i18next';

/** The eligibility rules the API explains (proposal submission and extension); others show their key. */
export const KNOWN_RULES = [
  'trl',
  'patentOrLicence',
  'notAlreadyDesignated',
  'notRevoked',
  'withinCeiling',
  'noOtherLiveProposal',
  'companyNotSanctioned',
  'inForce',
  'extensionStage',
  'patentValid',
  'supplierNotSanctioned',
  'correctiveActionNotRefused',
] as const;
export type KnownRule = (typeof KNOWN_RULES)[number];

export function isKnownRule(rule: string): rule is KnownRule {
  return (KNOWN_RULES as readonly string[]).includes(rule);
}

/** A rule's name in the current language (the `workflow` namespace). */
export function ruleLabel(rule: string, t: TFunction<'workflow'>): string {
  return isKnownRule(rule) ? t(`rules.name.${rule}`) : rule;
}
