import { DEFAULT_CRITERIA, criteriaTotal } from '@inno/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { criteriaValuesFrom, criteriaValuesTotal, newCriterionRow, newGroupRow, toCriteriaSet, validateCriteria } from './criteria-form';

describe('criteria form', () => {
  it('round-trips the default criteria', () => {
    const values = criteriaValuesFrom(DEFAULT_CRITERIA);
    expect(values.groups[0].passPercent).toBe('60');
    expect(criteriaValuesTotal(values)).toBe(100);
    expect(toCriteriaSet(values)).toEqual(DEFAULT_CRITERIA);
  });

  it('gives new rows keys unused in the set', () => {
    const values = criteriaValuesFrom(DEFAULT_CRITERIA);
    const group = newGroupRow(values);
    expect(group.key).toBe('group1');
    expect(group.criteria[0].key).toBe('criterion1');
    const next = { ...values, groups: [...values.groups, group] };
    expect(newCriterionRow(next).key).toBe('criterion2');
  });

  it('checks names, points, shares and a pass mark within the total, keyed as the API names them', async () => {
    await i18n.loadNamespaces('workflow');
    const t = i18n.getFixedT('ko', 'workflow');
    const values = criteriaValuesFrom(DEFAULT_CRITERIA);
    values.groups[0].name = ' ';
    values.groups[1].passPercent = '120';
    values.groups[2].criteria[0].points = '0';
    values.passMark = '150';
    const errors = validateCriteria(values, t, 'criteria.');
    expect(Object.keys(errors).sort()).toEqual(
      ['criteria.groups.0.name', 'criteria.groups.1.passRatio', 'criteria.groups.2.criteria.0.points', 'criteria.passMark'].sort(),
    );
    expect(errors['criteria.passMark'][0]).toContain('배점 합계(70점)');
    expect(criteriaTotal(toCriteriaSet({ ...values, groups: values.groups.slice(0, 2) }))).toBe(70);
  });
});
