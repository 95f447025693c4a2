import { addDays, ChallengeStatus, Role } from '@inno/contracts';
import ExcelJS from 'exceljs';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { Challenge } from '../challenges/challenge.entity';
import { koreanDate } from '../clock/clock';
import { PurchaseTargetsService } from './purchase-targets.service';

const DAY = 86_400_000;
const M = 1_000_000;

describe('purchase targets', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    // Mid-March of this year in Korea, so the test's month and year are known from the clock.
    clock.set(`${koreanDate(new Date()).slice(0, 4)}-03-15T10:00:00+09:00`);
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const today = () => koreanDate(clock.now());
  const year = () => Number(today().slice(0, 4));
  const buyerOf = async (code: string) => actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, code)).id });
  const supplierOf = async (companyId: string) => actorOf(t, Role.SUPPLIER, { companyId, companyAdmin: false });

  /** An order placed by the buyer and, unless told otherwise, accepted by the supplier: a contract. */
  async function contract(buyer: SignedIn, quantity: number, unitPrice: number, accept = true) {
    const product = await makeDesignatedProduct(t);
    const order = (await t.http().post('/api/v1/orders').set(buyer.auth).send({ productId: product.id, quantity, unitPrice, deliveryPlace: '청사 1층', deliveryDueOn: addDays(today(), 20) }).expect(201)).body;
    const supplier = await supplierOf(product.companyId);
    if (accept) await t.http().post(`/api/v1/orders/${order.id}/accept`).set(supplier.auth).expect(200);
    return { order, supplier, product };
  }

  /** A pilot signed by the buyer's institution for `amount`. */
  async function pilot(buyer: SignedIn, amount: number) {
    const product = await makeDesignatedProduct(t);
    const plan = (
      await t.http().post('/api/v1/pilot-plans').set(operator.auth)
        .send({ year: year(), title: '시범구매 계획', budget: 500 * M, surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(), surveyClosesAt: new Date(clock.now().getTime() + 14 * DAY).toISOString(), productIds: [product.id] })
        .expect(201)
    ).body;
    const applied = (
      await t.http().post('/api/v1/pilot-applications').set(buyer.auth)
        .send({ planId: plan.id, productId: product.id, quantity: 5, amount, intendedUse: '민원실 공기질 개선', place: '본관 1층', usePeriodMonths: 6, followOnPlanned: false, followOnBudgeted: false, need: '미세먼지 민원 증가' })
        .expect(201)
    ).body;
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/match`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/contract`).set(buyer.auth).expect(200);
  }

  it('computes attainment from orders accepted, pilots signed and a challenge’s purchase, against hand-computed figures', async () => {
    const buyer = await buyerOf('LG-005');
    const institution = await anyInstitution(t, 'LG-005');
    const dashboard = (auth: Record<string, string>) => t.http().get(`/api/v1/purchase-targets/institutions/${institution.id}?year=${year()}`).set(auth);

    // Nothing bought, nothing entered: the reference figures, the institution's own rate.
    const before = (await dashboard(buyer.auth).expect(200)).body;
    expect(before).toMatchObject({ amount: 0, goodsPurchases: institution.yearlyGoodsPurchases, targetRate: institution.targetRate, goodsPurchasesEntered: false, sectorRate: false, met: false });

    // ₩1,000,000,000 of goods at the sector's 1.2%: a target of ₩12,000,000.
    await t.http().put(`/api/v1/purchase-targets/institutions/${institution.id}/goods-purchases`).set(buyer.auth).send({ year: year(), amount: 1_000 * M }).expect(200);
    await t.http().put('/api/v1/purchase-targets/sector-rates').set(operator.auth).send({ year: year(), sector: institution.sector, rate: 0.012 }).expect(200);

    await contract(buyer, 3, 900_000); // ₩2,700,000 counts
    await contract(buyer, 2, 5 * M, false); // ordered, never accepted: does not count
    const { order: cancelled, supplier } = await contract(buyer, 4, 1 * M); // accepted, then cancelled: leaves the figures
    await t.http().post(`/api/v1/orders/${cancelled.id}/cancel`).set(supplier.auth).send({ reason: '생산 중단' }).expect(200);
    await pilot(buyer, 5 * M); // ₩5,000,000 counts
    // A challenge's purchase for its proposer, recorded on this year's contract date: ₩1,300,000.
    await t.dataSource.getRepository(Challenge).save({
      institutionId: institution.id, status: ChallengeStatus.PURCHASED_FOR_PROPOSER, title: '도로 결빙 감지', need: '겨울철 사고', currentMethod: '순찰', currentCost: null,
      expectedEffect: '사고 감소', budget: null, quantity: null, field: 'SAF', selectionReason: null, solutionCallId: null, ideaId: null, winnerProposalId: null, callId: null,
      purchase: { amount: 1_300_000, contractedOn: addDays(today(), -40), contractReference: '조달-1', recordedAt: clock.now().toISOString() }, submittedAt: null, createdBy: buyer.user.id,
    });

    // 2,700,000 + 5,000,000 + 1,300,000 = 9,000,000 of 12,000,000: 0.9%, ₩3,000,000 short.
    const after = (await dashboard(buyer.auth).expect(200)).body;
    expect(after).toMatchObject({ amount: 9 * M, goodsPurchases: 1_000 * M, targetRate: 0.012, targetAmount: 12 * M, attainedRate: 0.009, gap: 3 * M, met: false, goodsPurchasesEntered: true, sectorRate: true });
    expect(after.purchases.map((p: { source: string; amount: number }) => [p.source, p.amount]).sort()).toEqual([['CHALLENGE', 1_300_000], ['ORDER', 2_700_000], ['PILOT', 5 * M]]);
    // Month by month: the challenge's 40 days back (February), the rest in March; the line is 1/12 of the target a month.
    const [jan, feb, mar, apr] = after.months;
    expect(jan).toEqual({ month: 1, amount: 0, cumulative: 0, targetLine: 1 * M });
    expect(feb).toEqual({ month: 2, amount: 1_300_000, cumulative: 1_300_000, targetLine: 2 * M });
    expect(mar).toEqual({ month: 3, amount: 7_700_000, cumulative: 9 * M, targetLine: 3 * M });
    expect(apr).toMatchObject({ amount: 0, cumulative: 9 * M });
    expect(after.months[11]).toMatchObject({ month: 12, cumulative: 9 * M, targetLine: 12 * M });

    // Another ₩3,000,000 meets it exactly.
    await contract(buyer, 1, 3 * M);
    expect((await dashboard(buyer.auth).expect(200)).body).toMatchObject({ amount: 12 * M, attainedRate: 0.012, gap: 0, met: true });

    // An order contracted on the 1st of January next year counts in that year, not this one.
    const late = await contract(buyer, 1, 7 * M, false);
    clock.set(`${year() + 1}-01-01T00:10:00+09:00`);
    await t.http().post(`/api/v1/orders/${late.order.id}/accept`).set(late.supplier.auth).expect(200);
    clock.set(`${year() - 1}-03-15T10:00:00+09:00`);
    expect((await dashboard(buyer.auth).expect(200)).body.amount).toBe(12 * M);
    const next = (await t.http().get(`/api/v1/purchase-targets/institutions/${institution.id}?year=${year() + 1}`).set(buyer.auth).expect(200)).body;
    expect(next).toMatchObject({ year: year() + 1, amount: 7 * M, goodsPurchasesEntered: false, sectorRate: false });

    const audited = await t.dataSource.getRepository(AuditEvent).findBy({ entityType: 'institution', entityId: institution.id, action: 'purchase_target.goods_purchases_set' });
    expect(audited).toEqual([expect.objectContaining({ data: { year: year(), amount: 1_000 * M, previous: null } })]);
  });

  it('ranks every institution by attainment, its sum the platform total, filtered by type and sector, exported as CSV and XLSX', async () => {
    const a = await buyerOf('LG-006');
    const b = await buyerOf('LG-007');
    await contract(a, 1, 20 * M);
    await contract(b, 1, 1 * M);
    const ranking = (await t.http().get(`/api/v1/purchase-targets?year=${year()}`).set(operator.auth).expect(200)).body;
    const sum = ranking.items.reduce((s: number, i: { amount: number }) => s + i.amount, 0);
    expect(ranking.total.amount).toBe(sum);
    expect(sum).toBe(await t.app.get(PurchaseTargetsService).platformTotal(year()));
    expect(ranking.total.institutions).toBe(ranking.items.length);
    expect(ranking.items.map((i: { rank: number }) => i.rank)).toEqual(ranking.items.map((_: unknown, i: number) => i + 1));
    for (let i = 1; i < ranking.items.length; i++) {
      const [x, y] = [ranking.items[i - 1], ranking.items[i]];
      if (x.goodsPurchases > 0 && y.goodsPurchases > 0) expect(BigInt(x.amount) * BigInt(y.goodsPurchases) >= BigInt(y.amount) * BigInt(x.goodsPurchases)).toBe(true);
    }

    const local = (await t.http().get(`/api/v1/purchase-targets?year=${year()}&type=LOCAL`).set(operator.auth).expect(200)).body;
    expect(local.items.every((i: { institution: { type: string } }) => i.institution.type === 'LOCAL')).toBe(true);
    const institutionA = await anyInstitution(t, 'LG-006');
    const sector = (await t.http().get(`/api/v1/purchase-targets?year=${year()}&sector=${encodeURIComponent(institutionA.sector)}`).set(operator.auth).expect(200)).body;
    expect(sector.items.length).toBeGreaterThan(0);
    expect(sector.items.every((i: { institution: { sector: string } }) => i.institution.sector === institutionA.sector)).toBe(true);

    const csv = await t.http().get(`/api/v1/purchase-targets/export?year=${year()}&format=csv`).set(operator.auth).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('rank,code,institution,type,sector,goodsPurchases,targetRate,targetAmount,amount,attainedRate,gap,met');
    expect(lines).toHaveLength(ranking.items.length + 1);
    expect(lines.find((l: string) => l.includes(',LG-006,'))).toContain(`,${20 * M},`);

    const xlsx = await t.http().get(`/api/v1/purchase-targets/export?year=${year()}&format=xlsx`).set(operator.auth).responseType('blob').expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(ranking.items.length + 1);
    expect(sheet.getRow(2).getCell(3).value).toBe(ranking.items[0].institution.name);
  });

  it('lets a buyer see and enter only its own institution’s figures, and only operators set sector rates', async () => {
    const buyer = await buyerOf('LG-008');
    const other = await anyInstitution(t, 'CG-001');
    const own = await anyInstitution(t, 'LG-008');
    await t.http().get(`/api/v1/purchase-targets/institutions/${other.id}`).set(buyer.auth).expect(403);
    await t.http().put(`/api/v1/purchase-targets/institutions/${other.id}/goods-purchases`).set(buyer.auth).send({ year: year(), amount: 1 }).expect(403);
    await t.http().put(`/api/v1/purchase-targets/institutions/${own.id}/goods-purchases`).set(operator.auth).send({ year: year(), amount: 50 * M }).expect(200);
    await t.http().put(`/api/v1/purchase-targets/institutions/${own.id}/goods-purchases`).set(buyer.auth).send({ year: year(), amount: -1 }).expect(400);
    for (const who of [buyer, await actorOf(t, Role.SUPPLIER)]) {
      await t.http().get('/api/v1/purchase-targets').set(who.auth).expect(403);
      await t.http().get('/api/v1/purchase-targets/export?format=csv').set(who.auth).expect(403);
      await t.http().put('/api/v1/purchase-targets/sector-rates').set(who.auth).send({ year: year(), sector: own.sector, rate: 0.015 }).expect(403);
    }
    const bad = await t.http().put('/api/v1/purchase-targets/sector-rates').set(operator.auth).send({ year: year(), sector: own.sector, rate: 0.5 }).expect(400);
    expect(bad.body.details).toHaveProperty('rate');
    await t.http().put('/api/v1/purchase-targets/sector-rates').set(operator.auth).send({ year: year(), sector: '없는 분야', rate: 0.015 }).expect(404);
    await t.http().get('/api/v1/purchase-targets/export?format=pdf').set(operator.auth).expect(400);
    const rates = (await t.http().get(`/api/v1/purchase-targets/sector-rates?year=${year()}`).set(operator.auth).expect(200)).body;
    expect(rates).toContainEqual({ year: year(), sector: other.sector, rate: null });
    expect(rates).toContainEqual({ year: year(), sector: own.sector, rate: 0.012 }); // set in the first test
  });
});
