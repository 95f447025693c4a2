import { Role } from '@inno/contracts';
import { actorOf, makeDesignatedProduct } from '../../test/factories';
import { startStreamingReplica, type StreamingReplica } from '../../test/streaming-replica';
import { createReplica, createTestApp, type TestApp } from '../../test/test-app';
import { PublicReads } from './public-reads';

describe('reads from a streaming replica (DATABASE_REPLICA_URLS)', () => {
  let replica: StreamingReplica;
  let t: TestApp;
  beforeAll(async () => {
    replica = await startStreamingReplica();
    t = await createTestApp({ DATABASE_REPLICA_URLS: replica.replicaApiUrl }, { database: replica.database });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await replica?.stop();
  });

  const product = (id: string, token?: string) => t.http().get(`/api/v1/products/${id}`).set(token ? { authorization: `Bearer ${token}` } : {}).expect(200).then((r) => r.body);
  const matched = (q: string, token?: string) => t.http().get('/api/v1/products').query({ q }).set(token ? { authorization: `Bearer ${token}` } : {}).expect(200).then((r) => r.body.total as number);
  const decisions = (token?: string) => t.http().get('/api/v1/decisions').set(token ? { authorization: `Bearer ${token}` } : {}).expect(200).then((r) => r.body.total as number);

  it('serves anonymous public reads from the replica, writes and signed-in reads from the primary, and a lagging replica breaks no one’s own edit', async () => {
    const made = await makeDesignatedProduct(t, { nameKo: '하천 수위 센서' });
    const supplier = await actorOf(t, Role.SUPPLIER, { companyId: made.companyId });
    const operator = await actorOf(t, Role.OPERATOR);
    await replica.caughtUp();
    expect((await product(made.id)).nameKo).toBe('하천 수위 센서');
    const decisionsBefore = await decisions();

    // The replica stops replaying: it lags the primary from here on.
    await replica.pauseReplay();
    await t.http().patch(`/api/v1/products/${made.id}`).set(supplier.auth).send({ nameKo: '하천 수위 센서 수달형' }).expect(200);
    await t.http().post(`/api/v1/products/${made.id}/suspend`).set(operator.auth).send({ reason: '현장 점검' }).expect(200);
    await t.http().post(`/api/v1/products/${made.id}/reinstate`).set(operator.auth).send({ reason: '점검 완료' }).expect(200);

    // Anonymous readers are answered by the replica, which has not replayed the edit yet.
    expect((await product(made.id)).nameKo).toBe('하천 수위 센서');
    expect(await matched('수달형')).toBe(0);
    expect(await decisions()).toBe(decisionsBefore);
    // The supplier reads their own edit at once: signed-in reads go to the primary. The counts the
    // lagging replica just made were answered, not kept (the supplier would be shown them otherwise).
    expect((await product(made.id, supplier.token)).nameKo).toBe('하천 수위 센서 수달형');
    expect(await matched('수달형', supplier.token)).toBe(1);
    expect(await decisions(operator.token)).toBe(decisionsBefore + 2);

    // Replay resumes: anonymous readers see the edit as soon as the replica has it.
    await replica.resumeReplay();
    await replica.caughtUp();
    expect((await product(made.id)).nameKo).toBe('하천 수위 센서 수달형');
    expect(await matched('수달형')).toBe(1);
    expect(await decisions()).toBe(decisionsBefore + 2);
  });

  it('connects to the replica as the API’s role, and it is a read-only standby', async () => {
    const reads = t.app.get(PublicReads);
    const where = await reads.run(null, (manager) => manager.query(`SELECT pg_is_in_recovery() AS standby, current_user AS role`));
    expect(where).toEqual([{ standby: true, role: 'inno_test_api' }]);
    const signedIn = { userId: 'x', role: Role.SUPPLIER, companyId: null, institutionId: null, requestId: 'r' };
    expect(await reads.run(signedIn, (manager) => manager.query(`SELECT pg_is_in_recovery() AS standby`))).toEqual([{ standby: false }]);
  });

  it('answers from the primary when the replica cannot be reached', async () => {
    const made = await makeDesignatedProduct(t, { nameKo: '물막이판 자동 개폐기' });
    const unreachable = new URL(replica.replicaApiUrl);
    unreachable.port = '1';
    const other = await createReplica(t, { env: { DATABASE_URL: t.databaseUrl, DATABASE_REPLICA_URLS: unreachable.toString() } });
    try {
      expect((await other.http().get(`/api/v1/products/${made.id}`).expect(200)).body.nameKo).toBe('물막이판 자동 개폐기');
      await other.http().get('/api/v1/decisions').expect(200);
      expect((await other.http().get('/api/v1/products').query({ q: '물막이판' }).expect(200)).body.total).toBe(1);
    } finally {
      await other.close();
    }
  });
});
