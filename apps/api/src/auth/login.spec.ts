import { Role } from '@inno/contracts';
import { actorOf, makeUser, PASSWORD } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { User } from '../users/user.entity';
import { REFRESH_COOKIE } from './auth.controller';

const refreshCookie = (setCookie: string[] | string | undefined): string => {
  const cookies = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const cookie = cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie.split(';')[0];
};

describe('sign-in, lockout and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.http().post('/api/v1/auth/login').send({ email, password });

  it('returns a short-lived access token and sets the refresh token as an httpOnly, SameSite=Strict cookie', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const response = await login(user.email, PASSWORD).expect(200);
    expect(response.body).toMatchObject({ expiresIn: 900, user: { id: user.id, role: 'CITIZEN' } });
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith(REFRESH_COOKIE))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    const me = await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.email).toBe(user.email);
  });

  it('answers an unknown e-mail and a wrong password alike', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const unknown = await login('nobody@example.kr', PASSWORD).expect(401);
    const wrong = await login(user.email, 'wrong-password').expect(401);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('locks an account for 15 minutes after 5 failures in a row, refusing even the right password', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong-password').expect(401);
    const fifth = await login(user.email, 'wrong-password').expect(423);
    expect(fifth.headers['retry-after']).toBeDefined();
    const locked = await login(user.email, PASSWORD).expect(423);
    expect(locked.body.message).toMatch(/locked until/);
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    const minutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: user.id, action: 'user.locked' })).toBe(1);
  });

  it('counts concurrent failures one by one, and locks once', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const responses = await Promise.all(Array.from({ length: 12 }, () => login(user.email, 'wrong-password')));
    expect(responses.every((r) => r.status === 401 || r.status === 423)).toBe(true);
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row.failedLogins).toBe(12);
    expect(row.lockedUntil).not.toBeNull();
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: user.id, action: 'user.locked' })).toBe(1);
  });

  it('lets the user in once the lock has run out, and a success resets the count', async () => {
    const user = await makeUser(t, Role.CITIZEN, { failedLogins: 5, lockedUntil: new Date(Date.now() - 1000) });
    await login(user.email, PASSWORD).expect(200);
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it('rotates the refresh token; reusing an old one revokes the whole family', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const first = refreshCookie((await login(user.email, PASSWORD).expect(200)).headers['set-cookie']);
    const rotated = await t.http().post('/api/v1/auth/refresh').set('cookie', first).expect(200);
    const second = refreshCookie(rotated.headers['set-cookie']);
    expect(second).not.toBe(first);
    expect(rotated.body.user.id).toBe(user.id);

    const replay = await t.http().post('/api/v1/auth/refresh').set('cookie', first).expect(401);
    expect(replay.body.message).toMatch(/already used/);
    // The legitimate holder's newer token died with its family.
    await t.http().post('/api/v1/auth/refresh').set('cookie', second).expect(401);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: user.id, action: 'auth.refresh_reuse_detected' })).toBe(1);
  });

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const cookie = refreshCookie((await login(user.email, PASSWORD).expect(200)).headers['set-cookie']);
    const results = await Promise.all([1, 2].map(() => t.http().post('/api/v1/auth/refresh').set('cookie', cookie)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('ends the session on sign-out', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const cookie = refreshCookie((await login(user.email, PASSWORD).expect(200)).headers['set-cookie']);
    await t.http().post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    await t.http().post('/api/v1/auth/refresh').set('cookie', cookie).expect(401);
    await t.http().post('/api/v1/auth/refresh').expect(401);
  });

  it('stops a disabled user at once, whatever tokens they hold', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    const { user, auth } = await actorOf(t, Role.CITIZEN);
    await t.http().get('/api/v1/auth/me').set(auth).expect(200);
    await t.http().post(`/api/v1/users/${user.id}/disable`).set(admin.auth).send({ reason: 'test' }).expect(200);
    const refused = await t.http().get('/api/v1/auth/me').set(auth).expect(403);
    expect(refused.body.message).toMatch(/disabled/);
    await login(user.email, PASSWORD).expect(403);
  });

  it('changes the password only with the current one, and the new one works', async () => {
    const { user, auth } = await actorOf(t, Role.CITIZEN);
    const wrong = await t.http().patch('/api/v1/auth/me').set(auth).send({ currentPassword: 'not-it-at-all', newPassword: 'a-new-password-1' }).expect(400);
    expect(wrong.body.details).toHaveProperty('currentPassword');
    const missing = await t.http().patch('/api/v1/auth/me').set(auth).send({ newPassword: 'a-new-password-1' }).expect(400);
    expect(missing.body.details).toHaveProperty('currentPassword');
    await t.http().patch('/api/v1/auth/me').set(auth).send({ name: '새 이름', currentPassword: PASSWORD, newPassword: 'a-new-password-1' }).expect(200);
    await login(user.email, PASSWORD).expect(401);
    const fresh = await login(user.email, 'a-new-password-1').expect(200);
    expect(fresh.body.user.name).toBe('새 이름');
  });

  it('sends security headers and a request id on every response', async () => {
    const response = await t.http().get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('rate limiting of sign-in and sign-up', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' })));
  afterAll(() => t.close());

  it('answers 429, in the usual error shape, past the limit per minute', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    for (let i = 0; i < 3; i++) await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    const limited = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(limited.body.message).toMatch(/Too many attempts/);
    // Other routes are not limited.
    await t.http().get('/api/v1/health').expect(200);
  });
});
