import { PILOT_INDICATORS, REFUSED_PILOT_APPLICATIONS, Role } from '@inno/contracts';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { PilotApplication } from './pilot-application.entity';

const DAY = 86_400_000;
const M = 1_000_000;

const result = (score: number) => ({
  scores: Object.fromEntries(PILOT_INDICATORS.map((i) => [i, score])),
  comments: { quality: '현장 직원 만족' },
  willBuyMore: score >= 4,
  summary: '6개월 시범사용 결과 보고',
});

describe('pilot purchases', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    clock.set('2027-02-01T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  /** A buyer of a given institution, signed in. */
  const buyerOf = async (code: string) => actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, code)).id });
  const supplierOf = async (companyId: string) => actorOf(t, Role.SUPPLIER, { companyId, companyAdmin: false });

  async function plan(fields: Record<string, unknown> = {}) {
    return (
      await t.http()
        .post('/api/v1/pilot-plans')
        .set(operator.auth)
        .send({
          year: 2027,
          title: '2027년 혁신제품 시범구매',
          budget: 500 * M,
          surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(),
          surveyClosesAt: new Date(clock.now().getTime() + 14 * DAY).toISOString(),
          ...fields,
        })
        .expect(201)
    ).body;
  }

  const application = (planId: string, productId: string, fields: Record<string, unknown> = {}) => ({
    planId,
    productId,
    quantity: 10,
    amount: 40 * M,
    intendedUse: '민원실 공기질 개선',
    place: '본관 1층 민원실',
    usePeriodMonths: 6,
    followOnPlanned: false,
    followOnBudgeted: false,
    need: '여름철 미세먼지 민원 증가',
    ...fields,
  });

  it('runs a pilot from the plan to the verdict, corrective action and check-ins, and shows results on the product', async () => {
    const product = await makeDesignatedProduct(t, { nameKo: '시범 공기청정기' });
    const supplier = await supplierOf(product.companyId);
    const created = await plan({ productIds: [product.id] });
    expect(created).toMatchObject({ budget: 500 * M, maxInstitutionsPerProduct: 5, maxAmountPerProduct: 300 * M, maxUsePeriodMonths: 12, surveyOpen: true, matchedAmount: 0 });

    await t.http().put(`/api/v1/pilot-plans/${created.id}/products/${product.id}/use-plan`).set(supplier.auth).send({ offering: '공기청정기 10대', installation: '설치 1일', training: '담당자 교육 2시간', support: '1년 무상 A/S' }).expect(200);
    const survey = (await t.http().get(`/api/v1/pilot-plans/${created.id}/products?eligible=true`).expect(200)).body;
    expect(survey.items).toEqual([expect.objectContaining({ productId: product.id, eligible: true, exclusion: null, usePlan: expect.objectContaining({ training: '담당자 교육 2시간' }) })]);

    const buyer = await buyerOf('LG-002');
    const applied = (await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id, { followOnPlanned: true, followOnBudgeted: true, followOnAmount: 120 * M })).expect(201)).body;
    expect(applied).toMatchObject({ status: 'APPLIED', rank: 1, institution: { name: '부산광역시' } });
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/match`).set(operator.auth).send({ reason: '후속구매 예산 확보' }).expect(200);

    const go = (action: string, who: SignedIn, body: object = {}) => t.http().post(`/api/v1/pilot-applications/${applied.id}/${action}`).set(who.auth).send(body);
    await go('deliver', supplier).expect(409); // not contracted yet
    await go('contract', supplier).expect(403); // the buyer signs
    await go('contract', buyer).expect(200);
    await go('deliver', supplier).expect(200);
    const inUse = (await go('start-use', buyer).expect(200)).body;
    expect(inUse).toMatchObject({ status: 'IN_USE', useStartedAt: '2027-02-01', useEndsOn: '2027-07-31' });

    // The report tells how the use period went: not on the day use starts, from its last day.
    const early = await go('report', buyer, result(2)).expect(409);
    expect(early.body).toMatchObject({ code: 'USE_PERIOD_NOT_OVER', message: expect.stringContaining('2027-07-31') });
    clock.set('2027-07-30T23:59:00+09:00');
    await go('report', buyer, result(2)).expect(409);
    clock.set('2027-07-31T09:00:00+09:00');
    const badReport = await go('report', buyer, { ...result(4), scores: { ...result(4).scores, safety: 6 } }).expect(400);
    expect(badReport.body.detailCodes).toEqual({ 'scores.safety': [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 1, max: 5 } }] });
    await go('report', buyer, result(2)).expect(200);
    await go('judge-insufficient', operator).expect(400); // a reason is required
    await go('judge-insufficient', operator, { reason: '내구성 기준 미달: 필터 교체 주기 짧음' }).expect(200);
    const refused = (await go('refuse-corrective-action', supplier, { reason: '개선 비용 과다' }).expect(200)).body;
    expect(refused.status).toBe('CORRECTIVE_ACTION_REFUSED');
    // A refused correction bars the product's extension.
    const rules = (await t.http().get(`/api/v1/products/${product.id}/extension-eligibility`).set(operator.auth).expect(200)).body;
    expect(rules.find((r: { rule: string }) => r.rule === 'correctiveActionNotRefused')).toMatchObject({ passed: false });

    // Check-ins 3 and 6 months after the pilot; a shelved product shows on the operator's dashboard.
    const checkIn = (body: object) => t.http().post(`/api/v1/pilot-applications/${applied.id}/check-ins`).set(buyer.auth).send(body);
    await checkIn({ month: 3, state: 'IN_USE', why: '계속 사용' }).expect(409); // not due
    clock.set('2027-11-02T10:00:00+09:00');
    expect((await t.http().get(`/api/v1/pilot-applications/${applied.id}`).set(buyer.auth)).body.checkInsDue).toEqual([3]);
    await checkIn({ month: 3, state: 'IN_USE', why: '민원실에서 계속 사용' }).expect(200);
    await checkIn({ month: 3, state: 'IN_USE', why: '중복' }).expect(409);
    clock.set('2028-02-02T10:00:00+09:00');
    await checkIn({ month: 6, state: 'SHELVED', why: '필터 수급 곤란으로 창고 보관' }).expect(200);
    const attention = (await t.http().get('/api/v1/pilot-usage/attention').set(operator.auth).expect(200)).body;
    expect(attention.items).toEqual([expect.objectContaining({ id: applied.id, latestCheckIn: { month: 6, state: 'SHELVED', why: '필터 수급 곤란으로 창고 보관' } })]);

    const results = (await t.http().get(`/api/v1/products/${product.id}/pilot-results`).expect(200)).body;
    expect(results).toMatchObject({ pilots: 1, reported: 1, verdicts: { SUCCESS: 0, INSUFFICIENT: 1 }, willBuyMore: 0 });
    expect(results.averages.quality).toBe(2);

    const events = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: applied.id }, order: { id: 'ASC' } });
    expect(events.map((e) => e.action)).toEqual([
      'pilot.applied', 'pilot.match', 'pilot.contract', 'pilot.deliver', 'pilot.start-use', 'pilot.report', 'pilot.judge-insufficient', 'pilot.refuse-corrective-action', 'pilot.check_in', 'pilot.check_in',
    ]);
    clock.set('2027-02-01T10:00:00+09:00');
  });

  it('excludes a product already piloted for more than ₩50M, and explains why; a small first pilot does not exclude', async () => {
    const big = await makeDesignatedProduct(t);
    const small = await makeDesignatedProduct(t);
    const first = await plan({ productIds: [big.id, small.id] });
    const buyer = await buyerOf('CG-021');
    for (const [product, amount] of [[big, 80 * M], [small, 30 * M]] as const) {
      const a = (await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(first.id, product.id, { amount })).expect(201)).body;
      await t.http().post(`/api/v1/pilot-applications/${a.id}/match`).set(operator.auth).expect(200);
      await t.http().post(`/api/v1/pilot-applications/${a.id}/contract`).set(buyer.auth).expect(200);
    }
    const second = await plan({ year: 2028, productIds: [big.id, small.id] });
    const products = (await t.http().get(`/api/v1/pilot-plans/${second.id}/products`).expect(200)).body.items;
    const excluded = products.find((p: { productId: string }) => p.productId === big.id);
    expect(excluded).toMatchObject({
      eligible: false,
      exclusion: expect.stringMatching(/Already pilot-purchased once for ₩80,000,000/),
      exclusionMessage: { code: 'REPEAT_PILOT', params: { amount: 80 * M, threshold: 50 * M } },
    });
    expect(products.find((p: { productId: string }) => p.productId === small.id)).toMatchObject({ eligible: true });
    const refused = await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(second.id, big.id)).expect(409);
    expect(refused.body).toMatchObject({ code: 'REPEAT_PILOT', params: { amount: 80 * M, threshold: 50 * M }, message: expect.stringMatching(/excluded from this plan: Already pilot-purchased/) });
  });

  it('refuses what the application form refuses, with the same codes per field', async () => {
    const product = await makeDesignatedProduct(t);
    const created = await plan({ productIds: [product.id] });
    const buyer = await buyerOf('CG-008');
    for (const refused of REFUSED_PILOT_APPLICATIONS) {
      const answer = await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id, refused.input)).expect(400);
      expect({ why: refused.why, codes: answer.body.detailCodes }).toEqual({ why: refused.why, codes: refused.codes });
    }
  });

  it('refuses applying outside the window, twice, beyond the use period, and reporting on another institution’s pilot', async () => {
    const product = await makeDesignatedProduct(t);
    const created = await plan({ productIds: [product.id], maxUsePeriodMonths: 12 });
    const buyer = await buyerOf('CG-008');
    const tooLong = await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id, { usePeriodMonths: 13 })).expect(400);
    expect(tooLong.body.details.usePeriodMonths[0]).toMatch(/at most 12/);
    // More than the plan's cap per product (₩300,000,000 by default) could never be matched.
    const tooMuch = await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id, { amount: 400 * M, usePeriodMonths: 13 })).expect(400);
    expect(Object.keys(tooMuch.body.details).sort()).toEqual(['amount', 'usePeriodMonths']);
    expect(tooMuch.body.details.amount[0]).toMatch(/at most 300000000/);
    const noAmount = await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id, { followOnPlanned: true, followOnBudgeted: true })).expect(400);
    expect(noAmount.body.details).toHaveProperty('followOnAmount');
    const applied = (await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id)).expect(201)).body;
    await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id)).expect(409);
    // Another officer of the same institution cannot apply again either.
    const colleague = await actorOf(t, Role.BUYER, { institutionId: buyer.user.institutionId });
    await t.http().post('/api/v1/pilot-applications').set(colleague.auth).send(application(created.id, product.id)).expect(409);
    await t.http().post('/api/v1/pilot-applications').set((await actorOf(t, Role.SUPPLIER)).auth).send(application(created.id, product.id)).expect(403);

    // Another institution's buyer can neither read nor move this pilot.
    const stranger = await buyerOf('LG-009');
    await t.http().get(`/api/v1/pilot-applications/${applied.id}`).set(stranger.auth).expect(403);
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/match`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/contract`).set(stranger.auth).expect(403);
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/report`).set(stranger.auth).send(result(5)).expect(403);
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/report`).set(buyer.auth).send(result(5)).expect(409); // not in use
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/match`).set(operator.auth).expect(409);
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/judge-success`).set(buyer.auth).expect(403);

    const closedPlan = await plan({ productIds: [product.id], surveyOpensAt: new Date(clock.now().getTime() - 10 * DAY).toISOString(), surveyClosesAt: new Date(clock.now().getTime() - DAY).toISOString() });
    const late = await t.http().post('/api/v1/pilot-applications').set(stranger.auth).send(application(closedPlan.id, product.id)).expect(409);
    expect(late.body.message).toMatch(/demand survey is open from/);
  });

  it('refuses matching beyond a product’s caps or the budget, and proposes a matching within them, budgeted follow-on first', async () => {
    const a = await makeDesignatedProduct(t);
    const b = await makeDesignatedProduct(t);
    const created = await plan({ productIds: [a.id, b.id], budget: 250 * M, maxInstitutionsPerProduct: 2, maxAmountPerProduct: 150 * M });
    const codes = ['CG-001', 'CG-002', 'CG-003', 'CG-004', 'CG-005'];
    const applications = [];
    for (const [i, code] of codes.entries()) {
      const buyer = await buyerOf(code);
      const body = application(created.id, a.id, { amount: 60 * M, followOnPlanned: i === 3, followOnBudgeted: i === 3, followOnAmount: i === 3 ? 90 * M : undefined });
      applications.push((await t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(body).expect(201)).body);
    }
    const forB = (await t.http().post('/api/v1/pilot-applications').set((await buyerOf('PB-001')).auth).send(application(created.id, b.id, { amount: 100 * M })).expect(201)).body;

    const proposal = (await t.http().get(`/api/v1/pilot-plans/${created.id}/matching-proposal`).set(operator.auth).expect(200)).body;
    // Rank 1 of each product first (the budgeted follow-on leads product a), then rank 2 of a; the rest hit a cap.
    expect(proposal.match.map((m: { applicationId: string }) => m.applicationId)).toEqual([applications[3].id, forB.id, applications[0].id]);
    expect(proposal).toMatchObject({ totalAmount: 220 * M, budgetLeft: 30 * M });
    expect(proposal.skip.map((s: { reason: string }) => s.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/exceed the plan's budget|already has 2 matched institutions/)]));

    await t.http().post(`/api/v1/pilot-plans/${created.id}/matching`).set(operator.auth).send({ applicationIds: proposal.match.map((m: { applicationId: string }) => m.applicationId) }).expect(200);
    const capped = await t.http().post(`/api/v1/pilot-applications/${applications[1].id}/match`).set(operator.auth).expect(409);
    expect(capped.body.message).toMatch(/exceed the plan's budget/);
    await t.http().post(`/api/v1/pilot-applications/${applications[1].id}/decline`).set(operator.auth).send({ reason: '예산 소진' }).expect(200);
    expect((await t.http().get(`/api/v1/pilot-plans/${created.id}`).expect(200)).body.matchedAmount).toBe(220 * M);

    await t.http().get(`/api/v1/pilot-plans/${created.id}/results`).expect(404);
    await t.http().post(`/api/v1/pilot-plans/${created.id}/publish`).set(operator.auth).expect(409); // survey still open
    clock.set('2027-03-01T10:00:00+09:00');
    await t.http().post(`/api/v1/pilot-plans/${created.id}/publish`).set(operator.auth).expect(200);
    const published = (await t.http().get(`/api/v1/pilot-plans/${created.id}/results`).expect(200)).body;
    expect(published.filter((r: { matched: boolean }) => r.matched)).toHaveLength(3);
    expect(published.find((r: { matched: boolean }) => !r.matched)).toMatchObject({ reason: '예산 소진' });
    clock.set('2027-02-01T10:00:00+09:00');
  });

  it('gives the rule’s own refusal to the loser of two simultaneous applications from one institution', async () => {
    const product = await makeDesignatedProduct(t, { nameKo: '동시 신청 공기청정기' });
    const supplier = await supplierOf(product.companyId);
    const created = await plan({ productIds: [product.id] });
    await t.http().put(`/api/v1/pilot-plans/${created.id}/products/${product.id}/use-plan`).set(supplier.auth).send({ offering: '공기청정기 10대', installation: '설치 1일', training: '담당자 교육 2시간', support: '1년 무상 A/S' }).expect(200);
    const buyer = await buyerOf('LG-003');
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.http().post('/api/v1/pilot-applications').set(buyer.auth).send(application(created.id, product.id))));
    // One application whichever request wins; every other one is told why, in the rule's words.
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.status !== 201)) expect(answer.body).toMatchObject({ statusCode: 409, code: 'ALREADY_APPLIED' });
    expect(await t.dataSource.getRepository(PilotApplication).countBy({ planId: created.id, productId: product.id })).toBe(1);
  });
});

describe('pilot matching under concurrency', () => {
  const clock = new TestClock();
  let t: TestApp;
  beforeAll(async () => {
    clock.set('2027-02-01T10:00:00+09:00');
    t = await createTestApp({ DB_POOL_SIZE: '20' }, { clock });
  });
  afterAll(() => t.close());

  it('never exceeds the budget or a product’s caps with 200 concurrent approvals, and counts every success', async () => {
    const operator = await actorOf(t, Role.OPERATOR);
    const products = await Promise.all(Array.from({ length: 10 }, () => makeDesignatedProduct(t)));
    const plan = (
      await t.http().post('/api/v1/pilot-plans').set(operator.auth).send({
        year: 2027, title: '동시성 시험', budget: 900 * M, maxInstitutionsPerProduct: 5, maxAmountPerProduct: 120 * M,
        surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(), surveyClosesAt: new Date(clock.now().getTime() + DAY).toISOString(),
        productIds: products.map((p) => p.id),
      }).expect(201)
    ).body;
    // 200 applications straight into the table: 20 institutions × 10 products.
    const institutions: { id: string }[] = await t.dataSource.query(`SELECT id FROM institutions ORDER BY code LIMIT 20`);
    const applicant = await actorOf(t, Role.BUYER);
    await t.dataSource.getRepository(PilotApplication).insert(
      institutions.flatMap((institution, i) =>
        products.map((product, j) => ({
          planId: plan.id, productId: product.id, companyId: product.companyId, institutionId: institution.id, status: 'APPLIED' as const,
          quantity: 1, amount: (20 + ((i + j) % 4) * 5) * M, intendedUse: '시험', place: '시험', usePeriodMonths: 6,
          followOnPlanned: false, followOnBudgeted: false, followOnAmount: null, need: '시험', createdBy: applicant.user.id,
        })),
      ),
    );
    const all = await t.dataSource.getRepository(PilotApplication).findBy({ planId: plan.id });
    expect(all).toHaveLength(200);

    const responses = await Promise.all(all.map((a) => t.http().post(`/api/v1/pilot-applications/${a.id}/match`).set(operator.auth).send({})));
    expect(responses.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const succeeded = responses.filter((r) => r.status === 200).map((r) => r.body.id);

    const matched = await t.dataSource.getRepository(PilotApplication).findBy({ planId: plan.id, status: 'MATCHED' });
    expect(matched.map((m) => m.id).sort()).toEqual(succeeded.sort());
    const total = matched.reduce((s, m) => s + m.amount, 0);
    expect(total).toBeLessThanOrEqual(900 * M);
    for (const product of products) {
      const mine = matched.filter((m) => m.productId === product.id);
      expect(mine.length).toBeLessThanOrEqual(5);
      expect(mine.reduce((s, m) => s + m.amount, 0)).toBeLessThanOrEqual(120 * M);
      // Any three applications (at most ₩35M each) fit the ₩120M cap: each product got at least three,
      // so what was refused was refused by a cap, not lost.
      expect(mine.length).toBeGreaterThanOrEqual(3);
    }
    expect((await t.http().get(`/api/v1/pilot-plans/${plan.id}`)).body.matchedAmount).toBe(total);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: 'pilot.match' })).toBe(succeeded.length);
  });
});

