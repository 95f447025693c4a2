import { UserStatus, type CompanyMemberView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { isApiRequestError } from '../../../lib/api-client';
import { wordApiError } from '../../../lib/messages';
import { useChangeMemberStatus, type ChangeMemberStatusInput, type MemberAction } from '../api/change-member-status';

const isUserStatus = (value: string): value is UserStatus => (Object.values(UserStatus) as string[]).includes(value);

/** The company's users; its administrator admits those waiting. */
export function CompanyMembers({ companyId, members, canManage }: {
  companyId: string;
  members: CompanyMemberView[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<{ name: string; action: MemberAction } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const mutation = useChangeMemberStatus({ onSuccess: (member, input) => setDone({ name: member.name, action: input.action }) });
  const pending: ChangeMemberStatusInput | undefined = mutation.isPending ? mutation.variables : undefined;

  function act(member: CompanyMemberView, action: MemberAction) {
    if (pending) return;
    setDone(null);
    setFailed(null);
    mutation.mutate(
      { companyId, userId: member.userId, action },
      { onError: (error) => setFailed(isApiRequestError(error) ? wordApiError(error.body) : t('errors.network')) },
    );
  }

  const status = (value: string) => (isUserStatus(value) ? t(`userStatus.${value}`) : value);

  return (
    <>
      {done ? <StatusMessage testId="member-action-status">{t(`organisations.memberDone.${done.action}`, { name: done.name })}</StatusMessage> : null}
      {failed ? <ErrorAlert title={failed} testId="member-action-error" /> : null}
      <div className="table-wrap">
        <table className="table" data-testid="members-table">
          <caption className="visually-hidden">{t('organisations.membersTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.memberName')}</th>
              <th scope="col">{t('organisations.memberEmail')}</th>
              <th scope="col">{t('organisations.memberStatus')}</th>
              <th scope="col">{t('organisations.memberRole')}</th>
              {canManage ? <th scope="col">{t('organisations.memberActions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId} data-testid={`member-row-${member.email}`} data-status={member.status}>
                <th scope="row">{member.name}</th>
                <td>{member.email}</td>
                <td>
                  <span className={`badge badge--${member.status.toLowerCase()}`}>{status(member.status)}</span>
                </td>
                <td>{member.companyAdmin ? t('organisations.companyAdmin') : t('organisations.companyMember')}</td>
                {canManage ? (
                  <td>
                    {member.status === UserStatus.PENDING ? (
                      <div className="button-row">
                        {(['approve', 'reject'] as const).map((action) => (
                          <button
                            key={action}
                            type="button"
                            className={`button button--small${action === 'reject' ? ' button--danger' : ''}`}
                            data-testid={`member-${action}`}
                            aria-label={t(`organisations.memberActionLabel.${action}`, { name: member.name, email: member.email })}
                            aria-disabled={pending ? true : undefined}
                            aria-busy={pending?.userId === member.userId && pending.action === action ? true : undefined}
                            onClick={() => act(member, action)}
                          >
                            {t(`organisations.memberAction.${action}`)}
                          </button>
                        ))}
                      </div>
                    ) : (
                      <span className="muted">{t('organisations.noMemberActions')}</span>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
