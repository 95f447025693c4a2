import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { makeRules, validateFields } from './validation';

describe('form validation', () => {
  const rules = makeRules(i18n.t);

  it('refuses control characters in any field before its own rules, as the API does', () => {
    const errors = validateFields({ name: '김\u0000혁신', title: '' }, { name: [rules.required], title: [rules.required] });
    expect(errors).toEqual({ name: [i18n.t('validation.controlCharacters')], title: [i18n.t('validation.required')] });
  });

  it('leaves line breaks and tabs of a textarea alone', () => {
    expect(validateFields({ description: '첫 줄\n\t둘째 줄' }, { description: [rules.required] })).toEqual({});
  });

  it('accepts only days the calendar has', () => {
    expect(rules.date('2028-02-29')).toBeNull();
    expect(rules.date('2026-02-31')).toBe(i18n.t('validation.date'));
    expect(rules.date('')).toBeNull();
  });
});
