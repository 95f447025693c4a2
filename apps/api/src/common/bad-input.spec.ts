import { Role } from '@inno/contracts';
import { randomUUID } from 'node:crypto';
import { actorOf } from '../../test/factories';
import { registeredRoutes } from '../../test/routes';
import { createTestApp, TestApp } from '../../test/test-app';

/** Bodies no route accepts: wrong JSON types, unknown fields, oversize and hostile strings. */
const BAD_BODIES: unknown[] = [
  [],
  [1, 2],
  'just a string',
  42,
  null,
  { unknownField: true },
  { email: 12, password: ['x'], name: { nested: 1 }, role: 'GOD' },
  { email: 'a@b.kr', password: 'x'.repeat(10_000), name: '\u0000', role: 'CITIZEN' },
  { company: 'not an object', institutionId: 'not-a-uuid', role: 'SUPPLIER' },
  { page: -1, pageSize: 'many', reason: 'x'.repeat(1_000) },
  { __proto__: { admin: true }, constructor: { prototype: {} } },
];

const BAD_QUERIES = ['page=0', 'pageSize=101', 'page=abc', 'pageSize=-5', 'status=NOPE', 'role=KING', 'type=ALIEN', 'q=' + 'x'.repeat(500), 'page=1e309', 'unknown=1'];

const BAD_IDS = ['not-a-uuid', '1', "'; DROP TABLE users; --", '00000000-0000-0000-0000-00000000000g'];

describe('bad input never reaches a 500', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    // An admin passes every role check, so the input itself is what gets tested.
    auth = (await actorOf(t, Role.ADMIN)).auth;
  });
  afterAll(() => t.close());

  /** Routes that take no input (logout, health) may ignore it; anything refused uses the error shape. */
  const expectClientError = (label: string, response: { status: number; body: Record<string, unknown> }) => {
    expect([label, response.status < 500]).toEqual([label, true]);
    if (response.status >= 400) {
      expect([label, Object.keys(response.body).sort()]).toEqual([label, expect.arrayContaining(['error', 'message', 'statusCode'])]);
    }
  };

  it('answers bad bodies with a 4xx in the error shape (or ignores them), on every route', async () => {
    const routes = registeredRoutes(t.app).filter((r) => r.method !== 'GET');
    for (const route of routes) {
      const path = route.path.replace(/:[A-Za-z]+/g, randomUUID());
      for (const body of BAD_BODIES) {
        const response = await t.http()[route.method.toLowerCase() as 'post'](path).set(auth).set('content-type', 'application/json').send(JSON.stringify(body));
        expectClientError(`${route.method} ${route.path} ${JSON.stringify(body).slice(0, 60)}`, response);
      }
      const malformed = await t.http()[route.method.toLowerCase() as 'post'](path).set(auth).set('content-type', 'application/json').send('{"broken":');
      expect([route.name, malformed.status]).toEqual([route.name, 400]);
    }
  });

  it('gives a 400 with messages per field for an invalid body', async () => {
    const response = await t.http().post('/api/v1/users').set(auth).send({ email: 12, role: 'GOD', extra: 1 }).expect(400);
    expect(response.body.details).toEqual({
      email: expect.any(Array),
      password: expect.any(Array),
      name: expect.any(Array),
      role: expect.any(Array),
      extra: ['extra is not an accepted field'],
    });
  });

  it('answers bad query strings and ids with 400 and the field named', async () => {
    const routes = registeredRoutes(t.app).filter((r) => r.method === 'GET');
    for (const route of routes) {
      if (route.path.includes(':')) {
        for (const id of BAD_IDS) {
          const response = await t.http().get(route.path.replace(/:[A-Za-z]+/g, encodeURIComponent(id))).set(auth);
          expectClientError(`${route.path} ${id}`, response);
          expect([route.path, id, response.status]).toEqual([route.path, id, 400]);
          expect(Object.keys(response.body.details)).toHaveLength(1);
        }
      } else {
        for (const query of BAD_QUERIES) {
          const response = await t.http().get(`${route.path}?${query}`).set(auth);
          expectClientError(`${route.path}?${query.slice(0, 30)}`, response);
        }
      }
    }
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await t.http().post('/api/v1/auth/signup').set('content-type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(response.body.statusCode).toBe(413);
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await t.http().get('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
