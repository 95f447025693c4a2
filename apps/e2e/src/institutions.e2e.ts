import { Role } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

describe('institutions in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lets the ADMIN add an institution from the admin menu and correct its target; buyers then find it', async () => {
    const code = `PB-E${Date.now() % 100_000}`;
    await asRole(browser, Role.ADMIN, async (page) => {
      // Institutions sit in the administration group of the menu.
      await page.getByTestId('nav-group-operations').click();
      await page.getByTestId('nav-institutions').click();
      await page.getByTestId('institutions-table').waitFor();
      await page.getByTestId('institution-new').click();
      await page.getByTestId('institution-code').fill(code);
      await page.getByTestId('institution-name').fill('한국혁신시험원');
      await page.getByTestId('institution-nameEn').fill('Korea Innovation Testing Institute');
      await page.getByTestId('institution-type').selectOption('PUBLIC_BODY');
      await page.getByTestId('institution-sector').fill('과학기술·ICT');
      await page.getByTestId('institution-yearlyGoodsPurchases').fill('45,000,000,000');
      await page.getByTestId('institution-submit').click();
      await page.getByTestId('institution-status').waitFor();
      await page.getByTestId('institution-targetRatePercent').fill('1.5');
      await page.getByTestId('institution-submit').click();
      await page.getByText('기관 정보를 저장했습니다').waitFor();
    });
    const found = await (await PlatformApi.signIn(demoEmail(Role.BUYER), DEMO_PASSWORD)).call<{ items: { code: string; targetRate: number; type: string }[] }>('GET', `/institutions?q=${code}`);
    expect(found.items).toEqual([expect.objectContaining({ code, targetRate: 0.015, type: 'PUBLIC_BODY' })]);
  });
});
