import { Role } from '@inno/contracts';
import { Client } from 'pg';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import { committeeSession, DAY, openCall, openSession, proposalInEvaluation, sheetAt, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { PilotApplication } from '../pilots/pilot-application.entity';

const M = 1_000_000;

/**
 * Transactions that lock rows and audit, in either order, run together: the chain's lock is taken
 * only at commit, after every row lock, so it closes no cycle. Each pair below deadlocked when
 * the lock was taken at the first audit and held to commit (PostgreSQL then aborted one with
 * 40P01, a 500). The invariant: no deadlock, no 5xx, every decision made once, a chain that verifies.
 */
describe('the audit chain under concurrent audited writes', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  /**
   * Deadlocks PostgreSQL detected in this database. A backend flushes its statistics when idle for
   * a while or when it exits: the API's idle connections are ended first (its pool opens new ones).
   */
  async function deadlocks(): Promise<number> {
    const client = new Client({ connectionString: t.superuserUrl });
    await client.connect();
    try {
      await client.query(
        `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = current_database() AND usename = $1 AND state = 'idle'`,
        [decodeURIComponent(new URL(t.databaseUrl).username)],
      );
      const { rows } = await client.query('SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()');
      return Number(rows[0].deadlocks);
    } finally {
      await client.end();
    }
  }

  async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = [];
    for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
    return results;
  }

  const verify = async () => (await t.http().get('/api/v1/audit/verify').set(operator.auth).expect(200)).body;

  it('closes committee items (audit, then lock the proposal and product) while their suppliers edit the products (lock, then audit)', async () => {
    const ITEMS = 40;
    const EDITS_PER_ITEM = 5;
    const call = await openCall(t, operator, clock.now());
    const chair = await actorOf(t, Role.COMMITTEE);
    // Dated today by the test clock: scoring and closing open on the session's date.
    const session = await committeeSession(t, operator, [chair]);
    const items = await inBatches(Array.from({ length: ITEMS }, (_, i) => i), 4, async () => {
      const { supplier, product, proposal } = await proposalInEvaluation(t, operator, call.id);
      const withItem = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body;
      const itemId = withItem.items.find((item: { proposalId: string }) => item.proposalId === proposal.id).id;
      await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(chair.auth).send({ conflict: false }).expect(200);
      return { itemId, supplier, product };
    });
    await openSession(t, session.id, [chair]);
    await inBatches(items, 4, ({ itemId }) => t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(chair.auth).send(sheetAt(0.9)).expect(200));
    const before = await deadlocks();

    // Each close sent with its product's edits, so they meet in the database.
    const races = items.map(({ itemId, supplier, product }) => ({
      close: t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(chair.auth),
      edits: Array.from({ length: EDITS_PER_ITEM }, (_, k) => t.http().patch(`/api/v1/products/${product.id}`).set(supplier.auth).send({ askingPrice: 300_000 + k * 1_000 })),
    }));
    const settled = await Promise.all(races.map(({ close, edits }) => Promise.all([close, Promise.all(edits)])));
    const closed = settled.map(([close]) => close);
    const edited = settled.flatMap(([, edits]) => edits);

    expect(closed.map((r) => r.status)).toEqual(items.map(() => 200));
    expect(edited.map((r) => r.status)).toEqual(items.flatMap(() => Array.from({ length: EDITS_PER_ITEM }, () => 200)));
    expect(closed.every((r) => r.body.decision.passed)).toBe(true);
    expect(await deadlocks()).toBe(before);
    expect(await verify()).toMatchObject({ ok: true, firstBroken: null });
  }, 180_000);

  it('applies matching rounds (audit after each match, then lock the next application) while buyers withdraw those applications (lock, then audit)', async () => {
    const INSTITUTIONS = 20;
    const products = await Promise.all(Array.from({ length: 10 }, () => makeDesignatedProduct(t)));
    const plan = (
      await t.http().post('/api/v1/pilot-plans').set(operator.auth).send({
        year: 2027, title: '감사 동시성 시험', budget: 100_000 * M, maxInstitutionsPerProduct: 100, maxAmountPerProduct: 10_000 * M,
        surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(), surveyClosesAt: new Date(clock.now().getTime() + DAY).toISOString(),
        productIds: products.map((p) => p.id),
      }).expect(201)
    ).body;
    const institutions: { id: string; code: string }[] = await t.dataSource.query(`SELECT id, code FROM institutions ORDER BY code LIMIT ${INSTITUTIONS}`);
    expect(institutions).toHaveLength(INSTITUTIONS);
    // One round per institution: its buyer's ten applications, one per product.
    const rounds = await inBatches(institutions, 4, async (institution) => {
      const buyer = await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, institution.code)).id });
      const rows = products.map((product) => ({
        planId: plan.id, productId: product.id, companyId: product.companyId, institutionId: institution.id, status: 'APPLIED' as const,
        quantity: 1, amount: 10 * M, intendedUse: '시험', place: '시험', usePeriodMonths: 6,
        followOnPlanned: false, followOnBudgeted: false, followOnAmount: null, need: '시험', createdBy: buyer.user.id,
      }));
      const { identifiers } = await t.dataSource.getRepository(PilotApplication).insert(rows);
      return { buyer, applicationIds: identifiers.map((i) => i.id as string) };
    });
    const before = await deadlocks();

    const matchings = rounds.map(({ applicationIds }) => t.http().post(`/api/v1/pilot-plans/${plan.id}/matching`).set(operator.auth).send({ applicationIds }));
    const withdrawals = rounds.flatMap(({ buyer, applicationIds }) =>
      applicationIds.slice(1).map((id) => t.http().post(`/api/v1/pilot-applications/${id}/withdraw`).set(buyer.auth).send({ reason: '예산 재배정' })),
    );
    const [matched, withdrawn] = await Promise.all([Promise.all(matchings), Promise.all(withdrawals)]);

    expect([...matched, ...withdrawn].filter((r) => r.status !== 200 && r.status !== 409).map((r) => r.status)).toEqual([]);
    expect(withdrawals.length).toBeGreaterThanOrEqual(180);
    // Each round is all or none, and no application is both matched and withdrawn.
    const statuses = new Map((await t.dataSource.getRepository(PilotApplication).findBy({ planId: plan.id })).map((a) => [a.id, a.status]));
    rounds.forEach(({ applicationIds }, r) => {
      const mine = applicationIds.map((id) => statuses.get(id));
      if (matched[r].status === 200) expect(mine).toEqual(applicationIds.map(() => 'MATCHED'));
      else expect(mine.every((s) => s === 'APPLIED' || s === 'WITHDRAWN')).toBe(true);
      applicationIds.slice(1).forEach((id, k) => expect(withdrawn[r * 9 + k].status === 200).toBe(statuses.get(id) === 'WITHDRAWN'));
    });
    expect(await deadlocks()).toBe(before);
    expect(await verify()).toMatchObject({ ok: true, firstBroken: null });
  }, 180_000);
});
