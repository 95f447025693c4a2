import { Role } from '@inno/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SignInPage } from '../pages/sign-in.page';
import { newPage } from './browser';

/** The demo accounts `npm start` seeds (apps/api/src/database/seeds/demo.seed.ts). */
export const DEMO_PASSWORD = 'Innovation2026!';
export const demoEmail = (role: Role) => `${role.toLowerCase()}@demo.innomarket.kr`;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const signedIn = new Map<Role, StorageState>();

/**
 * Runs `work` on a page signed in as the role's demo account. The sign-in is done once per
 * role and its session reused; the session is saved again afterwards because every refresh
 * rotates the cookie, and presenting an old one ends the session (reuse detection).
 */
export async function asRole<T>(browser: Browser, role: Role, work: (page: Page) => Promise<T>): Promise<T> {
  const saved = signedIn.get(role);
  const page = await newPage(browser, saved);
  try {
    if (saved) {
      await page.goto('/');
    } else {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(demoEmail(role), DEMO_PASSWORD);
    }
    await page.getByTestId('current-role').waitFor();
    const result = await work(page);
    signedIn.set(role, await page.context().storageState());
    return result;
  } finally {
    await page.context().close();
  }
}
