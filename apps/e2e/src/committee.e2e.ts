import { DEFAULT_CRITERIA, Role, SCREENING_CHECKLIST } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

/**
 * A proposal placed on a session meeting today, chaired by the demo committee member, its only
 * member, set up through the API as the supplier and the operator would.
 */
async function agendaItemForDemoMember(): Promise<{ sessionId: string; itemId: string }> {
  const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
  const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
  const committee = await PlatformApi.signIn(demoEmail(Role.COMMITTEE), DEMO_PASSWORD);
  const me = await committee.call<{ id: string }>('GET', '/auth/me');
  const product = await supplier.call<{ id: string }>('POST', '/products', {
    nameKo: '무선 누수 감지 센서', nameEn: 'Wireless leak sensor', modelName: 'WLS-1', description: '지하 시설의 누수를 감지해 알립니다.',
    categoryCode: 'SAF-02-02', goodsClassNo: '41112201', detailItemNo: '4111220101', tradingUnit: '개', askingPrice: 180_000,
    certifications: ['KC'], patents: [{ number: '10-2233445', title: '무선 누수 감지', expiresOn: '2036-01-31' }], trl: 8, region: '서울특별시',
  });
  const calls = await operator.call<{ items: { id: string }[] }>('GET', '/calls?phase=OPEN');
  const proposal = await supplier.call<{ id: string }>('POST', '/proposals', {
    callId: calls.items[0].id, productId: product.id, subArea: 'SAF', innovation: '배선 없는 누수 감지', publicValue: '지하철 역사 침수 예방', pilotPlan: '역사 2곳 6개월',
  });
  await supplier.call('POST', `/proposals/${proposal.id}/submit`);
  await operator.call('POST', `/proposals/${proposal.id}/start-screening`);
  await operator.call('POST', `/proposals/${proposal.id}/pass-screening`, { checklist: SCREENING_CHECKLIST.map((key) => ({ key, passed: true, reason: '적합' })) });
  // Scoring opens on the session's date in Korea: the session meets today.
  const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const session = await operator.call<{ id: string }>('POST', '/committee-sessions', {
    title: '혁신제품 지정 평가 (브라우저 시험)', startsAt: `${today}T00:00:00+09:00`, endsAt: `${today}T23:59:00+09:00`,
    onlineUrl: 'https://meet.example.kr/e2e', memberIds: [me.id], chairId: me.id,
  });
  const withItem = await operator.call<{ items: { id: string }[] }>('POST', `/committee-sessions/${session.id}/items`, { proposalId: proposal.id });
  return { sessionId: session.id, itemId: withItem.items[0].id };
}

describe('committee evaluation in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('lets the chair open the session with attendance, declare no conflict, score the item and close it', async () => {
    const { sessionId, itemId } = await agendaItemForDemoMember();
    await asRole(browser, Role.COMMITTEE, async (page) => {
      await page.goto(`/committee/sessions/${sessionId}`);
      const item = page.getByTestId(`agenda-item-${itemId}`);
      await item.waitFor();
      expect(await item.getAttribute('data-status')).toBe('OPEN');
      // The chair opens the session, present online.
      await page.getByTestId('open-session').click();
      await page.getByTestId('attendance-form').waitFor({ state: 'detached' });

      await page.getByTestId(`declare-none-${itemId}`).click();
      const criteria = DEFAULT_CRITERIA.groups.flatMap((g) => g.criteria);
      await page.getByTestId(`score-${itemId}-${criteria[0].key}`).waitFor();
      for (const criterion of criteria) {
        await page.getByTestId(`score-${itemId}-${criterion.key}`).fill(String(Math.round(criterion.points * 0.8)));
        await page.getByTestId(`comment-${itemId}-${criterion.key}`).fill('현장 적용성이 높음');
      }
      await page.getByTestId(`score-submit-${itemId}`).click();
      await page.getByTestId(`score-saved-${itemId}`).waitFor();

      await page.getByTestId(`close-item-${itemId}`).click();
      const decision = page.getByTestId(`decision-${itemId}`);
      await decision.waitFor();
      expect(await decision.textContent()).toMatch(/80/);
      await page.waitForFunction((id) => document.querySelector(`[data-testid="agenda-item-${id}"]`)?.getAttribute('data-status') === 'CLOSED', itemId);
    });
  });
});
