import { Role } from '@inno/contracts';
import { Client } from 'pg';
import { actorOf, PASSWORD } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from './audit-event.entity';

describe('audit log', () => {
  let t: TestApp;
  let operator: Awaited<ReturnType<typeof actorOf>>;
  beforeAll(async () => {
    t = await createTestApp();
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const signupCitizen = (i: number) =>
    t.http().post('/api/v1/auth/signup').send({ email: `audit-${i}-${Date.now()}@example.kr`, password: PASSWORD, name: `시민${i}`, role: Role.CITIZEN });
  const verify = () => t.http().get('/api/v1/audit/verify').set(operator.auth).expect(200);

  /** A superuser connection of our own: what someone with direct database access could do. */
  async function asDatabaseOwner(sql: string, params: unknown[] = []): Promise<void> {
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  }

  it('chains concurrent writers without forking: every link points at the one before', async () => {
    const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => signupCitizen(i)));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const events = await t.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });
    expect(events.length).toBeGreaterThanOrEqual(25);
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(events.length);
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    const result = await verify();
    expect(result.body).toEqual({ ok: true, checked: events.length, firstBroken: null });
  });

  it('records who, what, when and the request id', async () => {
    const response = await signupCitizen(99).set('x-request-id', 'req-audit-test-0001').expect(201);
    const [event] = await t.dataSource.getRepository(AuditEvent).findBy({ entityId: response.body.user.id });
    expect(event).toMatchObject({
      actorId: response.body.user.id,
      actorRole: 'CITIZEN',
      action: 'user.signed_up',
      entityType: 'user',
      toState: 'ACTIVE',
      requestId: 'req-audit-test-0001',
    });
    expect(Date.now() - event.occurredAt.getTime()).toBeLessThan(60_000);
    const listed = await t.http().get(`/api/v1/audit/events?entityId=${response.body.user.id}`).set(operator.auth).expect(200);
    expect(listed.body.items.map((e: { action: string }) => e.action)).toEqual(['user.signed_up']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(asDatabaseOwner(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(asDatabaseOwner('DELETE FROM audit_events')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(asDatabaseOwner('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('detects a row edited behind the API’s back and names the first broken link', async () => {
    const events = await t.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });
    const target = events[Math.floor(events.length / 2)];
    await asDatabaseOwner(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      UPDATE audit_events SET data = '{"forged": true}' WHERE id = ${Number(target.id)};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    const result = await verify();
    expect(result.body).toMatchObject({ ok: false, firstBroken: { id: target.id, reason: 'HASH_MISMATCH' } });
    expect(result.body.checked).toBe(events.findIndex((e) => e.id === target.id));
  });

  it('is readable by operators and admins only', async () => {
    for (const role of [Role.SUPPLIER, Role.BUYER, Role.COMMITTEE, Role.SCOUT, Role.CITIZEN]) {
      const { auth } = await actorOf(t, role);
      await t.http().get('/api/v1/audit/verify').set(auth).expect(403);
      await t.http().get('/api/v1/audit/events').set(auth).expect(403);
    }
    await t.http().get('/api/v1/audit/verify').expect(401);
    await t.http().get('/api/v1/audit/verify').set((await actorOf(t, Role.ADMIN)).auth).expect(200);
  });
});

describe('audit log: a deleted link', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is detected where the chain skips it', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    for (let i = 0; i < 4; i++) {
      await t.http().post('/api/v1/auth/signup').send({ email: `gap-${i}@example.kr`, password: PASSWORD, name: 'x', role: Role.CITIZEN }).expect(201);
    }
    const events = await t.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      DELETE FROM audit_events WHERE id = ${Number(events[2].id)};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    await client.end();
    const result = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(result.body).toMatchObject({ ok: false, checked: 2, firstBroken: { id: events[3].id, reason: 'PREVIOUS_HASH_MISMATCH' } });
  });
});
