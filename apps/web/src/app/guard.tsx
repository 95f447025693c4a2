import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/alerts';
import { useSession } from '../lib/session';
import { decideAccess, type Access } from './navigation';
import { NotAllowedPage } from './pages';

/** Renders a page only for who may see it (see navigation.ts). */
export function Guard({ access, children }: { access: Access; children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  switch (decideAccess(access, state)) {
    case 'allow':
      return children;
    case 'wait':
      return <Loading />;
    case 'sign-in':
      return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
    case 'signed-in-already':
      return <Navigate to={from && from.startsWith('/') ? from : '/'} replace />;
    case 'forbidden':
      return <NotAllowedPage roles={typeof access === 'string' ? [] : access} />;
  }
}
