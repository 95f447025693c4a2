import { INSTITUTION_RULES, InstitutionType, type TargetRanking } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { ChoiceField, SelectField, TextField } from '../../../components/field';
import { formatKrw, formatPercent, todayIso } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useExportTargetRanking, type ExportFormat } from '../api/export-target-ranking';
import { useSectorRates } from '../api/get-sector-rates';
import { useTargetRanking } from '../api/get-target-ranking';
import { useSetSectorRate } from '../api/set-sector-rate';
import { useOrdersTranslation } from '../components/orders-i18n';
import { YearField } from '../components/year-field';

const TYPES = Object.values(InstitutionType);

/** `/operator/purchase-targets` (OPERATOR): every institution ranked by attainment, filters, exports and the sector rates. */
export function OperatorPurchaseTargetsRoute() {
  const { t } = useOrdersTranslation();
  const { t: common } = useTranslation();
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const [type, setType] = useState<InstitutionType | undefined>();
  const [sector, setSector] = useState<string | undefined>();
  const params = { year, type, sector };
  const ranking = useTargetRanking(params);
  const rates = useSectorRates(year);
  const exporting = useExportTargetRanking();
  const sectors = rates.data?.map((r) => r.sector) ?? [];

  return (
    <section className="page" aria-labelledby="op-targets-title">
      <h1 id="op-targets-title">{t('ranking.title')}</h1>
      <p className="page__lead">{t('ranking.lead')}</p>
      <div className="filters">
        <YearField id="op-targets-year" value={year} onChange={setYear} />
        <ChoiceField id="op-targets-type" label={t('ranking.type')} choices={TYPES} value={type} labelOf={(value) => common(`institutionType.${value}`)} noneLabel={t('ranking.all')} onChange={setType} />
        <ChoiceField id="op-targets-sector" label={t('ranking.sector')} choices={sectors} value={sector} labelOf={(value) => value} noneLabel={t('ranking.all')} onChange={setSector} />
      </div>
      <div className="button-row">
        {(['csv', 'xlsx'] as ExportFormat[]).map((format) => (
          <button key={format} type="button" className="button button--secondary" data-testid={`op-targets-export-${format}`} aria-disabled={exporting.isPending || undefined} onClick={() => !exporting.isPending && exporting.mutate({ ...params, format })}>
            {t(`ranking.export.${format}`)}
          </button>
        ))}
      </div>
      {exporting.isError ? <QueryError error={exporting.error} testId="op-targets-export-error" /> : null}
      {ranking.isPending ? <Loading /> : null}
      {ranking.isError ? <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} /> : null}
      {ranking.data ? <RankingTable ranking={ranking.data} busy={ranking.isFetching} /> : null}
      <SectorRateForm year={year} sectors={sectors} />
    </section>
  );
}

function RankingTable({ ranking, busy }: { ranking: TargetRanking; busy: boolean }) {
  const { t, i18n } = useOrdersTranslation();
  const { t: common } = useTranslation();
  const language = i18n.language;
  const krw = (amount: number) => formatKrw(amount, language);
  const percent = (rate: number) => formatPercent(rate, language);
  return (
    <div className="table-wrap" aria-busy={busy || undefined}>
      <table className="table table--compact" data-testid="op-targets-table">
        <caption>{t('ranking.caption', { year: ranking.year, met: ranking.total.met, count: ranking.total.institutions })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ranking.rank')}</th>
            <th scope="col">{t('ranking.institution')}</th>
            <th scope="col">{t('ranking.type')}</th>
            <th scope="col">{t('ranking.sector')}</th>
            <th scope="col">{t('target.goodsPurchases')}</th>
            <th scope="col">{t('target.targetRate')}</th>
            <th scope="col">{t('target.amount')}</th>
            <th scope="col">{t('target.attainedRate')}</th>
            <th scope="col">{t('target.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.items.map((item) => (
            <tr key={item.institution.id} data-testid={`op-target-row-${item.institution.code}`}>
              <td className="numeric">{item.rank}</td>
              <th scope="row">{item.institution.name}</th>
              <td>{common(`institutionType.${item.institution.type}`)}</td>
              <td>{item.institution.sector}</td>
              <td className="numeric">{krw(item.goodsPurchases)}</td>
              <td className="numeric">{percent(item.targetRate)}</td>
              <td className="numeric">{krw(item.amount)}</td>
              <td className="numeric">
                {percent(item.attainedRate)} {item.met ? <span className="badge badge--active">{t('ranking.met')}</span> : null}
              </td>
              <td className="numeric">{krw(item.gap)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="op-targets-total">
            <td />
            <th scope="row">{t('ranking.total')}</th>
            <td />
            <td />
            <td className="numeric">{krw(ranking.total.goodsPurchases)}</td>
            <td />
            <td className="numeric">{krw(ranking.total.amount)}</td>
            <td className="numeric">{percent(ranking.total.attainedRate)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The rate every institution of a sector is held to in the year (e.g. 1.0% to 1.7%). */
function SectorRateForm({ year, sectors }: { year: number; sectors: string[] }) {
  const { t } = useOrdersTranslation();
  const save = useSetSectorRate();
  const form = useFormErrors(['sector', 'rate', 'year']);
  const [sector, setSector] = useState('');
  const [percent, setPercent] = useState('1.0');
  const [saved, setSaved] = useState<string | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    const rate = Math.round(Number(percent) * 100) / 10_000;
    const problems = {
      ...(sector ? {} : { sector: [t('rates.sectorRequired')] }),
      ...(Number.isFinite(rate) && rate >= INSTITUTION_RULES.targetRateMin && rate <= INSTITUTION_RULES.targetRateMax ? {} : { rate: [t('rates.rateInvalid')] }),
    };
    if (!form.check(problems)) return;
    save.mutate({ year, sector, rate }, { onSuccess: () => setSaved(sector), onError: (error) => form.fail(error) });
  }
  return (
    <form className="form form--narrow card" noValidate onSubmit={onSubmit} aria-labelledby="sector-rate-title" data-testid="sector-rate-form">
      <h2 id="sector-rate-title">{t('rates.title', { year })}</h2>
      <p className="field__hint">{t('rates.lead')}</p>
      <ErrorSummary form={form} testId="sector-rate-error" />
      {saved ? <StatusMessage testId="sector-rate-saved">{t('rates.saved', { sector: saved })}</StatusMessage> : null}
      <SelectField id="sector-rate-sector" label={t('ranking.sector')} required value={sector} onChange={(e) => { setSector(e.target.value); form.clearField('sector'); }} errors={form.errors.sector}>
        <option value="">{t('rates.choose')}</option>
        {sectors.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </SelectField>
      <TextField id="sector-rate-percent" type="number" step="0.01" min={0.1} max={10} label={t('rates.percent')} required value={percent} onChange={(e) => { setPercent(e.target.value); form.clearField('rate'); }} errors={form.errors.rate} />
      <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
        {t('rates.save')}
      </button>
    </form>
  );
}

export default OperatorPurchaseTargetsRoute;
