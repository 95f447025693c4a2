import { AxeBuilder } from '@axe-core/playwright';
import { CallKind, Role, ROLES } from '@inno/contracts';
import type { Browser, Page } from 'playwright-core';
import { PlatformApi } from './support/api';
import { launchBrowser, newPage } from './support/browser';
import { asRole, DEMO_PASSWORD, demoEmail } from './support/demo';

/** Records the pages with an id show: taken from the demo data, or made through the API as the roles would. */
interface Records {
  product: string;
  myProduct: string;
  call: string;
  proposal: string;
  session: string;
  plan: string;
  planProduct: string;
  pilot: string;
  institution: string;
  order: string;
  orderable: string;
}

type Visitor = Role | 'VISITOR';
const ANYONE = [...ROLES, 'VISITOR'] as const;
const SIGNED_IN = ROLES;

/**
 * The web's route table (apps/web/src/app/navigation.ts, which an e2e project may not import)
 * with the roles each route serves; a route added there belongs here too.
 */
const ROUTES: { path: (r: Records) => string; who: readonly Visitor[] }[] = [
  { path: () => '/', who: ANYONE },
  { path: () => '/catalogue', who: ANYONE },
  { path: () => '/statistics', who: ANYONE },
  { path: (r) => `/products/${r.product}`, who: ANYONE },
  { path: () => '/calls', who: ANYONE },
  { path: (r) => `/calls/${r.call}`, who: ANYONE },
  { path: () => '/decisions', who: ANYONE },
  { path: () => '/pilots', who: ANYONE },
  { path: (r) => `/pilots/plans/${r.plan}`, who: ANYONE },
  { path: (r) => `/minutes/${r.session}`, who: ANYONE },
  { path: () => '/products/not-a-uuid', who: ANYONE },
  { path: () => '/no-such-page', who: ANYONE },
  { path: () => '/sign-in', who: ['VISITOR'] },
  { path: () => '/sign-up', who: ['VISITOR'] },
  { path: () => '/profile', who: SIGNED_IN },
  { path: () => '/my/company', who: [Role.SUPPLIER] },
  { path: () => '/my/products', who: [Role.SUPPLIER] },
  { path: () => '/my/products/new', who: [Role.SUPPLIER] },
  { path: (r) => `/my/products/${r.myProduct}/edit`, who: [Role.SUPPLIER] },
  { path: (r) => `/my/products/${r.myProduct}/extension`, who: [Role.SUPPLIER] },
  { path: () => '/my/proposals', who: [Role.SUPPLIER] },
  { path: () => '/my/proposals/new', who: [Role.SUPPLIER] },
  { path: (r) => `/my/proposals/${r.proposal}`, who: [Role.SUPPLIER] },
  { path: () => '/my/institution', who: [Role.BUYER] },
  { path: () => '/my/pilots', who: [Role.BUYER, Role.SUPPLIER] },
  { path: (r) => `/my/pilots/${r.pilot}`, who: [Role.BUYER, Role.SUPPLIER, Role.OPERATOR] },
  { path: (r) => `/pilots/apply?planId=${r.plan}&productId=${r.planProduct}`, who: [Role.BUYER] },
  { path: () => '/my/orders', who: [Role.BUYER, Role.SUPPLIER] },
  { path: (r) => `/my/orders/new?product=${r.orderable}`, who: [Role.BUYER] },
  { path: (r) => `/my/orders/${r.order}`, who: [Role.BUYER, Role.SUPPLIER, Role.OPERATOR] },
  { path: () => '/my/purchase-target', who: [Role.BUYER] },
  { path: () => '/operator/purchase-targets', who: [Role.OPERATOR] },
  { path: () => '/admin/users', who: [Role.OPERATOR, Role.ADMIN] },
  { path: () => '/admin/institutions', who: [Role.ADMIN] },
  { path: () => '/admin/institutions/new', who: [Role.ADMIN] },
  { path: (r) => `/admin/institutions/${r.institution}/edit`, who: [Role.ADMIN] },
  { path: () => '/audit', who: [Role.OPERATOR, Role.ADMIN] },
  { path: () => '/admin/mail-outbox', who: [Role.ADMIN] },
  { path: () => '/my/mail', who: SIGNED_IN },
  { path: () => '/operator/rule-settings', who: [Role.OPERATOR, Role.ADMIN] },
  { path: () => '/operator/type1', who: [Role.OPERATOR] },
  { path: () => '/operator/imports', who: [Role.OPERATOR] },
  { path: () => '/operator/calls', who: [Role.OPERATOR] },
  { path: () => '/operator/screening', who: [Role.OPERATOR] },
  { path: () => '/operator/sessions', who: [Role.OPERATOR] },
  { path: (r) => `/operator/sessions/${r.session}`, who: [Role.OPERATOR] },
  { path: () => '/operator/designations', who: [Role.OPERATOR] },
  { path: () => '/operator/pilot-plans', who: [Role.OPERATOR] },
  { path: (r) => `/operator/pilot-plans/${r.plan}`, who: [Role.OPERATOR] },
  { path: () => '/operator/pilot-usage', who: [Role.OPERATOR] },
  { path: () => '/committee', who: [Role.COMMITTEE] },
  { path: (r) => `/committee/sessions/${r.session}`, who: [Role.COMMITTEE] },
  { path: () => '/observer/sessions', who: [Role.OBSERVER] },
  { path: (r) => `/observer/sessions/${r.session}`, who: [Role.OBSERVER] },
  { path: () => '/operator/concerns', who: [Role.OPERATOR] },
];

async function makeRecords(): Promise<Records> {
  const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
  const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
  const buyer = await PlatformApi.signIn(demoEmail(Role.BUYER), DEMO_PASSWORD);
  const admin = await PlatformApi.signIn(demoEmail(Role.ADMIN), DEMO_PASSWORD);
  const committee = await PlatformApi.signIn(demoEmail(Role.COMMITTEE), DEMO_PASSWORD);
  const member = await committee.call<{ id: string }>('GET', '/auth/me');
  const me = await supplier.call<{ company: { id: string; name: string } }>('GET', '/auth/me');

  const [product] = (await supplier.call<{ items: { id: string }[] }>('GET', '/products')).items;
  // An open call for suppliers' proposals (the demo also has a challenge's solution call open, its proposals sealed).
  const call = (await operator.call<{ items: { id: string; kind: CallKind }[] }>('GET', '/calls?phase=OPEN')).items.find((open) => open.kind === CallKind.SUPPLIER_PROPOSAL)!;
  const myProduct = await supplier.call<{ id: string }>('POST', '/products', {
    nameKo: '스마트 가로등 제어기', nameEn: 'Smart streetlight controller', modelName: 'SLC-9', description: '가로등 밝기를 교통량에 맞춰 조절합니다.',
    categoryCode: 'SAF-02-02', goodsClassNo: '41112201', detailItemNo: '4111220101', tradingUnit: '개', askingPrice: 320_000,
    certifications: ['KC'], patents: [{ number: '10-3344556', title: '가로등 제어', expiresOn: '2036-03-31' }], trl: 7, region: '서울특별시',
  });
  const proposal = await supplier.call<{ id: string }>('POST', '/proposals', {
    callId: call.id, productId: myProduct.id, subArea: 'SAF', innovation: '교통량 연동 조광', publicValue: '전력 절감', pilotPlan: '구청 1곳 6개월',
  });
  const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const session = await operator.call<{ id: string }>('POST', '/committee-sessions', {
    title: '혁신제품 지정 평가 (접근성 점검)', startsAt: `${today}T00:00:00+09:00`, endsAt: `${today}T23:59:00+09:00`,
    onlineUrl: 'https://meet.example.kr/a11y', memberIds: [member.id], chairId: member.id,
  });

  const [plan] = (await operator.call<{ items: { id: string }[] }>('GET', '/pilot-plans')).items;
  const offered = (await operator.call<{ items: { productId: string; companyName: string }[] }>('GET', `/pilot-plans/${plan.id}/products?eligible=true&pageSize=100`)).items;
  const planProduct = offered.find((p) => p.companyName === me.company.name) ?? offered[0];
  // Another suite on the same platform may have applied for a product already (one application per institution and
  // product): apply for the first one still open to the demo buyer's institution.
  let pilot: { id: string } | undefined;
  for (const candidate of [planProduct, ...offered.filter((p) => p !== planProduct)]) {
    pilot = await buyer
      .call<{ id: string }>('POST', '/pilot-applications', {
        planId: plan.id, productId: candidate.productId, quantity: 2, amount: 3_000_000, intendedUse: '청사 공기질 개선', place: '본관 민원실',
        usePeriodMonths: 6, followOnPlanned: false, followOnBudgeted: false, need: '민원 증가',
      })
      .catch((error: Error) => {
        if (!error.message.includes('ALREADY_APPLIED')) throw error;
        return undefined;
      });
    if (pilot) break;
  }
  if (!pilot) throw new Error('The demo buyer has applied for every product of the plan');
  const [institution] = (await admin.call<{ items: { id: string }[] }>('GET', '/institutions?pageSize=1')).items;
  // An order of one of the demo supplier's designated products, so both sides see it.
  const mine = (await supplier.call<{ items: { id: string; status: string }[] }>('GET', `/companies/${me.company.id}/products?pageSize=100`)).items;
  const orderable = mine.find((p) => p.status === 'DESIGNATED' || p.status === 'EXTENDED')!;
  const order = await buyer.call<{ id: string }>('POST', '/orders', { productId: orderable.id, quantity: 1, deliveryPlace: '본관 1층 민원실', deliveryDueOn: today });
  return {
    product: product.id, myProduct: myProduct.id, call: call.id, proposal: proposal.id, session: session.id,
    plan: plan.id, planProduct: planProduct.productId, pilot: pilot.id, institution: institution.id, order: order.id, orderable: orderable.id,
  };
}

/** The serious and critical findings of axe on the page as it settles, one line each. */
async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  try {
    await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  } catch {
    return [`${path}: no page heading (h1) after 15 s`];
  }
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of every route, for each role it serves', () => {
  let browser: Browser;
  let records: Records;
  beforeAll(async () => {
    browser = await launchBrowser();
    records = await makeRecords();
  });
  afterAll(() => browser.close());

  const pathsOf = (who: Visitor) => ROUTES.filter((route) => route.who.includes(who)).map((route) => route.path(records));

  it('finds no serious or critical violation for a visitor', async () => {
    const page = await newPage(browser);
    const found: string[] = [];
    for (const path of pathsOf('VISITOR')) found.push(...(await violations(page, path)));
    await page.context().close();
    expect(found).toEqual([]);
  }, 600_000);

  it.each(ROLES)('finds no serious or critical violation for %s', (role) =>
    asRole(browser, role, async (page) => {
      const found: string[] = [];
      for (const path of pathsOf(role)) found.push(...(await violations(page, path)));
      expect(found).toEqual([]);
    }),
  600_000);

  it('gives every page its own title', async () => {
    const page = await newPage(browser);
    const titles = new Map<string, string>();
    for (const path of ['/', '/catalogue', `/products/${records.product}`, '/calls', '/decisions', '/pilots', '/sign-in', '/sign-up']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      titles.set(path, await page.title());
    }
    await page.context().close();
    expect(titles.get('/catalogue')).toBe('혁신제품 찾기 · 혁신장터');
    expect(new Set(titles.values()).size).toBe(titles.size);
    for (const title of titles.values()) expect(title).toMatch(/혁신장터$/);
  }, 120_000);
});
