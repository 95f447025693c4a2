import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  return (
    <section className="page page--narrow">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <SignInForm onSignedIn={() => navigate(from && from.startsWith('/') ? from : '/', { replace: true })} />
      <p className="page__aside">
        {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signIn.signUpLink')}</Link>
      </p>
    </section>
  );
}
