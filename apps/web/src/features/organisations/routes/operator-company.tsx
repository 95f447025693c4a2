import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { useCompany } from '../api/get-company';
import { CompanyProfile } from '../components/company-profile';
import { CompanySanctions } from '../components/company-sanctions';

/** The operator's page of a company: its profile and its sanctions, recorded and lifted here. */
export function OperatorCompanyRoute() {
  const { t } = useTranslation('sanctions');
  const { id = '' } = useParams();
  const company = useCompany(id);
  return (
    <section className="page" aria-labelledby="operator-company-title">
      <h1 id="operator-company-title">{company.data ? company.data.name : t('pageTitle')}</h1>
      {company.isPending ? <Loading /> : null}
      {company.isError ? <QueryError error={company.error} onRetry={() => void company.refetch()} /> : null}
      {company.data ? (
        <>
          <section className="card">
            <CompanyProfile company={company.data} />
          </section>
          <CompanySanctions companyId={id} sanctionedUntil={company.data.sanctionedUntil} canManage />
        </>
      ) : null}
    </section>
  );
}
