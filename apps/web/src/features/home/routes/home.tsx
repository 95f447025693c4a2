import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../lib/session';
import { HeadlineFigures } from '../components/headline-figures';
import { LatestLists } from '../components/latest-lists';

export function HomeRoute() {
  const { t } = useTranslation();
  const { state } = useSession();

  return (
    <section className="page home" aria-labelledby="home-title">
      <div className="hero">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="hero__lead">{t('home.lead')}</p>
        {state.status === 'signed-out' ? (
          <p className="button-row">
            <Link className="button" to="/sign-up">
              {t('home.ctaSignUp')}
            </Link>
            <Link className="button button--secondary" to="/sign-in">
              {t('home.ctaSignIn')}
            </Link>
          </p>
        ) : null}
        {state.status === 'signed-in' ? (
          <div className="hero__welcome" data-testid="home-welcome">
            <p>{t('home.welcome', { name: state.user.name })}</p>
            <p>{t('home.welcomeRole', { role: t(`roles.${state.user.role}`) })}</p>
            <p>
              <Link to="/profile">{t('home.goProfile')}</Link>
            </p>
          </div>
        ) : null}
      </div>
      <HeadlineFigures />
      <LatestLists />
      <section aria-labelledby="home-what-title">
        <h2 id="home-what-title">{t('home.whatTitle')}</h2>
        <ul className="feature-list">
          <li>{t('home.whatSupplier')}</li>
          <li>{t('home.whatBuyer')}</li>
          <li>{t('home.whatCitizen')}</li>
          <li>
            <Link to="/challenges">{t('home.toChallenges')}</Link>
          </li>
          <li>
            <Link to="/ideas">{t('home.toIdeas')}</Link>
          </li>
          <li>{t('home.whatTransparency')}</li>
          <li>
            {t('home.whatScouting')} <Link to="/scouting" data-testid="home-scouting">{t('home.scoutingLink')}</Link>
          </li>
        </ul>
      </section>
    </section>
  );
}
