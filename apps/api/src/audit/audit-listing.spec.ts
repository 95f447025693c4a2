import { Role } from '@inno/contracts';
import { actorOf } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';

describe('audit list for operators', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('names each actor and offers the recorded entity types and actions as filters', async () => {
    const operator = await actorOf(t, Role.OPERATOR);
    const admin = await actorOf(t, Role.ADMIN);
    const supplier = await actorOf(t, Role.SUPPLIER);
    await t.http().post(`/api/v1/users/${supplier.user.id}/disable`).set(admin.auth).send({ reason: '테스트' }).expect(200);

    const events = (await t.http().get('/api/v1/audit/events?entityType=user&action=user.disable').set(operator.auth).expect(200)).body;
    expect(events.items[0]).toMatchObject({ action: 'user.disable', actorId: admin.user.id, actorName: admin.user.name, actorRole: 'ADMIN', entityId: supplier.user.id });

    const options = (await t.http().get('/api/v1/audit/filter-options').set(operator.auth).expect(200)).body;
    expect(options.entityTypes).toContain('user');
    expect(options.actions).toContain('user.disable');
    expect(options.actions).toEqual([...options.actions].sort());
    await t.http().get('/api/v1/audit/filter-options').set((await actorOf(t, Role.BUYER)).auth).expect(403);
  });
});
