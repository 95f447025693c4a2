import { userStatusMachine, type Role, type UserAction, type UserView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';

/**
 * The lifecycle moves this viewer may make on this account: exactly the ones
 * the API's `userStatusMachine` would accept.
 */
export function UserActions({ user, viewerRole, pendingAction, onAction }: {
  user: UserView;
  viewerRole: Role;
  pendingAction?: UserAction | null;
  onAction: (action: UserAction) => void;
}) {
  const { t } = useTranslation();
  const actions = userStatusMachine.availableActions(user.status, viewerRole);
  if (actions.length === 0) return <span className="muted">{t('users.noActions')}</span>;
  return (
    <div className="button-row" data-testid={`user-actions-${user.email}`}>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button button--small${action === 'reject' || action === 'disable' ? ' button--danger' : ''}`}
          data-testid={`user-action-${action}`}
          data-action={action}
          aria-label={t('users.actionLabel', { action: t(`users.action.${action}`), name: user.name, email: user.email })}
          aria-disabled={pendingAction ? true : undefined}
          aria-busy={pendingAction === action ? true : undefined}
          onClick={() => {
            if (!pendingAction) onAction(action);
          }}
        >
          {t(`users.action.${action}`)}
        </button>
      ))}
    </div>
  );
}
