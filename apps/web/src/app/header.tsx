import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { useSession } from '../lib/session';
import { LanguageSwitch } from './language-switch';
import { accountItems, menuEntries, type MenuEntry, type NavItem } from './navigation';

// Signed-in users only: not part of what a visitor's first page downloads.
const NotificationsBell = lazy(() => import('../features/notifications/components/notifications-bell').then((module) => ({ default: module.NotificationsBell })));

function MenuLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  return (
    <NavLink to={item.path} end={item.path === '/'} className="nav__link" data-testid={`nav-${item.id}`}>
      {t(item.labelKey)}
    </NavLink>
  );
}

/** A disclosure: the group's button shows or hides its entries; Escape or a click elsewhere closes it. */
function MenuGroup({ entry }: { entry: Extract<MenuEntry, { kind: 'group' }> }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const current = entry.items.some((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const listId = `nav-group-${entry.id}-list`;
  return (
    <li className="nav__group" ref={root}>
      <button
        ref={button}
        type="button"
        className={`nav__link nav__group-button${current ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        data-testid={`nav-group-${entry.id}`}
        onClick={() => setOpen((previous) => !previous)}
      >
        {t(entry.labelKey)}
      </button>
      <ul id={listId} className="nav__sublist" hidden={!open}>
        {entry.items.map((item) => (
          <li key={item.id}>
            <MenuLink item={item} />
          </li>
        ))}
      </ul>
    </li>
  );
}

export function Header() {
  const { t } = useTranslation();
  const { state } = useSession();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const entries = menuEntries(state);

  // On a phone the menu folds away; reaching a page closes it.
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <header className={`site-header${menuOpen ? ' site-header--menu-open' : ''}`}>
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__name">{t('app.title')}</span>
          <span className="brand__tagline">{t('app.subtitle')}</span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          data-testid="menu-toggle"
          onClick={() => setMenuOpen((previous) => !previous)}
        >
          {t('nav.menu')}
        </button>
        <nav id="main-nav" className="nav" aria-label={t('nav.label')} data-testid="main-nav">
          <ul className="nav__list">
            {entries.map((entry) =>
              entry.kind === 'link' ? (
                <li key={entry.item.id}>
                  <MenuLink item={entry.item} />
                </li>
              ) : (
                <MenuGroup key={entry.id} entry={entry} />
              ),
            )}
          </ul>
        </nav>
        <div className="site-header__meta">
          {state.status === 'signed-in' ? (
            <>
              <p className="current-user">
                <span className="current-user__name">{t('header.signedInAs', { name: state.user.name })}</span>
                <span className="visually-hidden">{t('header.currentRole')}: </span>
                <span className="badge badge--role" data-testid="current-role" data-role={state.user.role}>
                  {t(`roles.${state.user.role}`)}
                </span>
              </p>
              <nav className="account-nav" aria-label={t('nav.account')} data-testid="account-nav">
                <ul className="nav__list">
                  {accountItems(state).map((item) => (
                    <li key={item.id}>
                      <MenuLink item={item} />
                    </li>
                  ))}
                  <li>
                    <SignOutButton />
                  </li>
                </ul>
              </nav>
              <Suspense fallback={null}>
                <NotificationsBell key={state.user.id} />
              </Suspense>
            </>
          ) : null}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
