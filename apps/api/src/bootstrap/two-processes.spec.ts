import { addDays, DesignationStatus, Role } from '@inno/contracts';
import { startApiProcess, type ApiProcess } from '../../test/api-process';
import { makeDesignatedProduct, makeUser, PASSWORD } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { Product } from '../products/product.entity';
import { SCHEDULED_WORK_QUEUE } from '../queue/queues';
import { until } from '../../test/until';

/**
 * Two API processes (main.ts, as the deployment runs its replicas) on one database: nothing one of
 * them keeps in memory may make it answer differently from the other. `t` only makes fixtures.
 */
describe('two API processes on one database', () => {
  let t: TestApp;
  let a: ApiProcess;
  let b: ApiProcess;
  let expiring: Product;
  beforeAll(async () => {
    t = await createTestApp();
    // Due to expire: the scheduled run of whichever process gets the job expires it.
    expiring = await makeDesignatedProduct(t);
    await t.dataSource.getRepository(Product).update(expiring.id, { validUntil: addDays(koreanDate(new Date()), -2) });
    const env = { SCHEDULER_INTERVAL_SECONDS: '3600', QUEUE_POLL_SECONDS: '0.5', LOGIN_MAX_FAILURES: '3', AUTH_RATE_LIMIT_PER_MINUTE: '1000' };
    [a, b] = await Promise.all([startApiProcess(t, env), startApiProcess(t, env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.close();
  }, 30_000);

  const login = (api: ApiProcess, email: string, password: string) => api.fetch('/api/v1/auth/login', { method: 'POST', json: { email, password } });
  const matched = async (api: ApiProcess, q: string) => ((await (await api.fetch(`/api/v1/products?q=${encodeURIComponent(q)}`)).json()) as { total: number }).total;

  it('drops the catalogue counts of the other process within a second of a product edit', async () => {
    const product = await makeDesignatedProduct(t, { nameKo: '수질 측정 부표' });
    const supplier = await makeUser(t, Role.SUPPLIER, { companyId: product.companyId });
    const token = ((await (await login(a, supplier.email, PASSWORD)).json()) as { accessToken: string }).accessToken;
    // Both processes count the search now, and keep the count.
    expect(await matched(a, '하마')).toBe(0);
    expect(await matched(b, '하마')).toBe(0);

    const edited = await a.fetch(`/api/v1/products/${product.id}`, { method: 'PATCH', token, json: { nameKo: '수질 측정 부표 하마' } });
    expect(edited.status).toBe(200);
    expect(await matched(a, '하마')).toBe(1);
    expect(await until(async () => (await matched(b, '하마')) === 1, 1_000)).toBeLessThan(1_000);
  });

  it('counts sign-in failures through both toward one lock', async () => {
    const user = await makeUser(t, Role.CITIZEN);
    const statuses: number[] = [];
    for (const api of [a, b, a, b]) statuses.push((await login(api, user.email, 'wrong-password')).status);
    statuses.push((await login(a, user.email, PASSWORD)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('runs a scheduled job once, in one of the two', async () => {
    await until(async () => (await t.dataSource.getRepository(Product).findOneByOrFail({ id: expiring.id })).status === DesignationStatus.EXPIRED, 20_000);
    const jobs: { slot: Date; jobs: number }[] = await t.dataSource.query(
      `SELECT singleton_on AS slot, count(*)::int AS jobs FROM pgboss.job WHERE name = $1 GROUP BY singleton_on`,
      [SCHEDULED_WORK_QUEUE],
    );
    await until(async () => [a, b].map((api) => api.output().match(/Scheduled run:/g)?.length ?? 0).reduce((x, y) => x + y) >= jobs.length, 5_000);
    // Both processes asked for the period's run; the queue kept one job per period, run by one process.
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    for (const slot of jobs) expect(slot.jobs).toBe(1);
    const runs = [a, b].map((api) => api.output().match(/Scheduled run:/g)?.length ?? 0);
    expect(runs.reduce((x, y) => x + y)).toBe(jobs.length);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ entityId: expiring.id, action: 'product.expire' })).toBe(1);
  });
});
