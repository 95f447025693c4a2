import { DecisionKind, DesignationStatus, IdeaStatus, OrderLegalBasis, OrderStatus, PilotStatus, Role, UsageState, type HeadlineStatistics, type StatisticsView } from '@inno/contracts';
import { actorOf, makeCompany, makeDesignatedProduct, makeUser } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { koreanDate } from '../clock/clock';
import { Company } from '../companies/company.entity';
import { Decision } from '../designations/decision.entity';
import { Designation } from '../designations/designation.entity';
import { Idea, IdeaSupport } from '../ideas/idea.entity';
import { Institution } from '../institutions/institution.entity';
import { Order } from '../orders/order.entity';
import { PilotApplication, PilotCheckIn } from '../pilots/pilot-application.entity';
import { PilotPlan } from '../pilots/pilot-plan.entity';
import { Product } from '../products/product.entity';
import { FRESH_SECONDS } from './statistics.service';

const M = 1_000_000;
const kst = (date: string, time = '10:00:00') => new Date(`${date}T${time}+09:00`);

/** The records behind each headline figure, seeded by hand, so each figure can be counted here from them. */
interface Seeded {
  products: Product[];
  designations: { productId: string; designatedOn: string }[];
  pilots: PilotApplication[];
  orders: Order[];
  ideas: Idea[];
}

describe('public statistics', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  const seeded: Seeded = { products: [], designations: [], pilots: [], orders: [], ideas: [] };
  let year: number;
  const day = (monthDay: string, y = year) => `${y}-${monthDay}`;

  beforeAll(async () => {
    // Mid-June of this year in Korea: January to June are behind the clock, so every month below is a past one.
    clock.set(`${koreanDate(new Date()).slice(0, 4)}-06-15T10:00:00+09:00`);
    year = Number(koreanDate(clock.now()).slice(0, 4));
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    await seed();
  });
  afterAll(() => t.close());

  async function product(designatedOn: string, fields: { region?: string; status?: DesignationStatus } = {}) {
    const made = await makeDesignatedProduct(t, { designatedOn, region: fields.region ?? '경기도' });
    if (fields.status) await t.dataSource.getRepository(Product).update(made.id, { status: fields.status });
    const stored = await t.dataSource.getRepository(Product).findOneByOrFail({ id: made.id });
    seeded.products.push(stored);
    seeded.designations.push({ productId: made.id, designatedOn });
    return stored;
  }

  async function seed() {
    const repo = <T extends object>(entity: new () => T) => t.dataSource.getRepository(entity);
    // Products: three designated this year (one since revoked), one last year.
    const p1 = await product(day('01-10'), { region: '부산광역시' });
    const p2 = await product(day('03-20'));
    await product(day('02-05'), { status: DesignationStatus.REVOKED });
    const p4 = await product(day('09-01', year - 1));
    await repo(Decision).save([
      { kind: DecisionKind.EXTENSION, productId: p4.id, companyId: p4.companyId, proposalId: null, reasons: ['Extended'], reasonMessages: [], decidedBy: operator.user.id, decidedAt: kst(day('05-02')) },
      { kind: DecisionKind.REVOCATION, productId: p2.id, companyId: p2.companyId, proposalId: null, reasons: ['Revoked'], reasonMessages: [], decidedBy: operator.user.id, decidedAt: kst(day('04-30'), '23:30:00') },
    ]);
    // Companies registered this year in January and February (Korea time), and one last December.
    await makeCompany(t, { createdAt: kst(day('01-31'), '23:59:00'), region: '부산광역시' });
    await makeCompany(t, { createdAt: kst(day('02-01'), '00:01:00'), region: '부산광역시' });
    await makeCompany(t, { createdAt: kst(day('12-31', year - 1), '23:00:00') });

    // The institution that buys: a target of ₩1,000,000,000 × 1% = ₩10,000,000.
    const buyer = await repo(Institution).findOneByOrFail({ code: 'CG-020' });
    await repo(Institution).update(buyer.id, { yearlyGoodsPurchases: 1_000 * M, targetRate: 0.01 });
    const other = await repo(Institution).findOneByOrFail({ code: 'LG-005' });

    const plan = await repo(PilotPlan).save({
      year, title: '시범구매 계획', budget: 900 * M, surveyOpensAt: kst(day('01-02')), surveyClosesAt: kst(day('01-31')),
      maxInstitutionsPerProduct: 5, maxAmountPerProduct: 300 * M, maxUsePeriodMonths: 12, repeatPilotThreshold: 50 * M, publishedAt: kst(day('01-02')), createdBy: operator.user.id,
    });
    const pilot = (productOf: Product, institution: Institution, status: PilotStatus, amount: number, contractedOn: string | null, fields: Partial<PilotApplication> = {}) =>
      repo(PilotApplication).save({
        planId: plan.id, productId: productOf.id, companyId: productOf.companyId, institutionId: institution.id, status, quantity: 1, amount,
        intendedUse: '민원실', place: '본관', usePeriodMonths: 6, followOnPlanned: false, followOnBudgeted: false, need: '필요', createdBy: operator.user.id,
        matchedAt: status === PilotStatus.APPLIED ? null : kst(day('02-10')), contractedOn, createdAt: kst(day('01-15')), ...fields,
      });
    const scores = (n: number) => ({ operability: n, convenience: n, quality: n, price: n, innovativeness: n, safety: n, durability: n, afterSalesSupport: n, delivery: n, overallSatisfaction: n });
    const result = (n: number) => ({ scores: scores(n), comments: {}, willBuyMore: true, summary: '잘 썼습니다', reportedAt: kst(day('05-01')).toISOString() });
    seeded.pilots.push(
      await pilot(p1, buyer, PilotStatus.CONTRACTED, 4 * M, day('03-02')),
      await pilot(p2, buyer, PilotStatus.SUCCESS, 5 * M, day('03-03'), { result: result(4) }),
      await pilot(p2, other, PilotStatus.INSUFFICIENT, 2 * M, day('04-01'), { result: result(2) }),
      await pilot(p4, other, PilotStatus.MATCHED, 9 * M, null),
      await pilot(p4, buyer, PilotStatus.APPLIED, 1 * M, null),
      await pilot(p1, other, PilotStatus.CONTRACTED, 3 * M, day('12-20', year - 1)),
    );
    await repo(PilotCheckIn).save({ applicationId: seeded.pilots[1].id, month: 3, state: UsageState.SHELVED, why: '담당자 교체', answeredBy: operator.user.id });

    const order = (productOf: Product, institution: Institution, status: OrderStatus, quantity: number, unitPrice: number, contractedOn: string | null) =>
      repo(Order).save({
        productId: productOf.id, companyId: productOf.companyId, institutionId: institution.id, status, quantity, askingPrice: unitPrice, unitPrice, amount: quantity * unitPrice,
        deliveryPlace: '청사', deliveryDueOn: day('07-01'), note: null, legalBasis: OrderLegalBasis.INNOVATIVE_PRODUCT, designationNumber: null, validUntil: null,
        orderedOn: day('03-01'), contractedOn, createdBy: operator.user.id,
      });
    seeded.orders.push(
      await order(p1, buyer, OrderStatus.ACCEPTED, 2, 1 * M, day('03-05')),
      await order(p2, other, OrderStatus.PAID, 3, 500_000, day('06-10')),
      await order(p2, buyer, OrderStatus.CANCELLED, 1, 7 * M, day('03-06')),
      await order(p1, buyer, OrderStatus.ORDERED, 1, 8 * M, null),
    );

    const citizen = await makeUser(t, Role.CITIZEN);
    const idea = (month: string, hiddenReason: string | null = null) =>
      repo(Idea).save({ authorId: citizen.id, status: IdeaStatus.SUBMITTED, title: '아이디어', problem: '문제', affected: '시민', idea: '생각', whereUsed: '공원', month, hiddenReason });
    seeded.ideas.push(await idea(`${year}-03`), await idea(`${year}-03`), await idea(`${year}-04`, '욕설'), await idea(`${year - 1}-12`));
    await repo(IdeaSupport).save({ ideaId: seeded.ideas[0].id, userId: citizen.id, createdAt: kst(day('03-09')) });
  }

  const inYear = (date: string | null) => date?.slice(0, 4) === String(year);
  const CONTRACTED_PILOTS: string[] = [PilotStatus.CONTRACTED, PilotStatus.SUCCESS, PilotStatus.INSUFFICIENT];
  const CONTRACTED_ORDERS: string[] = [OrderStatus.ACCEPTED, OrderStatus.PAID];

  it('shows each headline figure as counted by hand from the seeded records', async () => {
    const headline: HeadlineStatistics = (await t.http().get('/api/v1/statistics/headline').expect(200)).body;

    const listed = seeded.products.filter((p) => p.status === DesignationStatus.DESIGNATED || p.status === DesignationStatus.EXTENDED);
    const pilots = seeded.pilots.filter((p) => CONTRACTED_PILOTS.includes(p.status) && inYear(p.contractedOn));
    const orders = seeded.orders.filter((o) => CONTRACTED_ORDERS.includes(o.status) && inYear(o.contractedOn));
    // Every institution against its own target (no goods purchases entered, no sector rates): met when its purchases reach goods × rate, rounded up.
    const institutions = await t.dataSource.getRepository(Institution).find();
    const boughtBy = (id: string) => [...pilots, ...orders].filter((x) => x.institutionId === id).reduce((sum, x) => sum + x.amount, 0);
    const met = institutions.filter((i) => BigInt(boughtBy(i.id)) * 10_000n >= BigInt(i.yearlyGoodsPurchases) * BigInt(Math.round(i.targetRate * 10_000))).length;

    expect(headline).toEqual({
      year,
      listedProducts: listed.length,
      companies: new Set(listed.map((p) => p.companyId)).size,
      designations: seeded.designations.filter((d) => inYear(d.designatedOn)).length,
      pilotsContracted: pilots.length,
      pilotAmount: pilots.reduce((sum, p) => sum + p.amount, 0),
      orders: orders.length,
      orderAmount: orders.reduce((sum, o) => sum + o.amount, 0),
      institutions: institutions.length,
      institutionsMet: met,
      ideas: seeded.ideas.filter((i) => i.month.startsWith(`${year}-`) && !i.hiddenReason).length,
      asOf: clock.now().toISOString(),
      freshSeconds: FRESH_SECONDS,
    });
    // And the figures themselves, so the hand count above is not vacuous.
    expect(headline).toMatchObject({ listedProducts: 3, designations: 3, pilotsContracted: 3, pilotAmount: 11 * M, orders: 2, orderAmount: 3_500_000, institutionsMet: 1, ideas: 2 });
  });

  it('gives a year month by month, by route, category and region, with the pilots, scores and targets', async () => {
    const view: StatisticsView = (await t.http().get(`/api/v1/statistics?year=${year}`).expect(200)).body;
    expect(view.years.at(-1)).toBe(year);
    expect(view.years[0]).toBe(year - 1);
    const month = (n: number) => view.months[n - 1];
    // Every company registered this year, by its Korea-time month, counted here (the products' own companies are registered today).
    const companies = await t.dataSource.getRepository(Company).find();
    const byMonth = Array.from({ length: 12 }, (_, i) => companies.filter((c) => koreanDate(c.createdAt).startsWith(`${year}-${String(i + 1).padStart(2, '0')}`)).length);
    expect(view.months.map((m) => m.companies)).toEqual(byMonth);
    expect(view.months.map((m) => m.designations)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([month(4).revocations, month(5).extensions]).toEqual([1, 1]);
    expect([month(3).pilotsContracted, month(3).pilotAmount, month(4).pilotAmount]).toEqual([2, 9 * M, 2 * M]);
    expect(month(1).pilotApplications).toBe(6);
    expect(month(2).pilotMatches).toBe(5);
    expect([month(3).orders, month(3).orderAmount, month(6).orderAmount]).toEqual([1, 2 * M, 1_500_000]);
    expect([month(3).ideas, month(3).ideaSupports, month(4).ideas]).toEqual([2, 1, 0]);

    expect(view.designationsByRoute).toEqual([
      { key: 'SUPPLIER_PROPOSAL', count: 0 },
      { key: 'CHALLENGE', count: 0 },
      { key: 'SCOUTING', count: 0 },
      { key: 'TYPE1', count: 3 },
    ]);
    expect(view.designationsByRegion).toEqual([{ key: '경기도', count: 2 }, { key: '부산광역시', count: 1 }]);
    expect(view.designationsByCategory).toEqual([{ code: 'SAF', nameKo: expect.any(String), nameEn: expect.any(String), count: 3 }]);

    expect(view.pilots).toEqual({
      plans: 1, budget: 900 * M, applications: 6, matched: 5, matchedAmount: 23 * M, contracted: 4, contractedAmount: 14 * M,
      resultsReported: 2, success: 1, insufficient: 1, correctiveActionRefused: 0, checkIns: 1, inUse: 0, shelved: 1, returned: 0,
    });
    expect(view.pilotScores.find((s) => s.indicator === 'quality')).toEqual({ indicator: 'quality', average: 3, reports: 2 });
    expect(view.targets.met).toBe(1);
    expect(view.targets.bands.find((b) => b.key === 'met')?.count).toBe(1);
    // The other buyer bought ₩3,000,000 of pilots and orders this year: somewhere below its target, not at zero.
    expect(view.targets.bands.reduce((sum, b) => sum + b.count, 0)).toBe(view.targets.institutions);
  });

  it('filters by region, kind and institution type where they mean something', async () => {
    const busan: StatisticsView = (await t.http().get(`/api/v1/statistics?year=${year}&region=${encodeURIComponent('부산광역시')}`).expect(200)).body;
    expect(busan.filters).toEqual({ region: '부산광역시', kind: null, institutionType: null });
    expect(busan.months.map((m) => m.designations).reduce((a, b) => a + b)).toBe(1);
    // Korea time: 23:59 on 31 January is January, a minute past midnight on 1 February is February (both 31 January in UTC).
    expect(busan.months.map((m) => m.companies).slice(0, 2)).toEqual([1, 1]);
    expect(busan.months[2].ideas).toBe(2); // ideas have no region

    const type2: StatisticsView = (await t.http().get(`/api/v1/statistics?year=${year}&kind=TYPE2`).expect(200)).body;
    expect(type2.designationsByRoute.every((r) => r.count === 0)).toBe(true);

    const local: StatisticsView = (await t.http().get(`/api/v1/statistics?year=${year}&institutionType=LOCAL`).expect(200)).body;
    expect(local.months[5].orderAmount).toBe(1_500_000); // LG-005 is a local government
    expect(local.months[2].orderAmount).toBe(0);

    for (const bad of ['year=1999', 'kind=TYPE3', 'institutionType=ALIEN', 'unknown=1', `region=${'x'.repeat(41)}`]) {
      await t.http().get(`/api/v1/statistics?${bad}`).expect(400);
    }
  });

  it('serves figures from memory while fresh, then recomputes them, saying when they were computed', async () => {
    const first: HeadlineStatistics = (await t.http().get('/api/v1/statistics/headline').expect(200)).body;
    await product(day('06-01'));
    clock.advance(60_000);
    const cached: HeadlineStatistics = (await t.http().get('/api/v1/statistics/headline').expect(200)).body;
    expect(cached).toEqual(first);

    // Past their freshness, the older figures answer once more while new ones are computed behind them.
    clock.advance(FRESH_SECONDS * 1000);
    const stale: HeadlineStatistics = (await t.http().get('/api/v1/statistics/headline').expect(200)).body;
    expect(stale.designations).toBe(first.designations);
    let fresh = stale;
    for (let i = 0; i < 50 && fresh.asOf === first.asOf; i++) {
      await new Promise((r) => setTimeout(r, 100));
      fresh = (await t.http().get('/api/v1/statistics/headline').expect(200)).body;
    }
    expect(fresh.asOf).toBe(clock.now().toISOString());
    expect([fresh.designations, fresh.listedProducts]).toEqual([first.designations + 1, first.listedProducts + 1]);
    // The count of designations with rows behind it: the figure is the table's, not a tally kept beside it.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM designations WHERE extract(year FROM designated_on) = $1`, [year]);
    expect(await t.dataSource.getRepository(Designation).count()).toBe(seeded.designations.length);
    expect(fresh.designations).toBe(n);
  });
});
