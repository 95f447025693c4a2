import { Role, type CatalogPage, type SynonymGroupView } from '@inno/contracts';
import { actorOf, makeDesignatedProduct } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('search synonyms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await makeDesignatedProduct(t, { nameKo: '열화상 비행체', nameEn: 'Thermal flyer', modelName: 'TF-1' });
  });
  afterAll(() => t.close());

  const names = async (q: string) => ((await t.http().get(`/api/v1/products?q=${encodeURIComponent(q)}`).expect(200)).body as CatalogPage).items.map((p) => p.nameKo);

  it('lets an operator add, change and remove a group, audited, and searches use it at once', async () => {
    const operator = (await actorOf(t, Role.OPERATOR)).auth;
    expect(await names('드론')).toEqual([]);
    const created = (await t.http().post('/api/v1/search-synonyms').set(operator).send({ words: ['비행 체', '헬기'] }).expect(201)).body as SynonymGroupView;
    expect(created.words).toEqual(['비행 체', '헬기']);
    expect(await names('헬기')).toEqual(['열화상 비행체']);
    await t.http().put(`/api/v1/search-synonyms/${created.id}`).set(operator).send({ words: ['비행체', '멀티콥터'] }).expect(200);
    expect(await names('헬기')).toEqual([]);
    expect(await names('멀티콥터')).toEqual(['열화상 비행체']);
    await t.http().delete(`/api/v1/search-synonyms/${created.id}`).set(operator).expect(204);
    expect(await names('멀티콥터')).toEqual([]);
    const actions = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, id`, [created.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['search_synonyms.created', 'search_synonyms.updated', 'search_synonyms.deleted']);
  });

  it('lists the groups for operators only', async () => {
    const list = (await t.http().get('/api/v1/search-synonyms').set((await actorOf(t, Role.ADMIN)).auth).expect(200)).body as SynonymGroupView[];
    expect(list.map((g) => g.words)).toContainEqual(['드론', '무인기']);
    await t.http().get('/api/v1/search-synonyms').set((await actorOf(t, Role.BUYER)).auth).expect(403);
    await t.http().get('/api/v1/search-synonyms').expect(401);
  });

  it('refuses a group of one word, words equal but for spacing, or an unknown group, per field', async () => {
    const operator = (await actorOf(t, Role.OPERATOR)).auth;
    const one = (await t.http().post('/api/v1/search-synonyms').set(operator).send({ words: ['드론'] }).expect(400)).body;
    expect(Object.keys(one.details)).toEqual(['words']);
    const same = (await t.http().post('/api/v1/search-synonyms').set(operator).send({ words: ['공기 청정기', '공기청정기'] }).expect(400)).body;
    expect(same.details.words[0]).toMatch(/must differ/);
    await t.http().put('/api/v1/search-synonyms/00000000-0000-4000-8000-000000000000').set(operator).send({ words: ['가나', '다라'] }).expect(404);
  });
});
