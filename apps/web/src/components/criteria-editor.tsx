import { DEFAULT_CRITERIA } from '@inno/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  criteriaValuesFrom,
  criteriaValuesTotal,
  newCriterionRow,
  newGroupRow,
  type CriteriaFormValues,
  type CriterionRow,
  type GroupRow,
} from '../lib/criteria-form';
import { formatNumber } from '../lib/format';
import type { FieldErrors } from '../lib/validation';
import { TextField } from './field';

/**
 * Edits a criteria set (lib/criteria-form.ts): groups with their criteria and
 * points, each group's pass share, and the overall pass mark, with the running
 * total. `errorPrefix` is where the set sits in the request (`criteria.` in a call).
 */
export function CriteriaEditor({ idPrefix, values, errors, errorPrefix = '', onChange }: {
  idPrefix: string;
  values: CriteriaFormValues;
  errors: FieldErrors;
  errorPrefix?: string;
  /** The new values and the fields whose errors are now stale. */
  onChange: (values: CriteriaFormValues, touched: string[]) => void;
}) {
  const { t, i18n } = useTranslation('workflow');
  const [focusId, setFocusId] = useState<string | null>(null);
  const id = (path: string) => `${idPrefix}-${path.replace(/\./g, '-')}`;
  const error = (path: string) => errors[`${errorPrefix}${path}`];
  const total = criteriaValuesTotal(values);

  // A new row takes the focus; after a removal the focus goes to the "add" button.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  /** Error keys at or below these paths: rows after a removed one move up, so their errors no longer match. */
  const under = (...paths: string[]) =>
    Object.keys(errors).filter((key) => paths.some((path) => key === `${errorPrefix}${path}` || key.startsWith(`${errorPrefix}${path}.`)));
  const groupsFrom = (g: number) => values.groups.slice(g).map((_group, offset) => `groups.${g + offset}`);

  const setGroup = (g: number, patch: Partial<GroupRow>, field: string) =>
    onChange({ ...values, groups: values.groups.map((group, i) => (i === g ? { ...group, ...patch } : group)) }, [
      `${errorPrefix}groups.${g}.${field}`,
    ]);

  const setCriterion = (g: number, c: number, patch: Partial<CriterionRow>, field: string) =>
    onChange(
      {
        ...values,
        groups: values.groups.map((group, i) =>
          i === g ? { ...group, criteria: group.criteria.map((row, j) => (j === c ? { ...row, ...patch } : row)) } : group,
        ),
      },
      [`${errorPrefix}groups.${g}.criteria.${c}.${field}`, `${errorPrefix}passMark`],
    );

  const addGroup = () => {
    const group = newGroupRow(values);
    onChange({ ...values, groups: [...values.groups, group] }, [`${errorPrefix}groups`]);
    setFocusId(id(`groups.${values.groups.length}.name`));
  };

  const removeGroup = (g: number) => {
    onChange({ ...values, groups: values.groups.filter((_group, i) => i !== g) }, [...under(...groupsFrom(g)), `${errorPrefix}passMark`]);
    setFocusId(id('add-group'));
  };

  const addCriterion = (g: number) => {
    const row = newCriterionRow(values);
    onChange(
      { ...values, groups: values.groups.map((group, i) => (i === g ? { ...group, criteria: [...group.criteria, row] } : group)) },
      [`${errorPrefix}groups.${g}.criteria`],
    );
    setFocusId(id(`groups.${g}.criteria.${values.groups[g].criteria.length}.name`));
  };

  const removeCriterion = (g: number, c: number) => {
    onChange(
      {
        ...values,
        groups: values.groups.map((group, i) => (i === g ? { ...group, criteria: group.criteria.filter((_row, j) => j !== c) } : group)),
      },
      [...under(`groups.${g}.criteria`), `${errorPrefix}passMark`],
    );
    setFocusId(id(`groups.${g}.add-criterion`));
  };

  const groupErrors = (g: number) => errors[`${errorPrefix}groups.${g}.criteria`];

  return (
    <fieldset className="fieldset criteria-editor" data-testid={`${idPrefix}-editor`}>
      <legend>{t('criteriaEditor.legend')}</legend>
      <p className="field__hint">{t('criteriaEditor.hint')}</p>
      {values.groups.map((group, g) => (
        <fieldset key={group.rowKey} className="fieldset criteria-editor__group" data-testid={`${idPrefix}-group-${g}`}>
          <legend>{t('criteriaEditor.groupLegend', { n: g + 1 })}</legend>
          <div className="criteria-editor__row">
            <TextField
              id={id(`groups.${g}.name`)}
              label={t('criteriaEditor.groupName')}
              required
              maxLength={200}
              value={group.name}
              onChange={(e) => setGroup(g, { name: e.target.value }, 'name')}
              errors={error(`groups.${g}.name`)}
            />
            <TextField
              id={id(`groups.${g}.passRatio`)}
              label={t('criteriaEditor.passPercent')}
              hint={t('criteriaEditor.passPercentHint')}
              required
              inputMode="decimal"
              maxLength={5}
              value={group.passPercent}
              onChange={(e) => setGroup(g, { passPercent: e.target.value }, 'passRatio')}
              errors={error(`groups.${g}.passRatio`)}
            />
          </div>
          {group.criteria.map((criterion, c) => (
            <fieldset key={criterion.rowKey} className="fieldset fieldset--inline criteria-editor__criterion">
              <legend>{t('criteriaEditor.criterionLegend', { n: c + 1 })}</legend>
              <TextField
                id={id(`groups.${g}.criteria.${c}.name`)}
                label={t('criteriaEditor.criterionName')}
                required
                maxLength={200}
                value={criterion.name}
                onChange={(e) => setCriterion(g, c, { name: e.target.value }, 'name')}
                errors={error(`groups.${g}.criteria.${c}.name`)}
              />
              <TextField
                id={id(`groups.${g}.criteria.${c}.points`)}
                label={t('criteriaEditor.criterionPoints')}
                required
                inputMode="numeric"
                maxLength={3}
                className="input--short"
                value={criterion.points}
                onChange={(e) => setCriterion(g, c, { points: e.target.value }, 'points')}
                errors={error(`groups.${g}.criteria.${c}.points`)}
              />
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => removeCriterion(g, c)}
                aria-label={t('criteriaEditor.removeCriterionLabel', { n: c + 1, group: g + 1 })}
              >
                {t('criteriaEditor.remove')}
              </button>
            </fieldset>
          ))}
          {groupErrors(g)?.length ? (
            <div className="field__error" role="alert">
              {groupErrors(g)!.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          ) : null}
          <div className="button-row">
            <button type="button" id={id(`groups.${g}.add-criterion`)} className="button button--secondary button--small" onClick={() => addCriterion(g)}>
              {t('criteriaEditor.addCriterion')}
            </button>
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => removeGroup(g)}
              aria-label={t('criteriaEditor.removeGroupLabel', { n: g + 1 })}
            >
              {t('criteriaEditor.removeGroup')}
            </button>
          </div>
        </fieldset>
      ))}
      {error('groups')?.length ? (
        <div className="field__error" role="alert">
          {error('groups')!.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" id={id('add-group')} className="button button--secondary" onClick={addGroup}>
          {t('criteriaEditor.addGroup')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange(criteriaValuesFrom(DEFAULT_CRITERIA), [`${errorPrefix}groups`, `${errorPrefix}passMark`])}
        >
          {t('criteriaEditor.reset')}
        </button>
      </div>
      <p className="criteria-editor__total" aria-live="polite" data-testid={`${idPrefix}-total`}>
        {t('criteriaEditor.total', { total: formatNumber(total, i18n.language) })}
      </p>
      <TextField
        id={id('passMark')}
        label={t('criteriaEditor.passMark')}
        hint={t('criteriaEditor.passMarkHint')}
        required
        inputMode="decimal"
        maxLength={6}
        className="input--short"
        value={values.passMark}
        onChange={(e) => onChange({ ...values, passMark: e.target.value }, [`${errorPrefix}passMark`])}
        errors={error('passMark')}
      />
    </fieldset>
  );
}
