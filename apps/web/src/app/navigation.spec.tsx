import { ROLES, Role } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../test/factories';
import { renderApp } from '../test/render';

/** The main menu's entries in order, group buttons (`nav-group-*`) before their entries, folded or not. */
async function navTestIds(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: '주 메뉴' });
  return [...nav.querySelectorAll('[data-testid^="nav-"]')].map((element) => element.getAttribute('data-testid') ?? '');
}

/** The top-level entries: links and group buttons outside any group. */
async function topLevel(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: '주 메뉴' });
  return [...nav.querySelectorAll('.nav__list > li > [data-testid^="nav-"]')].map((element) => element.getAttribute('data-testid') ?? '');
}

const calls = ['nav-group-calls', 'nav-calls', 'nav-decisions', 'nav-statistics', 'nav-challenges', 'nav-ideas', 'nav-scouting'];

const expected: Record<Role, string[]> = {
  SUPPLIER: ['nav-home', 'nav-catalogue', ...calls, 'nav-my-proposals', 'nav-group-pilots', 'nav-pilots', 'nav-my-pilots', 'nav-my-orders', 'nav-my-company', 'nav-my-products'],
  BUYER: ['nav-home', 'nav-catalogue', ...calls, 'nav-my-challenges', 'nav-group-pilots', 'nav-pilots', 'nav-my-pilots', 'nav-my-orders', 'nav-my-purchase-target', 'nav-my-institution'],
  OPERATOR: [
    'nav-home',
    'nav-catalogue',
    ...calls,
    'nav-op-calls',
    'nav-screening',
    'nav-op-ideas',
    'nav-op-scouting',
    'nav-sessions',
    'nav-group-designations',
    'nav-designations',
    'nav-type1',
    'nav-imports',
    'nav-op-concerns',
    'nav-group-pilots',
    'nav-pilots',
    'nav-op-pilot-plans',
    'nav-pilot-usage',
    'nav-op-purchase-targets',
    'nav-group-operations',
    'nav-users',
    'nav-audit',
    'nav-search-synonyms',
    'nav-rule-settings',
  ],
  ADMIN: ['nav-home', 'nav-catalogue', ...calls, 'nav-pilots', 'nav-group-operations', 'nav-users', 'nav-institutions', 'nav-audit', 'nav-search-synonyms', 'nav-rule-settings', 'nav-mail-outbox'],
  COMMITTEE: ['nav-home', 'nav-catalogue', ...calls, 'nav-committee', 'nav-pilots'],
  SCOUT: ['nav-home', 'nav-catalogue', ...calls, 'nav-my-nominations', 'nav-pilots'],
  CITIZEN: ['nav-home', 'nav-catalogue', ...calls, 'nav-pilots'],
  OBSERVER: ['nav-home', 'nav-catalogue', ...calls, 'nav-observer-sessions', 'nav-pilots'],
};

describe('navigation', () => {
  it('shows home, the catalogue, sign in and sign up to a visitor who is signed out', async () => {
    renderApp('/');
    await screen.findByTestId('nav-sign-in');
    expect(await navTestIds()).toEqual(['nav-home', 'nav-catalogue', ...calls, 'nav-pilots', 'nav-sign-in', 'nav-sign-up']);
    expect(screen.getByTestId('nav-catalogue')).toHaveAttribute('href', '/catalogue');
    expect(screen.getByTestId('nav-calls')).toHaveAttribute('href', '/calls');
    expect(screen.getByTestId('nav-decisions')).toHaveAttribute('href', '/decisions');
    expect(screen.queryByTestId('notifications')).not.toBeInTheDocument();
    expect(screen.queryByTestId('current-role')).not.toBeInTheDocument();
  });

  it('covers every role', () => {
    expect(Object.keys(expected).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)('shows the entries of %s and the role in the header', async (role) => {
    renderApp('/', { session: makeSession(role) });
    const badge = await screen.findByTestId('current-role');
    expect(badge).toHaveAttribute('data-role', role);
    expect(badge).toHaveTextContent(
      { SUPPLIER: '공급기업', BUYER: '수요기관', OPERATOR: '운영자', COMMITTEE: '위원', SCOUT: '발굴·추천기관', CITIZEN: '국민', ADMIN: '관리자', OBSERVER: '시민감시' }[role],
    );
    expect(await navTestIds()).toEqual(expected[role]);
    expect((await topLevel()).length).toBeLessThanOrEqual(7);
    // The profile and signing out sit beside the user, not in the menu.
    const account = screen.getByRole('navigation', { name: '내 계정' });
    expect(within(account).getByTestId('nav-profile')).toHaveAttribute('href', '/profile');
    expect(within(account).getByTestId('nav-sign-out')).toBeInTheDocument();
  });

  it('gives the operator at most 7 top-level entries, each group a button that shows its entries', async () => {
    renderApp('/', { session: makeSession(Role.OPERATOR) });
    await screen.findByTestId('nav-group-operations');
    expect(await topLevel()).toEqual(['nav-home', 'nav-catalogue', 'nav-group-calls', 'nav-sessions', 'nav-group-designations', 'nav-group-pilots', 'nav-group-operations']);
    const group = screen.getByRole('button', { name: '공고·제안' });
    expect(group).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: '사전 검토' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(group);
    expect(group).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('link', { name: '사전 검토' }));
    await waitFor(() => expect(group).toHaveAttribute('aria-expanded', 'false'));
    expect(group).toHaveClass('active');
    await user.click(group);
    await user.keyboard('{Escape}');
    expect(group).toHaveAttribute('aria-expanded', 'false');
    expect(group).toHaveFocus();
  });

  it('folds the menu behind a menu button on a phone', async () => {
    renderApp('/', { session: makeSession(Role.SUPPLIER) });
    const toggle = await screen.findByRole('button', { name: '메뉴' });
    expect(toggle).toHaveAttribute('aria-controls', 'main-nav');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const user = userEvent.setup();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('banner')).toHaveClass('site-header--menu-open');
    await user.click(screen.getByTestId('nav-catalogue'));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
  });

  it('links each entry to its page', async () => {
    renderApp('/', { session: makeSession(Role.OPERATOR) });
    expect(await screen.findByTestId('nav-users')).toHaveAttribute('href', '/admin/users');
    expect(screen.getByTestId('nav-audit')).toHaveAttribute('href', '/audit');
    expect(screen.getByTestId('nav-type1')).toHaveAttribute('href', '/operator/type1');
    expect(screen.getByTestId('nav-imports')).toHaveAttribute('href', '/operator/imports');
    expect(screen.getByTestId('nav-op-calls')).toHaveAttribute('href', '/operator/calls');
    expect(screen.getByTestId('nav-screening')).toHaveAttribute('href', '/operator/screening');
    expect(screen.getByTestId('nav-sessions')).toHaveAttribute('href', '/operator/sessions');
    expect(screen.getByTestId('nav-designations')).toHaveAttribute('href', '/operator/designations');
    expect(screen.getByTestId('nav-profile')).toHaveAttribute('href', '/profile');
    expect(screen.getByTestId('nav-home')).toHaveAttribute('aria-current', 'page');
  });

  it("links a supplier's products entry to the list", async () => {
    renderApp('/', { session: makeSession(Role.SUPPLIER) });
    expect(await screen.findByTestId('nav-my-products')).toHaveAttribute('href', '/my/products');
    expect(screen.getByTestId('nav-my-proposals')).toHaveAttribute('href', '/my/proposals');
  });

  it("links a committee member's entry to their sessions", async () => {
    renderApp('/', { session: makeSession(Role.COMMITTEE) });
    expect(await screen.findByTestId('nav-committee')).toHaveAttribute('href', '/committee');
  });
});
