import { DEFAULT_CRITERIA, type CriteriaSet } from './designation';
import { PILOT_DEFAULTS } from './pilots';

/**
 * The numbers domain.md gives are the real system's defaults, not constants: an operator keeps
 * them in the rule settings, each call and plan copies them when it is opened (and may set its
 * own), and the rules read them from the call or plan they apply to.
 */
export interface DesignationRules {
  /** Years a designation is valid (Civil Act count: 3 years from 2026-11-16 end on 2029-11-15). */
  validityYears: number;
  /** Extension terms in years, by stage: first +1, then +2. */
  extensionYears: number[];
  /** Years a product may hold designations in all, over every designation it has had. */
  maxTotalYears: number;
  /** With this many score sheets or more the highest and lowest totals are dropped. */
  trimmedMeanMinSheets: number;
}

export interface PilotRules {
  maxInstitutionsPerProduct: number;
  maxAmountPerProduct: number;
  maxUsePeriodMonths: number;
  /** A product piloted before is excluded unless its first pilot cost at most this (KRW). */
  repeatPilotThreshold: number;
}

export interface RuleSettings {
  criteria: CriteriaSet;
  designation: DesignationRules;
  pilot: PilotRules;
}

export const DEFAULT_DESIGNATION_RULES: DesignationRules = {
  validityYears: 3,
  extensionYears: [1, 2],
  maxTotalYears: 6,
  trimmedMeanMinSheets: 5,
};

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  criteria: DEFAULT_CRITERIA,
  designation: DEFAULT_DESIGNATION_RULES,
  pilot: { ...PILOT_DEFAULTS },
};

/** The settings as last saved, with who saved them. */
export interface RuleSettingsView extends RuleSettings {
  updatedAt: string | null;
  updatedBy: string | null;
}
