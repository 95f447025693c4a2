import { CompanySize, Role, withCheckDigit } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

/** A company of its own (registered with a Type 1 record), so the sanction bars no other test's supplier. */
async function freshCompany(): Promise<{ id: string; name: string }> {
  const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
  const stamp = Date.now() % 1_000_000;
  const name = `(주)제재시험 ${stamp}`;
  const product = await operator.call<{ company: { id: string } }>('POST', '/products/type1', {
    company: { name, businessNumber: withCheckDigit(String(300_000_000 + stamp)), size: CompanySize.SME, region: '대전광역시' },
    nameKo: '제재 시험 제품', nameEn: 'Sanction test product', modelName: 'ST-1', description: '제재 시험용 제품입니다.',
    categoryCode: 'SAF-01-01', goodsClassNo: '46171610', detailItemNo: '4617161001', tradingUnit: '대', askingPrice: 1_000_000,
    certifications: [], patents: [], trl: 8, region: '대전광역시', designatingBody: '산업통상자원부', certificateNumber: `E2E-SANCTION-${stamp}`,
    designatedOn: new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10),
  });
  return { id: product.company.id, name };
}

describe('sanctions in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lets an operator record a sanction on the company page, publishes it on the register, and lifts it early', async () => {
    const company = await freshCompany();
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto(`/operator/companies/${company.id}`);
      await page.getByTestId('sanctions-empty').waitFor();
      await page.locator('#sanction-months').fill('3');
      await page.locator('#sanction-reason').fill('입찰 서류 위조');
      await page.locator('#sanction-legalBasis').fill('국가를 당사자로 하는 계약에 관한 법률 제27조');
      await page.getByTestId('sanction-impose').click();
      await page.getByTestId('sanction-done').waitFor();
      await page.getByTestId('sanctions-table').getByText('입찰 서류 위조').waitFor();
      expect(await page.getByTestId('company-sanctioned-until').textContent()).toMatch(/제재 중/);

      await page.goto('/decisions?kind=SANCTION');
      const entry = page.locator('[data-kind="SANCTION"]').filter({ hasText: company.name });
      // Published in both languages: the legal basis under its Korean heading first, the English beside.
      await entry.locator('[lang="ko"]').getByText('법적 근거: 국가를 당사자로 하는 계약에 관한 법률 제27조').waitFor();
      await entry.getByRole('link', { name: `기업 관리에서 열기: ${company.name}` }).click();

      await page.getByTestId('sanction-lift').click();
      await page.getByLabel(/해제 사유/).fill('행정심판 인용 (appeal upheld)');
      await page.getByTestId('sanction-lift-confirm').click();
      await page.getByText(/해제: 행정심판 인용/).waitFor();
      expect(await page.getByTestId('company-sanctioned-until').textContent()).toMatch(/현재 제재 없음/);
    });
  });
});
