import { Role, type UserView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

describe('profile page', () => {
  it('changes the name and keeps the header in step', async () => {
    const session = makeSession(Role.CITIZEN, { name: '홍길동' });
    let me: UserView = session.user;
    const { api } = renderApp('/profile', {
      session,
      api: {
        'GET /auth/me': () => ({ body: me }),
        'PATCH /auth/me': (request) => {
          me = { ...me, ...(request.body as Partial<UserView>) };
          return { body: me };
        },
      },
    });
    expect(await screen.findByTestId('profile-email')).toHaveTextContent(session.user.email);
    const user = userEvent.setup();
    const form = within(screen.getByTestId('profile-name-form'));
    await user.clear(form.getByRole('textbox', { name: /^이름/ }));
    await user.type(form.getByRole('textbox', { name: /^이름/ }), '홍길순');
    await user.click(form.getByRole('button', { name: '이름 저장' }));

    expect(await form.findByRole('status')).toHaveTextContent('이름을 변경했습니다.');
    expect(api.find('PATCH', '/auth/me')[0].body).toEqual({ name: '홍길순' });
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('홍길순'));
  });

  it('changes the password, with the confirmation checked here and the API errors beside their fields', async () => {
    const session = makeSession(Role.SUPPLIER);
    const { api } = renderApp('/profile', {
      session,
      api: {
        'GET /auth/me': { body: session.user },
        'PATCH /auth/me': apiError(400, 'Validation failed', { currentPassword: ['current password is wrong'] }),
      },
    });
    const form = within(await screen.findByTestId('profile-password-form'));
    const user = userEvent.setup();
    await user.type(form.getByLabelText(/^현재 비밀번호/), 'old-password');
    await user.type(form.getByLabelText(/^새 비밀번호 \*/), 'new-password-1');
    await user.type(form.getByLabelText(/^새 비밀번호 확인/), 'new-password-2');
    await user.click(form.getByRole('button', { name: '비밀번호 변경' }));
    expect(form.getByLabelText(/^새 비밀번호 확인/)).toHaveAccessibleDescription('새 비밀번호가 서로 다릅니다.');
    expect(api.find('PATCH', '/auth/me')).toHaveLength(0);

    await user.clear(form.getByLabelText(/^새 비밀번호 확인/));
    await user.type(form.getByLabelText(/^새 비밀번호 확인/), 'new-password-1');
    await user.click(form.getByRole('button', { name: '비밀번호 변경' }));
    await waitFor(() => expect(form.getByLabelText(/^현재 비밀번호/)).toHaveAccessibleDescription('current password is wrong'));
    expect(api.find('PATCH', '/auth/me')[0].body).toEqual({ currentPassword: 'old-password', newPassword: 'new-password-1' });
  });
});
