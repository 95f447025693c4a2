import { DEFAULT_CRITERIA, Role, SCREENING_CHECKLIST } from '@inno/contracts';
import type { Browser, Page } from 'playwright-core';
import { PlatformApi } from './support/api';
import { baseUrl, launchBrowser } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

const SECOND = 1000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/** Waits until a call's close has passed (the windows here close a few seconds after they open). */
async function waitUntil(iso: string): Promise<void> {
  const wait = new Date(iso).getTime() - Date.now() + 500;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

const button = (page: Page, testId: string) => page.getByTestId(testId);

describe('challenges and citizens’ ideas in the browser', () => {
  let browser: Browser;
  let operator: PlatformApi;
  beforeAll(async () => {
    browser = await launchBrowser();
    operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
  });
  afterAll(() => browser.close());

  it('takes a buyer’s challenge to a sealed solution, designated and bought for the proposer', async () => {
    const title = `겨울철 도로 결빙 감지 ${Date.now()}`;
    const call = await operator.call<{ id: string; closesAt: string }>('POST', '/calls', {
      title: '수요제안 공모 (브라우저 시험)', kind: 'CALL_FOR_CHALLENGES', description: '기관의 문제를 모읍니다.', subAreas: ['SAF'], opensAt: at(-60 * SECOND), closesAt: at(25 * SECOND),
    });

    // The buyer writes the problem, saves it, and submits it before the close.
    const challengeId = await asRole(browser, Role.BUYER, async (page) => {
      await page.goto('/my/challenges');
      const form = page.getByTestId('challenge-form');
      await form.waitFor();
      await page.getByLabel('수요제안 공모').selectOption(call.id);
      await page.getByLabel('과제명').fill(title);
      await page.getByLabel('해결이 필요한 문제').fill('블랙아이스 사고를 줄일 실시간 감지 수단이 필요합니다.');
      await page.getByLabel('현재 방식', { exact: true }).fill('순찰차가 하루 두 번 육안으로 확인합니다.');
      await page.getByLabel('기대 효과').fill('결빙 사고 30% 감소');
      await page.getByLabel('분야(카탈로그 분류 코드)').fill('SAF');
      await form.getByRole('button', { name: '임시 저장' }).click();
      await page.getByTestId('my-challenges').getByRole('link', { name: title }).click();
      await button(page, 'challenge-submit').click();
      await page.getByTestId('challenge-status').filter({ hasText: '제안됨' }).waitFor();
      return page.url().split('/').pop()!;
    });

    // After the close the operator selects it and opens a solution call; a supplier answers.
    await waitUntil(call.closesAt);
    await operator.call('POST', `/challenges/${challengeId}/select`, { reason: '안전 효과가 크고 예산이 확보됨' });
    const opened = await operator.call<{ solutionCall: { id: string; closesAt: string } }>('POST', `/challenges/${challengeId}/solution-call`, { opensAt: at(-60 * SECOND), closesAt: at(12 * SECOND) });
    const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
    const product = await supplier.call<{ id: string }>('POST', '/products', {
      nameKo: '초음파 결빙 감지기', nameEn: 'Ultrasonic ice detector', modelName: 'UID-1', description: '도로 노면의 결빙을 감지합니다.',
      categoryCode: 'SAF-02-02', goodsClassNo: '41112201', detailItemNo: '4111220101', tradingUnit: '개', askingPrice: 900_000,
      certifications: ['KC'], patents: [{ number: '10-3344556', title: '초음파 결빙 감지', expiresOn: '2036-01-31' }], trl: 8, region: '서울특별시',
    });
    const solution = await supplier.call<{ id: string }>('POST', '/proposals', { callId: opened.solutionCall.id, productId: product.id, subArea: 'SAF', innovation: '가로등 부착형 초음파 센서', publicValue: '결빙 사고 예방', pilotPlan: '국도 10km 시범 설치' });
    await supplier.call('POST', `/proposals/${solution.id}/submit`);

    // Sealed: the operator sees one solution arrived, not what it says.
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto(`/challenges/${challengeId}`);
      await page.getByTestId('solutions-sealed').waitFor();
      expect(await page.getByTestId('solutions-panel').textContent()).not.toContain('초음파 센서');
    });
    await waitUntil(opened.solutionCall.closesAt);
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto(`/challenges/${challengeId}`);
      await button(page, 'challenge-close-solutions').click();
      await page.getByTestId('solutions-panel').getByText('가로등 부착형 초음파 센서').waitFor();
      await button(page, 'challenge-start-evaluation').click();
      await page.getByTestId('challenge-status').filter({ hasText: '평가 중' }).waitFor();
    });

    // The committee evaluates it as any proposal (its own browser test covers the scoring pages).
    await operator.call('POST', `/proposals/${solution.id}/start-screening`);
    await operator.call('POST', `/proposals/${solution.id}/pass-screening`, { checklist: SCREENING_CHECKLIST.map((key) => ({ key, passed: true, reason: '적합' })) });
    const committee = await PlatformApi.signIn(demoEmail(Role.COMMITTEE), DEMO_PASSWORD);
    const me = await committee.call<{ id: string }>('GET', '/auth/me');
    const session = await operator.call<{ id: string }>('POST', '/committee-sessions', {
      title: '수요제안 해결책 평가 (브라우저 시험)', startsAt: `${today()}T00:00:00+09:00`, endsAt: `${today()}T23:59:00+09:00`, onlineUrl: 'https://meet.example.kr/e2e', memberIds: [me.id], chairId: me.id,
    });
    const withItem = await operator.call<{ items: { id: string }[] }>('POST', `/committee-sessions/${session.id}/items`, { proposalId: solution.id });
    const itemId = withItem.items[0].id;
    await committee.call('POST', `/committee-sessions/${session.id}/open`, { attendance: [{ memberId: me.id, presence: 'ONLINE' }] });
    await committee.call('POST', `/agenda-items/${itemId}/declaration`, { conflict: false });
    const criteria = DEFAULT_CRITERIA.groups.flatMap((g) => g.criteria);
    await committee.call('PUT', `/agenda-items/${itemId}/score`, {
      points: Object.fromEntries(criteria.map((c) => [c.key, Math.round(c.points * 0.85)])),
      comments: Object.fromEntries(criteria.map((c) => [c.key, '현장 적용성이 높음'])),
    });
    await committee.call('POST', `/agenda-items/${itemId}/close`);

    // The proposing institution's buyer records the purchase.
    await asRole(browser, Role.BUYER, async (page) => {
      await page.goto(`/challenges/${challengeId}`);
      await page.getByTestId('challenge-winner').getByText('초음파 결빙 감지기', { exact: false }).waitFor();
      await page.getByLabel('구매 금액(원)').fill('180000000');
      await page.getByLabel('계약일').fill(today());
      await page.getByLabel('계약 번호').fill('조달-E2E-0001');
      await button(page, 'challenge-record-purchase').click();
      await page.getByTestId('challenge-purchase').waitFor();
      await page.getByTestId('challenge-status').filter({ hasText: '제안 기관 구매 완료' }).waitFor();
    });

    // Public: the result with its reason.
    await asRole(browser, Role.CITIZEN, async (page) => {
      await page.goto('/challenges?view=selected');
      await page.getByTestId('challenge-list').getByText(title).waitFor();
      expect(await page.getByTestId('challenge-list').textContent()).toContain('안전 효과가 크고 예산이 확보됨');
    });
  });

  it('lets a citizen support an idea that the operator then selects into a challenge for an institution', async () => {
    const stamp = Date.now();
    const title = `버스 정류장 무더위 쉼터 ${stamp}`;
    // Another citizen suggests it (one cannot support one's own idea).
    const email = `citizen-${stamp}@e2e.kr`;
    const signup = await fetch(`${baseUrl()}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD, name: '시민 제안자', role: 'CITIZEN' }),
    });
    expect(signup.status).toBe(201);
    const author = await PlatformApi.signIn(email, DEMO_PASSWORD);
    const month = today().slice(0, 7);
    const reviews = await operator.call<{ month: string; status: string }[]>('GET', '/idea-reviews');
    await author.call('POST', '/ideas', {
      title, problem: '여름철 버스를 기다리는 어르신들이 폭염에 그대로 노출됩니다.', affected: '버스 이용 어르신', idea: '태양광으로 움직이는 냉방 쉼터를 정류장에 설치합니다.', whereUsed: '지방자치단체 버스 정류장',
    });
    if (!reviews.some((r) => r.month === month)) await operator.call('POST', '/idea-reviews', { month });

    await asRole(browser, Role.CITIZEN, async (page) => {
      await page.goto('/ideas?sort=newest');
      const card = page.getByTestId('idea-card').filter({ hasText: title });
      await card.getByTestId('support-idea').click();
      await card.getByTestId('idea-supports').filter({ hasText: '공감 1' }).waitFor();
    });

    // The operator drafts the challenge for the demo buyer's institution.
    const buyerInstitution = (await (await PlatformApi.signIn(demoEmail(Role.BUYER), DEMO_PASSWORD)).call<{ institution: { id: string } }>('GET', '/auth/me')).institution.id;
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto('/operator/ideas');
      const card = page.getByTestId('review-idea').filter({ hasText: title });
      await card.getByRole('button', { name: '점수 저장' }).click();
      await card.getByLabel('기관 ID (수요제안일 때)').fill(buyerInstitution);
      await card.getByLabel('분야 코드 (수요제안일 때)').fill('SAF');
      await card.getByLabel('사유').fill('공공성과 조달 적합성이 높음');
      await card.getByTestId('select-idea').click();
      await card.getByTestId('review-idea-status').filter({ hasText: '선정' }).waitFor();
    });

    await asRole(browser, Role.BUYER, async (page) => {
      await page.goto('/my/challenges');
      await page.getByTestId('my-challenges').getByText(title).waitFor();
    });
  });
});
