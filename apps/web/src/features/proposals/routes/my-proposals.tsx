import { ProposalStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProposals } from '../../../api/get-proposals';
import { ChoiceField } from '../../../components/field';
import { PagedTable } from '../../../components/paged-table';
import { ProposalStatusBadge } from '../../../components/workflow-badges';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useStatusPageSearch } from '../../../lib/list-search';
import { NextStep } from '../components/next-step';

const PAGE_SIZE = 20;
const STATUSES = Object.values(ProposalStatus);

/** The company's proposals, each with its state and what to do next. */
export function MyProposalsRoute() {
  const { t, i18n } = useTranslation(['proposals', 'workflow']);
  const { status, page, go } = useStatusPageSearch(STATUSES);
  const proposals = useProposals({ status, page, pageSize: PAGE_SIZE });

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
      <PagedTable
        query={proposals}
        onPage={(target) => go(status, target)}
        caption={t('list.caption')}
        testId="my-proposals-table"
        rowKey={(proposal) => proposal.id}
        rowTestId={(proposal) => `my-proposal-row-${proposal.id}`}
        empty={
          <>
            {t('list.empty')} <Link to="/calls?phase=OPEN">{t('list.findCalls')}</Link>
          </>
        }
        columns={[
          { key: 'product', header: t('list.product'), rowHeader: true, cell: (proposal) => <Link to={`/my/proposals/${proposal.id}`}>{proposal.product.nameKo}</Link> },
          { key: 'call', header: t('list.call'), cell: (proposal) => <Link to={`/calls/${proposal.call.id}`}>{proposal.call.title}</Link> },
          { key: 'status', header: t('list.status'), cell: (proposal) => <ProposalStatusBadge status={proposal.status} testId={`my-proposal-status-${proposal.id}`} /> },
          { key: 'next', header: t('list.nextStep'), cell: (proposal) => <NextStep proposal={proposal} testId={`my-proposal-next-${proposal.id}`} /> },
          {
            key: 'updatedAt',
            header: t('list.updatedAt'),
            cell: (proposal) => <time dateTime={proposal.updatedAt}>{formatKoreaDateTime(proposal.updatedAt, i18n.language)}</time>,
          },
        ]}
      />
    </section>
  );
}
