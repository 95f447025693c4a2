import { addDays, DEFAULT_RULE_SETTINGS, Role, type ConcernView, type ObserverSessionView } from '@inno/contracts';
import { randomUUID } from 'node:crypto';
import { committeeSession, openCall, openSession, proposalInEvaluation, sheetAt, type SignedIn } from '../../test/designation-fixtures';
import { actorOf, makeUser, PASSWORD } from '../../test/factories';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { koreanDate } from '../clock/clock';
import { registeredRoutes } from '../common/registered-routes';
import { Reminders } from '../mail/reminders';
import { Notification } from '../notifications/notification.entity';

const DAY = 24 * 3_600_000;
const RECUSAL_REASON = '배우자가 신청 기업의 대표이사입니다';

/** The routes an observer is let through, besides those open to any signed-in user. */
const OBSERVER_ROUTES = ['GET /api/v1/observer/sessions', 'GET /api/v1/observer/sessions/:id', 'POST /api/v1/decisions/:id/concerns'];

describe('observers: their term, closed sessions, comments and concerns', () => {
  const clock = new TestClock();
  let t: TestApp;
  let admin: SignedIn;
  let operator: SignedIn;
  let observer: SignedIn;
  const today = () => koreanDate(clock.now());

  /** The fields of an observer whose term runs `from` to `to` days from today. */
  const term = (from: number, to: number) => ({ observerOrganisation: '투명사회시민연대', observerTermFrom: addDays(today(), from), observerTermTo: addDays(today(), to) });
  const observerOf = (from = -30, to = 365) => actorOf(t, Role.OBSERVER, term(from, to));

  beforeAll(async () => {
    clock.set('2026-12-01T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    admin = await actorOf(t, Role.ADMIN);
    operator = await actorOf(t, Role.OPERATOR);
    observer = await observerOf();
  });
  afterAll(() => t.close());

  describe('an admin creates an observer with an organisation and a term', () => {
    const staff = (fields: Record<string, unknown>) => ({ email: `obs-${randomUUID().slice(0, 8)}@ngo.kr`, password: PASSWORD, name: '장감시', role: Role.OBSERVER, ...fields });

    it('keeps the organisation and term and shows them on the account', async () => {
      const body = staff({ organisation: '투명사회시민연대', termFrom: today(), termTo: addDays(today(), 365) });
      const created = (await t.http().post('/api/v1/users').set(admin.auth).send(body).expect(201)).body;
      expect(created).toMatchObject({ role: Role.OBSERVER, status: 'ACTIVE', observer: { organisation: '투명사회시민연대', termFrom: today(), termTo: addDays(today(), 365) } });
    });

    it('refuses an observer without a term, a term that ends before it starts, and a term for any other role', async () => {
      const missing = await t.http().post('/api/v1/users').set(admin.auth).send(staff({ organisation: '시민연대' })).expect(400);
      expect(Object.keys(missing.body.details).sort()).toEqual(['termFrom', 'termTo']);
      const inverted = await t.http().post('/api/v1/users').set(admin.auth).send(staff({ organisation: '시민연대', termFrom: today(), termTo: addDays(today(), -1) })).expect(400);
      expect(Object.keys(inverted.body.details)).toEqual(['termTo']);
      const scout = await t.http().post('/api/v1/users').set(admin.auth).send(staff({ role: Role.SCOUT, organisation: '시민연대', termFrom: today(), termTo: today() })).expect(400);
      expect(Object.keys(scout.body.details).sort()).toEqual(['organisation', 'termFrom', 'termTo']);
    });

    it('lets only an admin create one', async () => {
      const body = staff({ organisation: '투명사회시민연대', termFrom: today(), termTo: addDays(today(), 365) });
      const refused = await t.http().post('/api/v1/users').set(operator.auth).send(body).expect(403);
      expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    });
  });

  describe('the term, judged by the injected clock', () => {
    it('refuses signing in before the term with its own code, and any route after it with another', async () => {
      const early = await makeUser(t, Role.OBSERVER, term(3, 10));
      const refused = await t.http().post('/api/v1/auth/login').send({ email: early.email, password: PASSWORD }).expect(403);
      expect(refused.body).toMatchObject({ code: 'OBSERVER_TERM_NOT_STARTED', params: { termFrom: addDays(today(), 3) } });

      const ending = await observerOf(-10, 2);
      const termTo = addDays(today(), 2);
      await t.http().get('/api/v1/observer/sessions').set(ending.auth).expect(200);
      clock.advance(2 * DAY);
      await t.http().get('/api/v1/observer/sessions').set(ending.auth).expect(200);
      clock.advance(DAY);
      const after = await t.http().get('/api/v1/observer/sessions').set(ending.auth).expect(403);
      expect(after.body).toMatchObject({ code: 'OBSERVER_TERM_ENDED', params: { termTo } });
      const signIn = await t.http().post('/api/v1/auth/login').send({ email: ending.user.email, password: PASSWORD }).expect(403);
      expect(signIn.body.code).toBe('OBSERVER_TERM_ENDED');
      clock.advance(-3 * DAY);
    });
  });

  describe('a committee session as an observer reads it', () => {
    let members: SignedIn[];
    let sessionId: string;
    let itemIds: string[];

    beforeAll(async () => {
      const call = await openCall(t, operator, clock.now());
      members = await Promise.all(Array.from({ length: 4 }, (_, i) => actorOf(t, Role.COMMITTEE, { name: `위원${i + 1}` })));
      const session = await committeeSession(t, operator, members);
      sessionId = session.id;
      itemIds = [];
      for (let i = 0; i < 2; i++) {
        const { proposal } = await proposalInEvaluation(t, operator, call.id);
        const view = (await t.http().post(`/api/v1/committee-sessions/${sessionId}/items`).set(operator.auth).send({ proposalId: proposal.id }).expect(201)).body;
        itemIds.push(view.items.find((it: { proposalId: string }) => it.proposalId === proposal.id).id);
      }
      await openSession(t, sessionId, members);
      for (const [n, itemId] of itemIds.entries()) {
        for (const [m, member] of members.entries()) {
          const recused = n === 0 && m === 3;
          await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send(recused ? { conflict: true, reason: RECUSAL_REASON } : { conflict: false }).expect(200);
          if (!recused) await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheetAt(0.7 + m * 0.05)).expect(200);
        }
      }
    });

    it('shows only what the public sees until every item is closed', async () => {
      await t.http().post(`/api/v1/agenda-items/${itemIds[0]}/close`).set(members[0].auth).expect(200);
      const open = (await t.http().get(`/api/v1/observer/sessions/${sessionId}`).set(observer.auth).expect(200)).body as ObserverSessionView;
      expect(open).toMatchObject({ closed: false, itemCount: 2, closedItemCount: 1, attendance: [], items: [] });
      const listed = (await t.http().get('/api/v1/observer/sessions').set(observer.auth).expect(200)).body;
      expect(listed.find((s: { id: string }) => s.id === sessionId)).toMatchObject({ closed: false, closedItemCount: 1 });
    });

    it('once closed: agenda, attendance, who was recused (not why), scores per numbered member, decisions and trails without data', async () => {
      await t.http().post(`/api/v1/agenda-items/${itemIds[1]}/close`).set(members[0].auth).expect(200);
      const response = await t.http().get(`/api/v1/observer/sessions/${sessionId}`).set(observer.auth).expect(200);
      const view = response.body as ObserverSessionView;
      expect(view).toMatchObject({ closed: true, itemCount: 2, closedItemCount: 2 });
      expect(view.attendance).toEqual(members.map((m, i) => ({ name: m.user.name, isChair: i === 0, presence: 'ONLINE' })));
      expect(view.items.map((i) => i.id)).toEqual(itemIds);
      expect(view.items[0].recused).toEqual([members[3].user.name]);
      expect(view.items[1].recused).toEqual([]);
      expect(view.items[0].scores.map((s) => s.member)).toHaveLength(3);
      expect(view.items[1].scores.map((s) => s.member)).toEqual([1, 2, 3, 4]);
      // The same member keeps their number across the session's items.
      const totals = (i: number) => new Map(view.items[i].scores.map((s) => [s.member, s.total]));
      for (const [member, total] of totals(0)) expect(totals(1).get(member)).toBe(total);
      expect(view.items.every((i) => i.decision && i.decisionId)).toBe(true);
      const actions = view.items[0].trail.map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['proposal.submit', 'committee.item_added', 'committee.recused', 'committee.scored', 'committee.item_closed']));
      const closing = view.items[0].trail.find((e) => e.action === 'committee.item_closed')!;
      expect(closing).toMatchObject({ actorRole: Role.COMMITTEE, actorName: members[0].user.name, fromState: 'OPEN', toState: 'CLOSED' });
      // Suppliers are not named; no reason, member id or e-mail leaves the API.
      expect(view.items[0].trail.find((e) => e.action === 'proposal.submit')!.actorName).toBeNull();
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(RECUSAL_REASON);
      expect(view).toMatchObject({ place: '', online: true });
      expect(text).not.toContain('meet.example.kr');
      for (const member of members) {
        expect(text).not.toContain(member.user.id);
        expect(text).not.toContain(member.user.email);
      }
    });

    it('refuses the committee’s own routes and the audit log to an observer', async () => {
      for (const path of [`/api/v1/committee-sessions/${sessionId}`, `/api/v1/agenda-items/${itemIds[0]}`, '/api/v1/committee-sessions', '/api/v1/audit/events']) {
        const refused = await t.http().get(path).set(observer.auth).expect(403);
        expect([path, refused.body.code]).toEqual([path, 'ROLE_NOT_ALLOWED']);
      }
    });

    describe('comments and formal concerns on the decisions', () => {
      let decisionId: string;
      beforeAll(async () => {
        const view = (await t.http().get(`/api/v1/observer/sessions/${sessionId}`).set(observer.auth).expect(200)).body as ObserverSessionView;
        decisionId = view.items[0].decisionId!;
      });

      it('files a concern due in the rule setting’s days and a comment due never; both are public; operators are told', async () => {
        const concern = (await t.http().post(`/api/v1/decisions/${decisionId}/concerns`).set(observer.auth).send({ kind: 'CONCERN', body: '점수 편차의 근거를 공개해 주십시오.' }).expect(201)).body as ConcernView;
        expect(concern).toMatchObject({ decisionId, kind: 'CONCERN', status: 'OPEN', answerDueOn: addDays(today(), DEFAULT_RULE_SETTINGS.observers.concernAnswerDays), overdue: false, authorName: observer.user.name, organisation: '투명사회시민연대', answer: null });
        const comment = (await t.http().post(`/api/v1/decisions/${decisionId}/concerns`).set(observer.auth).send({ kind: 'COMMENT', body: '회의록 공개가 충실합니다.' }).expect(201)).body as ConcernView;
        expect(comment).toMatchObject({ kind: 'COMMENT', answerDueOn: null });
        const published = (await t.http().get(`/api/v1/concerns?decisionId=${decisionId}`).expect(200)).body;
        expect(published.items.map((c: ConcernView) => c.id).sort()).toEqual([concern.id, comment.id].sort());
        const told = await t.dataSource.getRepository(Notification).findBy({ userId: operator.user.id });
        expect(told.filter((n) => n.titleMessage.code === 'NOTE_CONCERN_FILED')).toHaveLength(2);
      });

      it('is answered once, by an operator, in public; the state machine refuses a second answer and other roles', async () => {
        const concern = (await t.http().post(`/api/v1/decisions/${decisionId}/concerns`).set(observer.auth).send({ kind: 'CONCERN', body: '회피 위원의 사유를 확인했는지 알려 주십시오.' }).expect(201)).body as ConcernView;
        const byObserver = await t.http().post(`/api/v1/concerns/${concern.id}/answer`).set(observer.auth).send({ answer: '스스로 답할 수는 없습니다.' }).expect(403);
        expect(byObserver.body.code).toBe('ROLE_NOT_ALLOWED');
        const byOperatorFiling = await t.http().post(`/api/v1/decisions/${decisionId}/concerns`).set(operator.auth).send({ kind: 'COMMENT', body: '운영자는 의견을 낼 수 없습니다.' }).expect(403);
        expect(byOperatorFiling.body.code).toBe('ROLE_NOT_ALLOWED');
        const answered = (await t.http().post(`/api/v1/concerns/${concern.id}/answer`).set(operator.auth).send({ answer: '회피 사유는 위원장이 확인했고 감사 기록에 남아 있습니다.' }).expect(200)).body as ConcernView;
        expect(answered).toMatchObject({ status: 'ANSWERED', answer: '회피 사유는 위원장이 확인했고 감사 기록에 남아 있습니다.', answeredBy: operator.user.name, overdue: false });
        const again = await t.http().post(`/api/v1/concerns/${concern.id}/answer`).set(operator.auth).send({ answer: '두 번째 답변은 받지 않습니다.' }).expect(409);
        expect(again.body).toMatchObject({ code: 'WRONG_STATE', params: { status: 'ANSWERED', action: 'answer' } });
        const published = (await t.http().get(`/api/v1/concerns?decisionId=${decisionId}&status=ANSWERED`).expect(200)).body;
        expect(published.items.map((c: ConcernView) => c.answer)).toEqual([answered.answer]);
        const audit = await t.dataSource.query(`SELECT action, from_state, to_state FROM audit_events WHERE entity_type = 'concern' AND entity_id = $1 ORDER BY id`, [concern.id]);
        expect(audit).toEqual([
          { action: 'concern.filed', from_state: null, to_state: 'OPEN' },
          { action: 'concern.answered', from_state: 'OPEN', to_state: 'ANSWERED' },
        ]);
      });

      it('refuses a body too short and a kind that is none, with the shared rule’s codes', async () => {
        const refused = await t.http().post(`/api/v1/decisions/${decisionId}/concerns`).set(observer.auth).send({ kind: 'PETITION', body: '짧음' }).expect(400);
        expect(refused.body.detailCodes).toEqual({ kind: [{ code: 'FIELD_NOT_A_CHOICE' }], body: [{ code: 'FIELD_TOO_SHORT', params: { min: 10 } }] });
        await t.http().post(`/api/v1/decisions/${randomUUID()}/concerns`).set(observer.auth).send({ kind: 'COMMENT', body: '없는 결정에 대한 의견입니다.' }).expect(404);
      });

      it('is due by the answer days the operator set; past them it is flagged overdue and the operators are reminded once', async () => {
        const settings = (await t.http().get('/api/v1/rule-settings').expect(200)).body;
        const { updatedAt: _u, updatedBy: _b, ...rest } = settings;
        await t.http().put('/api/v1/rule-settings').set(operator.auth).send({ ...rest, observers: { concernAnswerDays: 3 } }).expect(200);
        const concern = (await t.http().post(`/api/v1/decisions/${decisionId}/concerns`).set(observer.auth).send({ kind: 'CONCERN', body: '3일 안에 답을 받아야 하는 이의입니다.' }).expect(201)).body as ConcernView;
        expect(concern.answerDueOn).toBe(addDays(today(), 3));

        clock.advance(3 * DAY);
        const onTheDay = (await t.http().get(`/api/v1/concerns?overdue=true`).expect(200)).body;
        expect(onTheDay.items.map((c: ConcernView) => c.id)).not.toContain(concern.id);
        clock.advance(DAY);
        const late = (await t.http().get(`/api/v1/concerns?overdue=true`).expect(200)).body;
        expect(late.items.map((c: ConcernView) => [c.id, c.overdue])).toEqual([[concern.id, true]]);

        const reminders = t.app.get(Reminders);
        await reminders.sendDue();
        await reminders.sendDue();
        const reminded = await t.dataSource.getRepository(Notification).findBy({ userId: operator.user.id });
        expect(reminded.filter((n) => n.titleMessage.code === 'REMIND_CONCERN_OVERDUE')).toHaveLength(1);
        const mails = await t.dataSource.query(`SELECT count(*)::int AS n FROM mails WHERE user_id = $1 AND kind = 'REMIND_CONCERN_OVERDUE'`, [operator.user.id]);
        expect(mails).toEqual([{ n: 1 }]);

        const answered = (await t.http().post(`/api/v1/concerns/${concern.id}/answer`).set(operator.auth).send({ answer: '늦었지만 답변합니다. 근거 자료를 공개했습니다.' }).expect(200)).body as ConcernView;
        expect(answered.overdue).toBe(false);
        const audit = await t.dataSource.query(`SELECT data->>'late' AS late FROM audit_events WHERE entity_id = $1 AND action = 'concern.answered'`, [concern.id]);
        expect(audit).toEqual([{ late: 'true' }]);
        clock.advance(-4 * DAY);
      });
    });
  });

  describe('route guards for the role', () => {
    it('lets an observer through exactly its own routes and those open to any signed-in user; every other route refuses the role', async () => {
      const routes = registeredRoutes(t.app).filter((r) => !r.isPublic);
      const anySignedIn = (r: (typeof routes)[number]) => r.policy!.roles.length === 0 && !r.policy!.owners?.length;
      const observerRoutes = routes.filter((r) => r.policy!.roles.includes(Role.OBSERVER)).map((r) => `${r.method} ${r.path}`);
      expect(observerRoutes.sort()).toEqual([...OBSERVER_ROUTES].sort());
      for (const route of routes.filter((r) => !anySignedIn(r) && !r.policy!.roles.includes(Role.OBSERVER))) {
        const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
        const answer = await t.http()[method](route.path.replace(/:[A-Za-z]+/g, randomUUID())).set(observer.auth).send({});
        expect([route.name, answer.status, answer.body.code]).toEqual([route.name, 403, 'ROLE_NOT_ALLOWED']);
      }
    });
  });
});
