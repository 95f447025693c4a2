import { ProposalStatus } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCategories } from '../../../api/get-categories';
import { useProposals } from '../../../api/get-proposals';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { ScreeningCard } from '../components/screening-card';

const PAGE_SIZE = 20;
/** The queue's stages, in the order proposals move through them. */
const QUEUE = [ProposalStatus.SUBMITTED, ProposalStatus.SCREENING, ProposalStatus.SUPPLEMENT_REQUESTED] as const;
type QueueStatus = (typeof QUEUE)[number];

function readStatus(value: string | null): QueueStatus {
  return QUEUE.find((status) => status === value) ?? ProposalStatus.SUBMITTED;
}

/** The operator's screening queue, by status: start screening, ask for supplements, pass or fail on the checklist. */
export function ScreeningRoute() {
  const { t } = useTranslation(['screening', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const status = readStatus(search.get('status'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const proposals = useProposals({ status, page, pageSize: PAGE_SIZE });
  const categories = useCategories();
  const [done, setDone] = useState<string | null>(null);
  /** The proposal whose screening was just started: the queue turns to "screening" and brings the operator to it. */
  const [started, setStarted] = useState<string | null>(null);

  return (
    <section className="page" aria-labelledby="screening-title">
      <h1 id="screening-title">{t('title')}</h1>
      <p className="page__lead">{t('lead')}</p>
      <nav className="tabs" aria-label={t('queueLabel')}>
        <ul className="tabs__list">
          {QUEUE.map((value) => (
            <li key={value}>
              <Link
                className="tabs__tab"
                to={{ search: `?${new URLSearchParams({ status: value })}` }}
                aria-current={value === status ? 'page' : undefined}
                data-testid={`screening-tab-${value}`}
                onClick={() => {
                  setDone(null);
                  setStarted(null);
                }}
              >
                {t(`workflow:proposalStatus.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {done ? <StatusMessage testId="screening-done">{done}</StatusMessage> : null}
      {proposals.isPending ? <Loading /> : null}
      {proposals.isError ? <QueryError error={proposals.error} onRetry={() => void proposals.refetch()} /> : null}
      {proposals.data ? (
        <div aria-busy={proposals.isFetching || undefined} data-testid="screening-queue">
          {proposals.data.items.length === 0 ? <p className="empty-state">{t('empty', { status: t(`workflow:proposalStatus.${status}`) })}</p> : null}
          {proposals.data.items.map((proposal) => (
            <ScreeningCard
              key={proposal.id}
              proposal={proposal}
              categories={categories.data}
              onDone={setDone}
              onStarted={(message) => {
                setDone(message);
                setStarted(proposal.id);
                setSearch(new URLSearchParams({ status: ProposalStatus.SCREENING }));
              }}
              focused={proposal.id === started && status === ProposalStatus.SCREENING}
            />
          ))}
          <Pagination
            page={proposals.data.page}
            pageSize={proposals.data.pageSize}
            total={proposals.data.total}
            onChange={(target) => setSearch(new URLSearchParams({ status, page: String(target) }))}
          />
        </div>
      ) : null}
    </section>
  );
}
