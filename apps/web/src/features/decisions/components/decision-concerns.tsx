import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConcerns } from '../../../api/get-concerns';
import { Loading, QueryError } from '../../../components/alerts';
import { ConcernList } from '../../../components/concern-list';

/** Observers' comments on a decision and the operator's answers, fetched when the reader opens them. */
export function DecisionConcerns({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation('observers');
  const [open, setOpen] = useState(false);
  const concerns = useConcerns({ decisionId, page: 1, pageSize: 50 }, open);
  return (
    <details className="decision-entry__concerns" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={`decision-concerns-${decisionId}`}>
      <summary>{t('concerns.show')}</summary>
      {open && concerns.isPending ? <Loading /> : null}
      {concerns.isError ? <QueryError error={concerns.error} onRetry={() => void concerns.refetch()} /> : null}
      {concerns.data ? <ConcernList concerns={concerns.data.items} testId={`decision-concerns-list-${decisionId}`} /> : null}
    </details>
  );
}
