import { addDays, Role } from '@inno/contracts';
import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { openCall, DAY, type SignedIn } from '../../test/designation-fixtures';
import { actorOf, makeDesignatedProduct, productInput } from '../../test/factories';
import { registeredRoutes, type InputClass, type RegisteredRoute } from './registered-routes';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import type { OwnedResource } from '../auth/access.decorator';
import { koreanDate } from '../clock/clock';

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
  { 'key\u0000': 1, reason: 'a\u0000b' },
];

const BAD_QUERIES = ['page=0', 'pageSize=101', 'page=abc', 'pageSize=-5', 'status=NOPE', 'role=KING', 'type=ALIEN', 'q=' + 'x'.repeat(500), 'page=1e309', 'unknown=1', 'q=%00', 'unknown%00=1'];

const BAD_IDS = ['not-a-uuid', '1', "'; DROP TABLE users; --", '00000000-0000-0000-0000-00000000000g', '%00'];

/** `{"a":{"a":…}}` and `[[[…]]]`, far deeper than any body of ours, as raw JSON (a recursive stringify would overflow first). */
const DEEP_OBJECT = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
const DEEP_ARRAY = '['.repeat(50_000) + ']'.repeat(50_000);

/** The top-level fields a body class validates, from class-validator's own metadata. */
const fieldsOf = (type: InputClass) => [...new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((m) => m.propertyName))];
const isBooleanField = (type: InputClass, field: string) =>
  getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).some((m) => m.propertyName === field && m.name === 'isBoolean');

/** A details key that names the field (or a field within it). */
const names = (details: Record<string, string[]> | undefined, field: string) => Object.keys(details ?? {}).some((key) => key === field || key.startsWith(`${field}.`));

/** The sweeps send thousands of requests; on a loaded machine they need more than the default 30 s. */
const SWEEP_TIMEOUT = 180_000;

describe('bad input never reaches a 500', () => {
  const clock = new TestClock();
  let t: TestApp;
  /** A signed-in user per role, and records each owns: the guard lets them through, so validation answers. */
  const actors = {} as Record<Role, SignedIn>;
  const owned = new Map<string, { actor: SignedIn; id: string }>();
  const own = (role: Role, resource: OwnedResource, actor: SignedIn, id: string) => owned.set(`${role} ${resource}`, { actor, id });
  let routes: RegisteredRoute[];

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    for (const role of Object.values(Role)) actors[role] = await actorOf(t, role);
    const supplier = actors[Role.SUPPLIER];
    const buyer = actors[Role.BUYER];
    const product = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body;
    const call = await openCall(t, actors[Role.OPERATOR], clock.now());
    const proposal = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04' }).expect(201)).body;
    const designated = await makeDesignatedProduct(t);
    const plan = (
      await t.http()
        .post('/api/v1/pilot-plans')
        .set(actors[Role.OPERATOR].auth)
        .send({ year: 2027, title: '시범구매 계획', budget: 500_000_000, surveyOpensAt: new Date(clock.now().getTime() - DAY).toISOString(), surveyClosesAt: new Date(clock.now().getTime() + 14 * DAY).toISOString(), productIds: [designated.id] })
        .expect(201)
    ).body;
    const pilot = (
      await t.http()
        .post('/api/v1/pilot-applications')
        .set(buyer.auth)
        .send({ planId: plan.id, productId: designated.id, quantity: 10, amount: 40_000_000, intendedUse: '민원실 공기질 개선', place: '본관 1층', usePeriodMonths: 6, followOnPlanned: false, followOnBudgeted: false, need: '미세먼지 민원 증가' })
        .expect(201)
    ).body;
    own(Role.SUPPLIER, 'company', supplier, supplier.user.companyId!);
    own(Role.SUPPLIER, 'product', supplier, product.id);
    own(Role.SUPPLIER, 'proposal', supplier, proposal.id);
    own(Role.BUYER, 'pilot', buyer, pilot.id);
    const challengeCall = await openCall(t, actors[Role.OPERATOR], clock.now(), { kind: 'CALL_FOR_CHALLENGES' });
    const challenge = (await t.http().post('/api/v1/challenges').set(buyer.auth).send({ callId: challengeCall.id, title: '도로 결빙 감지' }).expect(201)).body;
    own(Role.BUYER, 'challenge', buyer, challenge.id);
    const designatedSupplier = await actorOf(t, Role.SUPPLIER, { companyId: designated.companyId });
    own(Role.SUPPLIER, 'pilot', designatedSupplier, pilot.id);
    const order = (await t.http().post('/api/v1/orders').set(buyer.auth).send({ productId: designated.id, quantity: 2, deliveryPlace: '본관 1층', deliveryDueOn: addDays(koreanDate(clock.now()), 30) }).expect(201)).body;
    own(Role.BUYER, 'order', buyer, order.id);
    own(Role.SUPPLIER, 'order', designatedSupplier, order.id);
    routes = registeredRoutes(t.app);
  });
  afterAll(() => t.close());

  /**
   * Who the route lets in, and its path with their own records in it: public routes anonymously,
   * role routes as that role, owner-only routes as the owner of a record of the right kind.
   */
  function caller(route: RegisteredRoute): { path: string; auth: Record<string, string> } {
    const rule = route.policy && route.policy.roles.length === 0 ? route.policy.owners?.[0] : undefined;
    const record = rule && owned.get(`${rule.role} ${rule.resource}`);
    if (rule && !record) throw new Error(`No ${rule.role}-owned ${rule.resource} for ${route.name}`);
    const path = route.path.replace(/:([A-Za-z]+)/g, (_, param: string) => (rule?.param === param ? record!.id : randomUUID()));
    if (route.isPublic) return { path, auth: {} };
    if (record) return { path, auth: record.actor.auth };
    return { path, auth: actors[route.policy?.roles[0] ?? Role.SUPPLIER].auth };
  }

  const send = (route: RegisteredRoute, body: string, contentType = 'application/json') => {
    const { path, auth } = caller(route);
    return t.http()[route.method.toLowerCase() as 'post'](path).set(auth).set('content-type', contentType).send(body);
  };

  /** Routes that take no input (logout, health) may ignore it; anything refused uses the error shape. */
  const expectClientError = (label: string, response: { status: number; body: Record<string, unknown> }) => {
    expect([label, response.status < 500]).toEqual([label, true]);
    if (response.status >= 400) {
      expect([label, Object.keys(response.body).sort()]).toEqual([label, expect.arrayContaining(['error', 'message', 'statusCode'])]);
    }
  };

  it('lets the caller of each route through the guard, so the sweep tests the input, not the role', async () => {
    for (const route of routes.filter((r) => r.body)) {
      const response = await send(route, '{"sweep":1}');
      expect([route.name, response.status, names(response.body.details, 'sweep')]).toEqual([route.name, 400, true]);
    }
  });

  it('answers bad bodies with a 4xx in the error shape (or ignores them), on every route, as a caller it accepts', async () => {
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      for (const body of BAD_BODIES) {
        expectClientError(`${route.method} ${route.path} ${JSON.stringify(body).slice(0, 60)}`, await send(route, JSON.stringify(body)));
      }
      const malformed = await send(route, '{"broken":');
      expect([route.name, malformed.status]).toEqual([route.name, 400]);
    }
  }, SWEEP_TIMEOUT);

  it('refuses NUL, an escape, half a surrogate pair, null, a wrong type and [[]] in each field of each body with 400 naming the field', async () => {
    for (const route of routes.filter((r) => r.body)) {
      for (const field of fieldsOf(route.body!)) {
        const wrongType = isBooleanField(route.body!, field) ? 'yes' : true;
        for (const value of ['a\u0000b', 'a\u001bb', 'a\ud800b', null, wrongType, [[]]]) {
          const response = await send(route, JSON.stringify({ [field]: value }));
          const label = `${route.method} ${route.path} ${field}=${JSON.stringify(value)}`;
          expect([label, response.status, names(response.body.details, field)]).toEqual([label, 400, true]);
        }
      }
    }
  }, SWEEP_TIMEOUT);

  it('refuses bodies nested past the cap with 400 before validation, on every route, anonymous included', async () => {
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      for (const [body, field] of [[DEEP_OBJECT, 'a'], [DEEP_ARRAY, 'body']]) {
        const response = await send(route, body);
        expect([route.name, response.status, response.body.details]).toEqual([route.name, 400, { [field]: [expect.stringContaining('deeper than')] }]);
      }
      const anonymous = await t.http()[route.method.toLowerCase() as 'post'](caller(route).path).set('content-type', 'application/json').send(DEEP_OBJECT);
      expect([route.name, anonymous.status]).toEqual([route.name, 400]);
    }
  }, SWEEP_TIMEOUT);

  it('refuses a null body with 400 and a multipart body with 415 on every JSON body route', async () => {
    for (const route of routes.filter((r) => r.body)) {
      const nullBody = await send(route, 'null');
      expect([route.name, nullBody.status, nullBody.body.details]).toEqual([route.name, 400, { body: ['The body must be a JSON object'] }]);
      const multipart = await send(route, '--x\r\ncontent-disposition: form-data; name="name"\r\n\r\nA\r\n--x--\r\n', 'multipart/form-data; boundary=x');
      expect([route.name, multipart.status]).toEqual([route.name, 415]);
      const text = await send(route, 'name=A', 'text/plain');
      expect([route.name, text.status]).toEqual([route.name, 415]);
    }
  }, SWEEP_TIMEOUT);

  it('refuses malformed multipart on the upload routes with 400 on file, as their owner', async () => {
    const uploads = routes.filter((r) => r.upload);
    expect(uploads).toHaveLength(5);
    const tooManyFields = Array.from({ length: 25 }, (_, i) => `--x\r\ncontent-disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join('') +
      '--x\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n';
    const bodies: [string, string, string][] = [
      ['no boundary', 'multipart/form-data', '--x\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF\r\n--x--\r\n'],
      ['truncated', 'multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="file"; filename="a.pd'],
      ['no closing boundary', 'multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n'],
      ['25 fields before the file', 'multipart/form-data; boundary=x', tooManyFields],
    ];
    for (const route of uploads) {
      for (const [label, contentType, body] of bodies) {
        const response = await send(route, body, contentType);
        expect([route.name, label, response.status, Object.keys(response.body.details ?? {}).length]).toEqual([route.name, label, 400, 1]);
      }
      const json = await send(route, '{}');
      expect([route.name, json.status]).toEqual([route.name, 415]);
    }
  });

  it('gives a 400 with messages per field for an invalid body', async () => {
    const response = await t.http().post('/api/v1/users').set(actors[Role.ADMIN].auth).send({ email: 12, role: 'GOD', extra: 1 }).expect(400);
    expect(response.body.details).toEqual({
      email: expect.any(Array),
      password: expect.any(Array),
      name: expect.any(Array),
      role: expect.any(Array),
      extra: ['extra is not an accepted field'],
    });
  });

  it('answers bad query strings and ids with 400 and the field named', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      if (route.path.includes(':')) {
        for (const id of BAD_IDS) {
          const response = await t.http().get(route.path.replace(/:[A-Za-z]+/g, id === '%00' ? id : encodeURIComponent(id))).set(caller(route).auth);
          expectClientError(`${route.path} ${id}`, response);
          expect([route.path, id, response.status]).toEqual([route.path, id, 400]);
          expect(Object.keys(response.body.details)).toHaveLength(1);
        }
      }
      for (const query of BAD_QUERIES) {
        const response = await t.http().get(`${caller(route).path}?${query}`).set(caller(route).auth);
        expectClientError(`${route.path}?${query.slice(0, 30)}`, response);
      }
    }
  }, SWEEP_TIMEOUT);

  it('refuses a control character in each query field with 400 naming the field, the catalogue included', async () => {
    const catalogue = ['q', 'category', 'certification', 'designatingBody', 'region'].map((field) => ['/api/v1/products', field, {}] as const);
    const declared = routes
      .filter((r) => r.query)
      .flatMap((route) => fieldsOf(route.query!).map((field) => [caller(route).path, field, caller(route).auth] as const));
    for (const [path, field, auth] of [...catalogue, ...declared]) {
      const response = await t.http().get(`${path}?${field}=ab%00cd`).set(auth);
      expect([path, field, response.status, names(response.body.details, field)]).toEqual([path, field, 400, true]);
    }
  }, SWEEP_TIMEOUT);

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
