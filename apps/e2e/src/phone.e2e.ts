import { Role } from '@inno/contracts';
import type { Browser, Page } from 'playwright-core';
import { CataloguePage } from './pages/catalogue.page';
import { launchBrowser, newPage } from './support/browser';
import { asRole } from './support/demo';

/** An ordinary phone's viewport in CSS pixels. */
const PHONE = { width: 390, height: 844 };

const box = async (page: Page, testId: string) => (await page.getByTestId(testId).boundingBox())!;

describe('the platform on a phone (390 px)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('keeps the header short, folds the menu behind a button and shows the catalogue results first', async () => {
    const page = await newPage(browser);
    await page.setViewportSize(PHONE);
    const catalogue = new CataloguePage(page);
    await catalogue.open();
    await catalogue.results().first().waitFor();

    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(160);
    // The language buttons stay on one line each ("한국어", not "한국/어").
    for (const language of ['ko', 'en']) expect((await box(page, `lang-${language}`)).height).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The results come before the filters and facets, which a button unfolds.
    expect((await catalogue.results().first().boundingBox())!.y).toBeLessThan(PHONE.height);
    expect(await catalogue.facet('kind', 'TYPE1').isVisible()).toBe(false);
    const filters = page.getByTestId('catalogue-filters-toggle');
    await filters.click();
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    await catalogue.facet('kind', 'TYPE1').waitFor();

    // The menu is behind its button, and closes once a page is chosen.
    const toggle = page.getByTestId('menu-toggle');
    expect(await page.getByTestId('nav-calls').isVisible()).toBe(false);
    await toggle.click();
    await page.getByTestId('nav-group-calls').click();
    await page.getByTestId('nav-calls').click();
    await page.waitForURL('**/calls');
    await page.waitForFunction(() => document.querySelector('[data-testid="menu-toggle"]')?.getAttribute('aria-expanded') === 'false');
    expect(await page.getByTestId('main-nav').isVisible()).toBe(false);
    await page.context().close();
  });

  it("lets the operator reach a grouped page from the phone's menu", () =>
    asRole(browser, Role.OPERATOR, async (page) => {
      await page.setViewportSize(PHONE);
      expect((await page.locator('header.site-header').boundingBox())!.height).toBeLessThan(160);
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-group-pilots').click();
      await page.getByTestId('nav-op-pilot-plans').click();
      await page.waitForURL('**/operator/pilot-plans');
      await page.waitForFunction(() => document.title === '시범구매 운영 · 혁신장터');
    }));
});
