import { Role } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { committeeSession, DAY, openCall, openSession, passingChecklist, proposalInEvaluation, sheetAt, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { DesignationScheduler } from '../designations/designation-scheduler';
import { Product } from '../products/product.entity';

describe('the designation journey', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    clock.set('2026-12-01T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  it('goes from a call to a designated product in the catalogue, then through extension, suspension, revocation', async () => {
    const call = await openCall(t, operator, clock.now());
    expect(call).toMatchObject({ phase: 'OPEN', criteria: { passMark: 70 } });
    expect((await t.http().get('/api/v1/calls?phase=OPEN').expect(200)).body.items.map((c: { id: string }) => c.id)).toContain(call.id);

    // The supplier drafts, checks eligibility, submits.
    const { supplier, product } = await supplierWithProduct(t);
    const draft = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04', innovation: '원격 압력 감지', publicValue: '소방 안전', pilotPlan: '소방서 시범사용' }).expect(201)).body;
    expect(draft).toMatchObject({ status: 'DRAFT', availableActions: ['submit', 'withdraw'] });
    const rules = (await t.http().get(`/api/v1/proposals/${draft.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(rules.map((r: { rule: string; passed: boolean }) => [r.rule, r.passed])).toEqual([
      ['trl', true],
      ['patentOrLicence', true],
      ['notAlreadyDesignated', true],
      ['notRevoked', true],
      ['withinCeiling', true],
      ['noOtherLiveProposal', true],
      ['companyNotSanctioned', true],
    ]);
    await t.http().post(`/api/v1/proposals/${draft.id}/submit`).set(supplier.auth).expect(200);

    // A supplement: edits are held apart until the supplier submits them.
    await t.http().post(`/api/v1/proposals/${draft.id}/request-supplement`).set(operator.auth).send({ message: '시범사용 계획을 구체화해 주세요', deadline: new Date(clock.now().getTime() + 2 * DAY).toISOString() }).expect(200);
    const held = (await t.http().patch(`/api/v1/proposals/${draft.id}`).set(supplier.auth).send({ pilotPlan: '소방서 3곳에서 6개월 시범사용, 교육 포함' }).expect(200)).body;
    expect(held).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', content: { pilotPlan: '소방서 시범사용' }, supplementDraft: { pilotPlan: '소방서 3곳에서 6개월 시범사용, 교육 포함' } });
    const supplemented = (await t.http().post(`/api/v1/proposals/${draft.id}/supplement`).set(supplier.auth).expect(200)).body;
    expect(supplemented).toMatchObject({ status: 'SUBMITTED', content: { pilotPlan: '소방서 3곳에서 6개월 시범사용, 교육 포함' }, supplementDraft: null });

    // Screening.
    await t.http().post(`/api/v1/proposals/${draft.id}/start-screening`).set(operator.auth).expect(200);
    const screened = (await t.http().post(`/api/v1/proposals/${draft.id}/pass-screening`).set(operator.auth).send({ checklist: passingChecklist() }).expect(200)).body;
    expect(screened.status).toBe('EVALUATION');
    expect(screened.availableActions).toEqual(['schedule']);

    // A session with five members; one is recused.
    const members = await Promise.all(Array.from({ length: 5 }, () => actorOf(t, Role.COMMITTEE)));
    const [chair, recused, ...others] = members;
    const rooms = (await t.http().get('/api/v1/rooms').set(operator.auth).expect(200)).body;
    const session = await committeeSession(t, operator, members, { roomId: rooms[0].id, onlineUrl: undefined });
    const withItem = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: draft.id }).expect(201)).body;
    const itemId = withItem.items[0].id;
    expect((await t.http().get(`/api/v1/proposals/${draft.id}`).set(supplier.auth)).body.status).toBe('COMMITTEE_REVIEW');

    await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(recused.auth).send({ conflict: true, reason: '제안 기업 자문 이력' }).expect(200);
    await openSession(t, session.id, members, { [chair.user.id]: 'ROOM', [recused.user.id]: 'ROOM' });
    const recusedView = (await t.http().get(`/api/v1/agenda-items/${itemId}`).set(recused.auth).expect(200)).body;
    expect(recusedView).toMatchObject({ access: 'RECUSED', proposal: null, myDeclaration: 'CONFLICT' });
    await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(recused.auth).send(sheetAt(0.9)).expect(403);

    for (const [index, member] of [chair, ...others].entries()) {
      await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
      const full = (await t.http().get(`/api/v1/agenda-items/${itemId}`).set(member.auth).expect(200)).body;
      expect(full.access).toBe('FULL');
      expect(full.proposal.pilotPlan).toContain('6개월');
      await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheetAt([0.9, 0.8, 0.7, 0.8][index])).expect(200);
    }

    // Scores stay hidden until the chair closes the item: from operators and other members too.
    const operatorView = (await t.http().get(`/api/v1/committee-sessions/${session.id}`).set(operator.auth).expect(200)).body;
    expect(operatorView.items[0]).toMatchObject({ scoredCount: 4, eligibleCount: 4, presentCount: 4, voteRequired: false, decision: null, myScore: null, frozen: true });
    const listed: { id: string }[] = (await t.http().get('/api/v1/committee-sessions').set(operator.auth).expect(200)).body;
    expect(listed.find((s) => s.id === session.id)).toEqual(operatorView);
    const scoredEvents = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: itemId, action: 'committee.scored' });
    expect(scoredEvents.every((e) => Object.keys(e.data).length === 0)).toBe(true);
    const otherView = (await t.http().get(`/api/v1/committee-sessions/${session.id}`).set(others[0].auth).expect(200)).body;
    expect(otherView.items[0].myScore.points.pilotCapability).toBe(24);
    // Frozen after the first score.
    await t.http().patch(`/api/v1/agenda-items/${itemId}/criteria`).set(operator.auth).send({ passMark: 60, groups: call.criteria.groups }).expect(409);
    // Only the chair closes.
    await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(others[0].auth).expect(403);
    const closed = (await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(chair.auth).expect(200)).body;
    expect(closed.decision).toMatchObject({ passed: true, scoredBy: 4, eligibleMembers: 4, present: 4, aggregate: 80, votes: null });

    // Designated, in the catalogue at once, on the public decisions page, with minutes.
    const designated = (await t.http().get(`/api/v1/products/${product.id}`).expect(200)).body;
    expect(designated).toMatchObject({ status: 'DESIGNATED', kind: 'TYPE2', designation: { designatingBody: '조달청', designatedOn: '2026-12-01', validUntil: '2029-11-30', extensionStage: 0 } });
    expect(designated.designation.designationNumber).toMatch(/^INN-2026-\d{4}$/);
    const catalogue = (await t.http().get(`/api/v1/products?q=${encodeURIComponent('스마트 소화기')}`).expect(200)).body;
    expect(catalogue.items.map((p: { id: string }) => p.id)).toContain(product.id);
    const minutes = (await t.http().get(`/api/v1/committee-sessions/${session.id}/minutes`).expect(200)).body;
    expect(minutes.items).toEqual([expect.objectContaining({ passed: true, aggregate: 80, totals: [90, 80, 80, 70] })]);
    expect(minutes.recusals).toEqual([{ productName: '스마트 소화기', memberName: recused.user.name }]);
    expect(JSON.stringify(minutes)).not.toContain(chair.user.id);
    const [closeEvent] = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: itemId, action: 'committee.item_closed' });
    expect((closeEvent.data as { scores: { memberId: string }[] }).scores.map((s) => s.memberId).sort()).toEqual([chair, ...others].map((m) => m.user.id).sort());
    const notifications = (await t.http().get('/api/v1/notifications').set(supplier.auth).expect(200)).body;
    // Written in one transaction with the proposal's own notice: same time, so either may list first.
    expect(notifications.items.map((n: { titleMessage: unknown }) => n.titleMessage)).toContainEqual({ code: 'NOTE_DESIGNATED', params: { product: expect.any(String) } });

    // Extensions: +1 year, then +2 years, then no more (6 years at most).
    for (const [expected, validUntil] of [[1, '2030-11-30'], [2, '2032-11-30']] as const) {
      const request = (await t.http().post(`/api/v1/products/${product.id}/extension-requests`).set(supplier.auth).send({ basis: 'PUBLIC_SALES', evidence: '2027년 공공기관 납품 실적 12건' }).expect(201)).body;
      expect(request.rules.every((r: { passed: boolean }) => r.passed)).toBe(true);
      const approved = (await t.http().post(`/api/v1/extension-requests/${request.id}/approve`).set(operator.auth).send({}).expect(200)).body;
      expect(approved).toMatchObject({ status: 'APPROVED', years: expected });
      expect((await t.http().get(`/api/v1/products/${product.id}`)).body.designation).toMatchObject({ validUntil, extensionStage: expected });
    }
    const third = (await t.http().post(`/api/v1/products/${product.id}/extension-requests`).set(supplier.auth).send({ basis: 'AWARD', evidence: '2032년 조달청장 표창 수상' }).expect(409)).body;
    expect(third.details.extensionStage[0]).toMatch(/6 years at most/);

    // Suspension takes it off the catalogue; reinstatement restores EXTENDED; revocation ends it.
    await t.http().post(`/api/v1/products/${product.id}/suspend`).set(operator.auth).send({ reason: '배터리 과열 신고 접수, 안전 점검 중' }).expect(200);
    expect((await t.http().get(`/api/v1/products?q=${encodeURIComponent('스마트 소화기')}`)).body.items.map((p: { id: string }) => p.id)).not.toContain(product.id);
    await t.http().post(`/api/v1/products/${product.id}/suspend`).set(operator.auth).send({ reason: '두 번째 정지 시도' }).expect(409);
    const reinstated = (await t.http().post(`/api/v1/products/${product.id}/reinstate`).set(operator.auth).send({ reason: '안전 점검 통과' }).expect(200)).body;
    expect(reinstated.status).toBe('EXTENDED');
    await t.http().post(`/api/v1/products/${product.id}/revoke`).set(supplier.auth).send({ reasons: ['자진 취하 시도'] }).expect(403);
    await t.http().post(`/api/v1/products/${product.id}/revoke`).set(operator.auth).send({ reasons: ['허위 시험성적서 제출 확인'] }).expect(200);
    await t.http().post(`/api/v1/products/${product.id}/reinstate`).set(operator.auth).send({ reason: '복원 시도' }).expect(409);

    const decisions = (await t.http().get('/api/v1/decisions?pageSize=100').expect(200)).body.items.filter((d: { productId: string }) => d.productId === product.id);
    expect(decisions.map((d: { kind: string }) => d.kind).reverse()).toEqual(['DESIGNATION', 'EXTENSION', 'EXTENSION', 'SUSPENSION', 'REINSTATEMENT', 'REVOCATION']);
    expect(decisions[0].reasons).toEqual(['허위 시험성적서 제출 확인']);
    expect(decisions[0].reasonMessages).toEqual([{ code: 'TEXT', params: { text: '허위 시험성적서 제출 확인' } }]);
  });

  it('expires a designation on its day, once, however many processes run the job', async () => {
    const call = await openCall(t, operator, clock.now());
    const members = await Promise.all(Array.from({ length: 3 }, () => actorOf(t, Role.COMMITTEE)));
    const { product, proposal } = await proposalInEvaluation(t, operator, call.id);
    const session = await committeeSession(t, operator, members);
    const itemId = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body.items[0].id;
    await openSession(t, session.id, members);
    for (const member of members) {
      await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
      await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheetAt(0.8)).expect(200);
    }
    await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(members[0].auth).expect(200);
    const scheduler = t.app.get(DesignationScheduler);

    // On its last day (3 years less a day, Civil Act art. 160) nothing happens; the day after, it expires.
    clock.set('2029-11-30T23:00:00+09:00');
    expect((await scheduler.runOnce()).expired).toBe(0);
    clock.set('2029-12-01T00:30:00+09:00');
    const runs = await Promise.all([scheduler.runOnce(), scheduler.runOnce(), scheduler.runOnce()]);
    expect(runs.reduce((sum, r) => sum + r.expired, 0)).toBeGreaterThanOrEqual(1);
    expect((await t.dataSource.getRepository(Product).findOneByOrFail({ id: product.id })).status).toBe('EXPIRED');
    const expiries = (await t.http().get('/api/v1/decisions?kind=EXPIRY&pageSize=100')).body.items.filter((d: { productId: string }) => d.productId === product.id);
    expect(expiries).toHaveLength(1);
    await t.http().get(`/api/v1/products/${product.id}`).expect(404);
    clock.set('2026-12-01T10:00:00+09:00');
  });
});
