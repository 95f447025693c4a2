import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { NotificationsBell } from '../features/notifications/components/notifications-bell';
import { useSession } from '../lib/session';
import { LanguageSwitch } from './language-switch';
import { visibleNavItems } from './navigation';

export function Header() {
  const { t } = useTranslation();
  const { state } = useSession();
  const items = visibleNavItems(state);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand" aria-label={t('app.homeLink')}>
          <span className="brand__name">{t('app.title')}</span>
          <span className="brand__tagline">{t('app.subtitle')}</span>
        </Link>
        <nav className="nav" aria-label={t('nav.label')} data-testid="main-nav">
          <ul className="nav__list">
            {items.map((item) => (
              <li key={item.id}>
                <NavLink to={item.path} end={item.path === '/'} className="nav__link" data-testid={`nav-${item.id}`}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
            {state.status === 'signed-in' ? (
              <li>
                <SignOutButton />
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="site-header__meta">
          {state.status === 'signed-in' ? (
            <p className="current-user">
              <span className="current-user__name">{t('header.signedInAs', { name: state.user.name })}</span>
              <span className="visually-hidden">{t('header.currentRole')}: </span>
              <span className="badge badge--role" data-testid="current-role" data-role={state.user.role}>
                {t(`roles.${state.user.role}`)}
              </span>
            </p>
          ) : null}
          {state.status === 'signed-in' ? <NotificationsBell key={state.user.id} /> : null}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
