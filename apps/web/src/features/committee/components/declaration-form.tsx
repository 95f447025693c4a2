import type { AgendaItemView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useDeclareInterest } from '../api/declare-interest';

const FIELDS = ['reason', 'conflict'] as const;

/**
 * The conflict-of-interest declaration a member makes before reading or scoring
 * an item: none, or a conflict with its reason (the member is then recused).
 */
export function DeclarationForm({ item }: { item: AgendaItemView }) {
  const { t } = useTranslation('committee');
  const [reason, setReason] = useState('');
  const form = useFormErrors(FIELDS);
  const mutation = useDeclareInterest();
  const id = item.id;

  function declare(conflict: boolean) {
    if (mutation.isPending) return;
    if (conflict && !reason.trim()) {
      form.check({ reason: [t('declaration.errors.reason')] });
      document.getElementById(`conflict-reason-${id}`)?.focus();
      return;
    }
    form.reset();
    mutation.mutate({ itemId: id, conflict, reason: conflict ? reason.trim() : undefined }, { onError: (error) => form.fail(error) });
  }

  return (
    <section className="declaration" aria-labelledby={`declaration-title-${id}`} data-testid={`declaration-${id}`}>
      <h3 id={`declaration-title-${id}`}>{t('declaration.title')}</h3>
      <p className="field__hint">{t('declaration.lead')}</p>
      <ErrorSummary form={form} testId={`declaration-error-${id}`} />
      <TextAreaField
        id={`conflict-reason-${id}`}
        label={t('declaration.reason')}
        hint={t('declaration.reasonHint')}
        rows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          form.clearField('reason');
        }}
        errors={form.errors.reason}
        data-testid={`conflict-reason-${id}`}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid={`declare-none-${id}`}
          aria-disabled={mutation.isPending || undefined}
          onClick={() => declare(false)}
        >
          {t('declaration.none')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid={`declare-conflict-${id}`}
          aria-disabled={mutation.isPending || undefined}
          aria-describedby={`conflict-reason-${id}-hint`}
          onClick={() => declare(true)}
        >
          {t('declaration.conflict')}
        </button>
      </div>
    </section>
  );
}
