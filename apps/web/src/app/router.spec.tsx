import { Role, UserStatus } from '@inno/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/api-mock';
import { makeSession } from '../test/factories';
import { renderApp } from '../test/render';

const emptyPage = { body: { items: [], total: 0, page: 1, pageSize: 20 } };

describe('route guards', () => {
  it('sends a signed-out visitor of a staff page to sign-in, and back after signing in', async () => {
    const admin = makeSession(Role.ADMIN);
    const { router, api } = renderApp('/admin/users?status=ACTIVE', {
      api: { 'POST /auth/login': { body: admin }, 'GET /users': emptyPage },
    });
    expect(await screen.findByRole('heading', { level: 1, name: '로그인' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^이메일/ }), 'admin@example.kr');
    await user.type(screen.getByLabelText(/^비밀번호/), 'admin-password');
    await user.click(screen.getByTestId('sign-in-submit'));

    expect(await screen.findByRole('heading', { level: 1, name: '회원 관리' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/users');
    await waitFor(() => expect(api.find('GET', '/users')[0]?.headers.get('Authorization')).toBe(`Bearer ${admin.accessToken}`));
    expect(api.find('GET', '/users')[0].query.get('status')).toBe(UserStatus.ACTIVE);
  });

  it('shows a localized "not allowed" page to a role that may not see the page', async () => {
    const { api } = renderApp('/audit', { session: makeSession(Role.CITIZEN) });
    const page = await screen.findByTestId('not-allowed');
    expect(page).toHaveTextContent('접근 권한이 없습니다');
    expect(page).toHaveTextContent('운영자, 관리자');
    expect(api.find('GET', '/audit/events')).toHaveLength(0);
  });

  it('sends a signed-in user away from sign-in', async () => {
    const { router } = renderApp('/sign-in', { session: makeSession(Role.CITIZEN) });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('says "not found" with a heading, not the API’s 400 and a retry, for a record whose id cannot exist', async () => {
    renderApp('/products/not-a-uuid', {
      api: { 'GET /products/:id': apiError(400, 'The request has invalid fields', { id: ['id must be a UUID'] }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: '제품을 찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '다시 시도' })).not.toBeInTheDocument();
    expect(screen.queryByText('The request has invalid fields')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('제품 상세 · 혁신장터'));
  });

  it('names the tab after the page, and after "not found" for an unknown address', async () => {
    const { router } = renderApp('/catalogue');
    await waitFor(() => expect(document.title).toBe('혁신제품 찾기 · 혁신장터'));
    await router.navigate('/no-such-page');
    await waitFor(() => expect(document.title).toBe('페이지를 찾을 수 없습니다 · 혁신장터'));
  });

  it('has a skip link to the main landmark', async () => {
    renderApp('/');
    const skip = await screen.findByRole('link', { name: '본문 바로가기' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('signs out through the API and forgets the session', async () => {
    const { api, router } = renderApp('/profile', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'POST /auth/logout': { status: 204 },
        'GET /auth/me': (request) => ({ body: { ...makeSession(Role.SUPPLIER).user, id: request.path } }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('nav-sign-out'));
    expect(await screen.findByTestId('nav-sign-in')).toBeInTheDocument();
    expect(api.find('POST', '/auth/logout')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByTestId('current-role')).not.toBeInTheDocument();
  });
});
