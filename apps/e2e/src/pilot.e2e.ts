import { PILOT_INDICATORS, Role } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

describe('a pilot purchase in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lets a buyer apply for a product in the survey, and tells when the result report can be filed', async () => {
    const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
    const buyer = await PlatformApi.signIn(demoEmail(Role.BUYER), DEMO_PASSWORD);
    const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
    const [plan] = (await operator.call<{ items: { id: string }[] }>('GET', '/pilot-plans')).items;
    // A product of the demo supplier's company, so the same demo supplier delivers it.
    const myCompany = (await supplier.call<{ company: { name: string } }>('GET', '/auth/me')).company.name;
    const offered = (await operator.call<{ items: { productId: string; companyName: string; nameKo: string }[] }>('GET', `/pilot-plans/${plan.id}/products?eligible=true&pageSize=100`)).items;
    // One the buyer's institution has not applied for yet (other browser tests apply with the same demo buyer).
    const applied = (await buyer.call<{ items: { planId: string; product: { id: string } }[] }>('GET', '/pilot-applications?pageSize=100')).items;
    const product = offered.find((p) => p.companyName === myCompany && !applied.some((a) => a.planId === plan.id && a.product.id === p.productId))!;

    // The buyer applies in the survey.
    const pilotId = await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/pilots/plans/${plan.id}`);
      await page.getByTestId(`survey-product-${product.productId}`).waitFor();
      // The plan's products are a grid of cards, without list bullets beside them.
      expect(await page.locator('ul.survey-products').evaluate((list) => getComputedStyle(list).listStyleType)).toBe('none');
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

    // The result report waits for the end of the use period: the page says from when, the API holds to it.
    // (Filing it is covered by the form's component test and the API's pilot test, whose clock can move.)
    await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/my/pilots/${pilotId}`);
      const status = page.getByTestId('pilot-status');
      await status.waitFor();
      expect(await status.getAttribute('data-status')).toBe('IN_USE');
      expect(await page.getByTestId('result-not-yet').textContent()).toMatch(/결과 보고는 사용 기간이 끝나는 .+부터 제출할 수 있습니다/);
      expect(await page.getByTestId('result-form').count()).toBe(0);
    });
    const scores = Object.fromEntries(PILOT_INDICATORS.map((indicator) => [indicator, 4]));
    await expect(buyer.call('POST', `/pilot-applications/${pilotId}/report`, { scores, comments: {}, willBuyMore: true, summary: '사용 시작일의 보고' })).rejects.toThrow(/409.*USE_PERIOD_NOT_OVER/);
    const pilot = await operator.call<{ status: string; useEndsOn: string }>('GET', `/pilot-applications/${pilotId}`);
    expect(pilot).toMatchObject({ status: 'IN_USE', useEndsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});
