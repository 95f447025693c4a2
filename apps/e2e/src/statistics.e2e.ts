import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';

interface InitialJs {
  gzip: number;
  chunks: { name: string; gzip: number; packages: string[] }[];
}

/** What a route downloads first, measured on the build these tests run against (apps/web/scripts/initial-js-size.mjs). */
function initialJs(page: string, maxKb?: number): { status: number | null; figures: InitialJs; stderr: string } {
  const script = resolve(__dirname, '../../web/scripts/initial-js-size.mjs');
  const run = spawnSync(process.execPath, [script, page, '--json', ...(maxKb ? ['--max-kb', String(maxKb)] : [])], { encoding: 'utf8' });
  return { status: run.status, figures: JSON.parse(run.stdout.trim().split('\n')[0]) as InitialJs, stderr: run.stderr };
}

describe('public statistics', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('keeps the catalogue’s first download under 150 KB gzipped', () => {
    const catalogue = initialJs('catalogue', 150);
    expect({ gzip: catalogue.figures.gzip, status: catalogue.status, stderr: catalogue.stderr }).toEqual({ gzip: expect.any(Number), status: 0, stderr: '' });
    expect(catalogue.figures.gzip).toBeLessThan(150 * 1024);
  });

  it('keeps the charting library out of the catalogue’s first download and of the statistics page’s own', () => {
    expect(initialJs('catalogue').figures.chunks.flatMap((c) => c.packages)).not.toContain('recharts');
    // The statistics page shows its tables first; recharts arrives in a chunk of its own after them.
    const statistics = initialJs('statistics').figures;
    expect(statistics.chunks.flatMap((c) => c.packages)).not.toContain('recharts');
    expect(statistics.chunks.map((c) => c.name)).not.toContainEqual(expect.stringMatching(/^charts-/));
  });

  it('shows a visitor the headline figures on the home page, then the statistics with charts, tables, the region map and CSV', async () => {
    const headline = (await (await fetch(`${baseUrl()}/api/v1/statistics/headline`)).json()) as { listedProducts: number };
    const page = await newPage(browser);
    await page.goto('/');
    const listed = page.getByTestId('home-figure-listed-products');
    await listed.waitFor();
    expect(await listed.textContent()).toContain(`${headline.listedProducts.toLocaleString('ko-KR')}건`);
    await page.getByTestId('home-decisions').getByRole('listitem').first().waitFor();

    await page.getByTestId('home-statistics-link').click();
    await page.waitForURL('**/statistics');
    await page.getByRole('heading', { level: 1, name: '통계' }).waitFor();
    expect(await page.title()).toContain('통계');
    await page.getByTestId('statistics-freshness').waitFor();
    // A chart drawn by recharts for each figure, beside its table.
    await page.locator('[data-testid="figure-designations"] .recharts-wrapper').first().waitFor();
    expect(await page.getByTestId('figure-designations-table').getByRole('row').count()).toBe(13);
    expect(await page.getByTestId('region-map').locator('[data-region]').count()).toBe(17);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('figure-routes-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^statistics-\d{4}-routes\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF지정 경로,지정');
    expect(csv.split('\r\n')).toHaveLength(6);

    // A filter narrows the figures and stays in the address.
    await page.getByTestId('statistics-kind').selectOption('TYPE2');
    await page.waitForURL('**/statistics?kind=TYPE2');
    await page.getByTestId('figure-routes-table').getByRole('row', { name: /1유형\(부처 지정\) 0/ }).waitFor();

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
