import { INSTITUTION_RULES, type TargetDashboard } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { formatDay, formatKrw, formatPercent, todayIso } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useTargetDashboard } from '../api/get-target-dashboard';
import { useSetGoodsPurchases } from '../api/set-goods-purchases';
import { useOrdersTranslation } from '../components/orders-i18n';
import { YearField } from '../components/year-field';
import { TargetChart } from '../components/target-chart';
import { TargetSuggestions } from '../components/target-suggestions';


/** `/my/purchase-target` (BUYER): where the institution stands against its yearly purchase target. */
export function PurchaseTargetRoute() {
  const { t } = useOrdersTranslation();
  const institutionId = useSession().user?.institution?.id ?? '';
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const dashboard = useTargetDashboard(institutionId, year);
  return (
    <section className="page" aria-labelledby="target-title">
      <h1 id="target-title">{t('target.title')}</h1>
      <p className="page__lead">{t('target.lead')}</p>
      <div className="filters">
        <YearField id="target-year" value={year} onChange={setYear} />
      </div>
      {dashboard.isPending ? <Loading /> : null}
      {dashboard.isError ? <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} /> : null}
      {dashboard.data ? <TargetPage dashboard={dashboard.data} /> : null}
    </section>
  );
}

function TargetPage({ dashboard }: { dashboard: TargetDashboard }) {
  const { t, i18n } = useOrdersTranslation();
  const language = i18n.language;
  const krw = (amount: number) => formatKrw(amount, language);
  return (
    <>
      <section className="card" aria-labelledby="target-standing-title">
        <h2 id="target-standing-title">{t('target.standingTitle', { year: dashboard.year })}</h2>
        <p className={`alert ${dashboard.met ? 'alert--success' : 'alert--info'}`} data-testid="target-standing">
          {dashboard.met
            ? t('target.met', { rate: formatPercent(dashboard.attainedRate, language), target: formatPercent(dashboard.targetRate, language) })
            : t('target.short', { gap: krw(dashboard.gap), rate: formatPercent(dashboard.attainedRate, language), target: formatPercent(dashboard.targetRate, language) })}
        </p>
        <DescriptionList
          testId="target-figures"
          items={[
            { key: 'amount', term: t('target.amount'), value: <strong data-testid="target-amount">{krw(dashboard.amount)}</strong> },
            { key: 'attainedRate', term: t('target.attainedRate'), value: <span data-testid="target-rate">{formatPercent(dashboard.attainedRate, language)}</span> },
            { key: 'targetAmount', term: t('target.targetAmount'), value: krw(dashboard.targetAmount) },
            { key: 'gap', term: t('target.gap'), value: <span data-testid="target-gap">{krw(dashboard.gap)}</span> },
            {
              key: 'goodsPurchases',
              term: t('target.goodsPurchases'),
              value: `${krw(dashboard.goodsPurchases)} (${dashboard.goodsPurchasesEntered ? t('target.entered') : t('target.reference')})`,
            },
            { key: 'targetRate', term: t('target.targetRate'), value: `${formatPercent(dashboard.targetRate, language)} (${dashboard.sectorRate ? t('target.sectorRate', { sector: dashboard.institution.sector }) : t('target.ownRate')})` },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="target-months-title">
        <h2 id="target-months-title">{t('target.monthsTitle')}</h2>
        <TargetChart months={dashboard.months} targetAmount={dashboard.targetAmount} />
        <div className="table-wrap">
          <table className="table table--compact" data-testid="target-months">
            <caption className="visually-hidden">{t('target.monthsCaption', { year: dashboard.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('target.month')}</th>
                <th scope="col">{t('target.monthAmount')}</th>
                <th scope="col">{t('target.cumulative')}</th>
                <th scope="col">{t('target.targetLine')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{t('target.monthName', { month: m.month })}</th>
                  <td className="numeric">{krw(m.amount)}</td>
                  <td className="numeric">{krw(m.cumulative)}</td>
                  <td className="numeric">{krw(m.targetLine)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="target-purchases-title">
        <h2 id="target-purchases-title">{t('target.purchasesTitle')}</h2>
        {dashboard.purchases.length ? (
          <div className="table-wrap">
            <table className="table table--compact" data-testid="target-purchases">
              <caption className="visually-hidden">{t('target.purchasesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('target.product')}</th>
                  <th scope="col">{t('target.source')}</th>
                  <th scope="col">{t('target.contractedOn')}</th>
                  <th scope="col">{t('target.purchaseAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.purchases.map((p) => (
                  <tr key={`${p.source}-${p.id}`}>
                    <th scope="row">{p.source === 'ORDER' ? <Link to={`/my/orders/${p.id}`}>{p.productName}</Link> : p.productName}</th>
                    <td>{t(`source.${p.source}`)}</td>
                    <td>
                      <time dateTime={p.contractedOn}>{formatDay(p.contractedOn, language)}</time>
                    </td>
                    <td className="numeric">{krw(p.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('target.noPurchases')}</p>
        )}
      </section>

      <TargetSuggestions dashboard={dashboard} />

      <GoodsPurchasesForm dashboard={dashboard} />
    </>
  );
}

/** The institution enters its goods purchases for the year (the target's base). */
function GoodsPurchasesForm({ dashboard }: { dashboard: TargetDashboard }) {
  const { t } = useOrdersTranslation();
  const save = useSetGoodsPurchases();
  const form = useFormErrors(['amount', 'year']);
  const [amount, setAmount] = useState(String(dashboard.goodsPurchases));
  const [saved, setSaved] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const ok = /^\d+$/.test(amount.trim()) && Number(amount) <= INSTITUTION_RULES.yearlyGoodsPurchasesMax;
    if (!form.check(ok ? {} : { amount: [t('target.goodsInvalid')] })) return;
    save.mutate({ institutionId: dashboard.institution.id, year: dashboard.year, amount: Number(amount) }, { onSuccess: () => setSaved(true), onError: (error) => form.fail(error) });
  }
  return (
    <form className="form form--narrow card" noValidate onSubmit={onSubmit} aria-labelledby="goods-title" data-testid="goods-purchases-form">
      <h2 id="goods-title">{t('target.goodsTitle', { year: dashboard.year })}</h2>
      <ErrorSummary form={form} testId="goods-error" />
      {saved ? <StatusMessage testId="goods-saved">{t('target.goodsSaved')}</StatusMessage> : null}
      <TextField
        id="goods-amount"
        type="number"
        inputMode="numeric"
        min={0}
        label={t('target.goodsLabel')}
        hint={t('target.goodsHint')}
        required
        value={amount}
        onChange={(e) => {
          setAmount(e.target.value);
          form.clearField('amount');
        }}
        errors={form.errors.amount}
        data-testid="goods-amount"
      />
      <button type="submit" className="button" data-testid="goods-submit" aria-disabled={save.isPending || undefined}>
        {t('target.goodsSubmit')}
      </button>
    </form>
  );
}

export default PurchaseTargetRoute;
