import { criteriaTotal, type CriteriaSet } from '@inno/contracts';
import { InvalidInputError } from '../common/domain-errors';

/** Points per criterion must add up to the groups, and the pass mark must be reachable. */
export function checkCriteria(criteria: CriteriaSet): void {
  const groupKeys = criteria.groups.map((g) => g.key);
  const criterionKeys = criteria.groups.flatMap((g) => g.criteria.map((c) => c.key));
  if (new Set(groupKeys).size !== groupKeys.length || new Set(criterionKeys).size !== criterionKeys.length) {
    throw new InvalidInputError('criteria', 'group keys and criterion keys must each be unique');
  }
  if (criteria.passMark > criteriaTotal(criteria)) throw new InvalidInputError('criteria.passMark', `passMark cannot exceed the ${criteriaTotal(criteria)} points available`);
}
