import type { Message, MessageCode } from './messages';

/**
 * One field's input rule, stated once: the API validates by it (a 400 with the code per field in
 * `detailCodes`) and the web's forms check by it before sending, so both refuse the same input
 * with the same code. Values are as the API receives them (numbers as JSON numbers): a form turns
 * what was typed into that first, and what it cannot read ("12a") is `NaN`, not a number.
 */
export type FieldRule =
  | { kind: 'text'; min?: number; max: number; optional?: true }
  | {
      kind: 'integer';
      min: number;
      max: number;
      optional?: true;
      /** An amount of won: its range is said in won. */
      won?: true;
      /** Optional unless this yes/no field of the same input is true; then missing is `code`. */
      requiredWith?: { field: string; code: MessageCode };
    }
  | { kind: 'choice'; choices: readonly string[]; optional?: true }
  | {
      kind: 'boolean';
      /** True only when this yes/no field of the same input is true too; else `code`. */
      onlyWith?: { field: string; code: MessageCode };
    };

export type FieldRules<Field extends string = string> = Readonly<Record<Field, FieldRule>>;

/** Field name → its problems as codes: the shape of a 400's `detailCodes`. */
export type FieldProblems = Record<string, Message[]>;

const REQUIRED: Message = { code: 'FIELD_REQUIRED' };
const NOT_TEXT: Message = { code: 'FIELD_NOT_TEXT' };
const NOT_A_CHOICE: Message = { code: 'FIELD_NOT_A_CHOICE' };
const NOT_YES_NO: Message = { code: 'FIELD_NOT_YES_NO' };

/**
 * The first problem of a value by its rule, or null. Text is measured without its surrounding
 * spaces (the API trims it); an optional field may be left out or blank, never sent as null.
 * Allocates nothing for a value that keeps the rule, as the catalogue's query parser needs.
 */
export function fieldProblem(rule: FieldRule, value: unknown, input: object = NO_INPUT): Message | null {
  // Sent as null is not left out: no field of ours holds null.
  if (value === null) return REQUIRED;
  if (value === undefined || value === '') return optional(rule, input) ? null : requiredMessage(rule);
  switch (rule.kind) {
    case 'text': {
      if (typeof value !== 'string') return NOT_TEXT;
      const length = value.trim().length;
      if (length === 0) return optional(rule, input) ? null : REQUIRED;
      if (rule.min !== undefined && length < rule.min) return { code: 'FIELD_TOO_SHORT', params: { min: rule.min } };
      if (length > rule.max) return { code: 'FIELD_TOO_LONG', params: { max: rule.max } };
      return null;
    }
    case 'integer':
      // Not a whole number is out of the range of whole numbers: one sentence says what to type.
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= rule.min && value <= rule.max ? null : rangeMessage(rule);
    case 'choice':
      return typeof value === 'string' && rule.choices.includes(value) ? null : NOT_A_CHOICE;
    case 'boolean':
      if (typeof value !== 'boolean') return NOT_YES_NO;
      return value && rule.onlyWith && (input as Record<string, unknown>)[rule.onlyWith.field] !== true ? { code: rule.onlyWith.code } : null;
  }
}

const NO_INPUT = {};

function optional(rule: FieldRule, input: object): boolean {
  if (rule.kind === 'boolean') return false;
  if (rule.kind === 'integer' && rule.requiredWith) return (input as Record<string, unknown>)[rule.requiredWith.field] !== true;
  return rule.optional === true;
}

const requiredMessage = (rule: FieldRule): Message => (rule.kind === 'integer' && rule.requiredWith ? { code: rule.requiredWith.code } : REQUIRED);

const rangeMessage = (rule: Extract<FieldRule, { kind: 'integer' }>): Message => ({
  code: rule.won ? 'FIELD_AMOUNT_OUT_OF_RANGE' : 'FIELD_OUT_OF_RANGE',
  params: { min: rule.min, max: rule.max },
});

/** Every message a rule can give, limits included: the API declares one check per message. */
export function ruleMessages(rule: FieldRule): Message[] {
  switch (rule.kind) {
    case 'text':
      return [REQUIRED, NOT_TEXT, ...(rule.min === undefined ? [] : [{ code: 'FIELD_TOO_SHORT' as const, params: { min: rule.min } }]), { code: 'FIELD_TOO_LONG', params: { max: rule.max } }];
    case 'integer':
      return [REQUIRED, ...(rule.requiredWith ? [{ code: rule.requiredWith.code }] : []), rangeMessage(rule)];
    case 'choice':
      return [REQUIRED, NOT_A_CHOICE];
    case 'boolean':
      return [REQUIRED, NOT_YES_NO, ...(rule.onlyWith ? [{ code: rule.onlyWith.code }] : [])];
  }
}

/** Every field's problem by its rule (fields without a rule are left to the caller). */
export function ruleProblems(rules: FieldRules, input: object): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of Object.keys(rules)) {
    const problem = fieldProblem(rules[field], (input as Record<string, unknown>)[field], input);
    if (problem) problems[field] = [problem];
  }
  return problems;
}

/** The rule's English sentence, for API users and logs (the web words the code). */
export function fieldProblemText(field: string, problem: Message): string {
  const p = problem.params ?? {};
  switch (problem.code) {
    case 'FIELD_REQUIRED':
      return `${field} is required`;
    case 'FIELD_NOT_TEXT':
      return `${field} must be a string`;
    case 'FIELD_TOO_SHORT':
      return `${field} must be at least ${p.min} characters`;
    case 'FIELD_TOO_LONG':
      return `${field} must be at most ${p.max} characters`;
    case 'FIELD_OUT_OF_RANGE':
    case 'FIELD_AMOUNT_OUT_OF_RANGE':
      return `${field} must be a whole number from ${p.min} to ${p.max}`;
    case 'FIELD_NOT_A_CHOICE':
      return `${field} must be one of the accepted values`;
    case 'FIELD_NOT_YES_NO':
      return `${field} must be true or false`;
    case 'FOLLOW_ON_AMOUNT_REQUIRED':
      return `${field} is required when the follow-on purchase is budgeted`;
    case 'FOLLOW_ON_NOT_PLANNED':
      return 'a budgeted follow-on purchase must also be planned';
    case 'AMOUNT_OVER_PRODUCT_CAP':
      return `${field} must be at most ${p.max} (the plan's cap per product)`;
    case 'USE_PERIOD_OVER_PLAN':
      return `${field} must be at most ${p.max} (the plan's maximum use period)`;
    case 'PRICE_RANGE_INVERTED':
      return 'maxPrice must not be below minPrice';
    default:
      return `${field} is not valid`;
  }
}

/** `problems` with an English sentence per code, as the API's `details` carries beside `detailCodes`. */
export function problemTexts(problems: FieldProblems): Record<string, string[]> {
  return Object.fromEntries(Object.entries(problems).map(([field, messages]) => [field, messages.map((m) => fieldProblemText(field, m))]));
}
