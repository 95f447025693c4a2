import { addDays, Role, UserStatus } from '@inno/contracts';
import { randomUUID } from 'node:crypto';
import { actorOf, anyInstitution } from '../../test/factories';
import { DAY, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { User } from '../users/user.entity';
import { IdeaSupport } from './idea.entity';
import { IdeasService } from './ideas.service';
import { IncubationTask } from './incubation-task.entity';

let sequence = 0;
const ideaBody = (fields: Record<string, string> = {}) => ({
  title: `버스 정류장 무더위 쉼터 ${++sequence}`,
  problem: '여름철 버스를 기다리는 어르신들이 폭염에 그대로 노출됩니다.',
  affected: '버스 이용 어르신, 어린이',
  idea: '태양광으로 움직이는 냉방 쉼터를 정류장에 설치합니다.',
  whereUsed: '지방자치단체 버스 정류장',
  ...fields,
});

describe('citizens’ ideas: supported, reviewed monthly, selected into a challenge', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  let author: SignedIn;
  let supporter: SignedIn;

  beforeAll(async () => {
    clock.set('2026-12-10T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    author = await actorOf(t, Role.CITIZEN);
    supporter = await actorOf(t, Role.CITIZEN);
  });
  afterAll(() => t.close());

  /** An incubation task's owner, goal and due date (a quarter from today by the app's clock). */
  const incubationBody = (fields: Record<string, unknown> = {}) => ({ ownerTeam: '혁신조달 운영팀', goal: '시제품 제작 기업 발굴', dueOn: addDays(koreanDate(clock.now()), 90), ...fields });

  const submit = async (by = author, fields: Record<string, string> = {}) => (await t.http().post('/api/v1/ideas').set(by.auth).send(ideaBody(fields)).expect(201)).body;

  it('publishes a citizen’s idea at once, refuses personal data, and lets an operator hide one with a reason', async () => {
    const idea = await submit();
    expect(idea).toMatchObject({ status: 'SUBMITTED', supportCount: 0, mine: true, month: '2026-12' });
    const buyer = await actorOf(t, Role.BUYER);
    await t.http().post('/api/v1/ideas').set(buyer.auth).send(ideaBody()).expect(403);
    await t.http().post('/api/v1/ideas').send(ideaBody()).expect(401);
    const phone = (await t.http().post('/api/v1/ideas').set(author.auth).send(ideaBody({ affected: '연락주세요 010-1234-5678' })).expect(400)).body;
    expect(phone.details.affected[0]).toMatch(/phone/);
    const rrn = (await t.http().post('/api/v1/ideas').set(author.auth).send(ideaBody({ problem: '제 주민번호 900101-1234567 로 확인된 불편입니다.' })).expect(400)).body;
    expect(rrn.details.problem[0]).toMatch(/resident registration/);
    expect((await t.http().get(`/api/v1/ideas/${idea.id}`).expect(200)).body).toMatchObject({ title: idea.title, supportedByMe: false, mine: false });

    const abusive = await submit(supporter);
    await t.http().post(`/api/v1/ideas/${abusive.id}/hide`).set(author.auth).send({ reason: '욕설' }).expect(403);
    await t.http().post(`/api/v1/ideas/${abusive.id}/hide`).set(operator.auth).send({}).expect(400);
    await t.http().post(`/api/v1/ideas/${abusive.id}/hide`).set(operator.auth).send({ reason: '특정인 비방 표현 포함' }).expect(204);
    await t.http().get(`/api/v1/ideas/${abusive.id}`).expect(404);
    await t.http().put(`/api/v1/ideas/${abusive.id}/support`).set(author.auth).expect(404);
    const listed = (await t.http().get('/api/v1/ideas?pageSize=100').expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(listed).toContain(idea.id);
    expect(listed).not.toContain(abusive.id);
    const notices = (await t.http().get('/api/v1/notifications').set(supporter.auth).expect(200)).body.items;
    expect(notices[0]).toMatchObject({ body: '특정인 비방 표현 포함' });
  });

  it('counts one support per person, withdrawable, never the author’s own', async () => {
    const idea = await submit();
    expect((await t.http().put(`/api/v1/ideas/${idea.id}/support`).set(author.auth).expect(403)).body.code).toBe('SELF_SUPPORT');
    expect((await t.http().put(`/api/v1/ideas/${idea.id}/support`).set(supporter.auth).expect(200)).body).toEqual({ supportCount: 1 });
    expect((await t.http().put(`/api/v1/ideas/${idea.id}/support`).set(supporter.auth).expect(200)).body).toEqual({ supportCount: 1 });
    expect((await t.http().get(`/api/v1/ideas/${idea.id}`).set(supporter.auth).expect(200)).body).toMatchObject({ supportCount: 1, supportedByMe: true });
    expect((await t.http().delete(`/api/v1/ideas/${idea.id}/support`).set(supporter.auth).expect(200)).body).toEqual({ supportCount: 0 });
    expect((await t.http().delete(`/api/v1/ideas/${idea.id}/support`).set(supporter.auth).expect(200)).body).toEqual({ supportCount: 0 });
    // Sorted by support: the most supported first.
    const popular = await submit();
    await t.http().put(`/api/v1/ideas/${popular.id}/support`).set(supporter.auth).expect(200);
    expect((await t.http().get('/api/v1/ideas?sort=support').expect(200)).body.items[0].id).toBe(popular.id);
    await t.http().get('/api/v1/ideas?sort=loudest').expect(400);
  });

  it('keeps the count exact under concurrency: 1,000 supporters at once and one supporter 100 times count 1,001', async () => {
    const idea = await submit();
    const users = Array.from({ length: 1000 }, (_, i) => ({
      id: randomUUID(),
      email: `crowd-${i}-${randomUUID().slice(0, 6)}@test.kr`,
      passwordHash: 'x',
      name: `시민 ${i}`,
      role: Role.CITIZEN,
      status: UserStatus.ACTIVE,
      companyId: null,
      institutionId: null,
    }));
    await t.dataSource.getRepository(User).insert(users);
    const ideas = t.app.get(IdeasService);
    const results = await Promise.allSettled([
      ...users.map((u) => ideas.support({ userId: u.id }, idea.id)),
      ...Array.from({ length: 100 }, () => ideas.support({ userId: supporter.user.id }, idea.id)),
      // Over HTTP too, twice at once.
      t.http().put(`/api/v1/ideas/${idea.id}/support`).set(supporter.auth).expect(200),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const supporters = await t.dataSource.getRepository(IdeaSupport).countBy({ ideaId: idea.id });
    expect(supporters).toBe(1001);
    expect((await t.http().get(`/api/v1/ideas/${idea.id}`).expect(200)).body.supportCount).toBe(1001);
    // Withdrawals at once with repeated supports by others: still the distinct supporters.
    await Promise.all([...users.slice(0, 300).map((u) => ideas.withdrawSupport({ userId: u.id }, idea.id)), ...users.slice(300, 600).map((u) => ideas.support({ userId: u.id }, idea.id))]);
    expect((await t.http().get(`/api/v1/ideas/${idea.id}`).expect(200)).body.supportCount).toBe(await t.dataSource.getRepository(IdeaSupport).countBy({ ideaId: idea.id }));
    expect(await t.dataSource.getRepository(IdeaSupport).countBy({ ideaId: idea.id })).toBe(701);
  });

  it('reviews a month: scores, at most 5 selected (a setting) even at once, one into a challenge for an institution, the others archived and their authors told', async () => {
    clock.set('2027-01-05T10:00:00+09:00');
    const month = '2027-01';
    const authors = await Promise.all(Array.from({ length: 8 }, () => actorOf(t, Role.CITIZEN)));
    const ideas = [];
    for (const by of authors) ideas.push(await submit(by));
    await t.http().post('/api/v1/idea-reviews').set(author.auth).send({ month }).expect(403);
    await t.http().post('/api/v1/idea-reviews').set(operator.auth).send({ month: '2027-02' }).expect(400);
    const review = (await t.http().post('/api/v1/idea-reviews').set(operator.auth).send({ month }).expect(201)).body;
    expect(review).toMatchObject({ month, status: 'OPEN', maxSelected: 5, ideaCount: 8, selectedCount: 0 });
    expect((await t.http().post('/api/v1/idea-reviews').set(operator.auth).send({ month }).expect(409)).body.code).toBe('REVIEW_EXISTS');
    // Sent during the review: it joins it.
    const late = await submit();
    expect(late.status).toBe('UNDER_REVIEW');

    const institution = await anyInstitution(t);
    const select = (id: string, fields: Record<string, unknown> = {}) =>
      t.http().post(`/api/v1/ideas/${id}/select`).set(operator.auth).send({ route: 'INCUBATION', reason: '혁신성과 공공성이 높음', ...(fields.route ? {} : { incubation: incubationBody() }), ...fields });
    expect((await select(ideas[0].id).expect(409)).body.code).toBe('IDEA_NOT_SCORED');
    await t.http().put(`/api/v1/ideas/${ideas[0].id}/scores`).set(operator.auth).send({ innovativeness: 6, socialImpact: 4, procurementFit: 4 }).expect(400);
    for (const idea of [...ideas, late]) await t.http().put(`/api/v1/ideas/${idea.id}/scores`).set(operator.auth).send({ innovativeness: 4, socialImpact: 5, procurementFit: 3 }).expect(200);
    await t.http().put(`/api/v1/ideas/${ideas[0].id}/scores`).set(author.auth).send({ innovativeness: 4, socialImpact: 5, procurementFit: 3 }).expect(403);

    // Into a challenge prefilled for an institution: its buyer finds the draft.
    await select(ideas[0].id, { route: 'CHALLENGE' }).expect(400);
    const selected = (await select(ideas[0].id, { route: 'CHALLENGE', institutionId: institution.id, field: 'SAF' }).expect(200)).body;
    expect(selected).toMatchObject({ status: 'SELECTED', outcome: { route: 'CHALLENGE', reason: '혁신성과 공공성이 높음', challengeId: expect.any(String) } });
    const buyer = await actorOf(t, Role.BUYER, { institutionId: institution.id });
    const drafts = (await t.http().get('/api/v1/challenges/mine').set(buyer.auth).expect(200)).body.items;
    expect(drafts).toEqual([expect.objectContaining({ id: selected.outcome.challengeId, status: 'DRAFT', title: ideas[0].title, ideaId: ideas[0].id, field: 'SAF', call: null })]);
    expect(drafts[0].need).toContain(ideas[0].problem);

    // Seven more at once for four places: exactly four pass.
    const rest = [...ideas.slice(1), late];
    const attempts = await Promise.all(rest.map((idea) => select(idea.id)));
    expect(attempts.filter((r) => r.status === 200)).toHaveLength(4);
    const refused = attempts.filter((r) => r.status !== 200);
    expect(refused.map((r) => [r.status, r.body.code, r.body.params])).toEqual(refused.map(() => [409, 'MONTHLY_SELECTION_FULL', { max: 5 }]));

    const closed = (await t.http().post(`/api/v1/idea-reviews/${review.id}/close`).set(operator.auth).send({ reason: '이번 달 선정 한도 내에서 우선순위가 낮음' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'CLOSED', selectedCount: 5, ideaCount: 9 });
    await t.http().post(`/api/v1/idea-reviews/${review.id}/close`).set(operator.auth).send({ reason: '다시' }).expect(409);
    const archived = (await t.http().get(`/api/v1/ideas?month=${month}&status=ARCHIVED`).expect(200)).body.items;
    expect(archived).toHaveLength(4);
    expect(archived.every((i: { outcome: { reason: string } }) => i.outcome.reason === '이번 달 선정 한도 내에서 우선순위가 낮음')).toBe(true);
    const archivedAuthor = authors[ideas.findIndex((i) => i.id === archived[0].id)] ?? author;
    const notices = (await t.http().get('/api/v1/notifications').set(archivedAuthor.auth).expect(200)).body.items;
    expect(notices.map((n: { title: string }) => n.title)).toContainEqual(expect.stringContaining('archived'));
    await t.http().post(`/api/v1/ideas/${archived[0].id}/select`).set(operator.auth).send({ route: 'INCUBATION', reason: '재선정', incubation: incubationBody() }).expect(409);
    const trail = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: ideas[0].id }, order: { id: 'ASC' } });
    expect(trail.map((e) => e.action)).toEqual(['idea.submitted', 'idea.review', 'idea.score', 'idea.select']);

    // The limit is a setting, copied when a month's review opens.
    const settings = (await t.http().get('/api/v1/rule-settings').expect(200)).body;
    expect(settings.ideas).toEqual({ maxSelectedPerMonth: 5 });
    const { updatedAt: _u, updatedBy: _b, ...rules } = settings;
    await t.http().put('/api/v1/rule-settings').set(operator.auth).send({ ...rules, ideas: { maxSelectedPerMonth: 2 } }).expect(200);
    clock.advance(31 * DAY);
    const next = (await t.http().post('/api/v1/idea-reviews').set(operator.auth).send({ month: '2027-02' }).expect(201)).body;
    expect(next.maxSelected).toBe(2);
    expect((await t.http().get('/api/v1/idea-reviews').set(operator.auth).expect(200)).body.map((r: { month: string }) => r.month)).toEqual(['2027-02', month]);
  });

  it('turns an idea selected for incubation into a task operators follow to done or dropped, only its status public', async () => {
    clock.advance(31 * DAY);
    const month = koreanDate(clock.now()).slice(0, 7);
    const [first, second] = [await submit(), await submit()];
    await t.http().post('/api/v1/idea-reviews').set(operator.auth).send({ month }).expect(201);
    for (const idea of [first, second]) await t.http().put(`/api/v1/ideas/${idea.id}/scores`).set(operator.auth).send({ innovativeness: 5, socialImpact: 4, procurementFit: 4 }).expect(200);
    const today = koreanDate(clock.now());
    const institution = await anyInstitution(t);
    const select = (id: string, incubation?: Record<string, unknown>) =>
      t.http().post(`/api/v1/ideas/${id}/select`).set(operator.auth).send({ route: 'INCUBATION', reason: '시범 적용 가치가 큼', ...(incubation ? { incubation } : {}) });
    const refusedField = async (incubation?: Record<string, unknown>) => Object.keys((await select(first.id, incubation).expect(400)).body.details);

    // The task needs one owner, a goal and a due date not past; a refused selection leaves nothing behind.
    expect(await refusedField()).toEqual(['incubation']);
    expect(await refusedField({ goal: '목표', dueOn: today })).toEqual(['incubation.ownerTeam']);
    expect(await refusedField(incubationBody({ ownerInstitutionId: institution.id }))).toEqual(['incubation.ownerTeam']);
    expect(await refusedField(incubationBody({ ownerTeam: undefined, ownerInstitutionId: randomUUID() }))).toEqual(['incubation.ownerInstitutionId']);
    expect(await refusedField(incubationBody({ dueOn: addDays(today, -1) }))).toEqual(['incubation.dueOn']);
    expect(await refusedField(incubationBody({ dueOn: `${today.slice(0, 4)}-02-30` }))).toEqual(['incubation.dueOn']);
    expect((await t.http().get(`/api/v1/ideas/${first.id}`).expect(200)).body).toMatchObject({ status: 'UNDER_REVIEW', incubation: null });
    expect(await t.dataSource.getRepository(IncubationTask).countBy({ ideaId: first.id })).toBe(0);

    const byInstitution = (await select(first.id, incubationBody({ ownerTeam: undefined, ownerInstitutionId: institution.id, goal: '기관 현장 실증 설계' })).expect(200)).body;
    expect(byInstitution).toMatchObject({ status: 'SELECTED', outcome: { route: 'INCUBATION' }, incubation: { status: 'OPEN' } });
    await select(second.id, incubationBody({ dueOn: today })).expect(200);
    // Publicly, the status only.
    const shown = (await t.http().get(`/api/v1/ideas/${first.id}`).expect(200)).body;
    expect(shown.incubation).toEqual({ status: 'OPEN' });
    expect(JSON.stringify(shown)).not.toContain('기관 현장 실증 설계');

    // Operators manage the tasks; no one else reads or moves them.
    await t.http().get('/api/v1/incubation-tasks').expect(401);
    const buyer = await actorOf(t, Role.BUYER, { institutionId: institution.id });
    for (const stranger of [author, buyer]) await t.http().get('/api/v1/incubation-tasks').set(stranger.auth).expect(403);
    const tasks = (await t.http().get('/api/v1/incubation-tasks').set(operator.auth).expect(200)).body.items.filter((task: { idea: { id: string } }) => [first.id, second.id].includes(task.idea.id));
    expect(tasks).toEqual([
      expect.objectContaining({ idea: { id: second.id, title: second.title }, owner: { institution: null, team: '혁신조달 운영팀' }, dueOn: today, status: 'OPEN', availableActions: ['start', 'drop'] }),
      expect.objectContaining({ idea: { id: first.id, title: first.title }, owner: { institution: { id: institution.id, name: institution.name }, team: null }, goal: '기관 현장 실증 설계' }),
    ]);
    const [teamTask, institutionTask] = tasks.map((task: { id: string }) => task.id);
    const move = (id: string, action: string, by = operator, body: Record<string, unknown> = {}) => t.http().post(`/api/v1/incubation-tasks/${id}/${action}`).set(by.auth).send(body);

    expect((await move(teamTask, 'complete', operator, { reason: '완료' }).expect(409)).body.code).toBe('WRONG_STATE');
    for (const stranger of [author, buyer]) await move(teamTask, 'start', stranger).expect(403);
    await move(randomUUID(), 'start').expect(404);
    expect((await move(teamTask, 'start').expect(200)).body).toMatchObject({ status: 'IN_PROGRESS', availableActions: ['complete', 'drop'] });
    await move(teamTask, 'start').expect(409);
    expect(Object.keys((await move(teamTask, 'complete').expect(400)).body.details)).toEqual(['reason']);
    expect((await move(teamTask, 'complete', operator, { reason: '시제품 2건 발굴, 수요제안으로 연계' }).expect(200)).body).toMatchObject({ status: 'DONE', reason: '시제품 2건 발굴, 수요제안으로 연계', availableActions: [] });
    await move(teamTask, 'drop', operator, { reason: '중단' }).expect(409);
    await move(institutionTask, 'drop', buyer, { reason: '예산 부족' }).expect(403);
    expect((await move(institutionTask, 'drop', operator, { reason: '기관 예산 미확보' }).expect(200)).body.status).toBe('DROPPED');
    expect((await t.http().get(`/api/v1/ideas/${second.id}`).expect(200)).body.incubation).toEqual({ status: 'DONE' });
    expect((await t.http().get(`/api/v1/ideas/${first.id}`).expect(200)).body.incubation).toEqual({ status: 'DROPPED' });

    const trail = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: teamTask }, order: { id: 'ASC' } });
    expect(trail.map((e) => [e.action, e.fromState, e.toState, e.actorId])).toEqual([
      ['incubation.opened', null, 'OPEN', operator.user.id],
      ['incubation.start', 'OPEN', 'IN_PROGRESS', operator.user.id],
      ['incubation.complete', 'IN_PROGRESS', 'DONE', operator.user.id],
    ]);
  });
});
