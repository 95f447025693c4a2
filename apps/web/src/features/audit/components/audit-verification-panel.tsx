import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { useAuditVerification } from '../api/verify-audit';

export function AuditVerificationPanel() {
  const { t } = useTranslation();
  const verification = useAuditVerification();
  const result = verification.data;

  return (
    <section className="card" aria-labelledby="audit-verify-title" data-testid="audit-verification">
      <h2 id="audit-verify-title">{t('audit.verifyTitle')}</h2>
      {verification.isPending ? <Loading label={t('audit.verifying')} /> : null}
      {verification.isError ? <QueryError error={verification.error} /> : null}
      {result ? (
        result.ok ? (
          <p className="alert alert--success" role="status" data-testid="audit-verification-result" data-ok="true">
            {t('audit.verifyOk', { checked: result.checked })}
          </p>
        ) : (
          <div className="alert alert--error" role="alert" data-testid="audit-verification-result" data-ok="false">
            <p className="alert__title">
              {t('audit.verifyBroken', { checked: result.checked, id: result.firstBroken?.id ?? '' })}
            </p>
            {result.firstBroken ? <p>{t(`audit.reason.${result.firstBroken.reason}`)}</p> : null}
          </div>
        )
      ) : null}
      {result?.checkpoint ? (
        <p data-testid="audit-verification-checkpoint">
          {t('audit.checkpoint', { count: result.checkpoint.linkCount, signedAt: new Date(result.checkpoint.signedAt).toLocaleString() })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={verification.isFetching || undefined}
        onClick={() => {
          if (!verification.isFetching) void verification.refetch();
        }}
      >
        {verification.isFetching ? t('audit.verifying') : t('audit.verifyAgain')}
      </button>
    </section>
  );
}
