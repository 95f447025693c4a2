import { Role } from '@inno/contracts';
import { actorOf, makeBusinessNumber, makeDesignatedProduct, productInput } from '../../test/factories';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { ProductPrice } from './product-price.entity';
import { Product } from './product.entity';

describe('products: registration, ownership, history', () => {
  let t: TestApp;
  let supplier: Awaited<ReturnType<typeof actorOf>>;
  // A fixed instant on the injected clock: the dates below hold whatever day the tests run.
  const clock = new TestClock();
  const NOW = '2027-03-10T10:00:00+09:00';
  beforeAll(async () => {
    clock.set(NOW);
    t = await createTestApp({}, { clock });
    supplier = await actorOf(t, Role.SUPPLIER);
  });
  afterAll(() => t.close());

  const create = (auth: Record<string, string>, body: object) => t.http().post('/api/v1/products').set(auth).send(body);

  it('lets a supplier register a product of its company, not yet in the catalogue', async () => {
    const response = await create(supplier.auth, productInput()).expect(201);
    expect(response.body).toMatchObject({
      status: 'UNDESIGNATED',
      kind: 'TYPE2',
      company: { id: supplier.user.companyId },
      categoryPath: [{ code: 'SAF' }, { code: 'SAF-04' }, { code: 'SAF-04-01', nameKo: '소화설비' }],
      designation: null,
      version: 1,
    });
    expect(response.body.goodsId).toMatch(/^\d{8}$/);
    const catalogue = await t.http().get(`/api/v1/products?q=${encodeURIComponent('스마트 소화기')}`).expect(200);
    expect(catalogue.body.items.map((p: { id: string }) => p.id)).not.toContain(response.body.id);
    // Hidden from the public, shown to its supplier.
    await t.http().get(`/api/v1/products/${response.body.id}`).expect(404);
    await t.http().get(`/api/v1/products/${response.body.id}`).set(supplier.auth).expect(200);
  });

  it('refuses product registration to other roles', async () => {
    for (const role of [Role.BUYER, Role.CITIZEN, Role.OPERATOR]) {
      await create((await actorOf(t, role)).auth, productInput()).expect(403);
    }
    await create({}, productInput()).expect(401);
  });

  it('refuses a bad price, an unknown category and malformed numbers, storing nothing', async () => {
    const before = await t.dataSource.getRepository(Product).count();
    const price = await create(supplier.auth, productInput({ askingPrice: -5 })).expect(400);
    expect(price.body.details.askingPrice).toBeDefined();
    const fraction = await create(supplier.auth, productInput({ askingPrice: 10.5 })).expect(400);
    expect(fraction.body.details.askingPrice[0]).toMatch(/whole number/);
    const category = await create(supplier.auth, productInput({ categoryCode: 'NOPE-99' })).expect(400);
    expect(category.body.details).toEqual({ categoryCode: ['categoryCode NOPE-99 is not a catalogue category'] });
    const numbers = await create(supplier.auth, productInput({ goodsClassNo: '1234', detailItemNo: 'abcdefghij', trl: 12 })).expect(400);
    expect(Object.keys(numbers.body.details).sort()).toEqual(['detailItemNo', 'goodsClassNo', 'trl']);
    expect(await t.dataSource.getRepository(Product).count()).toBe(before);
  });

  it('lets only the owning company edit a product (403 for another supplier)', async () => {
    const { body: product } = await create(supplier.auth, productInput()).expect(201);
    const other = await actorOf(t, Role.SUPPLIER);
    const refused = await t.http().patch(`/api/v1/products/${product.id}`).set(other.auth).send({ askingPrice: 1 }).expect(403);
    expect(refused.body.message).toMatch(/not yours/);
    await t.http().patch(`/api/v1/products/${product.id}`).set((await actorOf(t, Role.BUYER)).auth).send({ askingPrice: 1 }).expect(403);
    await t.http().post(`/api/v1/products/${product.id}/images`).set(other.auth).expect(403);
    await t.http().get(`/api/v1/products/${product.id}/versions`).set(other.auth).expect(403);
  });

  it('keeps the previous version of a designated product, builds its price history and audits the edit', async () => {
    const product = await makeDesignatedProduct(t, { askingPrice: 3_000_000 });
    const owner = await actorOf(t, Role.SUPPLIER, { companyId: product.companyId });
    const edited = await t.http().patch(`/api/v1/products/${product.id}`).set(owner.auth).send({ askingPrice: 2_800_000, nameEn: 'Renamed product' }).expect(200);
    expect(edited.body).toMatchObject({ version: 2, askingPrice: 2_800_000, nameEn: 'Renamed product', status: 'DESIGNATED' });
    await t.http().patch(`/api/v1/products/${product.id}`).set(owner.auth).send({ askingPrice: 2_500_000 }).expect(200);

    const versions = await t.http().get(`/api/v1/products/${product.id}/versions`).set(owner.auth).expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.body[1].changes).toEqual({ askingPrice: { from: 3_000_000, to: 2_800_000 }, nameEn: { from: product.nameEn, to: 'Renamed product' } });

    const detail = await t.http().get(`/api/v1/products/${product.id}`).expect(200);
    expect(detail.body.priceHistory.map((p: { price: number }) => p.price)).toEqual([3_000_000, 2_800_000, 2_500_000]);
    expect(await t.dataSource.getRepository(ProductPrice).countBy({ productId: product.id })).toBe(3);
    const audit = await t.dataSource.getRepository(AuditEvent).find({ where: { entityId: product.id }, order: { id: 'ASC' } });
    expect(audit.map((e) => e.action)).toEqual(['product.type1_recorded', 'product.updated', 'product.updated']);
    expect(audit[1].actorId).toBe(owner.user.id);
    // An edit that changes nothing makes no version.
    await t.http().patch(`/api/v1/products/${product.id}`).set(owner.auth).send({ askingPrice: 2_500_000 }).expect(200);
    expect((await t.http().get(`/api/v1/products/${product.id}/versions`).set(owner.auth)).body).toHaveLength(2);
  });

  it('lets an operator record a Type 1 product, registering its company, listed at once for 3 years', async () => {
    const operator = await actorOf(t, Role.OPERATOR);
    const body = {
      ...productInput({ nameKo: '지능형 가로등', nameEn: 'Intelligent streetlight', categoryCode: 'ENE-02-01' }),
      company: { name: '(주)빛길', businessNumber: '220-81-62517', size: 'SME', region: '광주광역시' },
      designatingBody: '과학기술정보통신부',
      certificateNumber: 'EXC-2026-0007',
      designatedOn: '2026-02-28',
    };
    await t.http().post('/api/v1/products/type1').set(supplier.auth).send(body).expect(403);
    const recorded = await t.http().post('/api/v1/products/type1').set(operator.auth).send(body).expect(201);
    expect(recorded.body).toMatchObject({
      kind: 'TYPE1',
      status: 'DESIGNATED',
      company: { name: '(주)빛길', region: '광주광역시' },
      designation: { designatingBody: '과학기술정보통신부', certificateNumber: 'EXC-2026-0007', designatedOn: '2026-02-28', validUntil: '2029-02-27', extensionStage: 0 },
    });
    const catalogue = await t.http().get(`/api/v1/products?q=${encodeURIComponent('가로등')}`).expect(200);
    expect(catalogue.body.items.map((p: { id: string }) => p.id)).toContain(recorded.body.id);

    const expired = await t.http().post('/api/v1/products/type1').set(operator.auth).send({ ...body, certificateNumber: 'EXC-2020-0003', designatedOn: '2020-01-10' }).expect(201);
    expect(expired.body).toMatchObject({ status: 'EXPIRED', designation: { validUntil: '2023-01-09' } });
    await t.http().get(`/api/v1/products/${expired.body.id}`).expect(404);
  });

  it('decides a Type 1 product\'s status by the Korean date, also between 00:00 and 09:00 KST', async () => {
    const operator = await actorOf(t, Role.OPERATOR);
    const record = (designatedOn: string, certificateNumber: string) =>
      t.http().post('/api/v1/products/type1').set(operator.auth).send({
        ...productInput({ nameKo: '새벽 기록 제품', nameEn: 'Recorded at dawn' }),
        company: { name: '(주)새벽', businessNumber: makeBusinessNumber(), size: 'SME', region: '서울특별시' },
        designatingBody: '중소벤처기업부',
        certificateNumber,
        designatedOn,
      });
    try {
      // 00:30 in Korea is still the day before in UTC: the period ending yesterday (Korea) is over.
      clock.set('2029-02-28T00:30:00+09:00');
      expect((await record('2026-02-28', 'EXC-DAWN-1').expect(201)).body).toMatchObject({ status: 'EXPIRED', designation: { validUntil: '2029-02-27' } });
      clock.set('2029-02-27T23:30:00+09:00');
      expect((await record('2026-02-28', 'EXC-DAWN-2').expect(201)).body).toMatchObject({ status: 'DESIGNATED', designation: { validUntil: '2029-02-27' } });
    } finally {
      clock.set(NOW);
    }
  });

  it('shows a product page with similar products of the same middle category, nearest price first', async () => {
    const base = await makeDesignatedProduct(t, { categoryCode: 'MED-01-01', askingPrice: 1_000_000 });
    const near = await makeDesignatedProduct(t, { categoryCode: 'MED-01-02', askingPrice: 1_100_000 });
    const far = await makeDesignatedProduct(t, { categoryCode: 'MED-01', askingPrice: 9_000_000 });
    await makeDesignatedProduct(t, { categoryCode: 'MED-02-01', askingPrice: 1_000_000 });
    const detail = await t.http().get(`/api/v1/products/${base.id}`).expect(200);
    expect(detail.body.similar.map((p: { id: string }) => p.id)).toEqual([near.id, far.id]);
    expect(detail.body.categoryPath.map((c: { code: string }) => c.code)).toEqual(['MED', 'MED-01', 'MED-01-01']);
    expect(detail.body.designation.designatingBody).toBe('산업통상자원부');
  });

  it('compares the asking price only with at least 3 products in force of the same small category', async () => {
    // Codes of their own, so other tests' products do not count here.
    const base = await makeDesignatedProduct(t, { categoryCode: 'ENV-01-01', askingPrice: 1_000_000 });
    // A middle-category sibling (another small category) is similar, but not a price peer.
    await makeDesignatedProduct(t, { categoryCode: 'ENV-01-02', askingPrice: 90_000 });
    await makeDesignatedProduct(t, { categoryCode: 'ENV-01-01', askingPrice: 800_000 });
    await makeDesignatedProduct(t, { categoryCode: 'ENV-01-01', askingPrice: 1_200_000 });
    const tooFew = await t.http().get(`/api/v1/products/${base.id}`).expect(200);
    expect(tooFew.body.priceComparison).toEqual({ count: 2, median: null });

    await makeDesignatedProduct(t, { categoryCode: 'ENV-01-01', askingPrice: 2_000_000 });
    const compared = await t.http().get(`/api/v1/products/${base.id}`).expect(200);
    expect(compared.body.priceComparison).toEqual({ count: 3, median: 1_200_000 });
  });
});
