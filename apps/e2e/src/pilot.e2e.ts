import { PILOT_INDICATORS, Role } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

describe('a pilot purchase in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lets a buyer apply for a product in the survey and later file the result report', async () => {
    const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
    const buyer = await PlatformApi.signIn(demoEmail(Role.BUYER), DEMO_PASSWORD);
    const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
    const [plan] = (await operator.call<{ items: { id: string }[] }>('GET', '/pilot-plans')).items;
    // A product of the demo supplier's company, so the same demo supplier delivers it.
    const myCompany = (await supplier.call<{ company: { name: string } }>('GET', '/auth/me')).company.name;
    const offered = (await operator.call<{ items: { productId: string; companyName: string; nameKo: string }[] }>('GET', `/pilot-plans/${plan.id}/products?eligible=true&pageSize=100`)).items;
    const product = offered.find((p) => p.companyName === myCompany)!;

    // The buyer applies in the survey.
    const pilotId = await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/pilots/plans/${plan.id}`);
      await page.getByTestId(`survey-product-${product.productId}`).waitFor();
      await page.getByTestId(`apply-${product.productId}`).click();
      await page.getByTestId('pilot-quantity').fill('4');
      await page.getByTestId('pilot-amount').fill('7200000');
      await page.getByTestId('pilot-intended-use').fill('민원실과 어린이집 공기질 개선');
      await page.getByTestId('pilot-place').fill('부산광역시청 본관');
      await page.getByTestId('pilot-use-period').fill('6');
      await page.getByTestId('pilot-follow-on-planned').check();
      await page.getByTestId('pilot-need').fill('미세먼지 민원이 매년 늘고 있음');
      await page.getByTestId('pilot-apply-submit').click();
      const applied = page.getByTestId('pilot-applied');
      await applied.waitFor();
      return (await applied.getAttribute('data-pilot-id'))!;
    });

    // Matched, contracted, delivered and in use, as the operator, buyer and supplier would do.
    await operator.call('POST', `/pilot-applications/${pilotId}/match`, { reason: '수요 명확' });
    await buyer.call('POST', `/pilot-applications/${pilotId}/contract`, {});
    await supplier.call('POST', `/pilot-applications/${pilotId}/deliver`, {});
    await buyer.call('POST', `/pilot-applications/${pilotId}/start-use`, {});

    // Later, the buyer files the result report.
    await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/my/pilots/${pilotId}`);
      const status = page.getByTestId('pilot-status');
      await status.waitFor();
      expect(await status.getAttribute('data-status')).toBe('IN_USE');
      for (const indicator of PILOT_INDICATORS) await page.getByTestId(`result-score-${indicator}`).selectOption('4');
      await page.getByTestId('result-comment-quality').fill('필터 성능이 기대 이상');
      await page.getByTestId('result-will-buy-more').check();
      await page.getByTestId('result-summary').fill('6개월간 민원실 공기질이 눈에 띄게 좋아짐');
      await page.getByTestId('result-submit').click();
      await page.getByTestId('result-saved').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="pilot-status"]')?.getAttribute('data-status') === 'RESULT_REPORTED');
    });
    const pilot = await operator.call<{ status: string; result: { scores: Record<string, number>; willBuyMore: boolean } }>('GET', `/pilot-applications/${pilotId}`);
    expect(pilot).toMatchObject({ status: 'RESULT_REPORTED', result: { willBuyMore: true, scores: { overallSatisfaction: 4 } } });
  });
});
