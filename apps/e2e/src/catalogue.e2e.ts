import type { Browser } from 'playwright-core';
import { CataloguePage } from './pages/catalogue.page';
import { launchBrowser, newPage } from './support/browser';

describe('the public catalogue', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('finds products by a Korean word, narrows them by a facet, keeps it all in the URL and opens a product', async () => {
    const page = await newPage(browser);
    const catalogue = new CataloguePage(page);
    await catalogue.open();

    // '센서' (sensor) is in several demo products of different categories.
    await catalogue.search('센서');
    await page.waitForURL(/q=%EC%84%BC%EC%84%9C/);
    // The unfiltered list (newest first: 스마트공기청정기) gives way to the search's results.
    await catalogue.results().filter({ hasText: '침수 감지 센서' }).waitFor();
    await catalogue.results().filter({ hasText: '스마트공기청정기' }).waitFor({ state: 'detached' });
    const all = await catalogue.resultNames();
    // Sensors of several areas; one more product mentions sensors only in its description.
    for (const name of ['미세먼지 측정 센서 노드', '침수 감지 센서', '교량 안전 모니터링 센서']) {
      expect(all.some((text) => text.includes(name))).toBe(true);
    }

    // Narrow to the environment category by its facet (it shows its count).
    const environment = catalogue.facet('category', 'ENV');
    expect(await environment.textContent()).toMatch(/\d/);
    await environment.click();
    await page.waitForURL(/category=ENV/);
    await page.waitForFunction((before) => document.querySelectorAll('[data-testid="catalogue-result"]').length < before, all.length);
    const narrowed = await catalogue.resultNames();
    expect(narrowed).toHaveLength(1);
    expect(narrowed[0]).toContain('미세먼지 측정 센서 노드');

    // The back button returns to the wider search.
    await page.goBack();
    await page.waitForFunction((before) => document.querySelectorAll('[data-testid="catalogue-result"]').length === before, all.length);

    // A shared URL opens the same narrowed search; then open the product.
    await catalogue.open('?q=%EC%84%BC%EC%84%9C&category=ENV');
    await catalogue.results().first().waitFor();
    await catalogue.results().first().locator('a').first().click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}/);
    await page.getByTestId('product-name').waitFor();
    expect(await page.getByTestId('product-name').textContent()).toContain('미세먼지 측정 센서 노드');
    expect(await page.getByTestId('product-designation').textContent()).toContain('환경부');
    expect(await page.getByTestId('product-price').textContent()).toMatch(/420,000/);
    await page.context().close();
  });

  it('finds a word inside a Korean compound, and a name typed with or without its spaces', async () => {
    const page = await newPage(browser);
    const catalogue = new CataloguePage(page);
    await catalogue.open();

    // 먼지 (dust) is part of the compound 미세먼지: found (the order is the relevance set's concern, apps/api/src/search).
    await catalogue.search('먼지');
    await page.waitForURL(/q=%EB%A8%BC%EC%A7%80/);
    await catalogue.results().filter({ hasText: '미세먼지 측정 센서 노드' }).waitFor();

    // 화재감지기 typed without the space of "지능형 화재 감지기" finds it; 센서노드 finds "센서 노드".
    await catalogue.search('화재감지기');
    await catalogue.results().filter({ hasText: '지능형 화재 감지기' }).waitFor();
    await catalogue.search('센서노드');
    await catalogue.results().filter({ hasText: '미세먼지 측정 센서 노드' }).waitFor();
    expect(await catalogue.resultNames()).toHaveLength(1);
    await page.context().close();
  });
});
