import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { formatDate } from '../../../lib/format';
import { useMe } from '../api/get-me';
import { ProfileNameForm } from '../components/profile-name-form';
import { ProfilePasswordForm } from '../components/profile-password-form';

export function ProfileRoute() {
  const { t, i18n } = useTranslation();
  const me = useMe();

  return (
    <section className="page">
      <h1>{t('auth.profile.title')}</h1>
      {me.isPending ? <Loading /> : null}
      {me.isError ? <QueryError error={me.error} onRetry={() => void me.refetch()} /> : null}
      {me.data ? (
        <>
          <section aria-labelledby="profile-details-title" className="card">
            <h2 id="profile-details-title">{t('auth.profile.detailsTitle')}</h2>
            <DescriptionList
              testId="profile"
              items={[
                { key: 'email', term: t('auth.profile.email'), value: me.data.email },
                { key: 'name', term: t('auth.profile.name'), value: me.data.name },
                { key: 'role', term: t('auth.profile.role'), value: t(`roles.${me.data.role}`) },
                { key: 'status', term: t('auth.profile.status'), value: t(`userStatus.${me.data.status}`) },
                ...(me.data.company
                  ? [{ key: 'company', term: t('auth.profile.company'), value: me.data.company.name }]
                  : []),
                ...(me.data.institution
                  ? [{ key: 'institution', term: t('auth.profile.institution'), value: me.data.institution.name }]
                  : []),
                { key: 'createdAt', term: t('auth.profile.createdAt'), value: formatDate(me.data.createdAt, i18n.language) },
              ]}
            />
            <p>
              <Link to="/my/mail">{t('auth.profile.mailPreferences')}</Link>
            </p>
          </section>
          <div className="card-grid">
            <section className="card">
              <ProfileNameForm key={me.data.id} user={me.data} />
            </section>
            <section className="card">
              <ProfilePasswordForm email={me.data.email} />
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}
