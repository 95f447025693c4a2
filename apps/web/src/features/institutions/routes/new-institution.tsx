import { Link, useNavigate } from 'react-router';
import { useCreateInstitution } from '../api/create-institution';
import { InstitutionForm } from '../components/institution-form';
import { emptyInstitutionValues } from '../components/institution-values';
import { useInstitutionsTranslation } from '../components/institutions-i18n';

/** `/admin/institutions/new` (ADMIN): once made, the institution opens for editing, saying it was made. */
export function NewInstitutionRoute() {
  const { t } = useInstitutionsTranslation();
  const navigate = useNavigate();
  const mutation = useCreateInstitution();
  return (
    <section className="page page--form" aria-labelledby="institution-form-title">
      <p className="breadcrumb-back">
        <Link to="/admin/institutions">{t('form.backToList')}</Link>
      </p>
      <h1 id="institution-form-title">{t('form.newTitle')}</h1>
      <InstitutionForm
        initial={emptyInstitutionValues()}
        submitLabel={t('form.create')}
        pending={mutation.isPending}
        onSubmit={async (input) => {
          const created = await mutation.mutateAsync(input);
          await navigate(`/admin/institutions/${created.id}/edit`, { state: { created: true } });
        }}
      />
    </section>
  );
}

export default NewInstitutionRoute;
