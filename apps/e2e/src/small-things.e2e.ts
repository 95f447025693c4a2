import { Role } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { asRole } from './support/demo';

describe('what every visitor meets', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('sees times in Korea time, named KST, with the browser in UTC; anonymous pages send no refresh bound to fail', async () => {
    const { items } = (await (await fetch(`${baseUrl()}/api/v1/products?pageSize=1`)).json()) as { items: { id: string }[] };
    const page = await newPage(browser, undefined, 'UTC');
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/auth/refresh')) refreshes.push(request.url());
    });
    await page.goto('/catalogue');
    await page.getByTestId('catalogue-result').first().waitFor();
    await page.goto(`/products/${items[0].id}`);
    const time = page.getByTestId('product-price-history').locator('time').first();
    await time.waitFor();

    expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBe(0);
    const shown = await time.textContent();
    const expected = await page.evaluate(
      (iso) => `${new Intl.DateTimeFormat('ko-KR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso))} KST`,
      (await time.getAttribute('datetime'))!,
    );
    expect(shown).toBe(expected);
    expect(refreshes).toEqual([]);
  });

  it('gets the app at / and an icon at /favicon.ico, whatever it accepts', async () => {
    const root = await fetch(`${baseUrl()}/`, { headers: { accept: '*/*' } });
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toMatch(/^text\/html/);
    const icon = await fetch(`${baseUrl()}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('keeps a price on one line in a supplier’s product table, even on a phone', async () => {
    await asRole(browser, Role.SUPPLIER, async (page) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/my/products');
      const cell = page.getByTestId('my-products-table').locator('tbody tr td').filter({ hasText: '₩' }).first();
      await cell.waitFor();
      const lines = await cell.evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines).toBe(1);
    });
  });
});
