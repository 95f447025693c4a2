import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordProblem, passwordProblem } from '@inno/contracts';
import type { TFunction } from 'i18next';
import type { Rule } from './validation';

/**
 * The API's password rules (libs/contracts), worded in the current language. Kept apart from
 * validation.ts so that only the forms that set a password download the list of common ones.
 */
export function passwordRule(t: TFunction, email?: string): Rule {
  return (value) => {
    switch (passwordProblem(value, email?.trim())) {
      case null:
        return null;
      case PasswordProblem.TOO_SHORT:
        return t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH });
      case PasswordProblem.TOO_LONG:
        return t('validation.passwordMax', { max: PASSWORD_MAX_LENGTH });
      case PasswordProblem.COMMON:
        return t('validation.passwordCommon');
      case PasswordProblem.REPEATED:
        return t('validation.passwordRepeated');
      case PasswordProblem.SEQUENCE:
        return t('validation.passwordSequence');
      case PasswordProblem.CONTAINS_EMAIL:
        return t('validation.passwordContainsEmail');
    }
  };
}
