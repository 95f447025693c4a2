import { ChallengeAction, type ChallengeView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { TextAreaField, TextField } from '../../../components/field';
import { koreaLocalToIso } from '../../../lib/korea-time';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useMoveChallenge } from '../api/move-challenge';

const FIELDS = ['reason', 'opensAt', 'closesAt', 'amount', 'contractedOn', 'contractReference'] as const;
const NEEDS_REASON: ChallengeAction[] = [ChallengeAction.SELECT, ChallengeAction.NOT_SELECT];

/** The moves the API says the viewer may make now, with the few inputs they need. */
export function ChallengeActions({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation('challenges');
  const move = useMoveChallenge();
  const form = useFormErrors(FIELDS);
  const [values, setValues] = useState({ reason: '', opensAt: '', closesAt: '', amount: '', contractedOn: '', contractReference: '' });
  const [done, setDone] = useState(false);
  // Designation and selection by the committee are the committee's moves: no button here.
  const actions = challenge.availableActions.filter((a): a is Exclude<ChallengeAction, 'designate' | 'schedule'> => a !== ChallengeAction.DESIGNATE && a !== ChallengeAction.SCHEDULE);
  const toCommittee = challenge.availableActions.includes(ChallengeAction.SCHEDULE);
  if (actions.length === 0 && !toCommittee) return null;
  const has = (action: ChallengeAction) => (actions as ChallengeAction[]).includes(action);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const run = (action: ChallengeAction) => {
    setDone(false);
    form.reset();
    const body: Record<string, unknown> = {};
    if (NEEDS_REASON.includes(action)) body.reason = values.reason;
    if (action === ChallengeAction.OPEN_SOLUTION_CALL) Object.assign(body, { opensAt: koreaLocalToIso(values.opensAt) ?? values.opensAt, closesAt: koreaLocalToIso(values.closesAt) ?? values.closesAt });
    if (action === ChallengeAction.RECORD_PURCHASE) Object.assign(body, { amount: Number(values.amount), contractedOn: values.contractedOn, contractReference: values.contractReference });
    move.mutate({ id: challenge.id, action, body }, { onSuccess: () => setDone(true), onError: (error) => form.fail(error) });
  };

  return (
    <section aria-labelledby="challenge-actions-title" className="panel">
      <h2 id="challenge-actions-title">{t('actions.title')}</h2>
      {form.alert ? <ErrorAlert title={form.alert.title} messages={form.alert.messages} requestId={form.alert.requestId} /> : null}
      {done ? <StatusMessage>{t('actions.done')}</StatusMessage> : null}
      {toCommittee ? (
        <p data-testid="challenge-to-committee">
          {t('actions.toCommittee')} <Link to="/operator/sessions">{t('actions.toCommitteeLink')}</Link>
        </p>
      ) : null}
      {has(ChallengeAction.SELECT) || has(ChallengeAction.NOT_SELECT) ? (
        <TextAreaField id="challenge-reason" label={t('field.reason')} value={values.reason} onChange={set('reason')} errors={form.errors.reason} required />
      ) : null}
      {has(ChallengeAction.OPEN_SOLUTION_CALL) ? (
        <>
          <TextField id="challenge-opens-at" type="datetime-local" label={t('field.opensAt')} value={values.opensAt} onChange={set('opensAt')} errors={form.errors.opensAt} required />
          <TextField id="challenge-closes-at" type="datetime-local" label={t('field.closesAt')} value={values.closesAt} onChange={set('closesAt')} errors={form.errors.closesAt} required />
        </>
      ) : null}
      {has(ChallengeAction.RECORD_PURCHASE) ? (
        <>
          <TextField id="purchase-amount" type="number" inputMode="numeric" label={t('field.amount')} value={values.amount} onChange={set('amount')} errors={form.errors.amount} required />
          <TextField id="purchase-date" type="date" label={t('field.contractedOn')} value={values.contractedOn} onChange={set('contractedOn')} errors={form.errors.contractedOn} required />
          <TextField id="purchase-reference" label={t('field.contractReference')} value={values.contractReference} onChange={set('contractReference')} errors={form.errors.contractReference} required />
        </>
      ) : null}
      <div className="button-row">
        {actions.map((action) => (
          <button key={action} type="button" onClick={() => run(action)} disabled={move.isPending} data-testid={`challenge-${action}`}>
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
