import { randomUUID } from 'node:crypto';
import { registeredRoutes, RegisteredRoute } from '../common/registered-routes';
import { createTestApp, TestApp } from '../../test/test-app';

/** Routes open to anyone on purpose. Adding one means adding it here, in review. */
const PUBLIC_ROUTES = [
  'GET /api/v1/health',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/logout',
  'GET /api/v1/institutions',
  'GET /api/v1/institutions/:id',
  'GET /api/v1/categories',
  'GET /api/v1/products',
  'GET /api/v1/products/:id',
  'GET /api/v1/files/:id',
  'GET /api/v1/calls',
  'GET /api/v1/calls/:id',
  'GET /api/v1/challenges',
  'GET /api/v1/challenges/:id',
  'GET /api/v1/ideas',
  'GET /api/v1/ideas/:id',
  'GET /api/v1/rule-settings',
  'GET /api/v1/decisions',
  'GET /api/v1/committee-sessions/:id/minutes',
  // Observers' comments and concerns on decisions, and the operator's answers: public like the decisions.
  'GET /api/v1/concerns',
  'GET /api/v1/pilot-plans',
  'GET /api/v1/pilot-plans/:id',
  'GET /api/v1/pilot-plans/:id/products',
  'GET /api/v1/pilot-plans/:id/results',
  'GET /api/v1/products/:id/pilot-results',
  'GET /api/v1/products/:id/purchase-count',
  // Scouting rounds and demo days are public notices; results only after the close, without investors' names.
  'GET /api/v1/scouting-rounds',
  'GET /api/v1/scouting-rounds/:id',
  'GET /api/v1/demo-days',
  'GET /api/v1/demo-days/:id',
  'GET /api/v1/demo-days/:id/results',
  // What an invitation is for, to the holder of its single-use token (before signing up).
  'POST /api/v1/scouting-invitations/lookup',
  // The audit chain's signed checkpoints and the key they verify with: published so outsiders can hold the log to them.
  'GET /api/v1/audit/checkpoints',
  'GET /api/v1/audit/public-key',
  // The open-data feed (OCDS): what the site already shows, as data.
  'GET /api/v1/open-data/releases',
  'GET /api/v1/open-data/releases.jsonl',
  'GET /api/v1/open-data/records/:ocid',
  // Statistics are public (domain.md §5): figures only, no record of anyone.
  'GET /api/v1/statistics',
  'GET /api/v1/statistics/headline',
];

const concrete = (route: RegisteredRoute) => route.path.replace(/:[A-Za-z]+/g, randomUUID());

describe('every route declares who may call it', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  beforeAll(async () => {
    t = await createTestApp();
    routes = registeredRoutes(t.app);
  });
  afterAll(() => t.close());

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(18);
  });

  it('has an access policy or an explicit @Public() on each route, never both', () => {
    const undeclared = routes.filter((r) => !r.policy && !r.isPublic).map((r) => r.name);
    const both = routes.filter((r) => r.policy && r.isPublic).map((r) => r.name);
    expect(undeclared).toEqual([]);
    expect(both).toEqual([]);
  });

  it('opens exactly the reviewed list of public routes', () => {
    const publicRoutes = routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 on every non-public route without a token, and with a forged one', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      const anonymous = await t.http()[method](concrete(route)).send({});
      expect([route.name, anonymous.status]).toEqual([route.name, 401]);
      const forged = await t.http()[method](concrete(route)).set('authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.forged').send({});
      expect([route.name, forged.status]).toEqual([route.name, 401]);
    }
  });
});
