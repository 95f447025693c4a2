import { Role, ROLES } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { SignInPage } from './pages/sign-in.page';
import { Shell } from './pages/shell.page';
import { launchBrowser, newPage } from './support/browser';
import { asRole, demoEmail } from './support/demo';

/** What each role finds in the main navigation: group buttons (`group-*`) before the entries they fold. */
const EVERYONE = ['home', 'catalogue', 'group-calls', 'calls', 'decisions', 'statistics', 'challenges', 'ideas', 'scouting', 'pilots'];
const CALLS = ['home', 'catalogue', 'group-calls', 'calls', 'decisions', 'statistics', 'challenges', 'ideas', 'scouting'];
const NAVIGATION: Record<Role, string[]> = {
  SUPPLIER: [...CALLS, 'my-proposals', 'group-pilots', 'pilots', 'my-pilots', 'my-orders', 'my-company', 'my-products'],
  BUYER: [...CALLS, 'my-challenges', 'group-pilots', 'pilots', 'my-pilots', 'my-orders', 'my-purchase-target', 'my-institution'],
  OPERATOR: [...CALLS, 'op-calls', 'screening', 'op-ideas', 'op-scouting', 'sessions', 'group-designations', 'designations', 'type1', 'imports', 'op-concerns', 'group-pilots', 'pilots', 'op-pilot-plans', 'pilot-usage', 'op-purchase-targets', 'group-operations', 'users', 'audit', 'search-synonyms', 'rule-settings'],
  COMMITTEE: [...CALLS, 'committee', 'pilots'],
  SCOUT: [...CALLS, 'my-nominations', 'pilots'],
  CITIZEN: EVERYONE,
  OBSERVER: [...CALLS, 'observer-sessions', 'pilots'],
  ADMIN: [...EVERYONE, 'group-operations', 'users', 'institutions', 'audit', 'search-synonyms', 'rule-settings', 'mail-outbox'],
};

describe('signing in as each demo role', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('shows a visitor the public navigation in Korean first', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    // Until the session check answers, the header shows only what needs no session.
    await page.getByTestId('nav-sign-in').waitFor();
    const shell = new Shell(page);
    expect(await shell.navEntries()).toEqual([...EVERYONE, 'sign-in', 'sign-up']);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.getByTestId('nav-sign-in').textContent()).toBe('로그인');
    await shell.switchLanguage('en');
    await page.getByTestId('nav-sign-in').filter({ hasText: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it.each(ROLES)('shows %s its own navigation', (role) =>
    asRole(browser, role, async (page) => {
    const shell = new Shell(page);
    expect(await shell.currentRole()).toBe(role);
    expect(await shell.navEntries()).toEqual(NAVIGATION[role]);
    expect(await page.getByTestId('account-nav').locator('[data-testid^="nav-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')))).toEqual(['nav-profile', 'nav-sign-out']);
    // The session survives a reload (refresh cookie), and the profile shows the account.
    await page.getByTestId('nav-profile').click();
    await page.waitForURL('**/profile');
    await page.reload();
    await page.getByTestId('current-role').waitFor();
    expect(await page.getByTestId('profile-email').textContent()).toContain(demoEmail(role));
  }));

  it('tells a visitor a wrong password, and signs out back to the public navigation', async () => {
    const page = await newPage(browser);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(demoEmail(Role.CITIZEN), 'not-the-password');
    await signIn.formError().waitFor();
    expect(await signIn.formError().textContent()).toContain('올바르지 않습니다');
    await signIn.signIn(demoEmail(Role.CITIZEN), 'Innovation2026!');
    await page.getByTestId('current-role').waitFor();
    await page.getByTestId('nav-sign-out').click();
    await page.getByTestId('nav-sign-in').waitFor();
    expect(await new Shell(page).navEntries()).toEqual([...EVERYONE, 'sign-in', 'sign-up']);
    await page.context().close();
  });

  it('keeps the operator’s pages from a supplier, reusing the saved sign-in', () =>
    asRole(browser, Role.SUPPLIER, async (page) => {
      await page.goto('/admin/users');
      await page.getByTestId('not-allowed').waitFor();
      expect(await new Shell(page).currentRole()).toBe(Role.SUPPLIER);
    }));
});
