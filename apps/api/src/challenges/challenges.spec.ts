import { addDays, ChallengeSelection, Role } from '@inno/contracts';
import { Client } from 'pg';
import { actorOf, anyInstitution } from '../../test/factories';
import { committeeSession, DAY, HOUR, openCall, openSession, passingChecklist, sheetAt, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { Sealing } from '../sealing/sealing';

const SECRET = '초음파 결빙 감지 센서를 가로등에 부착';

describe('challenges: proposed, selected, answered by sealed solutions, designated, bought for the proposer', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  let admin: SignedIn;
  let buyer: SignedIn;
  let otherBuyer: SignedIn;

  beforeAll(async () => {
    // Mid-morning in Korea on the clock's own day: the committee sits on the day it is called.
    clock.set(`${koreanDate(clock.now())}T10:00:00+09:00`);
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    admin = await actorOf(t, Role.ADMIN);
    buyer = await actorOf(t, Role.BUYER);
    otherBuyer = await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, 'CG-001')).id });
  });
  afterAll(() => t.close());

  const challengeBody = (callId: string) => ({
    callId,
    title: '겨울철 도로 결빙 구간 실시간 감지',
    need: '블랙아이스 사고를 줄일 실시간 감지 수단이 필요합니다.',
    currentMethod: '순찰차가 하루 두 번 육안으로 확인합니다.',
    currentCost: 240_000_000,
    expectedEffect: '결빙 사고 30% 감소',
    budget: 500_000_000,
    quantity: 200,
    field: 'SAF',
  });

  const supplierCallBody = () => ({ title: '혁신시제품 공모', kind: 'SUPPLIER_PROPOSAL', description: '공공 현장의 문제를 푸는 제품', subAreas: ['SAF'], opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() + DAY).toISOString() });

  async function callForChallenges(closesInMs = 2 * DAY, challengeSelection?: ChallengeSelection) {
    return openCall(t, operator, clock.now(), {
      kind: 'CALL_FOR_CHALLENGES',
      title: '하반기 수요제안 공모',
      closesAt: new Date(clock.now().getTime() + closesInMs).toISOString(),
      ...(challengeSelection ? { challengeSelection } : {}),
    });
  }

  /** A challenge of the buyer's institution, proposed into the call. */
  async function proposedChallenge(callId: string, title = challengeBody(callId).title): Promise<string> {
    const created = (await t.http().post('/api/v1/challenges').set(buyer.auth).send({ ...challengeBody(callId), title }).expect(201)).body;
    await t.http().post(`/api/v1/challenges/${created.id}/submit`).set(buyer.auth).expect(200);
    return created.id;
  }

  it('runs from a call for challenges to a purchase for the proposing institution, the solutions sealed until the close', async () => {
    const call = await callForChallenges();
    expect(call.challengeSelection).toBe('OPERATOR');
    // A draft may be saved incomplete; submitting needs the whole problem.
    const draft = (await t.http().post('/api/v1/challenges').set(buyer.auth).send({ callId: call.id, title: '겨울철 도로 결빙' }).expect(201)).body;
    expect(draft).toMatchObject({ status: 'DRAFT', availableActions: ['submit', 'withdraw'] });
    const incomplete = (await t.http().post(`/api/v1/challenges/${draft.id}/submit`).set(buyer.auth).expect(409)).body;
    expect(incomplete).toMatchObject({ code: 'CHALLENGE_INCOMPLETE' });
    expect(Object.keys(incomplete.details)).toEqual(['need', 'currentMethod', 'expectedEffect', 'field']);
    // Drafts are not public; another institution's buyer neither edits nor submits it.
    await t.http().get(`/api/v1/challenges/${draft.id}`).expect(404);
    await t.http().patch(`/api/v1/challenges/${draft.id}`).set(otherBuyer.auth).send({ need: '다른 기관' }).expect(403);
    const { callId: _callId, ...content } = challengeBody(call.id);
    await t.http().patch(`/api/v1/challenges/${draft.id}`).set(buyer.auth).send(content).expect(200);
    await t.http().post(`/api/v1/challenges/${draft.id}/submit`).set(otherBuyer.auth).expect(403);
    const proposed = (await t.http().post(`/api/v1/challenges/${draft.id}/submit`).set(buyer.auth).expect(200)).body;
    expect(proposed).toMatchObject({ status: 'PROPOSED', institution: { name: expect.any(String) } });
    await t.http().patch(`/api/v1/challenges/${draft.id}`).set(buyer.auth).send({ need: '수정' }).expect(409);

    // Selection waits for the close; then the operator decides with reasons, and the result is public.
    const early = (await t.http().post(`/api/v1/challenges/${draft.id}/select`).set(operator.auth).send({ reason: '시급성 높음' }).expect(409)).body;
    expect(early.code).toBe('CHALLENGE_CALL_NOT_CLOSED');
    await t.http().post(`/api/v1/challenges/${draft.id}/select`).set(buyer.auth).send({ reason: '자기 선정' }).expect(403);
    clock.advance(3 * DAY);
    const selected = (await t.http().post(`/api/v1/challenges/${draft.id}/select`).set(operator.auth).send({ reason: '안전 효과가 크고 예산이 확보됨' }).expect(200)).body;
    expect(selected).toMatchObject({
      status: 'SELECTED',
      selectionReason: '안전 효과가 크고 예산이 확보됨',
      call: { selection: 'OPERATOR' },
      selection: { by: 'OPERATOR', reasons: [{ code: 'TEXT', params: { text: '안전 효과가 크고 예산이 확보됨' } }], sessionId: null, decidedAt: clock.now().toISOString() },
    });
    const publicView = (await t.http().get(`/api/v1/challenges?status=SELECTED`).expect(200)).body;
    expect(publicView.items).toEqual([expect.objectContaining({ id: draft.id, selectionReason: '안전 효과가 크고 예산이 확보됨', need: content.need, availableActions: [] })]);

    // The solution call.
    const opened = (
      await t.http().post(`/api/v1/challenges/${draft.id}/solution-call`).set(operator.auth).send({ opensAt: new Date(clock.now().getTime() - HOUR).toISOString(), closesAt: new Date(clock.now().getTime() + 5 * DAY).toISOString() }).expect(200)
    ).body;
    expect(opened).toMatchObject({ status: 'SOLUTION_CALL_OPEN', solutionCall: { phase: 'OPEN' } });
    const solutionCallId = opened.solutionCall.id;
    expect((await t.http().get(`/api/v1/calls/${solutionCallId}`).expect(200)).body).toMatchObject({ kind: 'CHALLENGE_SOLUTION', subAreas: ['SAF'] });

    // A supplier answers: the same eligibility rules, explained, for its own eyes.
    const { supplier, product } = await supplierWithProduct(t);
    const rival = await supplierWithProduct(t);
    const solution = (
      await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: solutionCallId, productId: product.id, subArea: 'SAF-04', innovation: SECRET, publicValue: '결빙 사고 예방', pilotPlan: '국도 10km 시범 설치' }).expect(201)
    ).body;
    expect(solution.content.innovation).toBe(SECRET);
    const rules = (await t.http().get(`/api/v1/proposals/${solution.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(rules.every((r: { passed: boolean }) => r.passed)).toBe(true);
    await t.http().post(`/api/v1/proposals/${solution.id}/submit`).set(supplier.auth).expect(200);
    await t.http().post('/api/v1/proposals').set(rival.supplier.auth).send({ callId: solutionCallId, productId: rival.product.id, subArea: 'SAF-04', innovation: '경쟁 해결책' }).expect(201);

    // Sealed: no one but its author reads it before the close, whatever their role.
    const committee = await actorOf(t, Role.COMMITTEE);
    const citizen = await actorOf(t, Role.CITIZEN);
    for (const reader of [operator, admin]) {
      const refused = (await t.http().get(`/api/v1/proposals/${solution.id}`).set(reader.auth).expect(403)).body;
      expect(refused.code).toBe('SOLUTIONS_SEALED');
      expect((await t.http().get(`/api/v1/proposals/${solution.id}/eligibility`).set(reader.auth).expect(403)).body.code).toBe('SOLUTIONS_SEALED');
      const listed = (await t.http().get(`/api/v1/proposals?callId=${solutionCallId}`).set(reader.auth).expect(200)).body;
      expect(listed.total).toBe(0);
    }
    for (const reader of [rival.supplier, buyer, otherBuyer, committee, citizen]) {
      await t.http().get(`/api/v1/proposals/${solution.id}`).set(reader.auth).expect(403);
      await t.http().get(`/api/v1/proposals/${solution.id}/eligibility`).set(reader.auth).expect(403);
    }
    await t.http().get(`/api/v1/proposals/${solution.id}`).expect(401);
    for (const reader of [buyer, rival.supplier, committee]) await t.http().get(`/api/v1/challenges/${draft.id}/solutions`).set(reader.auth).expect(403);
    // The operator sees how many arrived and when: drafts do not count.
    const sealed = (await t.http().get(`/api/v1/challenges/${draft.id}/solutions`).set(operator.auth).expect(200)).body;
    expect(sealed).toEqual({ sealed: true, closesAt: opened.solutionCall.closesAt, count: 1, submittedAt: [clock.now().toISOString()] });
    expect(JSON.stringify(sealed)).not.toContain(SECRET);
    // Nor is it screened blind.
    expect((await t.http().post(`/api/v1/proposals/${solution.id}/start-screening`).set(operator.auth).expect(409)).body.message).toMatch(/sealed/);
    await t.http().post(`/api/v1/challenges/${draft.id}/close-solutions`).set(operator.auth).expect(409);

    // What the database holds is not the plaintext: read as the superuser.
    const db = new Client({ connectionString: t.superuserUrl });
    await db.connect();
    const [row] = (await db.query(`SELECT content, sealed, supplement_draft FROM proposals WHERE id = $1`, [solution.id])).rows;
    await db.end();
    expect(JSON.stringify(row.content)).not.toContain(SECRET);
    expect(row.content).toMatchObject({ innovation: '', pilotPlan: '', trl: 0 });
    expect(Buffer.isBuffer(row.sealed)).toBe(true);
    expect(row.sealed.includes(Buffer.from(SECRET))).toBe(false);
    expect(row.sealed.includes(Buffer.from('결빙'))).toBe(false);
    // The bytes open only for their own record under their challenge's key.
    const sealing = t.app.get(Sealing);
    expect(sealing.open<{ innovation: string }>(draft.id, solution.id, row.sealed).innovation).toBe(SECRET);
    expect(() => sealing.open(draft.id, rival.product.id, row.sealed)).toThrow();
    expect(() => sealing.open(rival.product.id, solution.id, row.sealed)).toThrow();

    // After the close: opened, every read logged.
    clock.advance(6 * DAY);
    const closed = (await t.http().post(`/api/v1/challenges/${draft.id}/close-solutions`).set(operator.auth).expect(200)).body;
    expect(closed.status).toBe('SOLUTIONS_CLOSED');
    const unsealed = (await t.http().get(`/api/v1/challenges/${draft.id}/solutions`).set(operator.auth).expect(200)).body;
    expect(unsealed).toMatchObject({ sealed: false, count: 1, solutions: [{ proposalId: solution.id, content: { innovation: SECRET } }] });
    expect((await t.http().get(`/api/v1/proposals/${solution.id}`).set(operator.auth).expect(200)).body.content.innovation).toBe(SECRET);
    const reads = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: solution.id, action: 'solution.read' });
    expect(reads.filter((r) => r.actorId === operator.user.id).map((r) => (r.data as { purpose: string }).purpose).sort()).toEqual(['challenge-solutions', 'view']);
    expect(reads.filter((r) => r.actorId !== supplier.user.id).every((r) => (r.data as { beforeClose: boolean }).beforeClose === false)).toBe(true);

    // Evaluation reuses the committee: screening, a session, hidden scores, the chair's close designates.
    await t.http().post(`/api/v1/challenges/${draft.id}/start-evaluation`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/proposals/${solution.id}/start-screening`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/proposals/${solution.id}/pass-screening`).set(operator.auth).send({ checklist: passingChecklist() }).expect(200);
    const members = await Promise.all(Array.from({ length: 3 }, () => actorOf(t, Role.COMMITTEE)));
    const session = await committeeSession(t, operator, members);
    const itemId = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: solution.id }).expect(201)).body.items[0].id;
    await openSession(t, session.id, members);
    for (const member of members) {
      await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
      expect((await t.http().get(`/api/v1/agenda-items/${itemId}`).set(member.auth).expect(200)).body.proposal.innovation).toBe(SECRET);
      await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheetAt(0.85)).expect(200);
    }
    await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(members[0].auth).expect(200);
    const designated = (await t.http().get(`/api/v1/challenges/${draft.id}`).expect(200)).body;
    expect(designated).toMatchObject({ status: 'DESIGNATED', winner: { proposalId: solution.id, productId: product.id } });
    expect((await t.http().get(`/api/v1/products/${product.id}`).expect(200)).body).toMatchObject({ status: 'DESIGNATED', kind: 'TYPE2' });
    const committeeReads = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: solution.id, action: 'solution.read' });
    expect(committeeReads.filter((r) => (r.data as { purpose: string }).purpose === 'committee')).toHaveLength(3);

    // The purchase for the proposing institution: its buyer or an operator, once.
    const today = koreanDate(clock.now());
    const purchase = { amount: 180_000_000, contractedOn: today, contractReference: '조달-계약-1234' };
    for (const stranger of [otherBuyer, supplier]) await t.http().post(`/api/v1/challenges/${draft.id}/purchase`).set(stranger.auth).send(purchase).expect(403);
    await t.http().post(`/api/v1/challenges/${draft.id}/purchase`).set(buyer.auth).send({ ...purchase, contractedOn: `${today.slice(0, 4)}-02-30` }).expect(400);
    const bought = (await t.http().post(`/api/v1/challenges/${draft.id}/purchase`).set(buyer.auth).send(purchase).expect(200)).body;
    expect(bought).toMatchObject({ status: 'PURCHASED_FOR_PROPOSER', purchase });
    await t.http().post(`/api/v1/challenges/${draft.id}/purchase`).set(operator.auth).send(purchase).expect(409);
    const trail = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: draft.id }, order: { id: 'ASC' } });
    expect(trail.map((e) => e.action)).toEqual([
      'challenge.drafted',
      'challenge.edited',
      'challenge.submit',
      'challenge.select',
      'challenge.open-solution-call',
      'challenge.close-solutions',
      'challenge.start-evaluation',
      'challenge.designate',
      'challenge.record-purchase',
    ]);
  });

  it('refuses each move that does not apply: wrong state 409, wrong role or institution 403', async () => {
    const call = await callForChallenges(DAY);
    const [kept, dropped, withdrawn] = [await proposedChallenge(call.id), await proposedChallenge(call.id), await proposedChallenge(call.id)];
    await t.http().post(`/api/v1/challenges/${withdrawn}/withdraw`).set(otherBuyer.auth).expect(403);
    await t.http().post(`/api/v1/challenges/${withdrawn}/withdraw`).set(buyer.auth).expect(200);
    await t.http().get(`/api/v1/challenges/${withdrawn}`).expect(404);
    // A supplier's proposal into a call for challenges, a challenge into a supplier call: refused.
    const supplierCall = await openCall(t, operator, clock.now());
    expect(supplierCall.challengeSelection).toBeNull();
    const { body: notForChallenges } = await t.http().post('/api/v1/calls').set(operator.auth).send({ ...supplierCallBody(), challengeSelection: 'COMMITTEE' }).expect(400);
    expect(Object.keys(notForChallenges.details)).toEqual(['challengeSelection']);
    expect((await t.http().post('/api/v1/challenges').set(buyer.auth).send(challengeBody(supplierCall.id)).expect(400)).body.details.callId).toBeDefined();
    const { supplier, product } = await supplierWithProduct(t);
    await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04' }).expect(400);
    await t.http().post(`/api/v1/challenges/${kept}/solution-call`).set(operator.auth).send({ opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(409);

    clock.advance(2 * DAY);
    // After the close nothing new is proposed.
    const late = (await t.http().post('/api/v1/challenges').set(buyer.auth).send(challengeBody(call.id)).expect(409)).body;
    expect(late).toMatchObject({ code: 'CALL_CLOSED', params: { closesAt: expect.any(String) } });
    await t.http().post(`/api/v1/challenges/${dropped}/not-select`).set(operator.auth).send({}).expect(400);
    const notSelected = (await t.http().post(`/api/v1/challenges/${dropped}/not-select`).set(operator.auth).send({ reason: '기존 조달 제품으로 해결 가능' }).expect(200)).body;
    expect(notSelected).toMatchObject({ status: 'NOT_SELECTED', selectionReason: '기존 조달 제품으로 해결 가능' });
    await t.http().post(`/api/v1/challenges/${dropped}/select`).set(operator.auth).send({ reason: '재검토' }).expect(409);
    // An operator's call does not go to the committee.
    const members = await Promise.all(Array.from({ length: 3 }, () => actorOf(t, Role.COMMITTEE)));
    const session = await committeeSession(t, operator, members);
    const notCommittee = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ challengeId: kept }).expect(409)).body;
    expect(notCommittee.code).toBe('SELECTION_BY_OPERATOR');
    await t.http().post(`/api/v1/challenges/${kept}/select`).set(operator.auth).send({ reason: '선정' }).expect(200);
    await t.http().post(`/api/v1/challenges/${kept}/solution-call`).set(buyer.auth).send({ opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(403);
    const badWindow = (await t.http().post(`/api/v1/challenges/${kept}/solution-call`).set(operator.auth).send({ opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() - HOUR).toISOString() }).expect(400)).body;
    expect(badWindow.details.closesAt).toBeDefined();
    await t.http().get(`/api/v1/challenges/${kept}/solutions`).set(operator.auth).expect(409);
    await t.http().post(`/api/v1/challenges/${kept}/solution-call`).set(operator.auth).send({ opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(200);
    await t.http().post(`/api/v1/challenges/${kept}/solution-call`).set(operator.auth).send({ opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(409);
    // No designation and no purchase without the committee.
    await t.http().post(`/api/v1/challenges/${kept}/purchase`).set(buyer.auth).send({ amount: 1, contractedOn: addDays(koreanDate(clock.now()), 1), contractReference: 'x' }).expect(409);
    await t.http().post(`/api/v1/challenges/${kept}/start-evaluation`).set(operator.auth).expect(409);
    // Nothing half-written: the refused moves left the challenge as it was, audited once per move made.
    const events = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: kept });
    expect(events.map((e) => e.action).sort()).toEqual(['challenge.drafted', 'challenge.open-solution-call', 'challenge.select', 'challenge.submit'].sort());
  });

  it('where the call says so, the committee selects on its agenda (recusal, attendance, hidden scores, the chair’s close, minutes) and the operator alone is refused', async () => {
    const call = await callForChallenges(DAY, ChallengeSelection.COMMITTEE);
    // Who selects is public with the call and with each challenge.
    expect((await t.http().get(`/api/v1/calls/${call.id}`).expect(200)).body).toMatchObject({ challengeSelection: 'COMMITTEE' });
    const chosen = await proposedChallenge(call.id, '교통약자 보행 안전 알림');
    const dropped = await proposedChallenge(call.id, '청사 주차 안내 개선');
    expect((await t.http().get(`/api/v1/challenges/${chosen}`).expect(200)).body.call).toMatchObject({ selection: 'COMMITTEE' });
    const [chair, second, conflicted, absent] = await Promise.all(Array.from({ length: 4 }, () => actorOf(t, Role.COMMITTEE)));
    const members = [chair, second, conflicted, absent];
    const early = await committeeSession(t, operator, members);
    // Not before the call closes, not by another role, not twice, not half a subject.
    expect((await t.http().post(`/api/v1/committee-sessions/${early.id}/items`).set(operator.auth).send({ challengeId: chosen }).expect(409)).body.code).toBe('CHALLENGE_CALL_NOT_CLOSED');
    clock.advance(2 * DAY);

    // The operator alone is refused, with its own code; the machine offers the committee instead.
    for (const move of ['select', 'not-select']) {
      const refused = (await t.http().post(`/api/v1/challenges/${chosen}/${move}`).set(operator.auth).send({ reason: '운영자 단독 선정' }).expect(409)).body;
      expect(refused.code).toBe('SELECTION_BY_COMMITTEE');
    }
    expect((await t.http().get(`/api/v1/challenges/${chosen}`).set(operator.auth).expect(200)).body.availableActions).toEqual(['schedule']);
    const session = await committeeSession(t, operator, members, { title: '수요제안 선정 위원회' });
    const items = `/api/v1/committee-sessions/${session.id}/items`;
    await t.http().post(items).set(buyer.auth).send({ challengeId: chosen }).expect(403);
    await t.http().post(items).set(chair.auth).send({ challengeId: chosen }).expect(403);
    const { supplier } = await supplierWithProduct(t);
    const both = (await t.http().post(items).set(operator.auth).send({ challengeId: chosen, proposalId: chosen }).expect(400)).body;
    expect(Object.keys(both.details)).toEqual(['challengeId']);
    expect(Object.keys((await t.http().post(items).set(operator.auth).send({}).expect(400)).body.details)).toEqual(['proposalId']);
    await t.http().post(items).set(supplier.auth).send({ challengeId: chosen }).expect(403);
    await t.http().post(items).set(operator.auth).send({ challengeId: chosen }).expect(201);
    const agenda = (await t.http().post(items).set(operator.auth).send({ challengeId: dropped }).expect(201)).body.items;
    expect(agenda).toEqual([
      expect.objectContaining({ subject: 'CHALLENGE', challengeId: chosen, proposalId: null, productName: '교통약자 보행 안전 알림', subArea: 'SAF', status: 'OPEN' }),
      expect.objectContaining({ subject: 'CHALLENGE', challengeId: dropped, productName: '청사 주차 안내 개선' }),
    ]);
    const [chosenItem, droppedItem] = agenda.map((i: { id: string }) => i.id);
    expect((await t.http().post(items).set(operator.auth).send({ challengeId: chosen }).expect(409)).body.code).toBe('WRONG_STATE');
    expect((await t.http().get(`/api/v1/challenges/${chosen}`).expect(200)).body).toMatchObject({ status: 'COMMITTEE_REVIEW', selection: null, availableActions: [] });
    // In committee review only the committee's close decides it: the operator is not one who may.
    expect((await t.http().post(`/api/v1/challenges/${chosen}/select`).set(operator.auth).send({ reason: '우회' }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');

    // The chair opens the session with one member absent; one member recuses from the first item.
    await openSession(t, session.id, members, { [absent.user.id]: 'ABSENT' });
    await t.http().post(`/api/v1/agenda-items/${chosenItem}/declaration`).set(conflicted.auth).send({ conflict: true, reason: '제안 기관 근무 이력' }).expect(200);
    expect((await t.http().put(`/api/v1/agenda-items/${chosenItem}/score`).set(conflicted.auth).send(sheetAt(0.9)).expect(403)).body.code).toBe('RECUSED');
    expect((await t.http().get(`/api/v1/agenda-items/${chosenItem}`).set(conflicted.auth).expect(200)).body).toMatchObject({ access: 'RECUSED', subject: 'CHALLENGE' });
    for (const member of [chair, second]) {
      await t.http().post(`/api/v1/agenda-items/${chosenItem}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
      expect((await t.http().get(`/api/v1/agenda-items/${chosenItem}`).set(member.auth).expect(200)).body).toMatchObject({ access: 'FULL', challenge: { id: chosen, need: challengeBody(call.id).need } });
    }
    await t.http().put(`/api/v1/agenda-items/${chosenItem}/score`).set(absent.auth).send(sheetAt(0.9)).expect(403);
    await t.http().put(`/api/v1/agenda-items/${chosenItem}/score`).set(chair.auth).send(sheetAt(0.9)).expect(200);
    expect((await t.http().post(`/api/v1/agenda-items/${chosenItem}/close`).set(chair.auth).expect(409)).body.code).toBe('SCORES_MISSING');
    await t.http().put(`/api/v1/agenda-items/${chosenItem}/score`).set(second.auth).send(sheetAt(0.8)).expect(200);
    // Scores stay hidden until the close.
    expect((await t.http().get(`/api/v1/agenda-items/${chosenItem}`).set(chair.auth).expect(200)).body).toMatchObject({ scoredCount: 2, decision: null });
    await t.http().post(`/api/v1/agenda-items/${chosenItem}/close`).set(second.auth).expect(403);
    const closed = (await t.http().post(`/api/v1/agenda-items/${chosenItem}/close`).set(chair.auth).expect(200)).body;
    expect(closed.decision).toMatchObject({ passed: true, eligibleMembers: 3, present: 2, scoredBy: 2 });
    await t.http().post(`/api/v1/agenda-items/${chosenItem}/close`).set(chair.auth).expect(409);
    const decidedAt = clock.now().toISOString();
    clock.advance(HOUR);

    for (const member of [chair, second, conflicted]) {
      await t.http().post(`/api/v1/agenda-items/${droppedItem}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
      await t.http().put(`/api/v1/agenda-items/${droppedItem}/score`).set(member.auth).send(sheetAt(0.4)).expect(200);
    }
    expect((await t.http().post(`/api/v1/agenda-items/${droppedItem}/close`).set(chair.auth).expect(200)).body.decision.passed).toBe(false);

    // The results are public, with who decided and why, as codes.
    const selected = (await t.http().get(`/api/v1/challenges/${chosen}`).expect(200)).body;
    expect(selected).toMatchObject({
      status: 'SELECTED',
      selectionReason: null,
      selection: { by: 'COMMITTEE', sessionId: session.id, reasons: [{ code: 'SELECTION_PASSED', params: { aggregate: closed.decision.aggregate, scoredBy: 2 } }], decidedAt },
    });
    const notSelected = (await t.http().get(`/api/v1/challenges/${dropped}`).expect(200)).body;
    expect(notSelected).toMatchObject({ status: 'NOT_SELECTED', selection: { by: 'COMMITTEE', sessionId: session.id } });
    expect(notSelected.selection.reasons.map((r: { code: string }) => r.code)).toContain('OVERALL_BELOW_PASS');
    const listed = (await t.http().get(`/api/v1/challenges?callId=${call.id}&status=SELECTED,NOT_SELECTED`).expect(200)).body;
    expect(listed.items.map((c: { id: string; selection: { by: string } }) => [c.id, c.selection.by]).sort()).toEqual([[chosen, 'COMMITTEE'], [dropped, 'COMMITTEE']].sort());
    const minutes = (await t.http().get(`/api/v1/committee-sessions/${session.id}/minutes`).expect(200)).body;
    expect(minutes.items).toEqual([
      expect.objectContaining({ subject: 'CHALLENGE', productName: '교통약자 보행 안전 알림', passed: true, present: 2 }),
      expect.objectContaining({ subject: 'CHALLENGE', productName: '청사 주차 안내 개선', passed: false }),
    ]);
    expect(minutes.recusals).toEqual([{ productName: '교통약자 보행 안전 알림', memberName: conflicted.user.name }]);

    // Every move audited; the selected challenge goes on to its solution call as any other.
    const trail = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: chosen }, order: { id: 'ASC' } });
    expect(trail.map((e) => [e.action, e.toState])).toEqual([
      ['challenge.drafted', 'DRAFT'],
      ['challenge.submit', 'PROPOSED'],
      ['challenge.schedule', 'COMMITTEE_REVIEW'],
      ['challenge.select', 'SELECTED'],
    ]);
    expect(trail[3]).toMatchObject({ actorId: chair.user.id, data: { by: 'COMMITTEE', sessionId: session.id } });
    await t.http().post(`/api/v1/challenges/${chosen}/solution-call`).set(operator.auth).send({ opensAt: clock.now().toISOString(), closesAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(200);
  });
});
