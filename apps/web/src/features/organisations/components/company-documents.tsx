import type { CompanyDocumentView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { isApiRequestError } from '../../../lib/api-client';
import { wordApiError } from '../../../lib/messages';
import { formatBytes, formatDate, formatDay, todayIso } from '../../../lib/format';
import { useDeleteCompanyDocument } from '../api/delete-company-document';

/** The locker's contents; deleting asks for a second click on the same row. */
export function CompanyDocuments({ companyId, documents }: { companyId: string; documents: CompanyDocumentView[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const mutation = useDeleteCompanyDocument();
  const today = todayIso();

  function remove(item: CompanyDocumentView) {
    if (mutation.isPending) return;
    setFailed(null);
    mutation.mutate(
      { companyId, documentId: item.id },
      {
        onSuccess: () => {
          setDeleted(item.title);
          setConfirming(null);
        },
        onError: (error) => setFailed(isApiRequestError(error) ? wordApiError(error.body) : t('errors.network')),
      },
    );
  }

  return (
    <>
      {deleted ? <StatusMessage testId="document-deleted">{t('organisations.documentDeleted', { title: deleted })}</StatusMessage> : null}
      {failed ? <ErrorAlert title={failed} testId="document-delete-error" /> : null}
      <div className="table-wrap">
        <table className="table" data-testid="documents-table">
          <caption className="visually-hidden">{t('organisations.documentsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.documentTitle')}</th>
              <th scope="col">{t('organisations.documentKind')}</th>
              <th scope="col">{t('organisations.documentNumber')}</th>
              <th scope="col">{t('organisations.documentExpiresOn')}</th>
              <th scope="col">{t('organisations.documentFile')}</th>
              <th scope="col">{t('organisations.documentUploadedAt')}</th>
              <th scope="col">{t('organisations.memberActions')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.length === 0 ? (
              <tr>
                <td colSpan={7} className="table__empty">
                  {t('organisations.documentsEmpty')}
                </td>
              </tr>
            ) : (
              documents.map((item) => {
                const expired = item.expiresOn !== null && item.expiresOn < today;
                return (
                  <tr key={item.id} data-testid={`document-row-${item.id}`}>
                    <th scope="row">{item.title}</th>
                    <td>{t(`documentKind.${item.kind}`)}</td>
                    <td>{item.number ?? t('common.none')}</td>
                    <td>
                      {item.expiresOn ? (
                        <>
                          <time dateTime={item.expiresOn}>{formatDay(item.expiresOn, language)}</time>
                          {expired ? <span className="badge badge--expired"> {t('organisations.documentExpired')}</span> : null}
                        </>
                      ) : (
                        t('common.none')
                      )}
                    </td>
                    <td>
                      <a href={item.file.url} download={item.file.name}>
                        {item.file.name}
                      </a>{' '}
                      <span className="muted">({formatBytes(item.file.size, language)})</span>
                    </td>
                    <td>{formatDate(item.createdAt, language)}</td>
                    <td>
                      {confirming === item.id ? (
                        <div className="button-row" role="group" aria-label={t('organisations.confirmDeleteLabel', { title: item.title })}>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            data-testid="document-delete-confirm"
                            aria-disabled={mutation.isPending || undefined}
                            onClick={() => remove(item)}
                          >
                            {t('organisations.confirmDelete')}
                          </button>
                          <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(null)}>
                            {t('organisations.cancel')}
                          </button>
                        </div>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          data-testid="document-delete"
                          aria-label={t('organisations.deleteDocumentLabel', { title: item.title })}
                          onClick={() => {
                            setDeleted(null);
                            setConfirming(item.id);
                          }}
                        >
                          {t('organisations.deleteDocument')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
