import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { isApiRequestError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { useCompany, type CompanyProfileView } from '../api/get-company';
import { useCompanyDocuments } from '../../../api/get-company-documents';
import { useCompanyMembers } from '../api/get-company-members';
import { CompanyDocuments } from '../components/company-documents';
import { CompanyMembers } from '../components/company-members';
import { CompanyProfile } from '../components/company-profile';
import { CompanyProfileForm } from '../components/company-profile-form';
import { CompanySanctions } from '../components/company-sanctions';
import { DocumentUploadForm } from '../components/document-upload-form';

export function MyCompanyRoute() {
  const { t } = useTranslation();
  const companyId = useSession().user?.company?.id;
  return (
    <section className="page">
      <h1>{t('organisations.companyTitle')}</h1>
      {companyId ? <CompanyDetails id={companyId} /> : <p data-testid="no-company">{t('organisations.noCompany')}</p>}
    </section>
  );
}

function CompanyDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const viewerId = useSession().user?.id;
  const company = useCompany(id);
  const members = useCompanyMembers(id);
  // Only the company administrator sees the members (a 403 for everyone else) and may edit.
  const isAdmin = members.data?.some((member) => member.userId === viewerId && member.companyAdmin) ?? false;

  return (
    <>
      <section className="card" aria-labelledby="company-profile-title">
        <h2 id="company-profile-title">{t('organisations.profileTitle')}</h2>
        {company.isPending ? <Loading /> : null}
        {company.isError ? <QueryError error={company.error} onRetry={() => void company.refetch()} /> : null}
        {company.data ? <ProfilePanel company={company.data} canEdit={isAdmin} /> : null}
      </section>

      <section className="card" aria-labelledby="company-members-title">
        <h2 id="company-members-title">{t('organisations.membersTitle')}</h2>
        <p className="field__hint">{t('organisations.membersLead')}</p>
        {members.isPending ? <Loading /> : null}
        {members.isError ? (
          isApiRequestError(members.error) && members.error.status === 403 ? (
            <p className="muted" data-testid="members-admin-only">
              {t('organisations.membersAdminOnly')}
            </p>
          ) : (
            <QueryError error={members.error} onRetry={() => void members.refetch()} />
          )
        ) : null}
        {members.data ? <CompanyMembers companyId={id} members={members.data} canManage={isAdmin} /> : null}
      </section>

      <DocumentLocker companyId={id} />
      {company.data ? <CompanySanctions companyId={id} sanctionedUntil={company.data.sanctionedUntil} canManage={false} /> : null}
    </>
  );
}

function ProfilePanel({ company, canEdit }: { company: CompanyProfileView; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setEditing(false);
    // Back where the user started the edit.
    setTimeout(() => editButton.current?.focus());
  };

  if (editing) {
    return (
      <CompanyProfileForm
        company={company}
        onSaved={() => {
          setSaved(true);
          close();
        }}
        onCancel={close}
      />
    );
  }
  return (
    <>
      {saved ? <StatusMessage testId="company-saved">{t('organisations.saved')}</StatusMessage> : null}
      <CompanyProfile company={company} />
      {canEdit ? (
        <button
          ref={editButton}
          type="button"
          className="button button--secondary"
          data-testid="company-edit"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('organisations.edit')}
        </button>
      ) : (
        <p className="field__hint" data-testid="company-read-only">
          {t('organisations.readOnly')}
        </p>
      )}
    </>
  );
}

function DocumentLocker({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const documents = useCompanyDocuments(companyId);
  return (
    <section className="card" aria-labelledby="company-documents-title">
      <h2 id="company-documents-title">{t('organisations.documentsTitle')}</h2>
      <p className="field__hint">{t('organisations.documentsLead')}</p>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <QueryError error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.data ? <CompanyDocuments companyId={companyId} documents={documents.data} /> : null}
      <DocumentUploadForm companyId={companyId} />
    </section>
  );
}
