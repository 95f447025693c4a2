import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { useSession } from '../../../lib/session';
import { useInstitution } from '../api/get-institution';
import { InstitutionProfile } from '../components/institution-profile';

export function MyInstitutionRoute() {
  const { t } = useTranslation();
  const institutionId = useSession().user?.institution?.id;
  return (
    <section className="page">
      <h1>{t('organisations.institutionTitle')}</h1>
      {institutionId ? (
        <InstitutionDetails id={institutionId} />
      ) : (
        <p data-testid="no-institution">{t('organisations.noInstitution')}</p>
      )}
    </section>
  );
}

function InstitutionDetails({ id }: { id: string }) {
  const institution = useInstitution(id);
  if (institution.isPending) return <Loading />;
  if (institution.isError) return <QueryError error={institution.error} onRetry={() => void institution.refetch()} />;
  return (
    <section className="card">
      <InstitutionProfile institution={institution.data} />
    </section>
  );
}
