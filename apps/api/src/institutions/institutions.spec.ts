import { Role } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { Institution } from './institution.entity';

const B = 1_000_000_000;

describe('institutions kept by an ADMIN', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await actorOf(t, Role.ADMIN);
  });
  afterAll(() => t.close());

  const input = (fields: Record<string, unknown> = {}) => ({
    code: 'PB-901', name: '한국시험공사', nameEn: 'Korea Test Corporation', type: 'PUBLIC_BODY', sector: '에너지', yearlyGoodsPurchases: 120 * B, targetRate: 0.012, ...fields,
  });

  it('creates an institution a buyer can then join, and edits it, each audited', async () => {
    const created = (await t.http().post('/api/v1/institutions').set(admin.auth).send(input({ code: ' pb-901 ', name: ' 한국시험공사 ' })).expect(201)).body;
    expect(created).toEqual({ id: expect.any(String), ...input() });
    expect((await t.http().get(`/api/v1/institutions/${created.id}`).expect(200)).body).toEqual(created);
    const listed = (await t.http().get('/api/v1/institutions?q=PB-901').expect(200)).body;
    expect(listed.items).toEqual([created]);
    // A buyer signs up into it like any seeded institution.
    const buyer = await actorOf(t, Role.BUYER, { institutionId: created.id });
    expect(buyer.user.institutionId).toBe(created.id);

    const edited = (await t.http().patch(`/api/v1/institutions/${created.id}`).set(admin.auth).send({ targetRate: 0.017, sector: '에너지·환경' }).expect(200)).body;
    expect(edited).toMatchObject({ code: 'PB-901', targetRate: 0.017, sector: '에너지·환경', yearlyGoodsPurchases: 120 * B });
    await t.http().patch(`/api/v1/institutions/${created.id}`).set(admin.auth).send({ targetRate: 0.017 }).expect(200); // no change, no event

    const events = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: created.id }, order: { id: 'ASC' } });
    expect(events.map((e) => e.action)).toEqual(['institution.created', 'institution.updated']);
    expect(events[0]).toMatchObject({ actorId: admin.user.id, data: expect.objectContaining({ code: 'PB-901', targetRate: 0.012 }) });
    expect(events[1].data).toEqual({ changes: { sector: { from: '에너지', to: '에너지·환경' }, targetRate: { from: 0.012, to: 0.017 } } });
  });

  it('finds institutions by a part of a compound and whatever the spacing', async () => {
    const names = async (q: string) =>
      ((await t.http().get(`/api/v1/institutions?q=${encodeURIComponent(q)}&pageSize=100`).expect(200)).body.items as { name: string }[]).map((i) => i.name);
    expect(await names('수자원')).toContain('한국수자원공사');
    expect(await names('한국 수자원 공사')).toContain('한국수자원공사');
    expect(await names('도로공사')).toContain('한국도로공사');
  });

  it('refuses bad fields with a message for each, and keeps nothing', async () => {
    const before = await t.dataSource.getRepository(Institution).count();
    const bad = await t.http().post('/api/v1/institutions').set(admin.auth).send({
      code: 'cg 1!', name: '가', nameEn: '', type: 'CITY', sector: '', yearlyGoodsPurchases: -1, targetRate: 0.12345,
    }).expect(400);
    expect(Object.keys(bad.body.details).sort()).toEqual(['code', 'name', 'nameEn', 'sector', 'targetRate', 'type', 'yearlyGoodsPurchases']);
    const tooHigh = await t.http().post('/api/v1/institutions').set(admin.auth).send(input({ code: 'PB-902', targetRate: 0.2 })).expect(400);
    expect(Object.keys(tooHigh.body.details)).toEqual(['targetRate']);
    await t.http().post('/api/v1/institutions').set(admin.auth).send(input({ code: 'PB-903', extra: 1 })).expect(400);
    const [seeded] = await t.dataSource.getRepository(Institution).find({ order: { code: 'ASC' }, take: 1 });
    const badEdit = await t.http().patch(`/api/v1/institutions/${seeded.id}`).set(admin.auth).send({ yearlyGoodsPurchases: 1.5 }).expect(400);
    expect(Object.keys(badEdit.body.details)).toEqual(['yearlyGoodsPurchases']);
    await t.http().patch('/api/v1/institutions/00000000-0000-4000-8000-000000000000').set(admin.auth).send({ sector: '행정' }).expect(404);
    expect(await t.dataSource.getRepository(Institution).count()).toBe(before);
  });

  it('refuses a code in use, on creation and on edit, with 409', async () => {
    const taken = await t.http().post('/api/v1/institutions').set(admin.auth).send(input({ code: 'CG-001' })).expect(409);
    expect(taken.body).toMatchObject({ code: 'DUPLICATE_CODE', message: expect.stringContaining('CG-001') });
    const mine = (await t.http().post('/api/v1/institutions').set(admin.auth).send(input({ code: 'LG-901' })).expect(201)).body;
    await t.http().patch(`/api/v1/institutions/${mine.id}`).set(admin.auth).send({ code: 'CG-002' }).expect(409);
    await t.http().patch(`/api/v1/institutions/${mine.id}`).set(admin.auth).send({ code: 'LG-901' }).expect(200); // its own code
  });

  it('creates one institution when two creations of a code race', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => t.http().post('/api/v1/institutions').set(admin.auth).send(input({ code: 'PB-950' }))));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await t.dataSource.getRepository(Institution).countBy({ code: 'PB-950' })).toBe(1);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: 'institution.created', entityId: responses.find((r) => r.status === 201)!.body.id })).toBe(1);
  });

  it('lets only an ADMIN create or edit', async () => {
    const [seeded] = await t.dataSource.getRepository(Institution).find({ take: 1 });
    for (const role of [Role.OPERATOR, Role.BUYER, Role.SUPPLIER]) {
      const { auth } = await actorOf(t, role);
      await t.http().post('/api/v1/institutions').set(auth).send(input({ code: 'PB-960' })).expect(403);
      await t.http().patch(`/api/v1/institutions/${seeded.id}`).set(auth).send({ sector: '행정' }).expect(403);
    }
    await t.http().post('/api/v1/institutions').send(input({ code: 'PB-960' })).expect(401);
  });
});
