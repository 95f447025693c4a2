import { periodEnd, Role, type Message } from '@inno/contracts';
import { actorOf, makeDesignatedProduct } from '../../test/factories';
import { openCall, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { CompanySanction } from './company-sanction.entity';
import { Company } from './company.entity';

const BASIS = '국가를 당사자로 하는 계약에 관한 법률 제27조 (Act on Contracts to Which the State is a Party, art. 27)';

describe('supplier sanctions: recorded and lifted by an operator, audited, public, and read by the rules', () => {
  let t: TestApp;
  let operator: SignedIn;
  let call: { id: string };
  const clock = new TestClock();
  const TODAY = '2026-11-16';
  beforeAll(async () => {
    clock.set(`${TODAY}T10:00:00+09:00`);
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    call = await openCall(t, operator, clock.now());
  });
  afterAll(() => t.close());

  const sanction = (companyId: string, auth: Record<string, string>, body: object) => t.http().post(`/api/v1/companies/${companyId}/sanctions`).set(auth).send(body);
  const input = { startsOn: TODAY, months: 6, reason: '입찰 서류 위조 (forged tender documents)', legalBasis: BASIS };
  const register = async () => (await t.http().get('/api/v1/decisions').expect(200)).body.items as { kind: string; companyId: string; productId: string | null; reasons: string[]; reasonMessages: Message[]; companyName: string }[];

  it('lets only an operator record a sanction, refusing bad input per field and storing nothing', async () => {
    const { supplier } = await supplierWithProduct(t);
    const companyId = supplier.user.companyId!;
    await sanction(companyId, supplier.auth, input).expect(403);
    await sanction(companyId, (await actorOf(t, Role.BUYER)).auth, input).expect(403);
    await sanction(companyId, {}, input).expect(401);
    const bad = await sanction(companyId, operator.auth, { startsOn: '2026-13-01', months: 0, reason: '', legalBasis: '' }).expect(400);
    expect(Object.keys(bad.body.details).sort()).toEqual(['legalBasis', 'months', 'reason', 'startsOn']);
    const future = await sanction(companyId, operator.auth, { ...input, startsOn: '2026-11-17' }).expect(400);
    expect(future.body.details.startsOn[0]).toMatch(/today \(2026-11-16\) or earlier/);
    expect(await t.dataSource.getRepository(CompanySanction).countBy({ companyId })).toBe(0);
    expect((await t.dataSource.getRepository(Company).findOneByOrFail({ id: companyId })).sanctionedUntil).toBeNull();
  });

  it('bars a sanctioned company from proposals and extensions, publishes the sanction, and lifts it early with a reason', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    const companyId = supplier.user.companyId!;
    const company = await t.dataSource.getRepository(Company).findOneByOrFail({ id: companyId });
    const designated = await makeDesignatedProduct(t, { businessNumber: company.businessNumber });
    const draft = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04' }).expect(201)).body;

    const imposed = (await sanction(companyId, operator.auth, input).expect(201)).body;
    const endsOn = periodEnd(TODAY, { months: 6 });
    expect(imposed).toMatchObject({ startsOn: TODAY, endsOn: '2027-05-15', legalBasis: BASIS, inForce: true, liftedOn: null });
    expect(endsOn).toBe('2027-05-15');
    expect((await t.http().get(`/api/v1/companies/${companyId}`).set(operator.auth).expect(200)).body.sanctionedUntil).toBe(endsOn);
    expect((await t.http().get(`/api/v1/companies/${companyId}/sanctions`).set(supplier.auth).expect(200)).body).toHaveLength(1);
    expect(await register()).toContainEqual(
      expect.objectContaining({
        kind: 'SANCTION', companyId, productId: null, companyName: company.name, reasons: [input.reason, expect.stringContaining(BASIS), `${TODAY} – ${endsOn}`],
        // Published as the web words it in either language: the operator's words as written, the rest as codes.
        reasonMessages: [
          { code: 'TEXT', params: { text: input.reason } },
          { code: 'SANCTION_LEGAL_BASIS', params: { basis: BASIS } },
          { code: 'SANCTION_PERIOD', params: { startsOn: TODAY, endsOn } },
        ],
      }),
    );

    const refused = await t.http().post(`/api/v1/proposals/${draft.id}/submit`).set(supplier.auth).expect(409);
    expect(Object.keys(refused.body.details)).toEqual(['companyNotSanctioned']);
    const extension = (await t.http().get(`/api/v1/products/${designated.id}/extension-eligibility`).set(operator.auth).expect(200)).body;
    expect(extension.find((r: { rule: string }) => r.rule === 'supplierNotSanctioned')).toMatchObject({ passed: false, reason: `The supplier is under a sanction until ${endsOn}` });

    await t.http().post(`/api/v1/companies/${companyId}/sanctions/${imposed.id}/lift`).set(supplier.auth).send({ reason: '스스로 해제' }).expect(403);
    const lifted = (await t.http().post(`/api/v1/companies/${companyId}/sanctions/${imposed.id}/lift`).set(operator.auth).send({ reason: '행정심판 인용 (appeal upheld)' }).expect(200)).body;
    expect(lifted).toMatchObject({ liftedOn: TODAY, liftedReason: '행정심판 인용 (appeal upheld)', liftedBy: operator.user.id, inForce: false });
    expect((await t.dataSource.getRepository(Company).findOneByOrFail({ id: companyId })).sanctionedUntil).toBeNull();
    await t.http().post(`/api/v1/companies/${companyId}/sanctions/${imposed.id}/lift`).set(operator.auth).send({ reason: '다시 해제' }).expect(409);
    expect(await register()).toContainEqual(
      expect.objectContaining({
        kind: 'SANCTION_LIFTED', companyId, reasons: ['행정심판 인용 (appeal upheld)', expect.any(String)],
        reasonMessages: [{ code: 'TEXT', params: { text: '행정심판 인용 (appeal upheld)' } }, { code: 'SANCTION_PERIOD_LIFTED', params: { startsOn: TODAY, endsOn, liftedOn: TODAY } }],
      }),
    );
    const audit = await t.dataSource.getRepository(AuditEvent).find({ where: { entityType: 'company', entityId: companyId }, order: { id: 'ASC' } });
    expect(audit.map((e) => e.action)).toEqual(['company.sanctioned', 'company.sanction_lifted']);
    await t.http().post(`/api/v1/proposals/${draft.id}/submit`).set(supplier.auth).expect(200);
  });

  it('ends by itself the day after its last day, and keeps the latest end when sanctions overlap', async () => {
    const { supplier } = await supplierWithProduct(t);
    const companyId = supplier.user.companyId!;
    const short = (await sanction(companyId, operator.auth, { ...input, months: 1 }).expect(201)).body;
    const long = (await sanction(companyId, operator.auth, { ...input, startsOn: '2026-10-01', months: 3 }).expect(201)).body;
    expect([short.endsOn, long.endsOn]).toEqual(['2026-12-15', '2026-12-31']);
    expect((await t.dataSource.getRepository(Company).findOneByOrFail({ id: companyId })).sanctionedUntil).toBe('2026-12-31');
    await t.http().post(`/api/v1/companies/${companyId}/sanctions/${long.id}/lift`).set(operator.auth).send({ reason: '감경 결정 (reduced on review)' }).expect(200);
    expect((await t.dataSource.getRepository(Company).findOneByOrFail({ id: companyId })).sanctionedUntil).toBe('2026-12-15');
    try {
      clock.set('2026-12-16T00:05:00+09:00');
      const list = (await t.http().get(`/api/v1/companies/${companyId}/sanctions`).set(operator.auth).expect(200)).body;
      expect(list.map((s: { inForce: boolean }) => s.inForce)).toEqual([false, false]);
      await t.http().post(`/api/v1/companies/${companyId}/sanctions/${short.id}/lift`).set(operator.auth).send({ reason: '이미 끝난 제재' }).expect(409);
    } finally {
      clock.set(`${TODAY}T10:00:00+09:00`);
    }
  });

  it('lifts a sanction once when two operators lift it at the same moment', async () => {
    const { supplier } = await supplierWithProduct(t);
    const companyId = supplier.user.companyId!;
    const imposed = (await sanction(companyId, operator.auth, input).expect(201)).body;
    const other = await actorOf(t, Role.OPERATOR);
    const results = await Promise.all([operator, other].map((o) => t.http().post(`/api/v1/companies/${companyId}/sanctions/${imposed.id}/lift`).set(o.auth).send({ reason: '행정심판 인용 (appeal upheld)' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const lifts = (await register()).filter((d) => d.kind === 'SANCTION_LIFTED' && d.companyId === companyId);
    expect(lifts).toHaveLength(1);
  });
});
