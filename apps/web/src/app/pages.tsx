import type { Role } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '../lib/document-title';

export function NotAllowedPage({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const names = roles.map((role) => t(`roles.${role}`)).join(', ');
  useDocumentTitle(t('errors.notAllowedTitle'));
  return (
    <section className="page page--narrow" data-testid="not-allowed">
      <h1>{t('errors.notAllowedTitle')}</h1>
      <p>{t('errors.notAllowedBody', { roles: names })}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <section className="page page--narrow" data-testid="not-found">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </section>
  );
}

/** Shown when rendering a route throws (including a lazy chunk that fails to load). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.unexpectedTitle'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main-content" className="page page--narrow" role="alert">
      <h1>{t('errors.unexpectedTitle')}</h1>
      <p>{t('errors.generic')}</p>
      <p>
        <a href="/">{t('errors.backHome')}</a>
      </p>
    </main>
  );
}
