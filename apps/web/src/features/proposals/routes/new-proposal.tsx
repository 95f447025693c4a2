import { CallKind, type CallView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCall } from '../../../api/get-call';
import { useCalls } from '../../../api/get-calls';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { ProposalWizard } from '../components/proposal-wizard';

/** `/my/proposals/new?callId=`: the apply wizard for an open call (without a call, a choice of the open ones). */
export function NewProposalRoute() {
  const { t } = useTranslation(['proposals', 'translation']);
  const [search] = useSearchParams();
  const callId = search.get('callId');
  const companyId = useSession().user?.company?.id;

  return (
    <section className="page page--form" aria-labelledby="new-proposal-title">
      <p className="breadcrumb-back">
        <Link to="/my/proposals">{t('detail.backToList')}</Link>
      </p>
      <h1 id="new-proposal-title">{t('wizard.title')}</h1>
      {!companyId ? (
        <p data-testid="no-company">{t('translation:organisations.noCompany')}</p>
      ) : callId ? (
        <CallGate callId={callId} companyId={companyId} />
      ) : (
        <OpenCalls />
      )}
    </section>
  );
}

function CallGate({ callId, companyId }: { callId: string; companyId: string }) {
  const { t, i18n } = useTranslation('proposals');
  const call = useCall(callId);
  if (call.isPending) return <Loading />;
  if (call.isError) return <QueryError error={call.error} onRetry={() => void call.refetch()} />;
  return (
    <>
      <p className="page__lead" data-testid="wizard-call">
        {t('wizard.forCall', { title: call.data.title, date: formatKoreaDateTime(call.data.closesAt, i18n.language) })}{' '}
        <Link to={`/calls/${call.data.id}`}>{t('wizard.viewCall')}</Link>
      </p>
      {call.data.phase === 'OPEN' ? (
        <ProposalWizard call={call.data} companyId={companyId} />
      ) : (
        <p className="alert alert--error" role="alert" data-testid="call-not-open">
          {t(call.data.phase === 'UPCOMING' ? 'wizard.callUpcoming' : 'wizard.callClosed')}
        </p>
      )}
    </>
  );
}

/** Open calls to apply to. */
function OpenCalls() {
  const { t, i18n } = useTranslation('proposals');
  const calls = useCalls({ phase: 'OPEN', page: 1, pageSize: 50 });
  if (calls.isPending) return <Loading />;
  if (calls.isError) return <QueryError error={calls.error} onRetry={() => void calls.refetch()} />;
  // A call for challenges takes institutions' problems, not proposals.
  const open = calls.data.items.filter((call) => call.kind !== CallKind.CALL_FOR_CHALLENGES);
  if (open.length === 0) return <p data-testid="no-open-calls">{t('wizard.noOpenCalls')}</p>;
  return (
    <>
      <p>{t('wizard.chooseCall')}</p>
      <ul className="call-choices" data-testid="open-calls">
        {open.map((call: CallView) => (
          <li key={call.id} className="card">
            <h2 className="call-choices__title">{call.title}</h2>
            <p className="muted">{t('wizard.closesAt', { date: formatKoreaDateTime(call.closesAt, i18n.language) })}</p>
            <Link className="button" to={`/my/proposals/new?${new URLSearchParams({ callId: call.id })}`} data-testid={`choose-call-${call.id}`}>
              {t('wizard.applyTo', { title: call.title })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
