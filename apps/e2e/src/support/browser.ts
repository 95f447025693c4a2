import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; flags that keep it from reaching for the network it does not have. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through jest -c apps/e2e/jest.config.cjs');
  return url;
};

/** `timezoneId`: the browser's own zone (the app shows Korea time whatever it is). */
export async function newPage(browser: Browser, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>, timezoneId?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'ko-KR', storageState, timezoneId });
  return context.newPage();
}
