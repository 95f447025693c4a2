import { UserAction, type Role, type UserView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { isApiRequestError } from '../../../lib/api-client';
import { wordApiError } from '../../../lib/messages';
import { formatDate } from '../../../lib/format';
import { useChangeUserStatus, type ChangeUserStatusInput } from '../api/change-user-status';
import { JoinDecisionForm } from './join-decision-form';
import { UserActions } from './user-actions';

export function UsersTable({ users, viewerRole }: { users: UserView[]; viewerRole: Role }) {
  const { t, i18n } = useTranslation();
  const [done, setDone] = useState<UserView | null>(null);
  const [failed, setFailed] = useState<{ userId: string; message: string } | null>(null);
  const mutation = useChangeUserStatus({ onSuccess: (user) => setDone(user) });
  const pending: ChangeUserStatusInput | undefined = mutation.isPending ? mutation.variables : undefined;
  const [asking, setAsking] = useState<{ user: UserView; action: UserAction } | null>(null);

  /** Deciding on a supplier's joining a company needs a reason first. */
  function choose(user: UserView, action: UserAction) {
    const joining = user.company && (action === UserAction.APPROVE || action === UserAction.REJECT);
    if (joining) {
      setDone(null);
      setFailed(null);
      setAsking({ user, action });
    } else act(user, action);
  }

  function act(user: UserView, action: UserAction, reason?: string) {
    setAsking(null);
    setDone(null);
    setFailed(null);
    mutation.mutate(
      { id: user.id, action, reason },
      {
        onError: (error) =>
          setFailed({ userId: user.id, message: isApiRequestError(error) ? wordApiError(error.body) : t('errors.network') }),
      },
    );
  }

  return (
    <>
      {done ? (
        <StatusMessage testId="user-action-status">
          {t('users.actionDone', { name: done.name, status: t(`userStatus.${done.status}`) })}
        </StatusMessage>
      ) : null}
      {failed ? (
        <ErrorAlert title={failed.message} testId="user-action-error" />
      ) : null}
      {asking ? (
        <JoinDecisionForm
          key={`${asking.user.id}-${asking.action}`}
          user={asking.user}
          action={asking.action}
          onConfirm={(reason) => act(asking.user, asking.action, reason)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      <div className="table-wrap">
        <table className="table" data-testid="users-table">
          <caption className="visually-hidden">{t('users.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.organisation')}</th>
              <th scope="col">{t('users.createdAt')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.length === 0 ? (
              <tr>
                <td colSpan={7} className="table__empty">
                  {t('users.empty')}
                </td>
              </tr>
            ) : (
              users.map((user) => (
                <tr key={user.id} data-testid={`user-row-${user.email}`} data-status={user.status}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>
                    <span className={`badge badge--${user.status.toLowerCase()}`}>{t(`userStatus.${user.status}`)}</span>
                  </td>
                  <td>
                    {user.observer
                      ? t('users.observerTerm', { organisation: user.observer.organisation, from: user.observer.termFrom, to: user.observer.termTo })
                      : (user.company?.name ?? user.institution?.name ?? t('common.none'))}
                  </td>
                  <td>{formatDate(user.createdAt, i18n.language)}</td>
                  <td>
                    <UserActions
                      user={user}
                      viewerRole={viewerRole}
                      pendingAction={pending?.id === user.id ? pending.action : null}
                      onAction={(action) => choose(user, action)}
                    />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
