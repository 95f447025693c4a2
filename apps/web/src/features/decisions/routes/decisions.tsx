import { DecisionKind, Role } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDecisions } from '../../../api/get-decisions';
import { Loading, QueryError } from '../../../components/alerts';
import { ChoiceField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { DecisionKindBadge } from '../../../components/workflow-badges';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { PublishedMessageList } from '../../../components/message-list';
import { DecisionConcerns } from '../components/decision-concerns';

const PAGE_SIZE = 20;
const KINDS = Object.values(DecisionKind);

function readKind(value: string | null): DecisionKind | undefined {
  return value && (KINDS as string[]).includes(value) ? (value as DecisionKind) : undefined;
}

/** Every designation decision, published with its reasons (domain.md §5), filtered by kind. */
export function DecisionsRoute() {
  const { t, i18n } = useTranslation(['decisions', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const kind = readKind(search.get('kind'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const decisions = useDecisions({ kind, page, pageSize: PAGE_SIZE });
  const { user } = useSession();
  const operator = user?.role === Role.OPERATOR;

  const go = (nextKind: string | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextKind) params.set('kind', nextKind);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <section className="page" aria-labelledby="decisions-title">
      <h1 id="decisions-title">{t('title')}</h1>
      <p className="page__lead">{t('lead')}</p>
      <div className="filters">
        <ChoiceField
          id="decisions-kind"
          label={t('kind')}
          choices={KINDS}
          value={kind}
          labelOf={(value) => t(`workflow:decisionKind.${value}`)}
          noneLabel={t('allKinds')}
          onChange={(value) => go(value, 1)}
          data-testid="decisions-kind"
        />
      </div>
      {decisions.isPending ? <Loading /> : null}
      {decisions.isError ? <QueryError error={decisions.error} onRetry={() => void decisions.refetch()} /> : null}
      {decisions.data ? (
        <div aria-busy={decisions.isFetching || undefined}>
          {decisions.data.items.length === 0 ? (
            <p className="empty-state" data-testid="decisions-empty">
              {t('empty')}
            </p>
          ) : (
            <ol className="decision-list" data-testid="decisions-list">
              {decisions.data.items.map((decision) => (
                <li key={decision.id} className="card decision-entry" data-testid={`decision-entry-${decision.id}`} data-kind={decision.kind}>
                  <p className="decision-entry__meta">
                    <DecisionKindBadge kind={decision.kind} />{' '}
                    <time dateTime={decision.decidedAt}>{formatKoreaDateTime(decision.decidedAt, i18n.language)}</time>
                  </p>
                  {decision.productId ? (
                    <>
                      <h2 className="decision-entry__title">
                        <Link to={`/products/${decision.productId}`}>{decision.productName}</Link>
                      </h2>
                      <p className="muted">{decision.companyName}</p>
                    </>
                  ) : (
                    // A decision about the company itself (a sanction): the company is its subject.
                    <h2 className="decision-entry__title">{decision.companyName}</h2>
                  )}
                  {decision.reasons.length ? (
                    <>
                      <p className="decision-entry__reasons-title">{t('reasons')}</p>
                      <PublishedMessageList className="decision-entry__reasons" messages={decision.reasonMessages} testId={`decision-reasons-${decision.id}`} />
                    </>
                  ) : null}
                  {operator ? (
                    <p>
                      {decision.productId ? (
                        <Link to={`/operator/designations?${new URLSearchParams({ productId: decision.productId })}`}>
                          {t('manage', { name: decision.productName })}
                        </Link>
                      ) : (
                        <Link to={`/operator/companies/${decision.companyId}`}>{t('manageCompany', { name: decision.companyName })}</Link>
                      )}
                    </p>
                  ) : null}
                  <DecisionConcerns decisionId={decision.id} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={decisions.data.page}
            pageSize={decisions.data.pageSize}
            total={decisions.data.total}
            onChange={(target) => go(kind, target)}
          />
        </div>
      ) : null}
    </section>
  );
}
