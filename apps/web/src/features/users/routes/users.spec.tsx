import { Role, UserStatus, type UserView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-mock';
import { makeSession, makeUser } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const page = (items: UserView[], extra: Record<string, number> = {}) => ({
  body: { items, total: items.length, page: 1, pageSize: 20, ...extra },
});

describe('users page', () => {
  it('opens on the accounts waiting for an operator, with approve and reject only', async () => {
    const waiting = makeUser({ role: Role.BUYER, status: UserStatus.PENDING, email: 'wait@pps.go.kr' });
    const { api } = renderApp('/admin/users', {
      session: makeSession(Role.OPERATOR),
      api: { 'GET /users': page([waiting]) },
    });
    const row = await screen.findByTestId('user-row-wait@pps.go.kr');
    expect(within(row).getAllByRole('button').map((b) => b.getAttribute('data-action'))).toEqual(['approve', 'reject']);
    expect(api.find('GET', '/users')[0].query.get('status')).toBe('PENDING');
    expect(screen.getByRole('combobox', { name: '상태' })).toHaveValue('PENDING');
    expect(screen.queryByTestId('create-staff-form')).not.toBeInTheDocument();
  });

  it('filters and pages through the address', async () => {
    const { api, router } = renderApp('/admin/users', {
      session: makeSession(Role.ADMIN),
      api: { 'GET /users': page([makeUser()], { total: 45 }) },
    });
    const user = userEvent.setup();
    await screen.findByTestId('users-table');
    expect(api.find('GET', '/users')[0].query.get('status')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: '역할' }), 'SUPPLIER');
    await user.type(screen.getByRole('searchbox', { name: '이름 또는 이메일' }), '김');
    await user.click(screen.getByRole('button', { name: '검색' }));
    await waitFor(() => expect(router.state.location.search).toContain('role=SUPPLIER'));
    await waitFor(() => expect(api.find('GET', '/users').at(-1)?.query.get('q')).toBe('김'));

    expect(screen.getByText('1 / 3 페이지 · 총 45건')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '다음' }));
    await waitFor(() => expect(api.find('GET', '/users').at(-1)?.query.get('page')).toBe('2'));
    expect(api.find('GET', '/users').at(-1)?.query.get('role')).toBe('SUPPLIER');
  });

  it('lets an admin create a staff account, validating like the API and showing its field errors', async () => {
    let calls = 0;
    const { api } = renderApp('/admin/users', {
      session: makeSession(Role.ADMIN),
      api: {
        'GET /users': page([]),
        'POST /users': (request) => {
          calls += 1;
          return calls === 1
            ? apiError(400, 'Validation failed', { email: ['email already in use'] })
            : { status: 201, body: makeUser({ ...(request.body as object), status: UserStatus.ACTIVE }) };
        },
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByTestId('create-staff-form');
    const scope = within(form);
    await user.type(scope.getByRole('textbox', { name: /^이메일/ }), 'op@example.kr');
    await user.type(scope.getByLabelText(/^초기 비밀번호/), 'short');
    await user.type(scope.getByRole('textbox', { name: /^이름/ }), '이운영');
    await user.selectOptions(scope.getByRole('combobox', { name: /^역할/ }), 'OPERATOR');
    await user.click(scope.getByTestId('create-staff-submit'));
    expect(scope.getByLabelText(/^초기 비밀번호/)).toHaveAccessibleDescription(expect.stringContaining('10자 이상'));
    expect(api.find('POST', '/users')).toHaveLength(0);

    await user.type(scope.getByLabelText(/^초기 비밀번호/), '-long-enough');
    await user.click(scope.getByTestId('create-staff-submit'));
    await waitFor(() => expect(scope.getByRole('textbox', { name: /^이메일/ })).toHaveAccessibleDescription('email already in use'));

    await user.clear(scope.getByRole('textbox', { name: /^이메일/ }));
    await user.type(scope.getByRole('textbox', { name: /^이메일/ }), 'op2@example.kr');
    await user.click(scope.getByTestId('create-staff-submit'));
    expect(await scope.findByRole('status')).toHaveTextContent('op2@example.kr');
    expect(api.find('POST', '/users').at(-1)?.body).toEqual({
      email: 'op2@example.kr',
      password: 'short-long-enough',
      name: '이운영',
      role: 'OPERATOR',
    });
  });
});
