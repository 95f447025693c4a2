import type { InstitutionView } from '@inno/contracts';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Loading, LoadFailure, StatusMessage } from '../../../components/alerts';
import { useInstitution } from '../api/get-institution';
import { useUpdateInstitution } from '../api/update-institution';
import { InstitutionForm } from '../components/institution-form';
import { institutionChanges, institutionValuesFrom } from '../components/institution-values';
import { useInstitutionsTranslation } from '../components/institutions-i18n';

/** `/admin/institutions/:id/edit` (ADMIN). */
export function EditInstitutionRoute() {
  const { id = '' } = useParams();
  const { t } = useInstitutionsTranslation();
  const institution = useInstitution(id);

  let body;
  if (institution.isPending) body = <Loading />;
  else if (institution.isError) body = <LoadFailure query={institution} notFound={<p data-testid="institution-not-found">{t('form.notFound')}</p>} />;
  else body = <EditInstitution key={institution.data.id} institution={institution.data} />;

  return (
    <section className="page page--form" aria-labelledby="institution-form-title">
      <p className="breadcrumb-back">
        <Link to="/admin/institutions">{t('form.backToList')}</Link>
      </p>
      <h1 id="institution-form-title">{t('form.editTitle')}</h1>
      {body}
    </section>
  );
}

function EditInstitution({ institution }: { institution: InstitutionView }) {
  const { t } = useInstitutionsTranslation();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [status, setStatus] = useState<string | null>(created ? t('form.created', { name: institution.name }) : null);
  const mutation = useUpdateInstitution();
  return (
    <>
      {status ? <StatusMessage testId="institution-status">{status}</StatusMessage> : null}
      <InstitutionForm
        initial={institutionValuesFrom(institution)}
        submitLabel={t('form.save')}
        pending={mutation.isPending}
        onSubmit={async (input) => {
          setStatus(null);
          const changes = institutionChanges(institution, input);
          if (!Object.keys(changes).length) return setStatus(t('form.unchanged'));
          const saved = await mutation.mutateAsync({ id: institution.id, changes });
          setStatus(t('form.saved', { name: saved.name }));
        }}
      />
    </>
  );
}

export default EditInstitutionRoute;
