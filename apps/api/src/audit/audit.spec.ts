import { Role } from '@inno/contracts';
import { createHmac, randomBytes, verify as verifySignature } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { actorOf, PASSWORD } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { excessPrivileges } from '../database/roles';
import { checkpointPayload } from './audit-checkpoints';
import { AuditEvent } from './audit-event.entity';
import { auditHash } from './audit-hash';
import { AuditKeys } from './audit-keys';
import { AuditService } from './audit.service';

/** One connection with the given credentials: what someone holding them could do in plain SQL. */
async function sql(url: string, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

const signupCitizen = (t: TestApp, i: number) =>
  t.http().post('/api/v1/auth/signup').send({ email: `audit-${i}-${randomBytes(4).toString('hex')}@example.kr`, password: PASSWORD, name: `시민${i}`, role: Role.CITIZEN });

const chain = (t: TestApp) => t.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });

/** A link as the forger writes it: every field, and a hash correctly recomputed from the one before. */
function forgedLink(prev: AuditEvent, id: string) {
  const link = { id, occurredAt: new Date(), actorId: null, actorRole: 'ADMIN', action: 'user.role_granted', entityType: 'user', entityId: prev.entityId, fromState: null, toState: null, data: { role: 'ADMIN' }, requestId: null };
  return { ...link, prevHash: prev.hash, hash: auditHash(prev.hash, link) };
}

const insertLink = (url: string, link: ReturnType<typeof forgedLink>, mac: string | null) =>
  sql(
    url,
    `INSERT INTO audit_events (id, occurred_at, actor_id, actor_role, action, entity_type, entity_id, from_state, to_state, data, request_id, prev_hash, hash, mac)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [link.id, link.occurredAt, link.actorId, link.actorRole, link.action, link.entityType, link.entityId, link.fromState, link.toState, link.data, link.requestId, link.prevHash, link.hash, mac],
  );

describe('audit log', () => {
  let t: TestApp;
  let operator: Awaited<ReturnType<typeof actorOf>>;
  beforeAll(async () => {
    t = await createTestApp();
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const verify = () => t.http().get('/api/v1/audit/verify').set(operator.auth).expect(200);

  it('chains concurrent writers without forking: every link points at the one before and carries its MAC', async () => {
    const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => signupCitizen(t, i)));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const events = await chain(t);
    expect(events.length).toBeGreaterThanOrEqual(25);
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(events.length);
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    const key = Buffer.from(t.config.AUDIT_KEY!, 'utf8');
    for (const event of events) expect(event.mac).toBe(createHmac('sha256', key).update(event.hash).digest('hex'));
    const result = await verify();
    expect(result.body).toEqual({ ok: true, checked: events.length, unkeyed: 0, checkpoint: null, firstBroken: null });
  });

  it('records who, what, when and the request id', async () => {
    const response = await signupCitizen(t, 99).set('x-request-id', 'req-audit-test-0001').expect(201);
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

  it('writes nothing for a change that does not commit', async () => {
    const before = (await chain(t)).length;
    const email = `twice-${randomBytes(4).toString('hex')}@example.kr`;
    await t.http().post('/api/v1/auth/signup').send({ email, password: PASSWORD, name: '시민', role: Role.CITIZEN }).expect(201);
    await t.http().post('/api/v1/auth/signup').send({ email, password: PASSWORD, name: '시민', role: Role.CITIZEN }).expect(409);
    expect((await chain(t)).length).toBe(before + 1);
  });

  it('records only inside the change’s transaction, and only under READ COMMITTED, where the head read at commit is the latest', async () => {
    const audit = t.app.get(AuditService);
    const entry = { action: 'test.recorded', entityType: 'test' };
    await expect(audit.record(t.dataSource.manager, { system: 'test' }, entry)).rejects.toThrow(/inside the transaction/);
    const before = (await chain(t)).length;
    await expect(t.dataSource.transaction('REPEATABLE READ', (manager) => audit.record(manager, { system: 'test' }, entry))).rejects.toThrow(/READ COMMITTED, not repeatable read/);
    expect((await chain(t)).length).toBe(before);
    await t.dataSource.transaction((manager) => audit.record(manager, { system: 'test' }, entry));
    expect((await chain(t)).length).toBe(before + 1);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself, even to the owner', async () => {
    await expect(t.asOwner(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(t.asOwner('DELETE FROM audit_events')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(t.asOwner('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(t.asOwner('TRUNCATE audit_checkpoints')).rejects.toThrow(/audit_checkpoints is append-only: TRUNCATE refused/);
  });

  it('gives the API’s own role no way around that: no UPDATE, DELETE, TRUNCATE, trigger switch, replication role or DDL', async () => {
    for (const statement of [
      `UPDATE audit_events SET action = 'forged'`,
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only',
      'DROP TABLE audit_events',
      'CREATE TABLE audit_events_copy (id bigint)',
      `SELECT setval('audit_events_id_seq', 1)`,
      'DELETE FROM audit_checkpoints',
    ]) {
      await expect(sql(t.databaseUrl, statement)).rejects.toMatchObject({ code: '42501' });
    }
    await expect(sql(t.databaseUrl, `SET session_replication_role = replica`)).rejects.toMatchObject({ code: '42501' });
    expect(await excessPrivileges(t.databaseUrl)).toEqual([]);
  });

  it('names a superuser or the owner as too powerful for the API (main.ts refuses them in production)', async () => {
    expect(await excessPrivileges(t.superuserUrl)).toContain('is a superuser');
    expect(await excessPrivileges(t.ownerUrl)).toEqual(expect.arrayContaining(['owns audit_events (or is a member of its owner)', 'may create objects (DDL)']));
  });

  it('publishes signed checkpoints and the public key, which anyone can check without the API', async () => {
    const signed = (await t.http().post('/api/v1/audit/checkpoints').set(operator.auth).expect(201)).body;
    const events = await chain(t);
    const head = events[events.length - 1];
    expect(signed).toMatchObject({ linkCount: events.length, headId: head.id, headHash: head.hash });

    const published = (await t.http().get('/api/v1/audit/checkpoints').expect(200)).body;
    const key = (await t.http().get('/api/v1/audit/public-key').expect(200)).body;
    expect(published[0]).toEqual(signed);
    expect(key).toMatchObject({ algorithm: 'Ed25519', keyId: signed.keyId });
    // What an outsider does: the signature covers the payload, which states the head.
    expect(verifySignature(null, Buffer.from(published[0].payload), key.pem, Buffer.from(published[0].signature, 'base64'))).toBe(true);
    expect(JSON.parse(published[0].payload)).toEqual({ chainId: events[0].hash, headHash: head.hash, headId: head.id, keyId: key.keyId, linkCount: events.length, signedAt: signed.signedAt });
    expect(verifySignature(null, Buffer.from(published[0].payload.replace(head.hash, '0'.repeat(64))), key.pem, Buffer.from(published[0].signature, 'base64'))).toBe(false);

    expect((await verify()).body).toMatchObject({ ok: true, checkpoint: { linkCount: events.length, headId: head.id } });
  });

  it('holds the chain only to checkpoints of this chain: an archive kept across a new database anchors nothing here', async () => {
    const keys = t.app.get(AuditKeys);
    const other = { chainId: 'f'.repeat(64), linkCount: 100_000, headId: '100000', headHash: 'e'.repeat(64), signedAt: new Date().toISOString(), keyId: keys.publicKeyId };
    const payload = checkpointPayload(other);
    writeFileSync(join(t.config.auditCheckpointDir, '000000100000-other-database.json'), JSON.stringify({ ...other, payload, signature: keys.sign(payload) }));
    expect((await verify()).body).toMatchObject({ ok: true, firstBroken: null });
  });

  it('is readable by operators and admins only; checkpoints are signed by them only', async () => {
    for (const role of [Role.SUPPLIER, Role.BUYER, Role.COMMITTEE, Role.SCOUT, Role.CITIZEN]) {
      const { auth } = await actorOf(t, role);
      await t.http().get('/api/v1/audit/verify').set(auth).expect(403);
      await t.http().get('/api/v1/audit/events').set(auth).expect(403);
      await t.http().post('/api/v1/audit/checkpoints').set(auth).expect(403);
    }
    await t.http().get('/api/v1/audit/verify').expect(401);
    await t.http().get('/api/v1/audit/verify').set((await actorOf(t, Role.ADMIN)).auth).expect(200);
  });

  it('reports a checkpoint whose signature does not hold instead of trusting it (the last test here: it breaks the log)', async () => {
    expect((await verify()).body.ok).toBe(true);
    const [head] = await sql(t.databaseUrl, 'SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1');
    await sql(
      t.databaseUrl,
      `INSERT INTO audit_checkpoints (link_count, head_id, head_hash, signed_at, key_id, signature) VALUES (1000000, $1, $2, now(), 'forged', $3)`,
      [head.id, head.hash, randomBytes(64).toString('base64')],
    );
    expect((await verify()).body).toMatchObject({ ok: false, firstBroken: { id: head.id, reason: 'CHECKPOINT_SIGNATURE_INVALID' } });
  });
});

describe('audit log: a forged link inserted with the API’s own credentials', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is refused without a MAC, and named by verify with one the forger made up', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    for (let i = 0; i < 3; i++) await signupCitizen(t, i).expect(201);
    const events = await chain(t);
    const [{ id }] = await sql(t.databaseUrl, `SELECT nextval('audit_events_id_seq')::text AS id`);
    const forged = forgedLink(events[events.length - 1], String(id));

    await expect(insertLink(t.databaseUrl, forged, null)).rejects.toThrow(/a link needs its MAC/);
    // Without AUDIT_KEY the forger can only guess: a MAC under a key of their own.
    await insertLink(t.databaseUrl, forged, createHmac('sha256', 'a key of the forger’s').update(forged.hash).digest('hex'));

    const result = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(result.body).toMatchObject({ ok: false, checked: events.length, firstBroken: { id: forged.id, reason: 'MAC_MISMATCH' } });
    // A broken chain is not blessed with a checkpoint.
    const refused = await t.http().post('/api/v1/audit/checkpoints').set(admin.auth).expect(409);
    expect(refused.body.message).toMatch(/MAC_MISMATCH at link/);
  });
});

describe('audit log: one link rewritten and every later hash recomputed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is named by verify at the rewritten link, even when a superuser did it', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    for (let i = 0; i < 5; i++) await signupCitizen(t, i).expect(201);
    const events = await chain(t);
    const target = Math.floor(events.length / 2);

    // The hash chain alone is consistent again after the rewrite: only the MACs can tell.
    const client = new Client({ connectionString: t.superuserUrl });
    await client.connect();
    try {
      await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      let prev = events[target - 1].hash;
      for (const event of events.slice(target)) {
        const data = event.id === events[target].id ? { forged: true } : event.data;
        const hash = auditHash(prev, { ...event, data });
        await client.query('UPDATE audit_events SET data = $2, prev_hash = $3, hash = $4 WHERE id = $1', [event.id, data, prev, hash]);
        prev = hash;
      }
      await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    } finally {
      await client.end();
    }
    const rewritten = await chain(t);
    for (let i = 1; i < rewritten.length; i++) expect(rewritten[i].prevHash).toBe(rewritten[i - 1].hash);

    const result = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(result.body).toMatchObject({ ok: false, checked: target, firstBroken: { id: events[target].id, reason: 'MAC_MISMATCH' } });
  });
});

describe('audit log: the newest links deleted', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is named by verify from the checkpoint, even with the checkpoints’ rows deleted too', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    for (let i = 0; i < 4; i++) await signupCitizen(t, i).expect(201);
    await t.http().post('/api/v1/audit/checkpoints').set(admin.auth).expect(201);
    const events = await chain(t);
    const newest = events.slice(-2);

    await sql(
      t.superuserUrl,
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
       DELETE FROM audit_events WHERE id IN (${newest.map((e) => Number(e.id)).join(', ')});
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`,
    );
    // What is left is a chain that holds link by link: only the anchored head shows the cut.
    const result = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(result.body).toMatchObject({ ok: false, checked: events.length - 2, firstBroken: { id: newest[1].id, reason: 'HEAD_BEHIND_CHECKPOINT' } });

    // The checkpoint files, kept away from the database, still anchor the head.
    await sql(
      t.superuserUrl,
      `ALTER TABLE audit_checkpoints DISABLE TRIGGER USER; DELETE FROM audit_checkpoints; ALTER TABLE audit_checkpoints ENABLE TRIGGER USER;`,
    );
    const again = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(again.body).toMatchObject({ ok: false, firstBroken: { id: newest[1].id, reason: 'HEAD_BEHIND_CHECKPOINT' } });

    // Every link cut: an empty chain is held to every checkpoint there is.
    await sql(t.superuserUrl, `ALTER TABLE audit_events DISABLE TRIGGER USER; DELETE FROM audit_events; ALTER TABLE audit_events ENABLE TRIGGER USER;`);
    const emptied = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(emptied.body).toMatchObject({ ok: false, checked: 0, firstBroken: { id: newest[1].id, reason: 'HEAD_BEHIND_CHECKPOINT' } });
  });
});

describe('audit log: a deleted link', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is detected where the chain skips it', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    for (let i = 0; i < 4; i++) await signupCitizen(t, i).expect(201);
    const events = await chain(t);
    await sql(
      t.superuserUrl,
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
       DELETE FROM audit_events WHERE id = ${Number(events[2].id)};
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`,
    );
    const result = await t.http().get('/api/v1/audit/verify').set(admin.auth).expect(200);
    expect(result.body).toMatchObject({ ok: false, checked: 2, firstBroken: { id: events[2 + 1].id, reason: 'PREVIOUS_HASH_MISMATCH' } });
  });
});
