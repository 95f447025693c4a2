import { DEFAULT_CRITERIA, type CriteriaSet } from './designation';
import { PILOT_DEFAULTS } from './pilots';
import { DEFAULT_IDEA_RULES, type IdeaRules } from './challenges';
import { DEFAULT_SCOUTING_RULES, type ScoutingRules } from './scouting';
import { DEFAULT_OBSERVER_RULES, type ObserverRules } from './observers';

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
  /** After scoring, the members present vote on each item; it passes only with a majority of them in favour. */
  committeeVote: boolean;
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
  ideas: IdeaRules;
  scouting: ScoutingRules;
  observers: ObserverRules;
}

export const DEFAULT_DESIGNATION_RULES: DesignationRules = {
  validityYears: 3,
  extensionYears: [1, 2],
  maxTotalYears: 6,
  trimmedMeanMinSheets: 5,
  committeeVote: false,
};

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  criteria: DEFAULT_CRITERIA,
  designation: DEFAULT_DESIGNATION_RULES,
  pilot: { ...PILOT_DEFAULTS },
  ideas: { ...DEFAULT_IDEA_RULES },
  scouting: { ...DEFAULT_SCOUTING_RULES },
  observers: { ...DEFAULT_OBSERVER_RULES },
};

const wholeIn = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A designation's rules as the API accepts them (field → messages, keyed below `prefix`): whole
 * years, at most 5 extension terms, a ceiling no lower than the validity, trimming from 3 sheets up.
 */
export function designationRulesProblems(rules: DesignationRules, prefix = ''): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!wholeIn(rules.validityYears, 1, 10)) problems[`${prefix}validityYears`] = ['validityYears must be a whole number from 1 to 10'];
  if (!Array.isArray(rules.extensionYears) || rules.extensionYears.length > 5 || !rules.extensionYears.every((y) => wholeIn(y, 1, 10))) {
    problems[`${prefix}extensionYears`] = ['extensionYears must be up to 5 whole numbers from 1 to 10'];
  }
  if (!wholeIn(rules.maxTotalYears, 1, 30)) problems[`${prefix}maxTotalYears`] = ['maxTotalYears must be a whole number from 1 to 30'];
  else if (wholeIn(rules.validityYears, 1, 10) && rules.validityYears > rules.maxTotalYears) {
    problems[`${prefix}maxTotalYears`] = [`maxTotalYears cannot be less than validityYears (${rules.validityYears})`];
  }
  if (!wholeIn(rules.trimmedMeanMinSheets, 3, 100)) problems[`${prefix}trimmedMeanMinSheets`] = ['trimmedMeanMinSheets must be a whole number from 3 to 100'];
  if (typeof rules.committeeVote !== 'boolean') problems[`${prefix}committeeVote`] = ['committeeVote must be true or false'];
  return problems;
}

/** The settings as last saved, with who saved them. */
export interface RuleSettingsView extends RuleSettings {
  updatedAt: string | null;
  updatedBy: string | null;
}
