import { isCalendarDate, isValidBusinessNumber, textProblem } from '@inno/contracts';
import type { TFunction } from 'i18next';
import { i18n } from './i18n';

/** Messages per field, keyed exactly as the API names fields in `details` (e.g. "company.businessNumber"). */
export type FieldErrors = Record<string, string[]>;

export type Rule = (value: string) => string | null;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The API's rules (libs/contracts), worded in the current language. */
export function makeRules(t: TFunction) {
  return {
    required: (value: string) => (value.trim() ? null : t('validation.required')),
    email: (value: string) => (!value.trim() || EMAIL.test(value.trim()) ? null : t('validation.email')),
    minLength: (min: number) => (value: string) =>
      !value.trim() || value.trim().length >= min ? null : t('validation.minLength', { min }),
    businessNumber: (value: string) =>
      !value.trim() || isValidBusinessNumber(value) ? null : t('validation.businessNumber'),
    date: (value: string) => (!value.trim() || isCalendarDate(value.trim()) ? null : t('validation.date')),
  };
}

/**
 * Runs the rules of each field in order and keeps the first failure per field. Every field first
 * meets the API's text rule (libs/contracts): no control characters, as pasted text can carry.
 * Line breaks are left to the API: an <input> cannot hold one, a <textarea> is long text.
 */
export function validateFields(values: Record<string, string>, spec: Record<string, Rule[]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, rules] of Object.entries(spec)) {
    if (textProblem(field, values[field] ?? '', 'long')) {
      errors[field] = [i18n.t('validation.controlCharacters')];
      continue;
    }
    for (const rule of rules) {
      const message = rule(values[field] ?? '');
      if (message) {
        errors[field] = [message];
        break;
      }
    }
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((messages) => messages.length > 0);
}

/** Splits API field errors into those a form shows beside a field and the rest. */
export function splitFieldErrors(errors: FieldErrors, knownFields: readonly string[]) {
  const byField: FieldErrors = {};
  const other: string[] = [];
  for (const [field, messages] of Object.entries(errors)) {
    if (knownFields.includes(field)) byField[field] = messages;
    else other.push(...messages);
  }
  return { byField, other };
}

/** A list typed one item per line (certifications): commas inside an item are kept. */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
