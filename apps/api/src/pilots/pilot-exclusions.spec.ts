import { DesignationStatus, PILOT_HOLDING_STATUSES, Role } from '@inno/contracts';
import { In } from 'typeorm';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { koreanDate } from '../clock/clock';
import { Company } from '../companies/company.entity';
import { Product } from '../products/product.entity';
import { PilotApplication } from './pilot-application.entity';

const DAY = 86_400_000;
const M = 1_000_000;

/** Pilot exclusions are checked again when a buyer applies and when the operator matches, across plans. */
describe('pilot exclusions at apply and at match', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const buyerOf = async (code: string) => actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, code)).id });

  async function plan(productIds: string[], fields: Record<string, unknown> = {}) {
    const response = await t.http().post('/api/v1/pilot-plans').set(operator.auth).send({
      year: 2027,
      title: '혁신제품 시범구매',
      budget: 900 * M,
      surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(),
      surveyClosesAt: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
      productIds,
      ...fields,
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; repeatPilotThreshold: number };
  }

  const apply = (buyer: SignedIn, planId: string, productId: string, amount: number) =>
    t.http().post('/api/v1/pilot-applications').set(buyer.auth).send({
      planId, productId, quantity: 1, amount, intendedUse: '현장 실증 사용', place: '본관', usePeriodMonths: 6, followOnPlanned: false, followOnBudgeted: false, need: '현장 개선 필요',
    });
  const move = (id: string, action: string, who: SignedIn) => t.http().post(`/api/v1/pilot-applications/${id}/${action}`).set(who.auth).send({});

  it('refuses applying for and matching a product contracted for ₩95M in another plan, even one opened earlier', async () => {
    const product = await makeDesignatedProduct(t);
    const earlier = await plan([product.id]);
    const later = await plan([product.id]);
    const buyerB = await buyerOf('CG-003');
    // Applied in the earlier plan before anything was piloted: accepted then.
    const waiting = (await apply(buyerB, earlier.id, product.id, 40 * M).expect(201)).body;

    const buyerA = await buyerOf('CG-004');
    const contracted = (await apply(buyerA, later.id, product.id, 95 * M).expect(201)).body;
    await move(contracted.id, 'match', operator).expect(200);
    await move(contracted.id, 'contract', buyerA).expect(200);

    const refusedApply = await apply(await buyerOf('CG-005'), earlier.id, product.id, 20 * M).expect(409);
    expect(refusedApply.body).toMatchObject({ code: 'REPEAT_PILOT', message: expect.stringMatching(/Already pilot-purchased once for ₩95,000,000 \(over ₩50,000,000\)/) });
    const refusedMatch = await move(waiting.id, 'match', operator).expect(409);
    expect(refusedMatch.body.code).toBe('REPEAT_PILOT');
    expect((await t.dataSource.getRepository(PilotApplication).findOneByOrFail({ id: waiting.id })).status).toBe('APPLIED');
    // The proposal does not offer it either, and says why.
    const proposal = (await t.http().get(`/api/v1/pilot-plans/${earlier.id}/matching-proposal`).set(operator.auth).expect(200)).body;
    expect(proposal.match).toEqual([]);
    expect(proposal.skip).toEqual([expect.objectContaining({ applicationId: waiting.id, reason: expect.stringMatching(/Already pilot-purchased/) })]);
    // A matched pilot counts as much as a contracted one: the product is held elsewhere.
    await t.http().post(`/api/v1/pilot-plans/${earlier.id}/matching`).set(operator.auth).send({ applicationIds: [waiting.id] }).expect(409);
  });

  it('allows one more pilot after a small first pilot, then no more; the exception looks at the first pilot only', async () => {
    const product = await makeDesignatedProduct(t);
    const [first, second, third] = [await plan([product.id]), await plan([product.id]), await plan([product.id])];
    const small = (await apply(await buyerOf('CG-006'), first.id, product.id, 30 * M).expect(201)).body;
    await move(small.id, 'match', operator).expect(200);
    clock.advance(60_000);

    // The second pilot may be large: what counts is the first one (₩30M ≤ ₩50M).
    const large = (await apply(await buyerOf('CG-007'), second.id, product.id, 95 * M).expect(201)).body;
    await move(large.id, 'match', operator).expect(200);

    const third1 = await apply(await buyerOf('CG-009'), third.id, product.id, 10 * M).expect(409);
    expect(third1.body).toMatchObject({ code: 'REPEAT_PILOT', message: expect.stringMatching(/in 2 plans: a small first pilot \(₩30,000,000\) allows one more/) });

    // Growing the first pilot past the threshold would undo the exception the second relied on.
    const grow = await apply(await buyerOf('CG-010'), first.id, product.id, 25 * M).expect(409);
    expect(grow.body.message).toMatch(/would come to ₩55,000,000, over ₩50,000,000/);
    // Within it, the first plan may still match another institution.
    const within = (await apply(await buyerOf('CG-011'), first.id, product.id, 20 * M).expect(201)).body;
    await move(within.id, 'match', operator).expect(200);
  });

  it('reads the threshold of the plan concerned', async () => {
    const product = await makeDesignatedProduct(t);
    const first = await plan([product.id]);
    const pilot = (await apply(await buyerOf('CG-012'), first.id, product.id, 95 * M).expect(201)).body;
    await move(pilot.id, 'match', operator).expect(200);

    const generous = await plan([product.id], { repeatPilotThreshold: 100 * M });
    expect(generous.repeatPilotThreshold).toBe(100 * M);
    const strict = await plan([product.id]);
    expect(strict.repeatPilotThreshold).toBe(50 * M);
    const buyer = await buyerOf('CG-013');
    await apply(buyer, strict.id, product.id, 10 * M).expect(409);
    const again = (await apply(buyer, generous.id, product.id, 10 * M).expect(201)).body;
    await move(again.id, 'match', operator).expect(200);
  });

  it.each([DesignationStatus.SUSPENDED, DesignationStatus.REVOKED])('refuses applying for and matching a %s product', async (status) => {
    const product = await makeDesignatedProduct(t);
    const created = await plan([product.id]);
    const waiting = (await apply(await buyerOf('CG-014'), created.id, product.id, 10 * M).expect(201)).body;
    await t.dataSource.getRepository(Product).update(product.id, { status });

    const applied = await apply(await buyerOf('CG-015'), created.id, product.id, 10 * M).expect(409);
    expect(applied.body).toMatchObject({ code: 'PRODUCT_NOT_IN_FORCE', message: expect.stringContaining(status) });
    const matched = await move(waiting.id, 'match', operator).expect(409);
    expect(matched.body.code).toBe('PRODUCT_NOT_IN_FORCE');
  });

  it('refuses applying for and matching a sanctioned company’s product, to the sanction’s last day (Korean date)', async () => {
    const product = await makeDesignatedProduct(t);
    const created = await plan([product.id]);
    const waiting = (await apply(await buyerOf('CG-016'), created.id, product.id, 10 * M).expect(201)).body;
    const today = koreanDate(clock.now());
    const companies = t.dataSource.getRepository(Company);
    await companies.update(product.companyId, { sanctionedUntil: today, sanctionReason: '부정당업자 제재' });

    const applied = await apply(await buyerOf('CG-017'), created.id, product.id, 10 * M).expect(409);
    expect(applied.body).toMatchObject({ code: 'COMPANY_SANCTIONED', message: expect.stringContaining(`under a sanction until ${today}`) });
    expect((await move(waiting.id, 'match', operator).expect(409)).body.code).toBe('COMPANY_SANCTIONED');
    const proposal = (await t.http().get(`/api/v1/pilot-plans/${created.id}/matching-proposal`).set(operator.auth).expect(200)).body;
    expect(proposal.skip).toEqual([expect.objectContaining({ applicationId: waiting.id, reason: expect.stringMatching(/sanction/) })]);

    // The day after the sanction's last day, the product may be piloted again.
    clock.advance(DAY);
    try {
      await move(waiting.id, 'match', operator).expect(200);
    } finally {
      clock.advance(-DAY);
    }
  });
});

describe('pilot repeat rule under concurrency', () => {
  const clock = new TestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '20' }, { clock });
  });
  afterAll(() => t.close());

  /** Applications straight into the table: each product applied for in each plan, by one institution. */
  async function setUp(amount: number) {
    const operator = await actorOf(t, Role.OPERATOR);
    const products = await Promise.all(Array.from({ length: 4 }, () => makeDesignatedProduct(t)));
    const plans: { id: string }[] = [];
    for (let i = 0; i < 5; i++) {
      plans.push((await t.http().post('/api/v1/pilot-plans').set(operator.auth).send({
        year: 2027, title: `동시성 시험 ${i}`, budget: 900 * M,
        surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(), surveyClosesAt: new Date(clock.now().getTime() + DAY).toISOString(),
        productIds: products.map((p) => p.id),
      }).expect(201)).body);
    }
    const [institution] = await t.dataSource.query(`SELECT id FROM institutions ORDER BY code LIMIT 1`);
    const applicant = await actorOf(t, Role.BUYER);
    const inserted = await t.dataSource.getRepository(PilotApplication).insert(
      plans.flatMap((plan) => products.map((product) => ({
        planId: plan.id, productId: product.id, companyId: product.companyId, institutionId: institution.id, status: 'APPLIED' as const,
        quantity: 1, amount, intendedUse: '시험', place: '시험', usePeriodMonths: 6,
        followOnPlanned: false, followOnBudgeted: false, followOnAmount: null, need: '시험', createdBy: applicant.user.id,
      }))),
    );
    return { operator, products, plans, ids: inserted.identifiers.map((i) => i.id as string) };
  }

  /** Half the plans matched by single matches, half by matching rounds, all at once. */
  async function matchAllAtOnce(operator: SignedIn, plans: { id: string }[], ids: string[]) {
    const applications = await t.dataSource.getRepository(PilotApplication).findBy({ id: In(ids) });
    const requests = plans.flatMap((plan, i) => {
      const mine = applications.filter((a) => a.planId === plan.id).map((a) => a.id);
      return i % 2
        ? mine.map((id) => t.http().post(`/api/v1/pilot-applications/${id}/match`).set(operator.auth).send({}))
        : mine.map((id) => t.http().post(`/api/v1/pilot-plans/${plan.id}/matching`).set(operator.auth).send({ applicationIds: [id] }));
    });
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    return responses;
  }

  it('pilots each product in one plan only when every pilot is over the threshold, however matches in many plans interleave', async () => {
    const { operator, products, plans, ids } = await setUp(60 * M);
    const responses = await matchAllAtOnce(operator, plans, ids);
    const held = await t.dataSource.getRepository(PilotApplication).findBy({ id: In(ids), status: In([...PILOT_HOLDING_STATUSES]) });
    for (const product of products) expect(held.filter((a) => a.productId === product.id)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(products.length);
  });

  it('pilots each product in at most two plans when the first pilot is small', async () => {
    const { operator, products, plans, ids } = await setUp(30 * M);
    await matchAllAtOnce(operator, plans, ids);
    const held = await t.dataSource.getRepository(PilotApplication).findBy({ id: In(ids), status: In([...PILOT_HOLDING_STATUSES]) });
    for (const product of products) expect(held.filter((a) => a.productId === product.id)).toHaveLength(2);
  });
});
