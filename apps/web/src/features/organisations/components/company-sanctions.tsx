import { SANCTION_LEGAL_BASIS_MIN, SANCTION_MAX_MONTHS, SANCTION_REASON_MIN, type SanctionView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { TextAreaField, TextField } from '../../../components/field';
import { formatDay } from '../../../lib/format';
import { isoToKoreaLocal } from '../../../lib/korea-time';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCompanySanctions } from '../api/get-company-sanctions';
import { useImposeSanction } from '../api/impose-sanction';
import { useLiftSanction } from '../api/lift-sanction';

/** Today in Korea: the API counts sanction days in Korean dates. */
const koreaToday = () => isoToKoreaLocal(new Date()).slice(0, 10);

/**
 * A company's sanctions, lifted ones included, with "sanctioned through"; an operator records new
 * ones and lifts one in force early, each with a published reason.
 */
export function CompanySanctions({ companyId, sanctionedUntil, canManage }: { companyId: string; sanctionedUntil: string | null; canManage: boolean }) {
  const { t, i18n } = useTranslation('sanctions');
  const sanctions = useCompanySanctions(companyId);
  const [done, setDone] = useState<string | null>(null);
  const today = koreaToday();
  const sanctioned = !!sanctionedUntil && sanctionedUntil >= today;
  return (
    <section className="card" aria-labelledby="company-sanctions-title" data-testid="company-sanctions">
      <h2 id="company-sanctions-title">{t('title')}</h2>
      <p className="field__hint">{t('lead')}</p>
      <p data-testid="company-sanctioned-until" className={sanctioned ? 'badge badge--decision-sanction' : 'muted'}>
        {sanctioned ? t('sanctionedUntil', { date: formatDay(sanctionedUntil, i18n.language) }) : t('notSanctioned')}
      </p>
      {done ? <StatusMessage testId="sanction-done">{done}</StatusMessage> : null}
      {sanctions.isPending ? <Loading /> : null}
      {sanctions.isError ? <QueryError error={sanctions.error} onRetry={() => void sanctions.refetch()} /> : null}
      {sanctions.data ? (
        sanctions.data.length === 0 ? (
          <p className="empty-state" data-testid="sanctions-empty">
            {t('empty')}
          </p>
        ) : (
          <div className="table-wrap">
          <table className="table" data-testid="sanctions-table">
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('reason')}</th>
                <th scope="col">{t('legalBasis')}</th>
                <th scope="col">{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {sanctions.data.map((sanction) => (
                <SanctionRow key={sanction.id} sanction={sanction} today={today} canManage={canManage} onLifted={() => setDone(t('liftedDone'))} />
              ))}
            </tbody>
          </table>
          </div>
        )
      ) : null}
      {canManage ? <ImposeForm companyId={companyId} today={today} onDone={() => setDone(t('imposed'))} /> : null}
    </section>
  );
}

function SanctionRow({ sanction, today, canManage, onLifted }: { sanction: SanctionView; today: string; canManage: boolean; onLifted: () => void }) {
  const { t, i18n } = useTranslation('sanctions');
  const [lifting, setLifting] = useState(false);
  const period = `${formatDay(sanction.startsOn, i18n.language)} – ${formatDay(sanction.endsOn, i18n.language)}`;
  const state = sanction.liftedOn
    ? t('lifted', { date: formatDay(sanction.liftedOn, i18n.language), reason: sanction.liftedReason ?? '' })
    : sanction.inForce
      ? t('inForce')
      : sanction.startsOn > today
        ? t('upcoming')
        : t('ended');
  return (
    <tr data-testid={`sanction-${sanction.id}`} data-in-force={sanction.inForce || undefined}>
      <td>{period}</td>
      <td>{sanction.reason}</td>
      <td>{sanction.legalBasis}</td>
      <td>
        <p>{state}</p>
        {canManage && sanction.inForce ? (
          lifting ? (
            <LiftForm sanction={sanction} onCancel={() => setLifting(false)} onDone={onLifted} />
          ) : (
            <button type="button" className="button button--secondary" aria-label={t('liftLabel', { period })} data-testid="sanction-lift" onClick={() => setLifting(true)}>
              {t('lift')}
            </button>
          )
        ) : null}
      </td>
    </tr>
  );
}

function LiftForm({ sanction, onCancel, onDone }: { sanction: SanctionView; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation('sanctions');
  const [reason, setReason] = useState('');
  const form = useFormErrors(['reason']);
  const lift = useLiftSanction();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (lift.isPending) return;
    if (!form.check(reason.trim().length < SANCTION_REASON_MIN ? { reason: [t('errors.reason', { min: SANCTION_REASON_MIN })] } : {})) return;
    lift.mutate({ companyId: sanction.companyId, sanctionId: sanction.id, reason: reason.trim() }, { onSuccess: onDone, onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('liftTitle')} data-testid="sanction-lift-form">
      {form.alert ? <ErrorAlert {...form.alert} testId="sanction-lift-error" /> : null}
      <TextAreaField
        id={`sanction-lift-reason-${sanction.id}`}
        label={t('liftReason')}
        hint={t('liftReasonHint', { min: SANCTION_REASON_MIN })}
        required
        rows={3}
        maxLength={2000}
        autoFocus
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          form.clearField('reason');
        }}
        errors={form.errors.reason}
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" data-testid="sanction-lift-confirm" aria-disabled={lift.isPending || undefined}>
          {t('confirmLift')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

const FIELDS = ['startsOn', 'months', 'reason', 'legalBasis'] as const;

function ImposeForm({ companyId, today, onDone }: { companyId: string; today: string; onDone: () => void }) {
  const { t } = useTranslation('sanctions');
  const empty = { startsOn: today, months: '6', reason: '', legalBasis: '' };
  const [values, setValues] = useState(empty);
  const form = useFormErrors(FIELDS);
  const impose = useImposeSanction();
  const set = (field: (typeof FIELDS)[number], value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (impose.isPending) return;
    const months = Number(values.months);
    const errors: Record<string, string[]> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startsOn) || values.startsOn > today) errors.startsOn = [t('errors.startsOn')];
    if (!Number.isInteger(months) || months < 1 || months > SANCTION_MAX_MONTHS) errors.months = [t('errors.months', { max: SANCTION_MAX_MONTHS })];
    if (values.reason.trim().length < SANCTION_REASON_MIN) errors.reason = [t('errors.reason', { min: SANCTION_REASON_MIN })];
    if (values.legalBasis.trim().length < SANCTION_LEGAL_BASIS_MIN) errors.legalBasis = [t('errors.legalBasis', { min: SANCTION_LEGAL_BASIS_MIN })];
    if (!form.check(errors)) return;
    impose.mutate(
      { companyId, sanction: { startsOn: values.startsOn, months, reason: values.reason.trim(), legalBasis: values.legalBasis.trim() } },
      {
        onSuccess: () => {
          setValues(empty);
          onDone();
        },
        onError: (error) => form.fail(error),
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sanction-impose-title" data-testid="sanction-impose-form">
      <h3 id="sanction-impose-title">{t('imposeTitle')}</h3>
      {form.alert ? <ErrorAlert {...form.alert} testId="sanction-impose-error" /> : null}
      <TextField id="sanction-startsOn" type="date" label={t('startsOn')} hint={t('startsOnHint', { today })} required max={today} value={values.startsOn} onChange={(e) => set('startsOn', e.target.value)} errors={form.errors.startsOn} />
      <TextField
        id="sanction-months"
        type="number"
        inputMode="numeric"
        min={1}
        max={SANCTION_MAX_MONTHS}
        label={t('months')}
        hint={t('monthsHint', { max: SANCTION_MAX_MONTHS })}
        required
        value={values.months}
        onChange={(e) => set('months', e.target.value)}
        errors={form.errors.months}
      />
      <TextAreaField id="sanction-reason" label={t('reason')} hint={t('reasonHint', { min: SANCTION_REASON_MIN })} required rows={3} maxLength={2000} value={values.reason} onChange={(e) => set('reason', e.target.value)} errors={form.errors.reason} />
      <TextField id="sanction-legalBasis" label={t('legalBasis')} hint={t('legalBasisHint')} required maxLength={500} value={values.legalBasis} onChange={(e) => set('legalBasis', e.target.value)} errors={form.errors.legalBasis} />
      <button type="submit" className="button button--danger" data-testid="sanction-impose" aria-disabled={impose.isPending || undefined}>
        {t('impose')}
      </button>
    </form>
  );
}
