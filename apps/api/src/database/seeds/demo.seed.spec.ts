import { DecisionKind, DesignationStatus, OrderStatus, PilotStatus, periodEnd, ProductKind } from '@inno/contracts';
import { AuditService } from '../../audit/audit.service';
import { Clock, koreanDate } from '../../clock/clock';
import { CommitteeSession } from '../../committee/committee-session.entity';
import { Order } from '../../orders/order.entity';
import { PilotApplication } from '../../pilots/pilot-application.entity';
import { Product } from '../../products/product.entity';
import { PurchaseTargetsService } from '../../purchase-targets/purchase-targets.service';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from './demo.seed';

/** The demo year as a new user meets it: every workflow in each state, consistent with its dates. */
describe('the demo year', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.app);
  }, 240_000);
  afterAll(() => t.close());

  it('publishes every kind of decision, each designation numbered in the year of its date', async () => {
    const decisions = (await t.http().get('/api/v1/decisions?pageSize=100').expect(200)).body.items as { kind: DecisionKind }[];
    for (const kind of [DecisionKind.DESIGNATION, DecisionKind.REJECTION, DecisionKind.EXTENSION, DecisionKind.SUSPENSION, DecisionKind.REVOCATION, DecisionKind.EXPIRY, DecisionKind.SANCTION]) {
      expect(decisions.some((d) => d.kind === kind)).toBe(true);
    }
    const products = await t.dataSource.getRepository(Product).find();
    const today = koreanDate(new Date());
    for (const product of products.filter((p) => p.designatedOn)) {
      expect(product.designatedOn! <= today).toBe(true);
      const number = product.kind === ProductKind.TYPE2 ? product.designationNumber! : product.certificateNumber!;
      expect(number).toContain(`-${product.designatedOn!.slice(0, 4)}-`);
      if (product.extensionStage === 0) expect(product.validUntil).toBe(periodEnd(product.designatedOn!, { years: 3 }));
    }
    expect(new Set(products.map((p) => p.status))).toEqual(
      new Set([DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED, DesignationStatus.SUSPENDED, DesignationStatus.REVOKED, DesignationStatus.EXPIRED, DesignationStatus.UNDESIGNATED]),
    );
  });

  it('has a committee of seven that sat, closed its items and published the minutes, and a session to come', async () => {
    const sessions = await t.dataSource.getRepository(CommitteeSession).find({ order: { startsAt: 'ASC' } });
    expect(sessions.every((s) => s.memberIds.length === 7)).toBe(true);
    const sat = sessions.filter((s) => s.openedAt);
    expect(sat.length).toBeGreaterThanOrEqual(4);
    expect(sat.every((s) => s.startsAt < new Date() && koreanDate(s.openedAt!) === koreanDate(s.startsAt))).toBe(true);
    const minutes = (await t.http().get(`/api/v1/committee-sessions/${sat[sat.length - 1].id}/minutes`).expect(200)).body;
    expect(minutes.items.length).toBeGreaterThanOrEqual(3);
    expect(sessions.some((s) => !s.openedAt && s.startsAt > new Date())).toBe(true);
  });

  it('has pilots at every stage of an earlier plan and the current survey open', async () => {
    const statuses = new Set((await t.dataSource.getRepository(PilotApplication).find()).map((a) => a.status));
    for (const status of [PilotStatus.APPLIED, PilotStatus.NOT_MATCHED, PilotStatus.CONTRACTED, PilotStatus.DELIVERED, PilotStatus.IN_USE, PilotStatus.RESULT_REPORTED, PilotStatus.SUCCESS, PilotStatus.CORRECTIVE_ACTION_DONE]) {
      expect(statuses).toContain(status);
    }
    const [current] = (await t.http().get('/api/v1/pilot-plans').expect(200)).body.items;
    expect(current.surveyOpen).toBe(true);
    // This quarter's supplier call, and the solution call of the demo buyer's selected challenge.
    const open = (await t.http().get('/api/v1/calls?phase=OPEN').expect(200)).body.items as { kind: string }[];
    expect(open.map((c) => c.kind).sort()).toEqual(['CHALLENGE_SOLUTION', 'SUPPLIER_PROPOSAL']);
    const challenges = (await t.http().get('/api/v1/challenges?status=SOLUTION_CALL_OPEN').expect(200)).body.items;
    expect(challenges).toEqual([expect.objectContaining({ title: '겨울철 교량 결빙 실시간 감지', status: 'SOLUTION_CALL_OPEN' })]);
  });

  it('has orders at every stage, the contracted ones counted toward their institutions’ targets', async () => {
    const orders = await t.dataSource.getRepository(Order).find();
    const statuses = new Set(orders.map((o) => o.status));
    for (const status of [OrderStatus.ORDERED, OrderStatus.ACCEPTED, OrderStatus.DECLINED, OrderStatus.DELIVERED, OrderStatus.PAID, OrderStatus.CANCELLED]) expect(statuses).toContain(status);
    const targets = t.app.get(PurchaseTargetsService);
    const year = Number(koreanDate(new Date()).slice(0, 4));
    const ranking = await targets.ranking({ year });
    expect(ranking.total.amount).toBe(await targets.platformTotal(year));
    const paid = orders.find((o) => o.status === OrderStatus.PAID)!;
    if (paid.contractedOn!.startsWith(String(year))) {
      const dashboard = await targets.dashboard(paid.institutionId, year);
      expect(dashboard.purchases).toContainEqual(expect.objectContaining({ source: 'ORDER', id: paid.id, amount: paid.amount }));
    }
  });

  it('shows a generated picture for every product in the catalogue', async () => {
    const { items } = (await t.http().get('/api/v1/products?pageSize=100').expect(200)).body;
    expect(items.length).toBeGreaterThan(20);
    const image = await t.http().get(items[0].imageUrl).expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(items.every((p: { imageUrl: string | null }) => p.imageUrl)).toBe(true);
  });

  it('has an observer within the term, whose concern was answered in time, one past its answer day and a comment', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'observer@demo.innomarket.kr', password: DEMO_PASSWORD }).expect(200);
    const auth = { authorization: `Bearer ${login.body.accessToken}` };
    const sessions = (await t.http().get('/api/v1/observer/sessions').set(auth).expect(200)).body as { id: string; closed: boolean }[];
    expect(sessions.filter((s) => s.closed)).toHaveLength(4);
    const concerns = (await t.http().get('/api/v1/concerns').expect(200)).body.items as { kind: string; status: string; overdue: boolean }[];
    expect(concerns.map((c) => [c.kind, c.status, c.overdue]).sort()).toEqual([
      ['COMMENT', 'OPEN', false],
      ['CONCERN', 'ANSWERED', false],
      ['CONCERN', 'OPEN', true],
    ]);
  });

  it('leaves the clock as it found it, the audit chain whole, and adds nothing when run again', async () => {
    expect(Object.prototype.hasOwnProperty.call(t.app.get(Clock), 'now')).toBe(false);
    const count = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM decisions) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_events) AS n`))[0].n;
    const before = await count();
    await seedDemo(t.app);
    expect(await count()).toBe(before);
    expect((await t.app.get(AuditService).walk()).ok).toBe(true);
  });
});
