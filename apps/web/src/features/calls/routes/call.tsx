import { Role, type CallView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCall } from '../../../api/get-call';
import { useCategories } from '../../../api/get-categories';
import { Loading, LoadFailure } from '../../../components/alerts';
import { CriteriaTable } from '../../../components/criteria-table';
import { DescriptionList } from '../../../components/description-list';
import { DesignationRulesList } from '../../../components/designation-rules-list';
import { CallPhaseBadge } from '../../../components/workflow-badges';
import { categoryLabel } from '../../../lib/categories';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';

/** A call's public notice: its window in Korea time, sub-areas and evaluation criteria; suppliers apply from here. */
export function CallRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['calls', 'workflow']);
  const call = useCall(id);

  if (call.isPending) return <Loading />;
  if (call.isError) {
    return (
      <section className="page page--narrow">
        <LoadFailure
          query={call}
          notFound={
            <div data-testid="call-not-found">
              <h1>{t('detail.notFoundTitle')}</h1>
              <p>{t('detail.notFoundBody')}</p>
            </div>
          }
        />
        <p>
          <Link to="/calls">{t('detail.backToList')}</Link>
        </p>
      </section>
    );
  }
  return <CallPage call={call.data} />;
}

function CallPage({ call }: { call: CallView }) {
  const { t, i18n } = useTranslation(['calls', 'workflow']);
  const language = i18n.language;
  const categories = useCategories();

  return (
    <article className="page" aria-labelledby="call-title">
      <p className="breadcrumb-back">
        <Link to="/calls">{t('detail.backToList')}</Link>
      </p>
      <p>
        <CallPhaseBadge phase={call.phase} testId="call-phase" /> <span className="badge">{t(`workflow:callKind.${call.kind}`)}</span>
      </p>
      <h1 id="call-title">{call.title}</h1>
      <ApplyPanel call={call} />
      <section className="card" aria-labelledby="call-facts-title">
        <h2 id="call-facts-title">{t('detail.factsTitle')}</h2>
        <DescriptionList
          testId="call-facts"
          items={[
            { key: 'kind', term: t('detail.kind'), value: t(`workflow:callKind.${call.kind}`) },
            ...(call.challengeSelection ? [{ key: 'challengeSelection', term: t('detail.challengeSelection'), value: t(`workflow:challengeSelection.${call.challengeSelection}`) }] : []),
            {
              key: 'opensAt',
              term: t('detail.opensAt'),
              value: <time dateTime={call.opensAt}>{formatKoreaDateTime(call.opensAt, language)}</time>,
            },
            {
              key: 'closesAt',
              term: t('detail.closesAt'),
              value: <time dateTime={call.closesAt}>{formatKoreaDateTime(call.closesAt, language)}</time>,
            },
            {
              key: 'subAreas',
              term: t('detail.subAreas'),
              value: (
                <ul className="tag-list">
                  {call.subAreas.map((code) => (
                    <li key={code} className="badge">
                      {categoryLabel(categories.data, code, language)}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              // The terms a product designated through this call runs under, copied when the call was opened.
              key: 'designationTerms',
              term: t('detail.designationTerms'),
              value: t('detail.designationTermsValue', {
                validity: call.rules.validityYears,
                steps: call.rules.extensionYears.join(' → ') || '—',
                max: call.rules.maxTotalYears,
              }),
            },
          ]}
        />
        <p className="field__hint">{t('workflow:koreaTimeNote')}</p>
      </section>
      <section aria-labelledby="call-description-title">
        <h2 id="call-description-title">{t('detail.descriptionTitle')}</h2>
        <p className="product__description">{call.description}</p>
      </section>
      <section aria-labelledby="call-criteria-title">
        <h2 id="call-criteria-title">{t('detail.criteriaTitle')}</h2>
        <p className="muted">{t('detail.criteriaLead')}</p>
        <CriteriaTable criteria={call.criteria} testId="call-criteria" />
      </section>
      <section className="card" aria-labelledby="call-rules-title">
        <h2 id="call-rules-title">{t('detail.rulesTitle')}</h2>
        <p className="muted">{t('detail.rulesLead')}</p>
        <DesignationRulesList rules={call.rules} criteria={call.criteria} testId="call-rules" />
      </section>
    </article>
  );
}

/** What a visitor can do with the call now: a supplier applies while it is open. */
function ApplyPanel({ call }: { call: CallView }) {
  const { t, i18n } = useTranslation('calls');
  const { state } = useSession();
  const language = i18n.language;

  if (call.phase === 'UPCOMING') {
    return <p className="alert alert--info">{t('detail.upcoming', { date: formatKoreaDateTime(call.opensAt, language) })}</p>;
  }
  if (call.phase === 'CLOSED') {
    return <p className="alert alert--info">{t('detail.closed', { date: formatKoreaDateTime(call.closesAt, language) })}</p>;
  }
  if (state.status === 'signed-in' && state.user.role === Role.SUPPLIER) {
    return (
      <p className="card">
        {t('detail.openUntil', { date: formatKoreaDateTime(call.closesAt, language) })}{' '}
        <Link className="button" to={`/my/proposals/new?${new URLSearchParams({ callId: call.id })}`} data-testid="call-apply">
          {t('detail.apply')}
        </Link>
      </p>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <p className="alert alert--info">
        {t('detail.openUntil', { date: formatKoreaDateTime(call.closesAt, language) })}{' '}
        <Link to="/sign-in" state={{ from: `/calls/${call.id}` }}>
          {t('detail.signInToApply')}
        </Link>
      </p>
    );
  }
  return <p className="alert alert--info">{t('detail.openUntil', { date: formatKoreaDateTime(call.closesAt, language) })}</p>;
}
