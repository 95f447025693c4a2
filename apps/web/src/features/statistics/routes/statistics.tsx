import { InstitutionType, KOREAN_REGIONS, ProductKind, type StatisticsMonth, type StatisticsView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { ChoiceField, SelectField } from '../../../components/field';
import { formatKrw, formatNumber, formatPercent, todayIso } from '../../../lib/format';
import { intlLocale } from '../../../lib/i18n';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useStatistics, type GetStatisticsParams } from '../api/get-statistics';
import { RegionMap } from '../components/region-map';
import { StatFigure, type FigureColumn, type FigureRow } from '../components/stat-figure';
import { useStatisticsTranslation } from '../components/statistics-i18n';

const KINDS = Object.values(ProductKind);
const TYPES = Object.values(InstitutionType);

function readParams(search: URLSearchParams): GetStatisticsParams {
  const year = Number.parseInt(search.get('year') ?? '', 10);
  const pick = <T extends string>(value: string | null, choices: readonly T[]) => (choices as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
  return {
    year: Number.isInteger(year) && year >= 2020 && year <= 2100 ? year : undefined,
    region: pick(search.get('region'), KOREAN_REGIONS),
    kind: pick(search.get('kind'), KINDS),
    institutionType: pick(search.get('institutionType'), TYPES),
  };
}

/** `/statistics` (public): the year's figures as charts, each with its table and a CSV, filtered by region, kind and institution type. */
export function StatisticsRoute() {
  const { t, i18n } = useStatisticsTranslation();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const statistics = useStatistics(params);
  const view = statistics.data;
  const year = params.year ?? view?.year ?? Number(todayIso().slice(0, 4));

  const go = (changes: Partial<Record<keyof GetStatisticsParams, string | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next);
  };

  return (
    <section className="page statistics" aria-labelledby="statistics-title">
      <h1 id="statistics-title">{t('title')}</h1>
      <p className="page__lead">{t('lead')}</p>
      <div className="filters" role="group" aria-label={t('filters.label')}>
        <SelectField id="statistics-year" label={t('filters.year')} value={String(year)} onChange={(e) => go({ year: e.target.value })} data-testid="statistics-year">
          {[...(view?.years ?? [year])].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <ChoiceField id="statistics-region" label={t('filters.region')} choices={KOREAN_REGIONS} value={params.region as (typeof KOREAN_REGIONS)[number] | undefined} labelOf={(r) => t(`region.${r}`)} noneLabel={t('filters.all')} onChange={(region) => go({ region })} data-testid="statistics-region" />
        <ChoiceField id="statistics-kind" label={t('filters.kind')} choices={KINDS} value={params.kind} labelOf={(k) => t(`kind.${k}`)} noneLabel={t('filters.all')} onChange={(kind) => go({ kind })} data-testid="statistics-kind" />
        <ChoiceField id="statistics-type" label={t('filters.institutionType')} choices={TYPES} value={params.institutionType} labelOf={(type) => t(`institutionType.${type}`)} noneLabel={t('filters.all')} onChange={(institutionType) => go({ institutionType })} data-testid="statistics-type" />
      </div>
      <p className="muted">{t('filters.where')}</p>
      {statistics.isPending ? <Loading /> : null}
      {statistics.isError ? <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} /> : null}
      {view ? (
        <div aria-busy={statistics.isFetching || undefined}>
          <p className="statistics__freshness" data-testid="statistics-freshness">
            {t('asOf', { time: formatKoreaDateTime(view.asOf, i18n.language), minutes: Math.round(view.freshSeconds / 60) })}
          </p>
          <Figures view={view} />
        </div>
      ) : null}
    </section>
  );
}

function Figures({ view }: { view: StatisticsView }) {
  const { t, i18n } = useStatisticsTranslation();
  const { t: common } = useTranslation();
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const krw = (value: number) => formatKrw(value, language);
  const percent = (value: number) => formatPercent(value, language);
  const count = (label: string): FigureColumn => ({ label, format: number });
  const money = (label: string): FigureColumn => ({ label, format: krw });
  const monthName = (month: number) => new Intl.DateTimeFormat(intlLocale(language), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  const monthly = (fields: (keyof StatisticsMonth)[]): FigureRow[] =>
    view.months.map((m) => ({ key: String(m.month), cells: [monthName(m.month), ...fields.map((field) => m[field])] }));
  const series = (keys: string[]) => keys.map((key) => ({ key, label: t(`measure.${key}` as 'measure.companies') }));
  const file = (name: string) => `statistics-${view.year}-${name}`;
  const sum = (field: keyof StatisticsMonth) => view.months.reduce((total, m) => total + m[field], 0);
  const pilots = view.pilots;

  const summary: [string, string][] = [
    [t('measure.designations'), number(sum('designations'))],
    [t('measure.pilotsContracted'), number(sum('pilotsContracted'))],
    [t('measure.pilotAmount'), krw(sum('pilotAmount'))],
    [t('measure.orders'), number(sum('orders'))],
    [t('measure.orderAmount'), krw(sum('orderAmount'))],
    [t('targets.met'), t('targets.metOf', { met: number(view.targets.met), count: view.targets.institutions })],
  ];

  return (
    <>
      <section aria-labelledby="statistics-summary-title">
        <h2 id="statistics-summary-title">{t('summaryTitle', { year: view.year })}</h2>
        <dl className="stat-cards" data-testid="statistics-summary">
          {summary.map(([label, value]) => (
            <div key={label} className="stat-card">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="statistics-registrations">
        <h2 id="statistics-registrations">{t('section.registrations')}</h2>
        <StatFigure
          id="registrations"
          title={t('figure.registrations')}
          note={t('note.registrations')}
          columns={[{ label: t('monthColumn') }, ...['companies', 'type1Products', 'type2Products'].map((k) => count(t(`measure.${k}` as 'measure.companies')))]}
          rows={monthly(['companies', 'type1Products', 'type2Products'])}
          chart={{ type: 'stacked', series: series(['companies', 'type1Products', 'type2Products']) }}
          fileName={file('registrations')}
        />
      </section>

      <section aria-labelledby="statistics-designations">
        <h2 id="statistics-designations">{t('section.designations')}</h2>
        <StatFigure
          id="designations"
          title={t('figure.designations')}
          note={t('note.designations')}
          columns={[{ label: t('monthColumn') }, ...['designations', 'extensions', 'suspensions', 'revocations', 'expiries'].map((k) => count(t(`measure.${k}` as 'measure.companies')))]}
          rows={monthly(['designations', 'extensions', 'suspensions', 'revocations', 'expiries'])}
          chart={{ type: 'bar', series: series(['designations', 'extensions', 'suspensions', 'revocations', 'expiries']) }}
          fileName={file('designations')}
        />
        <StatFigure
          id="routes"
          title={t('figure.routes')}
          columns={[{ label: t('routeColumn') }, count(t('measure.designations'))]}
          rows={view.designationsByRoute.map((r) => ({ key: r.key, cells: [t(`route.${r.key}`), r.count] }))}
          chart={{ type: 'bar', series: series(['designations']) }}
          fileName={file('routes')}
        />
        <StatFigure
          id="categories"
          title={t('figure.categories')}
          columns={[{ label: t('categoryColumn') }, count(t('measure.designations'))]}
          rows={view.designationsByCategory.map((c) => ({ key: c.code, cells: [language === 'en' ? c.nameEn : c.nameKo, c.count] }))}
          chart={{ type: 'bar', horizontal: true, series: series(['designations']) }}
          fileName={file('categories')}
        />
        <StatFigure
          id="regions"
          title={t('figure.regions')}
          note={t('note.regions')}
          columns={[{ label: t('regionColumn') }, count(t('measure.designations'))]}
          rows={[
            ...KOREAN_REGIONS.map((region) => ({ key: region, cells: [t(`region.${region}`), view.designationsByRegion.find((r) => r.key === region)?.count ?? 0] })),
            ...view.designationsByRegion.filter((r) => !(KOREAN_REGIONS as readonly string[]).includes(r.key)).map((r) => ({ key: r.key, cells: [r.key, r.count] })),
          ]}
          chart={<RegionMap counts={view.designationsByRegion} />}
          fileName={file('regions')}
        />
        <StatFigure
          id="pass-rates"
          title={t('figure.passRates')}
          note={t('note.passRates')}
          columns={[{ label: t('callColumn') }, count(t('measure.decided')), count(t('measure.designated')), { label: t('measure.passRate'), format: percent }]}
          rows={view.passRates.map((c) => ({ key: c.callId, cells: [c.title, c.decided, c.designated, c.decided ? c.designated / c.decided : null] }))}
          chart={{ type: 'bar', horizontal: true, series: series(['decided', 'designated']) }}
          fileName={file('pass-rates')}
        />
      </section>

      <section aria-labelledby="statistics-pilots">
        <h2 id="statistics-pilots">{t('section.pilots')}</h2>
        <StatFigure
          id="pilots"
          title={t('figure.pilots')}
          note={t('note.pilots')}
          columns={[{ label: t('monthColumn') }, count(t('measure.pilotApplications')), count(t('measure.pilotMatches')), count(t('measure.pilotsContracted')), money(t('measure.pilotAmount'))]}
          rows={monthly(['pilotApplications', 'pilotMatches', 'pilotsContracted', 'pilotAmount'])}
          chart={{ type: 'bar', series: series(['pilotApplications', 'pilotMatches', 'pilotsContracted']) }}
          fileName={file('pilots')}
        />
        <StatFigure
          id="pilot-plans"
          title={t('figure.pilotPlans', { year: view.year })}
          note={t('note.pilotPlans')}
          columns={[{ label: t('figureColumn') }, count(t('valueColumn'))]}
          rows={(['plans', 'applications', 'matched', 'contracted', 'resultsReported', 'success', 'insufficient', 'correctiveActionRefused', 'checkIns', 'inUse', 'shelved', 'returned'] as const).map((key) => ({
            key,
            cells: [t(`pilot.${key}`), pilots[key]],
          }))}
          chart={{ type: 'bar', horizontal: true, series: series(['value']) }}
          fileName={file('pilot-plans')}
        />
        <dl className="stat-cards" data-testid="pilot-amounts">
          {(['budget', 'matchedAmount', 'contractedAmount'] as const).map((key) => (
            <div key={key} className="stat-card">
              <dt>{t(`pilot.${key}`)}</dt>
              <dd>{krw(pilots[key])}</dd>
            </div>
          ))}
        </dl>
        <StatFigure
          id="pilot-scores"
          title={t('figure.pilotScores')}
          note={t('note.pilotScores')}
          columns={[{ label: t('indicatorColumn') }, { label: t('measure.average'), format: (v) => v.toFixed(2) }, count(t('measure.reports'))]}
          rows={view.pilotScores.map((s) => ({ key: s.indicator, cells: [t(`indicator.${s.indicator}`), s.average, s.reports] }))}
          chart={{ type: 'bar', horizontal: true, series: series(['average']) }}
          fileName={file('pilot-scores')}
        />
      </section>

      <section aria-labelledby="statistics-orders">
        <h2 id="statistics-orders">{t('section.orders')}</h2>
        <StatFigure
          id="orders"
          title={t('figure.orders')}
          note={t('note.orders')}
          columns={[{ label: t('monthColumn') }, count(t('measure.orders')), money(t('measure.orderAmount')), money(t('measure.pilotAmount'))]}
          rows={monthly(['orders', 'orderAmount', 'pilotAmount'])}
          chart={{ type: 'line', series: series(['orderAmount', 'pilotAmount']).map((s, i) => ({ ...s, column: i + 2 })), format: krw }}
          fileName={file('orders')}
        />
      </section>

      <section aria-labelledby="statistics-targets">
        <h2 id="statistics-targets">{t('section.targets')}</h2>
        <StatFigure
          id="target-bands"
          title={t('figure.targetBands')}
          note={t('note.targetBands')}
          columns={[{ label: t('bandColumn') }, count(t('measure.institutions'))]}
          rows={view.targets.bands.map((b) => ({ key: b.key, cells: [t(`band.${b.key}`), b.count] }))}
          chart={{ type: 'bar', series: series(['institutions']) }}
          fileName={file('target-bands')}
        />
        <StatFigure
          id="target-types"
          title={t('figure.targetTypes')}
          columns={[{ label: t('institutionTypeColumn') }, count(t('measure.institutions')), count(t('measure.met'))]}
          rows={view.targets.byType.map((g) => ({ key: g.key, cells: [common(`institutionType.${g.key as InstitutionType}`), g.institutions, g.met] }))}
          chart={{ type: 'bar', series: series(['institutions', 'met']) }}
          fileName={file('target-types')}
        />
        <StatFigure
          id="target-sectors"
          title={t('figure.targetSectors')}
          columns={[{ label: t('sectorColumn') }, count(t('measure.institutions')), count(t('measure.met'))]}
          rows={view.targets.bySector.map((g) => ({ key: g.key, cells: [g.key, g.institutions, g.met] }))}
          chart={{ type: 'bar', horizontal: true, series: series(['institutions', 'met']) }}
          fileName={file('target-sectors')}
        />
      </section>

      <section aria-labelledby="statistics-ideas">
        <h2 id="statistics-ideas">{t('section.ideas')}</h2>
        <StatFigure
          id="ideas"
          title={t('figure.ideas')}
          note={t('note.ideas')}
          columns={[{ label: t('monthColumn') }, count(t('measure.ideas')), count(t('measure.ideaSupports'))]}
          rows={monthly(['ideas', 'ideaSupports'])}
          chart={{ type: 'line', series: series(['ideas', 'ideaSupports']) }}
          fileName={file('ideas')}
        />
      </section>
    </>
  );
}

export default StatisticsRoute;
