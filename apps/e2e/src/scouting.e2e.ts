import { Role, withCheckDigit } from '@inno/contracts';
import type { Browser } from 'playwright-core';
import { SignInPage } from './pages/sign-in.page';
import { PlatformApi } from './support/api';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

const DAY = 86_400_000;

describe('scouting in the browser', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('takes a scout’s nomination through a demo day to a proposal with the screening waived', async () => {
    const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
    const suffix = Date.now().toString(36);
    const round = await operator.call<{ id: string }>('POST', '/scouting-rounds', { title: `E2E 스카우팅 ${suffix}`, description: '브라우저 시험용 스카우팅 라운드입니다.' });
    const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const day = await operator.call<{ id: string }>('POST', '/demo-days', { roundId: round.id, title: `E2E 데모데이 ${suffix}`, heldOn: tomorrow, place: '세종 컨벤션센터' });
    const businessNumber = withCheckDigit(String(100_000_000 + Math.floor(Math.random() * 899_999_999)));
    const companyName = `(주)새싹로보틱스 ${suffix}`;

    // The scout nominates a company that has no account yet, and gets the invitation link.
    const invitationUrl = await asRole(browser, Role.SCOUT, async (page) => {
      await page.goto(`/scout/nominations?round=${round.id}`);
      await page.getByTestId('nomination-form').waitFor();
      await page.getByTestId('nomination-roundId').selectOption(round.id);
      await page.getByTestId('nomination-companyName').fill(companyName);
      await page.getByTestId('nomination-businessNumber').fill(businessNumber);
      await page.getByTestId('nomination-contactName').fill('김대표');
      await page.getByTestId('nomination-contactEmail').fill(`ceo-${suffix}@saessak.example.kr`);
      await page.getByTestId('nomination-productName').fill('하천 쓰레기 수거 로봇');
      await page.getByTestId('nomination-productDescription').fill('하천의 부유 쓰레기를 자율주행으로 수거하는 로봇입니다.');
      await page.getByTestId('nomination-reason').fill('지자체 하천 관리 비용을 줄일 수 있는 검증된 시제품입니다.');
      await page.getByTestId('nomination-submit').click();
      const link = page.getByTestId('invitation-link');
      await link.waitFor();
      return (await link.getAttribute('href'))!;
    });
    expect(invitationUrl).toMatch(/\/scouting\/invitations\/[A-Za-z0-9_-]{43}$/);
    const invitationPath = new URL(invitationUrl).pathname;

    // The company opens the link signed out, signs up as a supplier with that business number, and claims it.
    const email = `saessak-${suffix}@example.kr`;
    const password = 'Saessak-Robotics-2026';
    const visitor = await newPage(browser);
    try {
      await visitor.goto(invitationPath);
      await visitor.getByTestId('invitation-details').waitFor();
      expect(await visitor.getByTestId('invitation-details').textContent()).toContain(businessNumber);
      const signup = await fetch(`${baseUrl()}/api/v1/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password, name: '김대표', role: Role.SUPPLIER, company: { name: companyName, businessNumber, size: 'SME', region: '경기도' } }),
      });
      expect(signup.status).toBe(201);
      const signIn = new SignInPage(visitor);
      await signIn.open();
      await signIn.signIn(email, password);
      await visitor.getByTestId('current-role').waitFor();
      await visitor.goto(invitationPath);
      await visitor.getByTestId('invitation-claim').click();
      await visitor.getByTestId('invitation-claimed').waitFor();
    } finally {
      await visitor.context().close();
    }

    // The operator pre-screens the nomination and schedules it for the demo day.
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto('/operator/scouting');
      const row = page.locator(`[data-company="${companyName}"]`);
      await row.getByTestId('pre-screen-note').fill('혁신성과 공공 수요 확인');
      await row.getByTestId('pass-pre-screening').click();
      await row.getByTestId('schedule-day').selectOption(day.id);
      await row.getByTestId('schedule-submit').click();
      await row.getByTestId('nomination-status-badge').and(page.locator('[data-status="DEMO_DAY"]')).waitFor();
    });
    const citizenId = (await operator.call<{ items: { id: string }[] }>('GET', `/users?q=${encodeURIComponent(demoEmail(Role.CITIZEN))}`)).items[0].id;
    const committeeId = (await operator.call<{ items: { id: string }[] }>('GET', `/users?q=${encodeURIComponent(demoEmail(Role.COMMITTEE))}`)).items[0].id;
    await operator.call('PUT', `/demo-days/${day.id}/panel`, { userIds: [citizenId, committeeId] });
    await operator.call('POST', `/demo-days/${day.id}/open`);
    const nominationId = (await operator.call<{ items: { id: string; companyName: string }[] }>('GET', `/nominations?roundId=${round.id}`)).items.find((n) => n.companyName === companyName)!.id;

    // A citizen on the panel invests part of the budget; over the budget is refused.
    await asRole(browser, Role.CITIZEN, async (page) => {
      await page.goto(`/scouting/demo-days/${day.id}`);
      await page.getByTestId('to-allocate').click();
      const row = page.getByTestId(`allocation-${nominationId}`);
      await row.getByTestId('allocation-amount').fill('250000000');
      await row.getByTestId('allocation-save').click();
      await row.locator('.field__error').waitFor();
      await row.getByTestId('allocation-amount').fill('120000000');
      await row.getByTestId('allocation-save').click();
      await row.getByTestId('allocation-saved').waitFor();
    });
    // Hidden from everyone until the close.
    const hidden = await fetch(`${baseUrl()}/api/v1/demo-days/${day.id}/results`);
    expect(hidden.status).toBe(409);

    // The operator closes the day: the product is recommended.
    await asRole(browser, Role.OPERATOR, async (page) => {
      await page.goto(`/operator/demo-days/${day.id}`);
      await page.getByTestId('demo-day-close').click();
      await page.getByTestId(`result-row-${nominationId}`).waitFor();
      expect(await page.getByTestId(`result-row-${nominationId}`).getByTestId('result-outcome').textContent()).toBe('추천');
    });

    // Anyone reads the results, without investors' names.
    const visitorAgain = await newPage(browser);
    try {
      await visitorAgain.goto('/');
      await visitorAgain.getByTestId('home-scouting').click();
      await visitorAgain.getByRole('link', { name: `E2E 데모데이 ${suffix}` }).click();
      await visitorAgain.getByTestId('demo-day-results').waitFor();
      const table = (await visitorAgain.getByTestId('demo-day-results').textContent())!;
      expect(table).toContain(companyName);
      expect(table).not.toContain('한시민');
    } finally {
      await visitorAgain.context().close();
    }

    // The recommended company proposes a product in the open supplier call: the screening is waived.
    const company = await PlatformApi.signIn(email, password);
    const product = await company.call<{ id: string }>('POST', '/products', {
      nameKo: '하천 쓰레기 수거 로봇',
      nameEn: 'River litter robot',
      modelName: `RLR-${suffix}`,
      description: '하천의 부유 쓰레기를 자율주행으로 수거하는 로봇입니다.',
      categoryCode: 'ENV-01-01',
      goodsClassNo: '46171610',
      detailItemNo: '4617161001',
      tradingUnit: '대',
      askingPrice: 45_000_000,
      certifications: [],
      patents: [{ number: `10-${suffix}`, title: '자율주행 수거 장치', expiresOn: '2040-12-31' }],
      trl: 8,
      region: '경기도',
    });
    const call = (await company.call<{ items: { id: string; kind: string; phase: string }[] }>('GET', '/calls')).items.find((c) => c.kind === 'SUPPLIER_PROPOSAL' && c.phase === 'OPEN')!;
    const proposal = await company.call<{ id: string }>('POST', '/proposals', { callId: call.id, productId: product.id, subArea: 'ENV', innovation: '자율주행 수거', publicValue: '하천 관리 비용 절감', pilotPlan: '지자체 2곳 6개월 시범사용' });
    const signedInCompany = await newPage(browser);
    try {
      const signIn = new SignInPage(signedInCompany);
      await signIn.open();
      await signIn.signIn(email, password);
      await signedInCompany.getByTestId('current-role').waitFor();
      await signedInCompany.goto(`/my/proposals/${proposal.id}`);
      await signedInCompany.getByTestId('proposal-submit').click();
      await signedInCompany.getByTestId('proposal-screening-waived').waitFor();
      expect(await signedInCompany.getByTestId('proposal-status').getAttribute('data-status')).toBe('EVALUATION');
    } finally {
      await signedInCompany.context().close();
    }
    const nomination = await operator.call<{ status: string }>('GET', `/nominations/${nominationId}`);
    expect(nomination.status).toBe('APPLIED');
    expect(await operator.call<{ screeningWaived: boolean; status: string }>('GET', `/proposals/${proposal.id}`)).toMatchObject({ screeningWaived: true, status: 'EVALUATION' });
  });
});
