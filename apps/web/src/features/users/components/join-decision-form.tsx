import type { UserAction, UserView } from '@inno/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/field';

const REASON_ID = 'join-decision-reason';

/**
 * A supplier joining a company is its administrator's decision; staff decide only for a company
 * without an active administrator, and must say why (the API refuses otherwise).
 */
export function JoinDecisionForm({ user, action, onConfirm, onCancel }: {
  user: UserView;
  action: UserAction;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[] | undefined>();
  const focusReason = () => document.getElementById(REASON_ID)?.focus();
  useEffect(focusReason, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors([t('validation.required')]);
      focusReason();
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <form className="form card" noValidate onSubmit={onSubmit} aria-labelledby="join-decision-title" data-testid="join-decision-form">
      <h2 id="join-decision-title">
        {t('users.joinDecision.title', { action: t(`users.action.${action}`), name: user.name, company: user.company?.name ?? '' })}
      </h2>
      <p>{t('users.joinDecision.lead')}</p>
      <TextAreaField
        id={REASON_ID}
        name="reason"
        label={t('users.joinDecision.reason')}
        required
        maxLength={500}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors(undefined);
        }}
        errors={errors}
      />
      <div className="button-row">
        <button type="submit" className="button" data-testid="join-decision-confirm">
          {t(`users.action.${action}`)}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('users.joinDecision.cancel')}
        </button>
      </div>
    </form>
  );
}
