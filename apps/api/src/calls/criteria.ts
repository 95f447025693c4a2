import { criteriaProblems, type CriteriaSet, message } from '@inno/contracts';
import { InvalidInputError } from '../common/domain-errors';
import { RequestValidationError } from '../common/validation';

/**
 * Keys unique, the pass mark whole and reachable, group pass ratios whole percents (compared exactly).
 * In a file of its own so the rule settings can use it without importing the calls service (an import cycle).
 */
export function checkCriteria(criteria: CriteriaSet): void {
  const groupKeys = criteria.groups.map((g) => g.key);
  const criterionKeys = criteria.groups.flatMap((g) => g.criteria.map((c) => c.key));
  if (new Set(groupKeys).size !== groupKeys.length || new Set(criterionKeys).size !== criterionKeys.length) {
    throw new InvalidInputError('criteria', 'group keys and criterion keys must each be unique', message('CRITERIA_KEYS_REPEATED'));
  }
  const problems = criteriaProblems(criteria);
  if (Object.keys(problems).length) throw new RequestValidationError(problems);
}
