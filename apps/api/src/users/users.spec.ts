import { Role, UserStatus } from '@inno/contracts';
import { actorOf, makeCompany, makeUser, PASSWORD } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';

describe('accounts: approval, staff creation, disabling', () => {
  let t: TestApp;
  let operator: Awaited<ReturnType<typeof actorOf>>;
  let admin: Awaited<ReturnType<typeof actorOf>>;
  beforeAll(async () => {
    t = await createTestApp();
    operator = await actorOf(t, Role.OPERATOR);
    admin = await actorOf(t, Role.ADMIN);
  });
  afterAll(() => t.close());

  it('lets an operator approve a pending buyer, who can then act; the move is audited with from and to', async () => {
    const buyer = await makeUser(t, Role.BUYER, { status: UserStatus.PENDING });
    const approved = await t.http().post(`/api/v1/users/${buyer.id}/approve`).set(operator.auth).send({}).expect(200);
    expect(approved.body).toMatchObject({ id: buyer.id, status: 'ACTIVE', institution: { name: '조달청' } });
    await t.http().post('/api/v1/auth/login').send({ email: buyer.email, password: PASSWORD }).expect(200);
    const [event] = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: buyer.id, action: 'user.approve' });
    expect(event).toMatchObject({ actorId: operator.user.id, actorRole: 'OPERATOR', fromState: 'PENDING', toState: 'ACTIVE' });
  });

  it('refuses a move from the wrong state with 409 and a wrong role with 403', async () => {
    const active = await makeUser(t, Role.BUYER);
    const conflict = await t.http().post(`/api/v1/users/${active.id}/approve`).set(operator.auth).expect(409);
    expect(conflict.body.message).toMatch(/ACTIVE/);
    await t.http().post(`/api/v1/users/${active.id}/disable`).set(operator.auth).expect(403);
    const supplier = await actorOf(t, Role.SUPPLIER);
    await t.http().post(`/api/v1/users/${active.id}/approve`).set(supplier.auth).expect(403);
    await t.http().post(`/api/v1/users/${active.id}/approve`).expect(401);
  });

  it('makes one decision when two operators approve at once', async () => {
    const buyer = await makeUser(t, Role.BUYER, { status: UserStatus.PENDING });
    const second = await actorOf(t, Role.OPERATOR);
    const results = await Promise.all([operator, second].map((o) => t.http().post(`/api/v1/users/${buyer.id}/approve`).set(o.auth)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: buyer.id, action: 'user.approve' })).toBe(1);
  });

  it('lets an operator reject, and an admin disable, re-enable, but never act on their own account', async () => {
    const pending = await makeUser(t, Role.BUYER, { status: UserStatus.PENDING });
    await t.http().post(`/api/v1/users/${pending.id}/reject`).set(operator.auth).send({ reason: '소속 확인 불가' }).expect(200);
    const citizen = await makeUser(t, Role.CITIZEN);
    await t.http().post(`/api/v1/users/${citizen.id}/disable`).set(admin.auth).expect(200);
    await t.http().post(`/api/v1/users/${citizen.id}/disable`).set(admin.auth).expect(409);
    const enabled = await t.http().post(`/api/v1/users/${citizen.id}/enable`).set(admin.auth).expect(200);
    expect(enabled.body.status).toBe('ACTIVE');
    const self = await t.http().post(`/api/v1/users/${admin.user.id}/disable`).set(admin.auth).expect(409);
    expect(self.body.message).toMatch(/your own account/);
  });

  it('never lets staff admit a stranger into a company that has an active administrator', async () => {
    const company = await makeCompany(t);
    const companyAdmin = await actorOf(t, Role.SUPPLIER, { companyId: company.id, companyAdmin: true });
    const signup = await t
      .http()
      .post('/api/v1/auth/signup')
      .send({ email: 'stranger@example.kr', password: PASSWORD, name: '낯선이', role: Role.SUPPLIER, company: { name: '낯선회사', businessNumber: company.businessNumber, size: 'SME', region: '서울특별시' } })
      .expect(201);
    const strangerId = signup.body.user.id;
    for (const staff of [operator, admin]) {
      for (const move of ['approve', 'reject']) {
        const refused = await t.http().post(`/api/v1/users/${strangerId}/${move}`).set(staff.auth).send({ reason: '서류 확인' }).expect(403);
        expect(refused.body.message).toMatch(/its administrator’s decision/);
      }
    }
    await t.http().post('/api/v1/auth/login').send({ email: 'stranger@example.kr', password: PASSWORD }).expect(403);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: strangerId, action: 'user.approve' })).toBe(0);
    // The administrator decides.
    await t.http().post(`/api/v1/companies/${company.id}/members/${strangerId}/reject`).set(companyAdmin.auth).expect(200);
  });

  it('lets staff decide on joining a company without an active administrator, only with a reason, audited', async () => {
    const company = await makeCompany(t);
    await makeUser(t, Role.SUPPLIER, { companyId: company.id, companyAdmin: true, status: UserStatus.DISABLED });
    const pending = await makeUser(t, Role.SUPPLIER, { companyId: company.id, companyAdmin: false, status: UserStatus.PENDING });
    const missing = await t.http().post(`/api/v1/users/${pending.id}/approve`).set(operator.auth).send({}).expect(400);
    expect(missing.body.details).toEqual({ reason: ['reason is required when staff decide on joining a company that has no active administrator'] });
    await t.http().post(`/api/v1/users/${pending.id}/approve`).set(operator.auth).send({ reason: '   ' }).expect(400);
    await t.http().post(`/api/v1/users/${pending.id}/approve`).set(operator.auth).send({ reason: '대표자 공문으로 재직 확인' }).expect(200);
    const [event] = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: pending.id, action: 'user.approve' });
    expect(event).toMatchObject({ actorId: operator.user.id, fromState: 'PENDING', toState: 'ACTIVE', data: { reason: '대표자 공문으로 재직 확인', companyId: company.id } });
  });

  it('answers 404 for an unknown account and 400 for a malformed id', async () => {
    await t.http().post('/api/v1/users/00000000-0000-4000-8000-000000000000/approve').set(operator.auth).expect(404);
    const bad = await t.http().post('/api/v1/users/123/approve').set(operator.auth).expect(400);
    expect(bad.body.details).toEqual({ id: ['id must be a UUID'] });
  });

  it('lets only an admin create staff accounts, who can then sign in', async () => {
    const body = { email: 'new.member@committee.kr', password: 'committee-pass-1', name: '새위원', role: Role.COMMITTEE };
    await t.http().post('/api/v1/users').set(operator.auth).send(body).expect(403);
    const created = await t.http().post('/api/v1/users').set(admin.auth).send(body).expect(201);
    expect(created.body).toMatchObject({ role: 'COMMITTEE', status: 'ACTIVE' });
    await t.http().post('/api/v1/auth/login').send({ email: body.email, password: body.password }).expect(200);
    await t.http().post('/api/v1/users').set(admin.auth).send(body).expect(409);
    const supplier = await t.http().post('/api/v1/users').set(admin.auth).send({ ...body, email: 'x@y.kr', role: Role.SUPPLIER }).expect(400);
    expect(supplier.body.details.role[0]).toMatch(/OPERATOR, COMMITTEE, SCOUT, ADMIN/);
    const guessable = await t.http().post('/api/v1/users').set(admin.auth).send({ ...body, email: 'y@z.kr', password: 'password1234' }).expect(400);
    expect(guessable.body.details.password[0]).toMatch(/most commonly used/);
  });

  it('lists accounts by status with pages', async () => {
    for (let i = 0; i < 3; i++) await makeUser(t, Role.BUYER, { status: UserStatus.PENDING });
    const page = await t.http().get('/api/v1/users?status=PENDING&pageSize=2&page=1').set(operator.auth).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items.every((u: { status: string }) => u.status === 'PENDING')).toBe(true);
    const beyond = await t.http().get(`/api/v1/users?status=PENDING&pageSize=2&page=1000`).set(operator.auth).expect(200);
    expect(beyond.body.items).toEqual([]);
    await t.http().get('/api/v1/users?pageSize=101').set(operator.auth).expect(400);
    await t.http().get('/api/v1/users').set((await actorOf(t, Role.BUYER)).auth).expect(403);
  });
});

describe('organisations: role and ownership', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('shows a company to its own suppliers and to operators, not to other companies or buyers', async () => {
    const mine = await actorOf(t, Role.SUPPLIER);
    const other = await actorOf(t, Role.SUPPLIER);
    const companyId = mine.user.companyId!;
    const own = await t.http().get(`/api/v1/companies/${companyId}`).set(mine.auth).expect(200);
    expect(own.body.id).toBe(companyId);
    const refused = await t.http().get(`/api/v1/companies/${companyId}`).set(other.auth).expect(403);
    expect(refused.body.message).toMatch(/not yours/);
    await t.http().get(`/api/v1/companies/${companyId}`).set((await actorOf(t, Role.BUYER)).auth).expect(403);
    await t.http().get(`/api/v1/companies/${companyId}`).set((await actorOf(t, Role.OPERATOR)).auth).expect(200);
    await t.http().get('/api/v1/companies/not-a-uuid').set(mine.auth).expect(400);
  });

  it('lists the seeded public institutions to anyone, searchable in Korean and English', async () => {
    const all = await t.http().get('/api/v1/institutions?pageSize=100').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(70);
    const types = new Set(all.body.items.map((i: { type: string }) => i.type));
    expect(types).toEqual(new Set(['CENTRAL', 'LOCAL', 'PUBLIC_BODY']));
    const korean = await t.http().get(`/api/v1/institutions?q=${encodeURIComponent('수자원')}`).expect(200);
    expect(korean.body.items.map((i: { name: string }) => i.name)).toEqual(['한국수자원공사']);
    const english = await t.http().get('/api/v1/institutions?q=police&type=CENTRAL').expect(200);
    expect(english.body.items[0].nameEn).toBe('Korean National Police Agency');
    const one = await t.http().get(`/api/v1/institutions/${korean.body.items[0].id}`).expect(200);
    expect(one.body).toMatchObject({ code: 'PB-002', sector: '환경', targetRate: 0.017 });
  });
});
