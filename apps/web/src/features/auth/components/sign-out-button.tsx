import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/logout';

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Leave the page first (synchronously), so a page for signed-in users does not bounce to sign-in.
  const logout = useLogout({ onSettled: () => navigate('/', { replace: true, flushSync: true }) });
  return (
    <button
      type="button"
      className="nav__button"
      data-testid="nav-sign-out"
      aria-disabled={logout.isPending || undefined}
      onClick={() => {
        if (!logout.isPending) logout.mutate();
      }}
    >
      {logout.isPending ? t('nav.signingOut') : t('nav.signOut')}
    </button>
  );
}
