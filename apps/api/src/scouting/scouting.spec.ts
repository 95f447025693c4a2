import { DEFAULT_SCOUTING_RULES, Role } from '@inno/contracts';
import { DAY, openCall, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { actorOf, makeBusinessNumber, PASSWORD, signIn } from '../../test/factories';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { Proposal } from '../proposals/proposal.entity';
import { DemoDayAllocation } from './demo-day.entity';
import { Nomination } from './nomination.entity';

const nominationBody = (roundId: string, fields: Record<string, unknown> = {}) => ({
  roundId,
  companyName: '(주)새싹로보틱스',
  businessNumber: makeBusinessNumber(),
  contactName: '김대표',
  contactEmail: 'ceo@saessak.example.kr',
  productName: '하천 쓰레기 수거 로봇',
  productDescription: '하천의 부유 쓰레기를 자율주행으로 수거하는 로봇입니다.',
  reason: '지자체 하천 관리 비용을 줄일 수 있는 검증된 시제품입니다.',
  ...fields,
});

describe('scouting: rounds, nominations, invitations, demo days and the waived screening', () => {
  let t: TestApp;
  let operator: SignedIn;
  let scout: SignedIn;
  const clock = new TestClock();
  beforeAll(async () => {
    clock.set('2026-11-16T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    scout = await actorOf(t, Role.SCOUT);
  });
  afterAll(() => t.close());

  const openRound = async (fields: Record<string, unknown> = {}) =>
    (await t.http().post('/api/v1/scouting-rounds').set(operator.auth).send({ title: '2026 하반기 스카우팅', description: '공공조달을 모르는 혁신기업을 찾습니다.', ...fields }).expect(201)).body;
  const nominate = (who: SignedIn, roundId: string, fields: Record<string, unknown> = {}) => t.http().post('/api/v1/nominations').set(who.auth).send(nominationBody(roundId, fields));
  const audited = (entityId: string, action: string) => t.dataSource.getRepository(AuditEvent).countBy({ entityId, action });

  /** A demo day with `count` pre-screened nominations on its programme (by fresh scouts) and the given panel. */
  async function demoDayWith(count: number, panel: SignedIn[], fields: Record<string, unknown> = {}) {
    const round = await openRound({ nominationsPerScout: 10 });
    const finder = await actorOf(t, Role.SCOUT);
    const day = (await t.http().post('/api/v1/demo-days').set(operator.auth).send({ roundId: round.id, title: '데모데이', heldOn: '2026-12-01', place: '세종 컨벤션센터', ...fields }).expect(201)).body;
    const nominations: { id: string; businessNumber: string }[] = [];
    for (let i = 0; i < count; i++) {
      const n = (await nominate(finder, round.id).expect(201)).body;
      await t.http().post(`/api/v1/nominations/${n.id}/pass-pre-screening`).set(operator.auth).send({ note: '혁신성 확인' }).expect(200);
      await t.http().post(`/api/v1/nominations/${n.id}/schedule`).set(operator.auth).send({ demoDayId: day.id }).expect(200);
      nominations.push(n);
    }
    await t.http().put(`/api/v1/demo-days/${day.id}/panel`).set(operator.auth).send({ userIds: panel.map((p) => p.user.id) }).expect(200);
    return { round, day, finder, nominations };
  }
  const allocate = (who: SignedIn, dayId: string, nominationId: string, amount: number) =>
    t.http().put(`/api/v1/demo-days/${dayId}/allocations/${nominationId}`).set(who.auth).send({ amount });

  it('opens rounds by operators only, copying the nominations per scout from the rule settings', async () => {
    for (const role of [Role.SCOUT, Role.CITIZEN, Role.SUPPLIER]) {
      const { auth } = await actorOf(t, role);
      await t.http().post('/api/v1/scouting-rounds').set(auth).send({ title: '라운드', description: '설명입니다 충분히' }).expect(403);
    }
    const round = await openRound();
    expect(round).toMatchObject({ status: 'OPEN', nominationsPerScout: DEFAULT_SCOUTING_RULES.nominationsPerScout });
    const listed = (await t.http().get('/api/v1/scouting-rounds').expect(200)).body;
    expect(listed.items.map((r: { id: string }) => r.id)).toContain(round.id);
    expect(await audited(round.id, 'scouting_round.opened')).toBe(1);
    await t.http().post('/api/v1/scouting-rounds').set(operator.auth).send({ title: 'x', description: null }).expect(400);
  });

  it('copies the operator’s scouting defaults into each new round and demo day, which keep theirs afterwards', async () => {
    const settings = (await t.http().get('/api/v1/rule-settings').expect(200)).body;
    const { updatedAt: _u, updatedBy: _b, ...current } = settings;
    const scouting = { nominationsPerScout: 5, demoDayBudget: 50_000_000, recommendedCount: 3 };
    await t.http().put('/api/v1/rule-settings').set(operator.auth).send({ ...current, scouting: { ...scouting, recommendedCount: 0 } }).expect(400);
    await t.http().put('/api/v1/rule-settings').set(operator.auth).send({ ...current, scouting }).expect(200);
    try {
      const round = await openRound();
      const day = (await t.http().post('/api/v1/demo-days').set(operator.auth).send({ roundId: round.id, title: '데모데이', heldOn: '2026-12-01', place: '세종' }).expect(201)).body;
      expect([round.nominationsPerScout, day.budget, day.recommendedCount]).toEqual([5, 50_000_000, 3]);
    } finally {
      await t.http().put('/api/v1/rule-settings').set(operator.auth).send(current).expect(200);
    }
  });

  it('takes a scout’s nominations up to the round’s share, even when they arrive at once', async () => {
    const round = await openRound();
    const eager = await actorOf(t, Role.SCOUT);
    const results = await Promise.all(Array.from({ length: 6 }, () => nominate(eager, round.id)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('NOMINATION_LIMIT_REACHED');
    expect(await t.dataSource.getRepository(Nomination).countBy({ roundId: round.id, scoutId: eager.user.id })).toBe(3);
    const view = (await t.http().get(`/api/v1/scouting-rounds/${round.id}`).set(eager.auth).expect(200)).body;
    expect(view).toMatchObject({ nominations: 3, myRemaining: 0 });
  });

  it('refuses a company nominated twice in a round, a closed round, other roles and bad input', async () => {
    const round = await openRound();
    const first = (await nominate(scout, round.id).expect(201)).body;
    const again = await nominate(await actorOf(t, Role.SCOUT), round.id, { businessNumber: first.businessNumber }).expect(409);
    expect(again.body.code).toBe('ALREADY_NOMINATED');
    await nominate(operator, round.id).expect(403);
    await nominate(await actorOf(t, Role.CITIZEN), round.id).expect(403);
    const bad = await nominate(scout, round.id, { businessNumber: '12-345', contactEmail: 'nope', reason: null }).expect(400);
    expect(Object.keys(bad.body.details).sort()).toEqual(['businessNumber', 'contactEmail', 'reason']);
    await t.http().post(`/api/v1/scouting-rounds/${round.id}/close`).set(scout.auth).expect(403);
    await t.http().post(`/api/v1/scouting-rounds/${round.id}/close`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/scouting-rounds/${round.id}/close`).set(operator.auth).expect(409);
    expect((await nominate(scout, round.id).expect(409)).body.code).toBe('ROUND_CLOSED');
  });

  it('invites the company with a single-use link, stored only as a hash, that the company claims after signing up', async () => {
    const round = await openRound();
    const created = (await nominate(scout, round.id).expect(201)).body;
    expect(created.companyId).toBeNull();
    const token = created.invitationUrl.split('/').pop();
    const stored = await t.dataSource.getRepository(Nomination).findOneByOrFail({ id: created.id });
    expect(stored.invitationHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    // Shown once: later reads carry no link.
    expect((await t.http().get(`/api/v1/nominations/${created.id}`).set(scout.auth).expect(200)).body.invitationUrl).toBeUndefined();

    const lookup = (await t.http().post('/api/v1/scouting-invitations/lookup').send({ token }).expect(200)).body;
    expect(lookup).toMatchObject({ companyName: '(주)새싹로보틱스', businessNumber: created.businessNumber, claimed: false });
    await t.http().post('/api/v1/scouting-invitations/lookup').send({ token: 'x'.repeat(43) }).expect(404);

    // Another company's supplier cannot take it with a leaked link.
    const stranger = await actorOf(t, Role.SUPPLIER);
    expect((await t.http().post('/api/v1/scouting-invitations/claim').set(stranger.auth).send({ token }).expect(403)).body.code).toBe('BUSINESS_NUMBER_MISMATCH');

    const email = `saessak-${Date.now()}@example.kr`;
    await t.http().post('/api/v1/auth/signup').send({ email, password: PASSWORD, name: '김대표', role: Role.SUPPLIER, company: { name: '(주)새싹로보틱스', businessNumber: created.businessNumber, size: 'SME', region: '서울특별시' } }).expect(201);
    const supplier = { authorization: `Bearer ${await signIn(t, { email })}` };
    const claimed = (await t.http().post('/api/v1/scouting-invitations/claim').set(supplier).send({ token }).expect(200)).body;
    expect(claimed.companyId).not.toBeNull();
    expect(claimed.invitation.claimedAt).not.toBeNull();
    expect((await t.http().post('/api/v1/scouting-invitations/claim').set(supplier).send({ token }).expect(409)).body.code).toBe('INVITATION_USED');
    expect(await audited(created.id, 'nomination.claimed')).toBe(1);
    // The company now sees its nomination; the link cannot be reissued once claimed.
    await t.http().get(`/api/v1/nominations/${created.id}`).set(supplier).expect(200);
    await t.http().get(`/api/v1/nominations/${created.id}`).set(stranger.auth).expect(403);
    expect((await t.http().post(`/api/v1/nominations/${created.id}/invitation`).set(scout.auth).expect(409)).body.code).toBe('INVITATION_CLAIMED');
  });

  it('expires invitations, and a reissued link replaces the old one', async () => {
    const round = await openRound();
    const created = (await nominate(scout, round.id).expect(201)).body;
    const oldToken = created.invitationUrl.split('/').pop();
    const reissued = (await t.http().post(`/api/v1/nominations/${created.id}/invitation`).set(scout.auth).expect(200)).body;
    const token = reissued.invitationUrl.split('/').pop();
    await t.http().post('/api/v1/scouting-invitations/lookup').send({ token: oldToken }).expect(404);
    await t.http().post(`/api/v1/nominations/${created.id}/invitation`).set((await actorOf(t, Role.SCOUT)).auth).expect(403);

    const supplier = await actorOf(t, Role.SUPPLIER);
    await t.dataSource.query(`UPDATE companies SET business_number = $1 WHERE id = $2`, [created.businessNumber, supplier.user.companyId]);
    clock.advance(15 * DAY);
    try {
      expect((await t.http().post('/api/v1/scouting-invitations/claim').set(supplier.auth).send({ token }).expect(409)).body.code).toBe('INVITATION_EXPIRED');
    } finally {
      clock.advance(-15 * DAY);
    }
  });

  it('pre-screens by operators only, from NOMINATED only, audited', async () => {
    const round = await openRound();
    const n = (await nominate(scout, round.id).expect(201)).body;
    await t.http().post(`/api/v1/nominations/${n.id}/pass-pre-screening`).set(scout.auth).send({ note: '좋아요' }).expect(403);
    const passed = (await t.http().post(`/api/v1/nominations/${n.id}/pass-pre-screening`).set(operator.auth).send({ note: '혁신성 확인' }).expect(200)).body;
    expect(passed).toMatchObject({ status: 'PRE_SCREENED', preScreeningNote: '혁신성 확인' });
    expect((await t.http().post(`/api/v1/nominations/${n.id}/fail-pre-screening`).set(operator.auth).send({ note: '중복' }).expect(409)).body.code).toBe('WRONG_STATE');
    expect(await audited(n.id, 'nomination.pass-pre-screening')).toBe(1);

    const other = (await nominate(scout, round.id).expect(201)).body;
    const failed = (await t.http().post(`/api/v1/nominations/${other.id}/fail-pre-screening`).set(operator.auth).send({ note: '혁신성 부족' }).expect(200)).body;
    expect(failed.status).toBe('NOT_RECOMMENDED');
    const day = (await t.http().post('/api/v1/demo-days').set(operator.auth).send({ roundId: round.id, title: '데모데이', heldOn: '2026-12-01', place: '세종' }).expect(201)).body;
    expect(day).toMatchObject({ status: 'PLANNED', budget: 200_000_000, recommendedCount: 10 });
    expect((await t.http().post(`/api/v1/nominations/${other.id}/schedule`).set(operator.auth).send({ demoDayId: day.id }).expect(409)).body.code).toBe('WRONG_STATE');
    await t.http().post(`/api/v1/nominations/${n.id}/schedule`).set(scout.auth).send({ demoDayId: day.id }).expect(403);
    await t.http().post(`/api/v1/nominations/${n.id}/schedule`).set(operator.auth).send({ demoDayId: day.id }).expect(200);
  });

  it('seats only active citizens, scouts and committee members, and opens a day only with products and a panel', async () => {
    const citizen = await actorOf(t, Role.CITIZEN);
    const supplier = await actorOf(t, Role.SUPPLIER);
    const { day } = await demoDayWith(1, []);
    await t.http().put(`/api/v1/demo-days/${day.id}/panel`).set(operator.auth).send({ userIds: [supplier.user.id] }).expect(400);
    expect((await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(operator.auth).expect(409)).body.code).toBe('NO_PANEL');
    await t.http().put(`/api/v1/demo-days/${day.id}/panel`).set(operator.auth).send({ userIds: [citizen.user.id] }).expect(200);
    await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(citizen.auth).expect(403);
    const opened = (await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(operator.auth).expect(200)).body;
    expect(opened.status).toBe('OPEN');
    expect((await t.http().put(`/api/v1/demo-days/${day.id}/panel`).set(operator.auth).send({ userIds: [] }).expect(409)).body.code).toBe('DEMO_DAY_NOT_PLANNED');
    // Public view of the programme, without the panel.
    expect((await t.http().get(`/api/v1/demo-days/${day.id}`).expect(200)).body).toMatchObject({ panel: null, products: [expect.objectContaining({ status: 'DEMO_DAY' })] });
  });

  it('keeps each member within the budget, out of their own nominations and off others’ panels', async () => {
    const citizen = await actorOf(t, Role.CITIZEN);
    const outsider = await actorOf(t, Role.CITIZEN);
    const { day, finder, nominations } = await demoDayWith(2, [citizen]);
    await t.http().put(`/api/v1/demo-days/${day.id}/panel`).set(operator.auth).send({ userIds: [citizen.user.id, finder.user.id] }).expect(200);
    expect((await allocate(citizen, day.id, nominations[0].id, 1_000).expect(409)).body.code).toBe('DEMO_DAY_NOT_OPEN');
    await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(operator.auth).expect(200);

    const over = await allocate(citizen, day.id, nominations[0].id, 200_000_001).expect(409);
    expect(over.body.code).toBe('BUDGET_EXCEEDED');
    await allocate(citizen, day.id, nominations[0].id, 150_000_000).expect(200);
    expect((await allocate(citizen, day.id, nominations[1].id, 60_000_000).expect(409)).body.code).toBe('BUDGET_EXCEEDED');
    const mine = (await allocate(citizen, day.id, nominations[1].id, 50_000_000).expect(200)).body;
    expect(mine).toMatchObject({ budget: 200_000_000, allocated: 200_000_000 });
    // Taking some back frees it.
    await allocate(citizen, day.id, nominations[0].id, 0).expect(200);
    expect((await t.http().get(`/api/v1/demo-days/${day.id}/my-allocations`).set(citizen.auth).expect(200)).body).toMatchObject({ allocated: 50_000_000 });

    expect((await allocate(finder, day.id, nominations[0].id, 1_000).expect(403)).body.code).toBe('TIED_TO_COMPANY');
    expect((await t.http().get(`/api/v1/demo-days/${day.id}/my-allocations`).set(finder.auth).expect(200)).body.excluded).toHaveLength(2);
    expect((await allocate(outsider, day.id, nominations[0].id, 1_000).expect(403)).body.code).toBe('NOT_ON_PANEL');
    await allocate(operator, day.id, nominations[0].id, 1_000).expect(403);
    await allocate(citizen, day.id, nominations[0].id, -5).expect(400);
  });

  it('never lets concurrent allocations of one member exceed the budget', async () => {
    const citizen = await actorOf(t, Role.CITIZEN);
    const { day, nominations } = await demoDayWith(6, [citizen]);
    await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(operator.auth).expect(200);
    // Six products at ₩70,000,000 each: any two fit in ₩200,000,000, three do not.
    const results = await Promise.all(nominations.map((n) => allocate(citizen, day.id, n.id, 70_000_000)));
    const accepted = results.filter((r) => r.status === 200).length;
    expect(results.every((r) => r.status === 200 || (r.status === 409 && r.body.code === 'BUDGET_EXCEEDED'))).toBe(true);
    const rows = await t.dataSource.getRepository(DemoDayAllocation).findBy({ demoDayId: day.id, userId: citizen.user.id });
    const sum = rows.reduce((s, r) => s + r.amount, 0);
    expect(sum).toBeLessThanOrEqual(200_000_000);
    expect(rows).toHaveLength(accepted);
    // Whatever the order, two fit and a third never does: none lost, none over.
    expect(accepted).toBe(2);
  });

  it('hides every allocation until the one close, recommends the top products with ties broken by investors, and publishes totals without names', async () => {
    const members = await Promise.all([actorOf(t, Role.CITIZEN), actorOf(t, Role.SCOUT), actorOf(t, Role.COMMITTEE)]);
    const { day, nominations: [a, b, c, d] } = await demoDayWith(4, members, { recommendedCount: 2, budget: 100_000_000 });
    await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(operator.auth).expect(200);
    // a: 60M by one; b: 60M by two (wins the tie); c: 50M; d: nothing.
    await allocate(members[0], day.id, a.id, 60_000_000).expect(200);
    await allocate(members[1], day.id, b.id, 30_000_000).expect(200);
    await allocate(members[2], day.id, b.id, 30_000_000).expect(200);
    await allocate(members[2], day.id, c.id, 50_000_000).expect(200);

    for (const auth of [{}, operator.auth, members[0].auth, (await actorOf(t, Role.ADMIN)).auth]) {
      expect((await t.http().get(`/api/v1/demo-days/${day.id}/results`).set(auth).expect(409)).body.code).toBe('ALLOCATIONS_HIDDEN');
    }
    await t.http().post(`/api/v1/demo-days/${day.id}/close`).set(members[1].auth).expect(403);

    const closes = await Promise.all([1, 2, 3].map(() => t.http().post(`/api/v1/demo-days/${day.id}/close`).set(operator.auth)));
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await audited(day.id, 'demo_day.close')).toBe(1);
    expect(await audited(b.id, 'nomination.recommend')).toBe(1);

    const results = (await t.http().get(`/api/v1/demo-days/${day.id}/results`).expect(200)).body;
    expect(results.results.map((r: { nominationId: string; total: number; investors: number; recommended: boolean }) => [r.nominationId, r.total, r.investors, r.recommended])).toEqual([
      [b.id, 60_000_000, 2, true],
      [a.id, 60_000_000, 1, true],
      [c.id, 50_000_000, 1, false],
      [d.id, 0, 0, false],
    ]);
    const published = JSON.stringify(results);
    for (const m of members) expect(published).not.toContain(m.user.id);
    for (const m of members) expect(published).not.toContain(m.user.name);
    const statuses = async (id: string) => (await t.dataSource.getRepository(Nomination).findOneByOrFail({ id })).status;
    expect([await statuses(a.id), await statuses(b.id), await statuses(c.id), await statuses(d.id)]).toEqual(['RECOMMENDED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'NOT_RECOMMENDED']);
    expect((await allocate(members[0], day.id, c.id, 1_000).expect(409)).body.code).toBe('DEMO_DAY_NOT_OPEN');
  });

  it('sends a recommended company’s proposal straight to evaluation, marked as screening waived, and its nomination to APPLIED', async () => {
    const call = await openCall(t, operator, clock.now());
    const { supplier, product } = await supplierWithProduct(t);
    const company = (await t.http().get(`/api/v1/companies/${supplier.user.companyId}`).set(supplier.auth).expect(200)).body;
    const citizen = await actorOf(t, Role.CITIZEN);
    const round = await openRound();
    const n = (await nominate(scout, round.id, { businessNumber: company.businessNumber }).expect(201)).body;
    expect(n.companyId).toBe(supplier.user.companyId);
    const day = (await t.http().post('/api/v1/demo-days').set(operator.auth).send({ roundId: round.id, title: '데모데이', heldOn: '2026-12-01', place: '세종' }).expect(201)).body;
    await t.http().post(`/api/v1/nominations/${n.id}/pass-pre-screening`).set(operator.auth).send({ note: '적합' }).expect(200);
    await t.http().post(`/api/v1/nominations/${n.id}/schedule`).set(operator.auth).send({ demoDayId: day.id }).expect(200);
    await t.http().put(`/api/v1/demo-days/${day.id}/panel`).set(operator.auth).send({ userIds: [citizen.user.id] }).expect(200);
    await t.http().post(`/api/v1/demo-days/${day.id}/open`).set(operator.auth).expect(200);
    await allocate(citizen, day.id, n.id, 100_000_000).expect(200);
    await t.http().post(`/api/v1/demo-days/${day.id}/close`).set(operator.auth).expect(200);

    // An ordinary supplier's proposal still goes to screening.
    const ordinary = await supplierWithProduct(t);
    const plain = (await t.http().post('/api/v1/proposals').set(ordinary.supplier.auth).send({ callId: call.id, productId: ordinary.product.id, subArea: 'SAF-04' }).expect(201)).body;
    expect((await t.http().post(`/api/v1/proposals/${plain.id}/submit`).set(ordinary.supplier.auth).expect(200)).body).toMatchObject({ status: 'SUBMITTED', screeningWaived: false });

    const draft = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04' }).expect(201)).body;
    const submitted = (await t.http().post(`/api/v1/proposals/${draft.id}/submit`).set(supplier.auth).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'EVALUATION', screeningWaived: true });
    expect((await t.http().get(`/api/v1/proposals/${draft.id}`).set(operator.auth).expect(200)).body.screeningWaived).toBe(true);
    expect(await t.dataSource.getRepository(Proposal).countBy({ id: draft.id, status: 'EVALUATION', screeningWaived: true })).toBe(1);
    expect(await t.dataSource.getRepository(Nomination).findOneByOrFail({ id: n.id })).toMatchObject({ status: 'APPLIED', proposalId: draft.id });
    expect(await audited(draft.id, 'proposal.waive-screening')).toBe(1);
    expect(await audited(n.id, 'nomination.apply')).toBe(1);
  });
});
