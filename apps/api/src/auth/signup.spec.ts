import { Role, UserStatus } from '@inno/contracts';
import { anyInstitution, makeBusinessNumber, makeCompany, makeUser, PASSWORD } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { Company } from '../companies/company.entity';
import { User } from '../users/user.entity';

describe('sign-up', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const signup = (body: object) => t.http().post('/api/v1/auth/signup').send(body);
  const email = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 8)}@example.kr`;

  it('registers a supplier with its company, active, as the company administrator', async () => {
    const businessNumber = makeBusinessNumber().replace(/-/g, '');
    const response = await signup({
      email: email('Supplier').toUpperCase(),
      password: PASSWORD,
      name: '김공급',
      role: Role.SUPPLIER,
      company: { name: '(주)혁신테크', businessNumber, size: 'SME', region: '대전광역시' },
    }).expect(201);
    expect(response.body).toMatchObject({ canSignIn: true, user: { role: 'SUPPLIER', status: 'ACTIVE', company: { name: '(주)혁신테크' } } });
    expect(response.body.user.email).toBe(response.body.user.email.toLowerCase());
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const company = await t.dataSource.getRepository(Company).findOneByOrFail({ id: response.body.user.company.id });
    expect(company.businessNumber).toMatch(/^\d{3}-\d{2}-\d{5}$/);
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: response.body.user.id });
    expect(user.companyAdmin).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const events = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: user.id });
    expect(events.map((e) => [e.action, e.toState])).toEqual([['user.signed_up', 'ACTIVE']]);
    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
  });

  it('refuses a business number whose check digit is wrong, storing nothing', async () => {
    const before = await t.dataSource.getRepository(Company).count();
    const valid = makeBusinessNumber();
    const wrong = valid.slice(0, -1) + String((Number(valid.slice(-1)) + 1) % 10);
    const address = email('bad-brn');
    const response = await signup({
      email: address,
      password: PASSWORD,
      name: '김공급',
      role: Role.SUPPLIER,
      company: { name: '(주)오류', businessNumber: wrong, size: 'SME', region: '서울특별시' },
    }).expect(400);
    expect(response.body.details['company.businessNumber'][0]).toMatch(/business registration number/);
    expect(await t.dataSource.getRepository(Company).count()).toBe(before);
    expect(await t.dataSource.getRepository(User).countBy({ email: address })).toBe(0);
  });

  it('makes a second user of a registered company a pending member, whom its administrator approves', async () => {
    const company = await makeCompany(t);
    const admin = await makeUser(t, Role.SUPPLIER, { companyId: company.id, companyAdmin: true });
    const address = email('second');
    const response = await signup({
      email: address,
      password: PASSWORD,
      name: '이직원',
      role: Role.SUPPLIER,
      company: { name: 'ignored', businessNumber: company.businessNumber, size: 'SME', region: '서울특별시' },
    }).expect(201);
    expect(response.body).toMatchObject({ canSignIn: false, user: { status: 'PENDING', company: { id: company.id, name: company.name } } });
    expect(await t.dataSource.getRepository(Company).countBy({ businessNumber: company.businessNumber })).toBe(1);
    await t.http().post('/api/v1/auth/login').send({ email: address, password: PASSWORD }).expect(403);

    const adminToken = (await t.http().post('/api/v1/auth/login').send({ email: admin.email, password: PASSWORD }).expect(200)).body.accessToken;
    const members = await t.http().get(`/api/v1/companies/${company.id}/members`).set('authorization', `Bearer ${adminToken}`).expect(200);
    expect(members.body.map((m: { email: string; status: string }) => [m.email, m.status])).toEqual([
      [admin.email, 'ACTIVE'],
      [address, 'PENDING'],
    ]);
    await t.http().post(`/api/v1/companies/${company.id}/members/${response.body.user.id}/approve`).set('authorization', `Bearer ${adminToken}`).expect(200);
    await t.http().post(`/api/v1/companies/${company.id}/members/${response.body.user.id}/approve`).set('authorization', `Bearer ${adminToken}`).expect(409);
    await t.http().post('/api/v1/auth/login').send({ email: address, password: PASSWORD }).expect(200);
  });

  it('requires a company for a supplier and an institution for a buyer, and refuses them for others', async () => {
    const supplier = await signup({ email: email('s'), password: PASSWORD, name: 'a', role: Role.SUPPLIER }).expect(400);
    expect(supplier.body.details.company).toContain('company is required for a supplier');
    const buyer = await signup({ email: email('b'), password: PASSWORD, name: 'a', role: Role.BUYER }).expect(400);
    expect(buyer.body.details).toHaveProperty('institutionId');
    const institution = await anyInstitution(t);
    const citizen = await signup({ email: email('c'), password: PASSWORD, name: 'a', role: Role.CITIZEN, institutionId: institution.id }).expect(400);
    expect(citizen.body.details.institutionId).toContain('institutionId is only given when signing up as BUYER');
  });

  it('keeps a buyer pending until an operator approves the institution membership', async () => {
    const institution = await anyInstitution(t, 'LG-001');
    const address = email('buyer');
    const response = await signup({ email: address, password: PASSWORD, name: '이구매', role: Role.BUYER, institutionId: institution.id }).expect(201);
    expect(response.body).toMatchObject({ canSignIn: false, user: { status: UserStatus.PENDING, institution: { name: '서울특별시' } } });
    const refused = await t.http().post('/api/v1/auth/login').send({ email: address, password: PASSWORD }).expect(403);
    expect(refused.body.message).toMatch(/waits for approval/);
  });

  it('refuses an unknown institution with a message on the field', async () => {
    const response = await signup({
      email: email('buyer'),
      password: PASSWORD,
      name: '이구매',
      role: Role.BUYER,
      institutionId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(response.body.details).toEqual({ institutionId: ['institutionId is not a listed institution'] });
  });

  it('activates a citizen at once', async () => {
    const response = await signup({ email: email('citizen'), password: PASSWORD, name: '한시민', role: Role.CITIZEN }).expect(201);
    expect(response.body).toMatchObject({ canSignIn: true, user: { role: 'CITIZEN', status: 'ACTIVE', company: null, institution: null } });
  });

  it.each([Role.OPERATOR, Role.COMMITTEE, Role.SCOUT, Role.ADMIN])('refuses self sign-up as %s', async (role) => {
    const response = await signup({ email: email('staff'), password: PASSWORD, name: 'x', role }).expect(400);
    expect(response.body.details.role[0]).toMatch(/must be one of SUPPLIER, BUYER, CITIZEN/);
  });

  it('refuses an e-mail already registered, whatever its case', async () => {
    const address = email('twice');
    await signup({ email: address, password: PASSWORD, name: 'a', role: Role.CITIZEN }).expect(201);
    const response = await signup({ email: address.toUpperCase(), password: PASSWORD, name: 'b', role: Role.CITIZEN }).expect(409);
    expect(response.body.details).toEqual({ email: ['is already registered'] });
    // What the web words: the code, and the field's code.
    expect(response.body).toMatchObject({ code: 'EMAIL_TAKEN', detailCodes: { email: [{ code: 'EMAIL_TAKEN' }] } });
  });

  it('refuses a short password and unknown fields, with a message per field', async () => {
    const response = await signup({ email: 'not-an-email', password: 'short', name: '', role: Role.CITIZEN, isAdmin: true }).expect(400);
    expect(Object.keys(response.body.details).sort()).toEqual(['email', 'isAdmin', 'name', 'password']);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('sends each broken rule as a code with its limits, for the web to word', async () => {
    const response = await signup({ email: 'not-an-email', password: PASSWORD, name: '가'.repeat(101), role: 'OPERATOR', isAdmin: true }).expect(400);
    expect(response.body).toMatchObject({ code: 'INVALID_INPUT', details: { name: [expect.stringMatching(/shorter than or equal to 100/)] } });
    expect(response.body.detailCodes).toEqual({
      name: [{ code: 'FIELD_TOO_LONG', params: { max: 100 } }],
      email: [{ code: 'FIELD_NOT_EMAIL' }],
      role: [{ code: 'FIELD_NOT_ONE_OF', params: { allowed: 'SUPPLIER, BUYER, CITIZEN' } }],
      isAdmin: [{ code: 'FIELD_NOT_ACCEPTED' }],
    });
    // Left out or blank, a field is asked for once, whatever rules it has.
    const blank = await signup({ password: PASSWORD, name: '', role: Role.CITIZEN }).expect(400);
    expect(blank.body.detailCodes).toEqual({ email: [{ code: 'FIELD_REQUIRED' }], name: [{ code: 'FIELD_REQUIRED' }] });
  });

  it.each(['aaaaaaaaaa', '1234567890', 'password12', 'qwer1234!!', '1q2w3e4r5t'])('refuses the easily guessed password %s, saying why on the field', async (password) => {
    const address = email('guessable');
    const response = await signup({ email: address, password, name: 'a', role: Role.CITIZEN }).expect(400);
    expect(Object.keys(response.body.details)).toEqual(['password']);
    expect(response.body.details.password[0]).toMatch(/^password (is one of the most commonly used passwords|must not be one character or a short pattern repeated|must not be a sequence)/);
    expect(await t.dataSource.getRepository(User).countBy({ email: address })).toBe(0);
  });

  it('refuses a password containing the e-mail address’s name part, at sign-up and on a change', async () => {
    const refused = await signup({ email: 'hong.gildong@example.kr', password: 'hong.gildong!2026', name: 'a', role: Role.CITIZEN }).expect(400);
    expect(refused.body.details).toEqual({ password: ['password must not contain the name part of the e-mail address'] });
    const user = await makeUser(t, Role.CITIZEN);
    const token = (await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200)).body.accessToken;
    const change = (newPassword: string) =>
      t.http().patch('/api/v1/auth/me').set('authorization', `Bearer ${token}`).send({ currentPassword: PASSWORD, newPassword });
    const named = await change(`${user.email.split('@')[0]}-2026`).expect(400);
    expect(named.body.details).toEqual({ newPassword: ['newPassword must not contain the name part of the e-mail address'] });
    const common = await change('iloveyou1234').expect(400);
    expect(common.body.details.newPassword[0]).toMatch(/most commonly used/);
  });
});
