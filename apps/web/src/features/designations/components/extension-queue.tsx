import type { ExtensionRequestView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProduct } from '../../../api/get-product';
import { ErrorAlert, Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { TextAreaField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { RuleResults } from '../../../components/rule-results';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useDecideExtensionRequest } from '../api/decide-extension-request';
import { useExtensionRequests } from '../api/get-extension-requests';

const PAGE_SIZE = 10;

/** Extension requests waiting for a decision, each with its basis, evidence and the rules as they stood. */
export function ExtensionQueue() {
  const { t } = useTranslation('designations');
  const [page, setPage] = useState(1);
  const [done, setDone] = useState<string | null>(null);
  const requests = useExtensionRequests({ status: 'PENDING', page, pageSize: PAGE_SIZE });

  return (
    <section aria-labelledby="queue-title" data-testid="extension-queue">
      <h2 id="queue-title">{t('queue.title')}</h2>
      <p className="muted">{t('queue.lead')}</p>
      {done ? <StatusMessage testId="extension-decided">{done}</StatusMessage> : null}
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? <QueryError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {requests.data ? (
        <div aria-busy={requests.isFetching || undefined}>
          {requests.data.items.length === 0 ? <p className="empty-state">{t('queue.empty')}</p> : null}
          {requests.data.items.map((request) => (
            <ExtensionRequestCard key={request.id} request={request} onDone={setDone} />
          ))}
          <Pagination page={requests.data.page} pageSize={requests.data.pageSize} total={requests.data.total} onChange={setPage} />
        </div>
      ) : null}
    </section>
  );
}

function ExtensionRequestCard({ request, onDone }: { request: ExtensionRequestView; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation(['designations', 'workflow']);
  const { t: tc } = useTranslation();
  const product = useProduct(request.productId);
  const mutation = useDecideExtensionRequest();
  const [reason, setReason] = useState('');
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const name = product.data?.nameKo ?? request.productId;
  const id = request.id;

  const decide = (verdict: 'approve' | 'refuse') => {
    if (mutation.isPending) return;
    setAlert(null);
    mutation.mutate(
      { id, verdict, reason: reason.trim() || undefined },
      { onSuccess: () => onDone(t(`queue.done.${verdict}`, { name })), onError: (error) => setAlert(describeFormFailure(error, tc, []).alert) },
    );
  };

  return (
    <article className="card" aria-labelledby={`request-title-${id}`} data-testid={`pending-extension-${id}`}>
      <h3 id={`request-title-${id}`}>
        <Link to={`/products/${request.productId}`}>{name}</Link>
      </h3>
      <p className="muted">
        {t(`workflow:extensionBasis.${request.basis}`)} · {t('queue.requestedAt', { date: formatKoreaDateTime(request.createdAt, i18n.language) })}
      </p>
      <p className="product__description">{request.evidence}</p>
      <RuleResults rules={request.rules} testId={`pending-extension-rules-${id}`} />
      {alert ? <ErrorAlert {...alert} testId={`extension-decide-error-${id}`} /> : null}
      <TextAreaField
        id={`extension-reason-${id}`}
        label={t('queue.reason')}
        hint={t('queue.reasonHint')}
        rows={2}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button type="button" className="button" data-testid={`approve-extension-${id}`} aria-disabled={mutation.isPending || undefined} onClick={() => decide('approve')}>
          {t('queue.approve')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid={`refuse-extension-${id}`}
          aria-disabled={mutation.isPending || undefined}
          onClick={() => decide('refuse')}
        >
          {t('queue.refuse')}
        </button>
      </div>
    </article>
  );
}
