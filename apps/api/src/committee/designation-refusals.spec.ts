import { Role } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { committeeSession, DAY, HOUR, openCall, openSession, passingChecklist, proposalInEvaluation, sheetAt, submittedProposal, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { Company } from '../companies/company.entity';
import { Decision } from '../designations/decision.entity';
import { Product } from '../products/product.entity';
import { ItemScore } from './agenda-item.entity';

describe('designation refusals', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  let call: { id: string; criteria: unknown };
  beforeAll(async () => {
    clock.set('2026-12-01T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    call = await openCall(t, operator, clock.now());
  });
  afterAll(() => t.close());

  it('refuses every proposal transition from a wrong state with 409, and by a wrong role or non-owner with 403', async () => {
    const { supplier, proposal } = await submittedProposal(t, call.id);
    const other = await actorOf(t, Role.SUPPLIER);
    const post = (action: string, who: SignedIn, body: object = {}) => t.http().post(`/api/v1/proposals/${proposal.id}/${action}`).set(who.auth).send(body);

    await post('submit', supplier).expect(409); // already submitted
    await post('supplement', supplier).expect(409); // none requested
    await post('pass-screening', operator, { checklist: passingChecklist() }).expect(409); // not in screening
    await post('lapse-supplement', operator).expect(409);
    await post('withdraw', other).expect(403); // not the owner
    await post('start-screening', supplier).expect(403); // wrong role
    await post('submit', operator).expect(403);
    await t.http().get(`/api/v1/proposals/${proposal.id}`).set(other.auth).expect(403);
    await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(other.auth).send({ innovation: 'x' }).expect(403);

    await post('start-screening', operator).expect(200);
    await post('start-screening', operator).expect(409);
    const incomplete = await post('pass-screening', operator, { checklist: passingChecklist().slice(0, 2) }).expect(400);
    expect(incomplete.body.details.checklist[0]).toMatch(/must cover/);
    const failing = passingChecklist().map((item) => (item.key === 'safety' ? { ...item, passed: false, reason: '전기 안전 인증 없음' } : item));
    await post('pass-screening', operator, { checklist: failing }).expect(400);
    await post('fail-screening', operator, { checklist: failing }).expect(200);
    await post('withdraw', supplier).expect(409); // rejected: nothing to withdraw
    const [rejection] = await t.dataSource.getRepository(Decision).findBy({ proposalId: proposal.id });
    expect(rejection).toMatchObject({ kind: 'REJECTION', reasons: ['safety: 전기 안전 인증 없음'] });
  });

  it('explains a failing eligibility rule and blocks submission with it', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    const draft = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'ENV', trl: 5, patents: [] }).expect(201)).body;
    // No certification on the product either (it would count as the certificate).
    await t.dataSource.getRepository(Product).update(product.id, { certifications: [] });
    await t.dataSource.getRepository(Company).update(supplier.user.companyId!, { sanctionedUntil: '2027-06-30', sanctionReason: '부정당업자 제재' });
    const rules = (await t.http().get(`/api/v1/proposals/${draft.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(rules.filter((r: { passed: boolean }) => !r.passed).map((r: { reason: string }) => r.reason)).toEqual([
      'TRL 5: a prototype must be at technology readiness 7 to 9',
      'Add a patent that has not expired, a certification of the product, or pick a valid patent or certificate from your document locker',
      'The company is under a sanction until 2027-06-30: 부정당업자 제재',
    ]);
    const refused = (await t.http().post(`/api/v1/proposals/${draft.id}/submit`).set(supplier.auth).expect(409)).body;
    expect(Object.keys(refused.details).sort()).toEqual(['companyNotSanctioned', 'patentOrLicence', 'trl']);
    expect(refused.message).toMatch(/^Not eligible: TRL 5/);
  });

  it('counts a certification recorded on the product as the valid patent or certificate', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    const draft = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'ENV', patents: [] }).expect(201)).body;
    const rules = (await t.http().get(`/api/v1/proposals/${draft.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(rules.find((r: { rule: string }) => r.rule === 'patentOrLicence')).toEqual({ rule: 'patentOrLicence', passed: true, reason: "The product's certification KC counts", code: 'CERTIFICATION_COUNTS', params: { name: 'KC' } });
    // TRL came from the product (8), as the wizard prefills it.
    expect(draft.content.trl).toBe(8);
  });

  it('refuses a sub-area outside the call and a product of another company', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    const outside = await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'ICT-01' }).expect(400);
    expect(outside.body.details.subArea[0]).toMatch(/call's areas/);
    const other = await actorOf(t, Role.SUPPLIER);
    await t.http().post('/api/v1/proposals').set(other.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF' }).expect(403);
  });

  it('accepts nothing after the call closes, and freezes submitted proposals', async () => {
    const closing = await openCall(t, operator, clock.now(), { closesAt: new Date(clock.now().getTime() + HOUR).toISOString() });
    const { supplier, proposal } = await submittedProposal(t, closing.id);
    const late = await supplierWithProduct(t);
    const lateDraft = (await t.http().post('/api/v1/proposals').set(late.supplier.auth).send({ callId: closing.id, productId: late.product.id, subArea: 'SAF' }).expect(201)).body;
    clock.advance(2 * HOUR);
    try {
      const submit = await t.http().post(`/api/v1/proposals/${lateDraft.id}/submit`).set(late.supplier.auth).expect(409);
      expect(submit.body).toMatchObject({ code: 'CALL_NOT_OPEN', message: expect.stringMatching(/not open/) });
      const edit = await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ innovation: '마감 후 수정' }).expect(409);
      expect(edit.body.message).toMatch(/only through a supplement/);
      await t.http().post('/api/v1/proposals').set(late.supplier.auth).send({ callId: closing.id, productId: late.product.id, subArea: 'SAF' }).expect(409);
    } finally {
      clock.advance(-2 * HOUR);
    }
  });

  it('keeps the proposal as submitted when a supplement is not given in time', async () => {
    const { supplier, proposal } = await submittedProposal(t, call.id);
    await t.http().post(`/api/v1/proposals/${proposal.id}/request-supplement`).set(operator.auth).send({ message: '특허 자료 보완', deadline: new Date(clock.now().getTime() + DAY).toISOString() }).expect(200);
    await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ innovation: '보완 중인 내용' }).expect(200);
    const early = (await t.http().post(`/api/v1/proposals/${proposal.id}/lapse-supplement`).set(operator.auth).expect(409)).body;
    expect(early.code).toBe('SUPPLEMENT_DEADLINE_NOT_PASSED');
    clock.advance(DAY + HOUR);
    try {
      expect((await t.http().post(`/api/v1/proposals/${proposal.id}/supplement`).set(supplier.auth).expect(409)).body.code).toBe('SUPPLEMENT_LAPSED');
      const lapsed = (await t.http().post(`/api/v1/proposals/${proposal.id}/lapse-supplement`).set(operator.auth).expect(200)).body;
      expect(lapsed).toMatchObject({ status: 'SUBMITTED', supplementDraft: null, content: { innovation: '압력 이상을 원격 감지' } });
    } finally {
      clock.advance(-(DAY + HOUR));
    }
  });

  it('refuses a second booking of a room for overlapping times, and allows back-to-back ones', async () => {
    const members = [await actorOf(t, Role.COMMITTEE)];
    const [room] = (await t.http().get('/api/v1/rooms').set(operator.auth).expect(200)).body;
    const book = (startsAt: string, endsAt: string) =>
      t.http().post('/api/v1/committee-sessions').set(operator.auth).send({ title: '평가', startsAt, endsAt, roomId: room.id, memberIds: [members[0].user.id], chairId: members[0].user.id });
    await book('2027-01-10T10:00:00+09:00', '2027-01-10T12:00:00+09:00').expect(201);
    const clash = await book('2027-01-10T11:30:00+09:00', '2027-01-10T13:00:00+09:00').expect(409);
    expect(clash.body.details).toEqual({ roomId: ['is already booked then'] });
    await book('2027-01-10T12:00:00+09:00', '2027-01-10T13:00:00+09:00').expect(201);
    const concurrent = await Promise.all([1, 2, 3].map(() => book('2027-02-01T10:00:00+09:00', '2027-02-01T11:00:00+09:00')));
    expect(concurrent.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const notMember = await t.http().post('/api/v1/committee-sessions').set(operator.auth).send({ title: '평가', startsAt: '2027-03-01T10:00:00+09:00', endsAt: '2027-03-01T11:00:00+09:00', onlineUrl: 'https://meet.example.kr/x', memberIds: [operator.user.id], chairId: operator.user.id }).expect(400);
    expect(notMember.body.details.memberIds[0]).toMatch(/active committee member/);
  });

  it('refuses scores above a criterion’s points, scoring before declaring, and outsiders', async () => {
    const members = await Promise.all(Array.from({ length: 3 }, () => actorOf(t, Role.COMMITTEE)));
    const { proposal } = await proposalInEvaluation(t, operator, call.id);
    const session = await committeeSession(t, operator, members);
    const itemId = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body.items[0].id;
    await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(409);

    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[0].auth).send(sheetAt(0.8)).expect(409); // the session is not open
    await openSession(t, session.id, members, { [members[2].user.id]: 'ABSENT' });
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[0].auth).send(sheetAt(0.8)).expect(409); // declare first
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(members[0].auth).send({ conflict: false }).expect(200);
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(members[0].auth).send({ conflict: true, reason: 'x' }).expect(409);
    const over = sheetAt(0.8);
    over.points.novelty = 11;
    delete over.comments.urgency;
    const refused = await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[0].auth).send(over).expect(400);
    expect(refused.body.detailCodes).toEqual({ 'points.novelty': [{ code: 'FIELD_OUT_OF_RANGE', params: { min: 0, max: 10 } }], 'comments.urgency': [{ code: 'FIELD_REQUIRED' }] });

    // Criteria may change before the first score, not after.
    const stricter = { passMark: 80, groups: (call.criteria as { groups: unknown[] }).groups };
    await t.http().patch(`/api/v1/agenda-items/${itemId}/criteria`).set(operator.auth).send(stricter).expect(200);
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[0].auth).send(sheetAt(0.8)).expect(200);
    await t.http().patch(`/api/v1/agenda-items/${itemId}/criteria`).set(operator.auth).send(stricter).expect(409);

    const outsider = await actorOf(t, Role.COMMITTEE);
    await t.http().get(`/api/v1/committee-sessions/${session.id}`).set(outsider.auth).expect(403);
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(outsider.auth).send({ conflict: false }).expect(403);
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(operator.auth).send(sheetAt(0.8)).expect(403);

    // Two of three present (a quorum), but one of them has not scored yet.
    const missing = await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(members[0].auth).expect(409);
    expect(missing.body.message).toMatch(/1 of the 2 members present have not scored/);
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(members[2].auth).send({ conflict: false }).expect(200);
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[2].auth).send(sheetAt(0.9)).expect(403); // absent
    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(members[1].auth).send({ conflict: false }).expect(200);
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[1].auth).send(sheetAt(0.7)).expect(200);
    const closed = await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(members[0].auth).expect(200);
    // 75 overall is under the stricter pass mark of 80: rejected, with the reason published.
    expect(closed.body.decision).toMatchObject({ passed: false, aggregate: 75 });
    expect((await t.http().get(`/api/v1/proposals/${proposal.id}`).set(operator.auth)).body.status).toBe('REJECTED');
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(members[1].auth).send(sheetAt(0.9)).expect(409);
  });
});

describe('committee concurrency', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ DB_POOL_SIZE: '20' })));
  afterAll(() => t.close());

  it('counts 20 members scoring at once, each once, and makes one decision of two concurrent closes', async () => {
    const operator = await actorOf(t, Role.OPERATOR);
    const call = await openCall(t, operator, new Date());
    const members = await Promise.all(Array.from({ length: 20 }, () => actorOf(t, Role.COMMITTEE)));
    const { proposal, product } = await proposalInEvaluation(t, operator, call.id);
    const session = await committeeSession(t, operator, members);
    const itemId = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body.items[0].id;
    await Promise.all(members.map((m) => t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(m.auth).send({ conflict: false }).expect(200)));
    await openSession(t, session.id, members);

    const shares = members.map((_, i) => 0.6 + (i % 5) * 0.1);
    const scored = await Promise.all(members.map((m, i) => t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(m.auth).send(sheetAt(shares[i]))));
    expect(scored.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await t.dataSource.getRepository(ItemScore).countBy({ itemId })).toBe(20);

    const closes = await Promise.all([1, 2].map(() => t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(members[0].auth)));
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409]);
    const decision = closes.find((r) => r.status === 200)!.body.decision;
    expect(decision.scoredBy).toBe(20);
    expect(decision.totals).toHaveLength(20);
    expect(await t.dataSource.getRepository(Decision).countBy({ proposalId: proposal.id })).toBe(1);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: itemId, action: 'committee.item_closed' })).toBe(1);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: product.id, action: 'product.designated' })).toBe(1);
    const verify = await t.http().get('/api/v1/audit/verify').set(operator.auth).expect(200);
    expect(verify.body.ok).toBe(true);
  });
});
