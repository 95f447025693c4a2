import type { AgendaItemView, CategoryView } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { CriteriaEditor } from '../../../components/criteria-editor';
import { CriteriaTable } from '../../../components/criteria-table';
import { ItemDecisionSummary } from '../../../components/item-decision';
import { AgendaItemStatusBadge } from '../../../components/workflow-badges';
import { categoryLabel } from '../../../lib/categories';
import { criteriaFieldNames, criteriaValuesFrom, toCriteriaSet, validateCriteria } from '../../../lib/criteria-form';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateItemCriteria } from '../api/update-item-criteria';

/**
 * An agenda item as the operator runs it: progress (how many scored, never the
 * scores), the decision once closed, and its criteria, editable until the first score freezes them.
 */
export function OperatorAgendaItem({ item, categories }: { item: AgendaItemView; categories?: CategoryView[] }) {
  const { t, i18n } = useTranslation(['committee', 'workflow']);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editable = !item.frozen && item.status === 'OPEN';

  return (
    <article className="card agenda-item" aria-labelledby={`op-item-title-${item.id}`} data-testid={`op-item-${item.id}`} data-status={item.status}>
      <header className="agenda-item__header">
        <h3 id={`op-item-title-${item.id}`}>{item.productName}</h3>
        <AgendaItemStatusBadge status={item.status} testId={`op-item-status-${item.id}`} />
      </header>
      <p className="muted">
        {item.subject === 'CHALLENGE' ? `${t('item.challengeSubject')} · ` : ''}
        {item.companyName} · {categoryLabel(categories, item.subArea, i18n.language)}
      </p>
      <p data-testid={`op-item-progress-${item.id}`}>
        {t('item.progress', { scored: item.scoredCount, eligible: item.eligibleCount, present: item.presentCount })}
        {item.frozen ? ` · ${t('item.frozen')}` : ''}
      </p>
      {item.decision ? <ItemDecisionSummary decision={item.decision} criteria={item.criteria} testId={`op-decision-${item.id}`} /> : null}
      {saved ? <StatusMessage testId={`criteria-saved-${item.id}`}>{t('item.criteriaSaved')}</StatusMessage> : null}
      {editing ? (
        <ItemCriteriaForm
          item={item}
          onDone={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      ) : (
        <>
          <CriteriaTable criteria={item.criteria} testId={`op-item-criteria-${item.id}`} caption={t('item.criteriaCaption')} />
          {editable ? (
            <button
              type="button"
              className="button button--secondary"
              data-testid={`edit-criteria-${item.id}`}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('item.editCriteria')}
            </button>
          ) : item.status === 'OPEN' ? (
            <p className="field__hint">{t('item.frozenHint')}</p>
          ) : null}
        </>
      )}
    </article>
  );
}

function ItemCriteriaForm({ item, onDone }: { item: AgendaItemView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('committee');
  const { t: tw } = useTranslation('workflow');
  const [values, setValues] = useState(() => criteriaValuesFrom(item.criteria));
  const known = useMemo(() => criteriaFieldNames(values), [values]);
  const form = useFormErrors(known);
  const mutation = useUpdateItemCriteria();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(validateCriteria(values, tw))) return;
    mutation.mutate({ itemId: item.id, criteria: toCriteriaSet(values) }, { onSuccess: () => onDone(true), onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('item.editCriteriaLabel', { name: item.productName })} data-testid={`criteria-form-${item.id}`}>
      <ErrorSummary form={form} testId={`criteria-error-${item.id}`} />
      <CriteriaEditor
        idPrefix={`item-${item.id}-criteria`}
        values={values}
        errors={form.errors}
        onChange={(next, touched) => {
          setValues(next);
          touched.forEach(form.clearField);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" data-testid={`save-criteria-${item.id}`} aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t('item.saving') : t('item.saveCriteria')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('item.cancel')}
        </button>
      </div>
    </form>
  );
}
