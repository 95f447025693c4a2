import { ProposalStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useProposals } from '../../../api/get-proposals';
import { Loading, QueryError } from '../../../components/alerts';
import { ChoiceField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { ProposalStatusBadge } from '../../../components/workflow-badges';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { NextStep } from '../components/next-step';

const PAGE_SIZE = 20;
const STATUSES = Object.values(ProposalStatus);

function readStatus(value: string | null): ProposalStatus | undefined {
  return value && (STATUSES as string[]).includes(value) ? (value as ProposalStatus) : undefined;
}

/** The company's proposals, each with its state and what to do next. */
export function MyProposalsRoute() {
  const { t, i18n } = useTranslation(['proposals', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const status = readStatus(search.get('status'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const proposals = useProposals({ status, page, pageSize: PAGE_SIZE });

  const go = (nextStatus: string | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextStatus) params.set('status', nextStatus);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <section className="page" aria-labelledby="my-proposals-title">
      <div className="page__header">
        <h1 id="my-proposals-title">{t('list.title')}</h1>
        <Link className="button" to="/my/proposals/new" data-testid="my-proposals-new">
          {t('list.new')}
        </Link>
      </div>
      <p className="page__lead">{t('list.lead')}</p>
      <div className="filters">
        <ChoiceField
          id="my-proposals-status"
          label={t('list.status')}
          choices={STATUSES}
          value={status}
          labelOf={(value) => t(`workflow:proposalStatus.${value}`)}
          noneLabel={t('list.allStatuses')}
          onChange={(value) => go(value, 1)}
        />
      </div>
      {proposals.isPending ? <Loading /> : null}
      {proposals.isError ? <QueryError error={proposals.error} onRetry={() => void proposals.refetch()} /> : null}
      {proposals.data ? (
        <div aria-busy={proposals.isFetching || undefined}>
          <div className="table-wrap">
            <table className="table" data-testid="my-proposals-table">
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.product')}</th>
                  <th scope="col">{t('list.call')}</th>
                  <th scope="col">{t('list.status')}</th>
                  <th scope="col">{t('list.nextStep')}</th>
                  <th scope="col">{t('list.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {proposals.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="table__empty">
                      {t('list.empty')} <Link to="/calls?phase=OPEN">{t('list.findCalls')}</Link>
                    </td>
                  </tr>
                ) : (
                  proposals.data.items.map((proposal) => (
                    <tr key={proposal.id} data-testid={`my-proposal-row-${proposal.id}`}>
                      <th scope="row">
                        <Link to={`/my/proposals/${proposal.id}`}>{proposal.product.nameKo}</Link>
                      </th>
                      <td>
                        <Link to={`/calls/${proposal.call.id}`}>{proposal.call.title}</Link>
                      </td>
                      <td>
                        <ProposalStatusBadge status={proposal.status} testId={`my-proposal-status-${proposal.id}`} />
                      </td>
                      <td>
                        <NextStep proposal={proposal} testId={`my-proposal-next-${proposal.id}`} />
                      </td>
                      <td>
                        <time dateTime={proposal.updatedAt}>{formatKoreaDateTime(proposal.updatedAt, i18n.language)}</time>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <Pagination
            page={proposals.data.page}
            pageSize={proposals.data.pageSize}
            total={proposals.data.total}
            onChange={(target) => go(status, target)}
          />
        </div>
      ) : null}
    </section>
  );
}
