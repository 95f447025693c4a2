import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompanyDocuments } from '../../../api/get-company-documents';
import { Loading, QueryError } from '../../../components/alerts';
import { formatDay, todayIso } from '../../../lib/format';

/** Documents from the company locker to attach: kept once, reused by every application. */
export function DocumentPicker({ idPrefix, companyId, value, errors, onChange }: {
  idPrefix: string;
  companyId: string;
  value: string[];
  errors?: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t, i18n } = useTranslation(['proposals', 'translation']);
  const documents = useCompanyDocuments(companyId);
  const today = todayIso();
  const errorId = `${idPrefix}-error`;

  return (
    <fieldset className="fieldset" data-testid={`${idPrefix}-picker`} aria-describedby={[`${idPrefix}-hint`, errors?.length ? errorId : null].filter(Boolean).join(' ')}>
      <legend>{t('fields.documents')}</legend>
      <p id={`${idPrefix}-hint`} className="field__hint">
        {t('fields.documentsHint')} <Link to="/my/company">{t('fields.documentsLocker')}</Link>
      </p>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <QueryError error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.data?.length === 0 ? <p className="muted">{t('fields.noDocuments')}</p> : null}
      <div className="choice-list">
        {documents.data?.map((document) => {
          const expired = document.expiresOn !== null && document.expiresOn < today;
          const inputId = `${idPrefix}-${document.id}`;
          return (
            <div key={document.id} className="choice">
              <input
                type="checkbox"
                id={inputId}
                checked={value.includes(document.id)}
                aria-describedby={`${inputId}-facts`}
                onChange={(e) => onChange(e.target.checked ? [...value, document.id] : value.filter((chosen) => chosen !== document.id))}
              />
              <label htmlFor={inputId}>{document.title}</label>
              <p id={`${inputId}-facts`} className="field__hint">
                {t(`translation:documentKind.${document.kind}`)}
                {document.number ? ` · ${document.number}` : ''}
                {document.expiresOn ? ` · ${t('fields.documentExpires', { date: formatDay(document.expiresOn, i18n.language) })}` : ''}
                {expired ? ` · ${t('fields.documentExpired')}` : ''}
              </p>
            </div>
          );
        })}
      </div>
      {errors?.length ? (
        <div id={errorId} className="field__error" role="alert">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
