import { Role, SESSION_HINT_COOKIE } from '@inno/contracts';
import { actorOf, makeUser, PASSWORD } from '../../test/factories';
import { createReplica, createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { User } from '../users/user.entity';
import { REFRESH_COOKIE } from './auth.controller';

const refreshCookie = (setCookie: string[] | string | undefined): string => {
  const cookies = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const cookie = cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie.split(';')[0];
};

const MINUTE = 60_000;
const withoutRequestId = ({ requestId, ...body }: Record<string, unknown>) => (void requestId, body);

describe('sign-in, throttling and sessions', () => {
  let t: TestApp;
  const clock = new TestClock();
  // One proxy hop is trusted here, so each test can sign in from addresses of its own.
  beforeAll(async () => (t = await createTestApp({ TRUST_PROXY: '1' }, { clock })));
  afterAll(() => t.close());

  let addresses = 0;
  const newAddress = () => `203.0.113.${++addresses}`;
  const login = (email: string, password: string, from = '198.51.100.1') =>
    t.http().post('/api/v1/auth/login').set('x-forwarded-for', from).send({ email, password });
  const audited = (user: User, action: string) => t.dataSource.getRepository(AuditEvent).countBy({ entityId: user.id, action });

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

  it('answers an unknown e-mail and a wrong password alike, before and after the throttle', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const from = newAddress();
    for (let i = 0; i < 5; i++) {
      const unknown = await login('nobody@example.kr', PASSWORD, from).expect(401);
      const wrong = await login(user.email, 'wrong-password', from).expect(401);
      expect(withoutRequestId(unknown.body)).toEqual(withoutRequestId(wrong.body));
    }
    const unknown = await login('nobody@example.kr', PASSWORD, from).expect(429);
    const known = await login(user.email, PASSWORD, from).expect(429);
    expect(withoutRequestId(unknown.body)).toEqual(withoutRequestId(known.body));
    expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
  });

  it('keeps neither e-mails nor addresses in its counters, only keyed hashes', async () => {
    await login('private.person@example.kr', 'wrong-password', '192.0.2.77').expect(401);
    const rows: { key: string }[] = await t.dataSource.query('SELECT key FROM sign_in_counters');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.key))).toBe(true);
  });

  it('makes an address wait after 5 failures for one e-mail, even with the right password, and audits it once', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const from = newAddress();
    for (let i = 0; i < 5; i++) await login(user.email, 'wrong-password', from).expect(401);
    const waiting = await login(user.email, PASSWORD, from).expect(429);
    expect(waiting.body.message).toMatch(/Too many failed sign-ins for this e-mail from your address: try again after/);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    await login(user.email, 'wrong-password', from).expect(429);
    expect(await audited(user, 'auth.sign_in_throttled')).toBe(1);
  });

  it('never lets a stranger lock the owner out: the owner signs in from their own address meanwhile', async () => {
    const owner = await makeUser(t, Role.ADMIN);
    const stranger = newAddress();
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push((await login(owner.email, `guess-${i}-password`, stranger)).status);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(answers.slice(5))).toEqual(new Set([429]));
    await login(owner.email, PASSWORD, newAddress()).expect(200);
  });

  it('counts concurrent failures one by one: never more password checks than the limit, one wait, one audit entry', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const from = newAddress();
    const responses = await Promise.all(Array.from({ length: 12 }, () => login(user.email, 'wrong-password', from)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // Each attempt takes its place in the count before the password is checked, whatever the interleaving.
    expect(statuses.filter((s) => s === 401)).toHaveLength(t.config.LOGIN_MAX_FAILURES);
    await login(user.email, PASSWORD, from).expect(429);
    expect(await audited(user, 'auth.sign_in_throttled')).toBe(1);
  });

  it('lets the address try again once the wait has run out, and a success starts the count again', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const from = newAddress();
    for (let i = 0; i < 5; i++) await login(user.email, 'wrong-password', from).expect(401);
    await login(user.email, PASSWORD, from).expect(429);
    clock.advance(15 * MINUTE);
    await login(user.email, PASSWORD, from).expect(200);
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong-password', from).expect(401);
    await login(user.email, PASSWORD, from).expect(200);
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong-password', from).expect(401);
    await login(user.email, PASSWORD, from).expect(200);
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

  it('sets a readable, secret-free session hint beside the refresh cookie, and clears it on sign-out and on a failed refresh', async () => {
    const hintOf = (setCookie: string[] | string | undefined) =>
      (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith(`${SESSION_HINT_COOKIE}=`));
    const user = await makeUser(t, Role.CITIZEN);
    const signedIn = await login(user.email, PASSWORD).expect(200);
    const hint = hintOf(signedIn.headers['set-cookie'])!;
    expect(hint).toMatch(new RegExp(`^${SESSION_HINT_COOKIE}=1;`));
    expect(hint).not.toMatch(/HttpOnly/);
    expect(hint).toMatch(/Path=\/;/);
    expect(hint).toMatch(/SameSite=Strict/);

    const cookie = refreshCookie(signedIn.headers['set-cookie']);
    const out = await t.http().post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    expect(hintOf(out.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_HINT_COOKIE}=;.*Expires=Thu, 01 Jan 1970`));
    const refused = await t.http().post('/api/v1/auth/refresh').set('cookie', cookie).expect(401);
    expect(hintOf(refused.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_HINT_COOKIE}=;`));
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

  it('counts wrong current passwords with failed sign-ins: a stolen session cannot guess the password', async () => {
    const { user, auth } = await actorOf(t, Role.CITIZEN);
    const from = newAddress();
    const change = (currentPassword: string) =>
      t.http().patch('/api/v1/auth/me').set(auth).set('x-forwarded-for', from).send({ currentPassword, newPassword: 'a-new-password-2' });
    for (let i = 0; i < 5; i++) await change(`not-it-${i}-at-all`).expect(400);
    const waiting = await change(PASSWORD).expect(429);
    expect(waiting.body.message).toMatch(/Too many failed sign-ins/);
    await login(user.email, PASSWORD, from).expect(429);
    expect(await audited(user, 'auth.sign_in_throttled')).toBe(1);
    await login(user.email, PASSWORD, newAddress()).expect(200);
  });

  it('sends security headers and a request id on every response', async () => {
    const response = await t.http().get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', queue: 'up' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the daily ceiling of failures for one e-mail', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ TRUST_PROXY: '1', LOGIN_ACCOUNT_MAX_FAILURES: '10' })));
  afterAll(() => t.close());

  const login = (email: string, password: string, from: string) =>
    t.http().post('/api/v1/auth/login').set('x-forwarded-for', from).send({ email, password });

  it('past it, lets only addresses the account signed in from try: the owner at the usual desk gets in', async () => {
    const owner = await makeUser(t, Role.OPERATOR);
    await login(owner.email, PASSWORD, '198.51.100.10').expect(200);
    // Many addresses, a few guesses each: no one address reaches its own limit.
    for (let i = 0; i < 10; i++) await login(owner.email, 'wrong-password', `203.0.113.${i}`).expect(401);
    const stranger = await login(owner.email, PASSWORD, '203.0.113.200').expect(429);
    expect(stranger.body.message).toMatch(/Too many failed sign-ins for this e-mail today/);
    await login(owner.email, PASSWORD, '198.51.100.10').expect(200);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: owner.id, action: 'auth.account_ceiling_reached' })).toBe(1);
  });

  it('treats an e-mail no account has the same way', async () => {
    for (let i = 0; i < 10; i++) await login('no-such-account@example.kr', 'wrong-password', `192.0.2.${i}`).expect(401);
    const refused = await login('no-such-account@example.kr', 'wrong-password', '192.0.2.200').expect(429);
    expect(refused.body.message).toMatch(/Too many failed sign-ins for this e-mail today/);
  });
});

describe('rate limiting of sign-in and sign-up', () => {
  let t: TestApp;
  const clock = new TestClock();
  beforeAll(async () => (t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' }, { clock })));
  afterAll(() => t.close());
  beforeEach(() => clock.advance(MINUTE));

  it('answers 429, in the usual error shape, past the limit per minute', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    for (let i = 0; i < 3; i++) await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    const limited = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(limited.body.message).toMatch(/Too many attempts/);
    expect(limited.headers['retry-after']).toBeDefined();
    // Other routes are not limited.
    await t.http().get('/api/v1/health').expect(200);
  });

  it('does not let a client choose its address: X-Forwarded-For counts only from a configured proxy', async () => {
    const statuses = [];
    for (let i = 0; i < 40; i++) {
      const response = await t.http().post('/api/v1/auth/signup').set('x-forwarded-for', `198.51.100.${i}`).send({});
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
  });

  it('holds across API replicas: they count in one store', async () => {
    const replica = await createReplica(t, { clock });
    try {
      const user = await makeUser(t, Role.CITIZEN);
      const servers = [t.http, replica.http, t.http, replica.http];
      const statuses = [];
      for (const http of servers) statuses.push((await http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await replica.close();
    }
  });
});

describe('rate limiting behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' })));
  afterAll(() => t.close());

  it('counts each client the proxy names on its own, and ignores what the client added before it', async () => {
    const attempt = (forwarded: string) => t.http().post('/api/v1/auth/signup').set('x-forwarded-for', forwarded).send({});
    for (let i = 0; i < 3; i++) await attempt(`10.9.9.${i}, 198.51.100.7`).expect(400);
    await attempt('10.9.9.99, 198.51.100.7').expect(429);
    await attempt('198.51.100.8').expect(400);
  });
});
