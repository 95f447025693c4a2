import { Role, UserAction, UserStatus, userStatusMachine, type UserView } from '@inno/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../lib/i18n';
import { apiError } from '../../../test/api-mock';
import { makeUser } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { UserActions } from './user-actions';
import { UsersTable } from './users-table';

function shownActions(): string[] {
  return screen.queryAllByRole('button').map((button) => button.getAttribute('data-action') ?? '');
}

/** What an operator and an admin may do, spelled out (domain: buyers wait for an operator; only an admin disables). */
const table: [Role, UserStatus, UserAction[]][] = [
  [Role.OPERATOR, UserStatus.PENDING, [UserAction.APPROVE, UserAction.REJECT]],
  [Role.OPERATOR, UserStatus.ACTIVE, []],
  [Role.OPERATOR, UserStatus.REJECTED, []],
  [Role.OPERATOR, UserStatus.DISABLED, []],
  [Role.ADMIN, UserStatus.PENDING, [UserAction.APPROVE, UserAction.REJECT, UserAction.DISABLE]],
  [Role.ADMIN, UserStatus.ACTIVE, [UserAction.DISABLE]],
  [Role.ADMIN, UserStatus.REJECTED, [UserAction.ENABLE]],
  [Role.ADMIN, UserStatus.DISABLED, [UserAction.ENABLE]],
];

describe('UserActions', () => {
  it.each(table)('as %s on a %s account shows %j', (viewer, status, actions) => {
    render(<UserActions user={makeUser({ status, role: Role.BUYER })} viewerRole={viewer} onAction={vi.fn()} />);
    expect(shownActions()).toEqual(actions);
    // the same answer the API's state machine gives
    expect(shownActions()).toEqual(userStatusMachine.availableActions(status, viewer));
    if (actions.length === 0) expect(screen.getByText('가능한 처리 없음')).toBeInTheDocument();
  });

  it('names each button after the action and the account', async () => {
    const onAction = vi.fn();
    const user = makeUser({ status: UserStatus.PENDING, name: '박구매', email: 'park@pps.go.kr' });
    render(<UserActions user={user} viewerRole={Role.OPERATOR} onAction={onAction} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '승인: 박구매 (park@pps.go.kr)' }));
    expect(onAction).toHaveBeenCalledWith(UserAction.APPROVE);
  });
});

describe('UsersTable', () => {
  it('posts the action and shows the new status', async () => {
    const pending = makeUser({ status: UserStatus.PENDING, role: Role.BUYER, email: 'buyer@pps.go.kr' });
    const { api } = renderWithProviders(<UsersTable users={[pending]} viewerRole={Role.OPERATOR} />, {
      api: { 'POST /users/:id/approve': (request) => ({ body: { ...pending, id: request.params.id, status: UserStatus.ACTIVE } }) },
    });
    const row = screen.getByTestId('user-row-buyer@pps.go.kr');
    await userEvent.setup().click(within(row).getByTestId('user-action-approve'));

    expect(await screen.findByTestId('user-action-status')).toHaveTextContent('활성');
    expect(api.find('POST', `/users/${pending.id}/approve`)).toHaveLength(1);
  });

  it('shows the API message when the move is refused with 409', async () => {
    const pending: UserView = makeUser({ status: UserStatus.PENDING });
    renderWithProviders(<UsersTable users={[pending]} viewerRole={Role.ADMIN} />, {
      api: {
        'POST /users/:id/reject': {
          status: 409,
          body: { statusCode: 409, error: 'Conflict', code: 'WRONG_STATE', params: { status: 'ACTIVE', action: 'reject' }, message: 'This account is ACTIVE: it cannot be rejectd' },
        },
      },
    });
    await userEvent.setup().click(screen.getByTestId('user-action-reject'));
    expect(await screen.findByTestId('user-action-error')).toHaveTextContent('현재 상태(활성)에서는 할 수 없는 작업입니다.');
    expect(screen.getByTestId('user-action-error')).toHaveAttribute('role', 'alert');
  });

  it('asks for a reason before deciding on a supplier joining a company, and sends it', async () => {
    const pending = makeUser({ status: UserStatus.PENDING, role: Role.SUPPLIER, name: '김공급', email: 'kim@innotech.kr' });
    const { api } = renderWithProviders(<UsersTable users={[pending]} viewerRole={Role.OPERATOR} />, {
      api: { 'POST /users/:id/approve': (request) => ({ body: { ...pending, id: request.params.id, status: UserStatus.ACTIVE } }) },
    });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('user-action-approve'));
    const reason = screen.getByRole('textbox', { name: /^사유/ });
    expect(reason).toHaveFocus();
    expect(screen.getByTestId('join-decision-form')).toHaveTextContent('회사 가입은 그 회사의 관리자가 결정합니다');

    await user.click(screen.getByTestId('join-decision-confirm'));
    expect(reason).toHaveAccessibleDescription('필수 입력 항목입니다.');
    expect(api.find('POST', `/users/${pending.id}/approve`)).toHaveLength(0);

    await user.type(reason, '대표자 공문으로 재직 확인');
    await user.click(screen.getByTestId('join-decision-confirm'));
    expect(await screen.findByTestId('user-action-status')).toHaveTextContent('활성');
    expect(api.find('POST', `/users/${pending.id}/approve`)[0].body).toEqual({ reason: '대표자 공문으로 재직 확인' });
  });

  it("shows the API's refusal when the company has an active administrator", async () => {
    const pending = makeUser({ status: UserStatus.PENDING, role: Role.SUPPLIER });
    renderWithProviders(<UsersTable users={[pending]} viewerRole={Role.OPERATOR} />, {
      api: { 'POST /users/:id/reject': apiError(403, 'Joining this company is its administrator’s decision') },
    });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('user-action-reject'));
    await user.type(screen.getByRole('textbox', { name: /^사유/ }), '서류 미비');
    await user.click(screen.getByTestId('join-decision-confirm'));
    expect(await screen.findByTestId('user-action-error')).toHaveTextContent('its administrator’s decision');
  });
});
