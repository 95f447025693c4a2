import { passwordProblem, passwordProblemCode } from '@inno/contracts';
import { wordMessage } from './messages';
import type { Rule } from './validation';

/**
 * The API's password rules (libs/contracts), worded in the current language from the same code the
 * API sends. Kept apart from validation.ts so that only the forms that set a password download the
 * list of common ones.
 */
export function passwordRule(email?: string): Rule {
  return (value) => {
    const problem = passwordProblem(value, email?.trim());
    return problem ? wordMessage(passwordProblemCode(problem)) : null;
  };
}
