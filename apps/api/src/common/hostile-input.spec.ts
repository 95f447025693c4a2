import { DEFAULT_CRITERIA, Role } from '@inno/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY, openCall, type SignedIn } from '../../test/designation-fixtures';
import { actorOf, makeBusinessNumber, PASSWORD, productInput } from '../../test/factories';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { Company } from '../companies/company.entity';
import { Product } from '../products/product.entity';
import { User } from '../users/user.entity';

/**
 * Each hostile input the attack pass found, sent in an otherwise valid request (so that only the
 * hostile part can be refused), by a caller the route accepts: a 400 naming the field, nothing stored.
 */
describe('hostile input in otherwise valid requests', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  let supplier: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    supplier = await actorOf(t, Role.SUPPLIER);
  });
  afterAll(() => t.close());

  const fieldsOf = (response: { body: { details?: Record<string, string[]> } }) => Object.keys(response.body.details ?? {});

  it('refuses NUL in the catalogue search and filters, anonymous', async () => {
    for (const field of ['q', 'region', 'certification', 'designatingBody']) {
      const response = await t.http().get(`/api/v1/products?${field}=ab%00cd`).expect(400);
      expect(response.body.details).toEqual({ [field]: [expect.stringContaining('control characters')] });
    }
    await t.http().get('/api/v1/institutions?q=%00').expect(400);
    await t.http().get('/api/v1/decisions?kind=%00').expect(400);
    await t.http().get('/api/v1/products?q=%ED%98%81%EC%8B%A0').expect(200);
  });

  it('refuses NUL in a signup, a profile edit and a product, storing nothing', async () => {
    const companies = await t.dataSource.getRepository(Company).count();
    const signup = await t.http()
      .post('/api/v1/auth/signup')
      .send({ email: 'nul@example.kr', password: PASSWORD, name: '김\u0000혁신', role: Role.SUPPLIER, company: { name: '(주)널\u0000', businessNumber: makeBusinessNumber(), size: 'SME', region: '서울특별시' } })
      .expect(400);
    expect(fieldsOf(signup).sort()).toEqual(['company.name', 'name']);
    expect(await t.dataSource.getRepository(Company).count()).toBe(companies);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'nul@example.kr' })).toBe(0);

    const profile = await t.http().patch('/api/v1/auth/me').set(supplier.auth).send({ name: 'a\u0000b' }).expect(400);
    expect(fieldsOf(profile)).toEqual(['name']);

    const products = await t.dataSource.getRepository(Product).count();
    const product = await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ nameKo: '스마트\u0000소화기' })).expect(400);
    expect(fieldsOf(product)).toEqual(['nameKo']);
    const patent = await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ patents: [{ number: '10-1\u00002', title: '특허', expiresOn: '2035-01-31' }] })).expect(400);
    expect(fieldsOf(patent)).toEqual(['patents.0.number']);
    expect(await t.dataSource.getRepository(Product).count()).toBe(products);
  });

  it('keeps tabs and line breaks in long text, and refuses them in a line of text', async () => {
    const description = '첫째 줄입니다.\n\t둘째 줄: 들여쓴 설명입니다.\r\n셋째 줄.';
    const created = await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ description })).expect(201);
    expect(created.body.description).toBe(description);
    const name = await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ nameKo: '스마트\n소화기' })).expect(400);
    expect(fieldsOf(name)).toEqual(['nameKo']);
    const escape = await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ description: '경고 \u001b[31m빨간 글씨\u001b[0m 입니다.' })).expect(400);
    expect(fieldsOf(escape)).toEqual(['description']);
    // An edit (every field optional) knows its long text too.
    const edited = await t.http().patch(`/api/v1/products/${created.body.id}`).set(supplier.auth).send({ description: `${description}\n넷째 줄.` }).expect(200);
    expect(edited.body.description).toBe(`${description}\n넷째 줄.`);
    await t.http().patch(`/api/v1/products/${created.body.id}`).set(supplier.auth).send({ modelName: 'SFE\t100' }).expect(400);
  });

  it('refuses a password with NUL for a staff user', async () => {
    const admin = await actorOf(t, Role.ADMIN);
    const response = await t.http().post('/api/v1/users').set(admin.auth).send({ email: 'staff-nul@example.kr', password: `${PASSWORD}\u0000`, name: '직원', role: Role.OPERATOR }).expect(400);
    expect(fieldsOf(response)).toEqual(['password']);
  });

  it('refuses null for a field that may only be left out, and the proposal stays readable', async () => {
    const product = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput()).expect(201)).body;
    await t.http().patch(`/api/v1/products/${product.id}`).set(supplier.auth).send({ nameKo: null }).expect(400);
    await t.http().patch(`/api/v1/companies/${supplier.user.companyId}`).set(supplier.auth).send({ name: null }).expect(400);
    await t.http().patch('/api/v1/auth/me').set(supplier.auth).send({ name: null }).expect(400);

    const call = await openCall(t, operator, clock.now());
    const proposal = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04', innovation: '원격 감지', publicValue: '대응 시간 단축', pilotPlan: '소방서 3곳 6개월' }).expect(201)).body;
    for (const field of ['patents', 'trl', 'documentIds', 'innovation', 'subArea']) {
      const response = await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ [field]: null }).expect(400);
      expect(fieldsOf(response)).toEqual([field]);
    }
    // An array of arrays passed ValidateNested just as null passed IsOptional.
    const nested = await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ patents: [[]] }).expect(400);
    expect(fieldsOf(nested)).toEqual(['patents']);
    await t.http().get(`/api/v1/proposals/${proposal.id}/eligibility`).set(supplier.auth).expect(200);
    await t.http().post(`/api/v1/proposals/${proposal.id}/submit`).set(supplier.auth).expect(200);
  });

  it('refuses a null body and a multipart body on a PATCH instead of taking them for an empty edit', async () => {
    const nullBody = await t.http().patch('/api/v1/auth/me').set(supplier.auth).set('content-type', 'application/json').send('null').expect(400);
    expect(nullBody.body.details).toEqual({ body: ['The body must be a JSON object'] });
    await t.http().patch('/api/v1/auth/me').set(supplier.auth).field('name', '새 이름').expect(415);
  });

  it('refuses a Type 1 product without a company object or with a day the calendar lacks', async () => {
    const type1 = (fields: Record<string, unknown>) => ({
      ...productInput(),
      company: { name: '(주)테스트제조', businessNumber: makeBusinessNumber(), size: 'SME', region: '경기도' },
      designatingBody: '산업통상자원부',
      certificateNumber: 'NEP-2026-0001',
      designatedOn: '2026-02-28',
      ...fields,
    });
    const products = await t.dataSource.getRepository(Product).count();
    const { company: _, ...withoutCompany } = type1({});
    for (const [body, field] of [[withoutCompany, 'company'], [type1({ company: [] }), 'company'], [type1({ designatedOn: '2026-02-31' }), 'designatedOn']] as const) {
      const response = await t.http().post('/api/v1/products/type1').set(operator.auth).send(body).expect(400);
      expect(fieldsOf(response)).toEqual([field]);
    }
    expect(await t.dataSource.getRepository(Product).count()).toBe(products);
    await t.http().post('/api/v1/products/type1').set(operator.auth).send(type1({})).expect(201);
  });

  it('refuses a call whose criteria are an array instead of a criteria set', async () => {
    const body = {
      title: '2026년 혁신시제품 공모',
      kind: 'SUPPLIER_PROPOSAL',
      description: '공공 현장의 문제를 푸는 혁신 시제품',
      subAreas: ['SAF'],
      opensAt: new Date(clock.now().getTime() - DAY).toISOString(),
      closesAt: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
    };
    const response = await t.http().post('/api/v1/calls').set(operator.auth).send({ ...body, criteria: [] }).expect(400);
    expect(fieldsOf(response)).toEqual(['criteria']);
    await t.http().post('/api/v1/calls').set(operator.auth).send({ ...body, criteria: DEFAULT_CRITERIA }).expect(201);
  });

  it('refuses a NUL in a locker upload’s text fields, storing nothing', async () => {
    const pdf = readFileSync(join(__dirname, '../../test/fixtures/minimal.pdf'));
    const response = await t.http()
      .post(`/api/v1/companies/${supplier.user.companyId}/documents`)
      .set(supplier.auth)
      .field('kind', 'PATENT')
      .field('title', '특허증\u0000')
      .attach('file', pdf, { filename: 'patent.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(fieldsOf(response)).toEqual(['title']);
    const listed = await t.http().get(`/api/v1/companies/${supplier.user.companyId}/documents`).set(supplier.auth).expect(200);
    expect(listed.body).toEqual([]);
  });
});
