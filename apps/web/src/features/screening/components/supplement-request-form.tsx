import type { ProposalView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField, TextField } from '../../../components/field';
import { koreaLocalToIso } from '../../../lib/korea-time';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useRequestSupplement } from '../api/request-supplement';

const FIELDS = ['message', 'deadline'] as const;

/** Asks the supplier for a supplement: what to add, and by when (Korea time). */
export function SupplementRequestForm({ proposal, onDone, onCancel }: {
  proposal: ProposalView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('screening');
  const [message, setMessage] = useState('');
  const [deadline, setDeadline] = useState('');
  const form = useFormErrors(FIELDS);
  const mutation = useRequestSupplement();
  const id = proposal.id;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors: FieldErrors = {};
    const iso = koreaLocalToIso(deadline);
    if (!message.trim()) errors.message = [t('supplement.errors.message')];
    if (!iso) errors.deadline = [t('supplement.errors.deadline')];
    else if (new Date(iso).getTime() <= Date.now()) errors.deadline = [t('supplement.errors.deadlinePast')];
    if (!form.check(errors)) return;
    mutation.mutate(
      { id, message: message.trim(), deadline: iso! },
      { onSuccess: () => onDone(t('done.supplementRequested', { name: proposal.product.nameKo })), onError: (error) => form.fail(error) },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`supplement-title-${id}`} data-testid={`supplement-form-${id}`}>
      <h3 id={`supplement-title-${id}`}>{t('supplement.title')}</h3>
      <ErrorSummary form={form} />
      <TextAreaField
        id={`supplement-message-${id}`}
        label={t('supplement.message')}
        hint={t('supplement.messageHint')}
        required
        rows={4}
        maxLength={2000}
        autoFocus
        value={message}
        onChange={(e) => {
          setMessage(e.target.value);
          form.clearField('message');
        }}
        errors={form.errors.message}
        data-testid={`supplement-message-${id}`}
      />
      <TextField
        id={`supplement-deadline-${id}`}
        type="datetime-local"
        label={t('supplement.deadline')}
        hint={t('supplement.deadlineHint')}
        required
        value={deadline}
        onChange={(e) => {
          setDeadline(e.target.value);
          form.clearField('deadline');
        }}
        errors={form.errors.deadline}
        data-testid={`supplement-deadline-${id}`}
      />
      <div className="button-row">
        <button type="submit" className="button" data-testid={`supplement-send-${id}`} aria-disabled={mutation.isPending || undefined}>
          {t('supplement.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('supplement.cancel')}
        </button>
      </div>
    </form>
  );
}
