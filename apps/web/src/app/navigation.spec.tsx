import { ROLES, Role } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../test/factories';
import { renderApp } from '../test/render';

async function navTestIds(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: '주 메뉴' });
  return within(nav)
    .getAllByRole('link')
    .concat(within(nav).queryAllByRole('button'))
    .map((element) => element.getAttribute('data-testid') ?? '');
}

const signedIn = ['nav-profile', 'nav-sign-out'];

const everyone = ['nav-home', 'nav-catalogue', 'nav-calls', 'nav-decisions', 'nav-pilots', 'nav-challenges', 'nav-ideas', 'nav-scouting'];

const expected: Record<Role, string[]> = {
  SUPPLIER: [...everyone, 'nav-my-company', 'nav-my-products', 'nav-my-proposals', 'nav-my-pilots', ...signedIn],
  BUYER: [...everyone, 'nav-my-institution', 'nav-my-challenges', 'nav-my-pilots', ...signedIn],
  OPERATOR: [
    ...everyone,
    'nav-users',
    'nav-audit',
    'nav-search-synonyms',
    'nav-type1',
    'nav-imports',
    'nav-op-calls',
    'nav-rule-settings',
    'nav-screening',
    'nav-sessions',
    'nav-designations',
    'nav-op-pilot-plans',
    'nav-op-ideas',
    'nav-pilot-usage',
    'nav-op-scouting',
    ...signedIn,
  ],
  ADMIN: [...everyone, 'nav-users', 'nav-institutions', 'nav-audit', 'nav-search-synonyms', 'nav-rule-settings', ...signedIn],
  COMMITTEE: [...everyone, 'nav-committee', ...signedIn],
  SCOUT: [...everyone, 'nav-my-nominations', ...signedIn],
  CITIZEN: [...everyone, ...signedIn],
};

describe('navigation', () => {
  it('shows home, the catalogue, sign in and sign up to a visitor who is signed out', async () => {
    renderApp('/');
    await screen.findByTestId('nav-sign-in');
    expect(await navTestIds()).toEqual(['nav-home', 'nav-catalogue', 'nav-calls', 'nav-decisions', 'nav-pilots', 'nav-challenges', 'nav-ideas', 'nav-scouting', 'nav-sign-in', 'nav-sign-up']);
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
      { SUPPLIER: '공급기업', BUYER: '수요기관', OPERATOR: '운영자', COMMITTEE: '위원', SCOUT: '발굴·추천기관', CITIZEN: '국민', ADMIN: '관리자' }[role],
    );
    expect(await navTestIds()).toEqual(expected[role]);
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
