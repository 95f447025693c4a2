import type { CriteriaSet } from '@inno/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from './validation';

/**
 * The evaluation criteria as an operator edits them (a call's, or an agenda
 * item's until its first score): values as typed, the API's rules, the body.
 * Error keys are the API's paths below the set (`groups.0.criteria.1.points`,
 * `passMark`), prefixed as the request nests the set (`criteria.` in a call).
 */
export interface CriterionRow {
  /** Stable React key. */
  rowKey: string;
  /** The API's criterion key (scores are keyed by it); new rows get a fresh one. */
  key: string;
  name: string;
  points: string;
}

export interface GroupRow {
  rowKey: string;
  key: string;
  name: string;
  /** The group's pass share in percent, as typed ("60" for 0.6). */
  passPercent: string;
  criteria: CriterionRow[];
}

export interface CriteriaFormValues {
  groups: GroupRow[];
  passMark: string;
}

let rowSequence = 0;
const nextRowKey = () => `criteria-row-${(rowSequence += 1)}`;

export function criteriaValuesFrom(set: CriteriaSet): CriteriaFormValues {
  return {
    passMark: String(set.passMark),
    groups: set.groups.map((group) => ({
      rowKey: nextRowKey(),
      key: group.key,
      name: group.name,
      passPercent: String(Math.round(group.passRatio * 100)),
      criteria: group.criteria.map((criterion) => ({
        rowKey: nextRowKey(),
        key: criterion.key,
        name: criterion.name,
        points: String(criterion.points),
      })),
    })),
  };
}

/** A key (letters and digits, as the API requires) not used yet in the set. */
function freshKey(values: CriteriaFormValues, prefix: 'group' | 'criterion'): string {
  const used = new Set(values.groups.flatMap((group) => [group.key, ...group.criteria.map((criterion) => criterion.key)]));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newCriterionRow(values: CriteriaFormValues): CriterionRow {
  return { rowKey: nextRowKey(), key: freshKey(values, 'criterion'), name: '', points: '' };
}

export function newGroupRow(values: CriteriaFormValues): GroupRow {
  const group: GroupRow = { rowKey: nextRowKey(), key: freshKey(values, 'group'), name: '', passPercent: '60', criteria: [] };
  // The criterion's key must differ from the group's just made.
  group.criteria = [newCriterionRow({ ...values, groups: [...values.groups, group] })];
  return group;
}

function toNumber(value: string): number | null {
  const text = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** Sum of the points as typed (rows not yet valid count as 0). */
export function criteriaValuesTotal(values: CriteriaFormValues): number {
  return values.groups.reduce(
    (sum, group) => sum + group.criteria.reduce((s, criterion) => s + (toNumber(criterion.points) ?? 0), 0),
    0,
  );
}

/** The field names a form shows errors beside (with the request's prefix). */
export function criteriaFieldNames(values: CriteriaFormValues, prefix = ''): string[] {
  return [
    `${prefix}passMark`,
    `${prefix}groups`,
    ...values.groups.flatMap((group, g) => [
      `${prefix}groups.${g}.name`,
      `${prefix}groups.${g}.passRatio`,
      `${prefix}groups.${g}.criteria`,
      ...group.criteria.flatMap((_criterion, c) => [`${prefix}groups.${g}.criteria.${c}.name`, `${prefix}groups.${g}.criteria.${c}.points`]),
    ]),
  ];
}

/** The API's rules (CriteriaSetDto, criteriaProblems): names, whole points 1 to 100, a whole percent 0–100, a whole pass mark within the total. */
export function validateCriteria(values: CriteriaFormValues, t: TFunction<'workflow'>, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  if (values.groups.length === 0) errors[`${prefix}groups`] = [t('criteriaEditor.errors.noGroups')];
  values.groups.forEach((group, g) => {
    if (!group.name.trim()) errors[`${prefix}groups.${g}.name`] = [t('criteriaEditor.errors.required')];
    const percent = toNumber(group.passPercent);
    if (percent === null || !Number.isInteger(percent) || percent > 100) errors[`${prefix}groups.${g}.passRatio`] = [t('criteriaEditor.errors.percent')];
    if (group.criteria.length === 0) errors[`${prefix}groups.${g}.criteria`] = [t('criteriaEditor.errors.noCriteria')];
    group.criteria.forEach((criterion, c) => {
      if (!criterion.name.trim()) errors[`${prefix}groups.${g}.criteria.${c}.name`] = [t('criteriaEditor.errors.required')];
      const points = toNumber(criterion.points);
      if (points === null || !Number.isInteger(points) || points < 1 || points > 100) {
        errors[`${prefix}groups.${g}.criteria.${c}.points`] = [t('criteriaEditor.errors.points')];
      }
    });
  });
  const passMark = toNumber(values.passMark);
  const total = criteriaValuesTotal(values);
  if (passMark === null || !Number.isInteger(passMark)) errors[`${prefix}passMark`] = [t('criteriaEditor.errors.passMark')];
  else if (passMark > total) errors[`${prefix}passMark`] = [t('criteriaEditor.errors.passMarkOverTotal', { total })];
  return errors;
}

export function toCriteriaSet(values: CriteriaFormValues): CriteriaSet {
  return {
    passMark: toNumber(values.passMark) ?? Number.NaN,
    groups: values.groups.map((group) => ({
      key: group.key,
      name: group.name.trim(),
      passRatio: (toNumber(group.passPercent) ?? Number.NaN) / 100,
      criteria: group.criteria.map((criterion) => ({
        key: criterion.key,
        name: criterion.name.trim(),
        points: toNumber(criterion.points) ?? Number.NaN,
      })),
    })),
  };
}
