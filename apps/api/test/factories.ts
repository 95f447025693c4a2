import { addDays, CompanySize, Role, UserStatus, withCheckDigit, type ProductInput } from '@inno/contracts';
import { randomInt, randomUUID } from 'node:crypto';
import { hashPassword } from '../src/auth/passwords';
import { Clock, koreanDate } from '../src/clock/clock';
import { Company } from '../src/companies/company.entity';
import { Institution } from '../src/institutions/institution.entity';
import { Type1ProductDto } from '../src/products/dto/product-input.dto';
import { ProductsService } from '../src/products/products.service';
import { User } from '../src/users/user.entity';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

/** A valid business registration number no other test uses. */
export const makeBusinessNumber = () => withCheckDigit(String(randomInt(100_000_000, 999_999_999)));

export async function makeCompany(t: TestApp, fields: Partial<Company> = {}): Promise<Company> {
  return t.dataSource.getRepository(Company).save({
    name: `테스트기업 ${randomUUID().slice(0, 6)}`,
    businessNumber: makeBusinessNumber(),
    size: CompanySize.SME,
    region: '서울특별시',
    address: null,
    representative: null,
    certifications: [],
    ...fields,
  });
}

export async function anyInstitution(t: TestApp, code = 'CG-020'): Promise<Institution> {
  return t.dataSource.getRepository(Institution).findOneByOrFail({ code });
}

/** An observer needs an organisation and a term (a database check holds it): ten years either side of today, unless a test sets its own. */
const observerTerm = () => ({ observerOrganisation: '투명사회시민연대', observerTermFrom: addDays(koreanDate(new Date()), -3650), observerTermTo: addDays(koreanDate(new Date()), 3650) });

export async function makeUser(t: TestApp, role: Role, fields: Partial<User> = {}): Promise<User> {
  const companyId = role === Role.SUPPLIER && fields.companyId === undefined ? (await makeCompany(t)).id : (fields.companyId ?? null);
  const institutionId = role === Role.BUYER && fields.institutionId === undefined ? (await anyInstitution(t)).id : (fields.institutionId ?? null);
  return t.dataSource.getRepository(User).save({
    email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.kr`,
    passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
    name: `${role} 테스트`,
    role,
    status: UserStatus.ACTIVE,
    companyAdmin: role === Role.SUPPLIER,
    ...(role === Role.OBSERVER ? observerTerm() : {}),
    ...fields,
    companyId,
    institutionId,
  });
}

export async function signIn(t: TestApp, user: Pick<User, 'email'>, password = PASSWORD): Promise<string> {
  const response = await t.http().post('/api/v1/auth/login').send({ email: user.email, password }).expect(200);
  return response.body.accessToken;
}

/** A signed-in user of the role, with its bearer header ready for supertest's `.set()`. */
export async function actorOf(t: TestApp, role: Role, fields: Partial<User> = {}) {
  const user = await makeUser(t, role, fields);
  const token = await signIn(t, user);
  return { user, token, auth: { authorization: `Bearer ${token}` } };
}

let typeOneSequence = 0;

/** A Type 1 product recorded by an operator: designated, in the catalogue at once. */
export async function makeDesignatedProduct(t: TestApp, fields: Partial<ProductInput & { designatingBody: string; designatedOn: string; companyName: string; businessNumber: string }> = {}) {
  const products = t.app.get(ProductsService);
  const operator = await makeUser(t, Role.OPERATOR);
  typeOneSequence++;
  const product = await products.recordType1(
    { userId: operator.id, role: Role.OPERATOR, companyId: null, institutionId: null, requestId: 'test' },
    Object.assign(new Type1ProductDto(), {
      company: { name: fields.companyName ?? '(주)테스트제조', businessNumber: fields.businessNumber ?? makeBusinessNumber(), size: CompanySize.SME, region: '경기도' },
      nameKo: `시험제품 ${typeOneSequence}`,
      nameEn: `Test product ${typeOneSequence}`,
      modelName: `TP-${typeOneSequence}`,
      description: '공공기관 현장 실증을 거친 혁신 제품입니다.',
      categoryCode: 'SAF-01-01',
      goodsClassNo: '46171610',
      detailItemNo: '4617161001',
      tradingUnit: '대',
      askingPrice: 1_000_000,
      certifications: [],
      patents: [],
      trl: 8,
      region: '경기도',
      designatingBody: '산업통상자원부',
      certificateNumber: `NEP-${typeOneSequence}`,
      designatedOn: addDays(koreanDate(t.app.get(Clock).now()), -typeOneSequence),
      ...fields,
    }),
  );
  return product;
}

export const productInput = (fields: Partial<ProductInput> = {}): ProductInput => ({
  nameKo: '스마트 소화기',
  nameEn: 'Smart fire extinguisher',
  modelName: 'SFE-100',
  description: '압력 이상을 원격으로 알려 주는 소화기입니다.',
  categoryCode: 'SAF-04-01',
  goodsClassNo: '46191601',
  detailItemNo: '4619160101',
  tradingUnit: '개',
  askingPrice: 250_000,
  certifications: ['KC'],
  patents: [{ number: '10-1234567', title: '압력 감지 소화기', expiresOn: '2035-01-31' }],
  trl: 8,
  region: '서울특별시',
  ...fields,
});
