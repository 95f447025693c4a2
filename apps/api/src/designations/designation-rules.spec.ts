import { DEFAULT_RULE_SETTINGS, DesignationStatus, extendPeriod, periodEnd, Role } from '@inno/contracts';
import { IsNull } from 'typeorm';
import { actorOf, productInput } from '../../test/factories';
import { designateAlone, designateSubmitted } from '../../test/designate';
import { openCall, submittedProposal, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { ConflictError } from '../common/domain-errors';
import { Product } from '../products/product.entity';
import { Decision } from './decision.entity';
import { Designation } from './designation.entity';
import { DesignationsService } from './designations.service';

/** The day the domain guide counts from: 3 years from 2026-11-16 end on 2029-11-15. */
const D = '2026-11-16T10:00:00+09:00';

describe('designation rules: validity by the Civil Act, the terms of the call, one designation in force, the 6-year ceiling', () => {
  let t: TestApp;
  let operator: SignedIn;
  const clock = new TestClock();
  beforeAll(async () => {
    clock.set(D);
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set(D));

  const expire = () => t.app.get(DesignationsService).expireDue('test');
  const product = async (id: string) => (await t.http().get(`/api/v1/products/${id}`).set(operator.auth).expect(200)).body;
  const eligibility = async (id: string) => (await t.http().get(`/api/v1/products/${id}/extension-eligibility`).set(operator.auth).expect(200)).body as { rule: string; passed: boolean; reason: string }[];
  type Rule = { rule: string; passed: boolean; reason: string };
  const rule = (rules: Rule[], name: string) => rules.find((r) => r.rule === name)!;
  const status = async (id: string) => (await product(id)).status;

  /** A new proposal of an existing product, in a call opened now. */
  async function proposeAgain(supplier: SignedIn, productId: string) {
    const call = await openCall(t, operator, clock.now());
    return (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId, subArea: 'SAF-04', innovation: '개선된 원격 감지' }).expect(201)).body;
  }

  async function extend(supplier: SignedIn, productId: string) {
    const request = (await t.http().post(`/api/v1/products/${productId}/extension-requests`).set(supplier.auth).send({ basis: 'PUBLIC_SALES', evidence: '나라장터 판매 실적 3건 (public sales)' }).expect(201)).body;
    await t.http().post(`/api/v1/extension-requests/${request.id}/approve`).set(operator.auth).send({}).expect(200);
  }

  it('keeps a designation made on day D in force through periodEnd(D, 3 years) and expires it the next day', async () => {
    const call = await openCall(t, operator, clock.now());
    const { product: created, proposal } = await submittedProposal(t, call.id);
    await designateSubmitted(t, proposal.id, operator);
    expect((await product(created.id)).designation).toMatchObject({
      designatedOn: '2026-11-16',
      validUntil: '2029-11-15',
      extensionStage: 0,
      terms: { validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6 },
      nextExtensionYears: 1,
    });
    expect(periodEnd('2026-11-16', { years: 3 })).toBe('2029-11-15');

    clock.set('2029-11-15T23:59:00+09:00'); // the last day, in Korea
    await expire();
    expect(await status(created.id)).toBe(DesignationStatus.DESIGNATED);
    await t.http().get(`/api/v1/products/${created.id}`).expect(200);
    clock.set('2029-11-16T00:00:00+09:00'); // still the 15th in UTC
    await expire();
    expect(await status(created.id)).toBe(DesignationStatus.EXPIRED);
    await t.http().get(`/api/v1/products/${created.id}`).expect(404);
    expect(await t.dataSource.getRepository(Designation).findOneByOrFail({ productId: created.id })).toMatchObject({ endedAs: 'EXPIRED', endedOn: '2029-11-16' });
  });

  it('designates and extends under the terms of the call, whatever the settings say later; a Type 1 record takes the settings of its day', async () => {
    const own = { validityYears: 2, extensionYears: [1], maxTotalYears: 3, trimmedMeanMinSheets: 5, committeeVote: false };
    const call = await openCall(t, operator, clock.now(), { rules: own });
    const settings = (await t.http().get('/api/v1/rule-settings').expect(200)).body;
    const put = (designation: object) =>
      t.http().put('/api/v1/rule-settings').set(operator.auth).send({ criteria: settings.criteria, pilot: settings.pilot, scouting: settings.scouting, designation }).expect(200);
    await put({ ...DEFAULT_RULE_SETTINGS.designation, validityYears: 4, maxTotalYears: 8 });
    try {
      const { supplier, product: created, proposal } = await submittedProposal(t, call.id);
      await designateSubmitted(t, proposal.id, operator);
      expect((await product(created.id)).designation).toMatchObject({ validUntil: '2028-11-15', terms: { validityYears: 2, extensionYears: [1], maxTotalYears: 3 }, nextExtensionYears: 1 });
      await extend(supplier, created.id);
      expect((await product(created.id)).designation).toMatchObject({ validUntil: extendPeriod('2028-11-15', { years: 1 }), extensionStage: 1, nextExtensionYears: null });
      expect(rule(await eligibility(created.id), 'extensionStage')).toMatchObject({ passed: false, reason: expect.stringMatching(/terms of this designation allow 1/) });

      // Type 1: no call, so the settings at recording time: 4 years.
      const recorded = await t.http().post('/api/v1/products/type1').set(operator.auth).send({
        ...productInput({ nameKo: '기록 제품', nameEn: 'Recorded product' }),
        company: { name: '(주)기록', businessNumber: '220-81-62517', size: 'SME', region: '서울특별시' },
        designatingBody: '산업통상자원부',
        certificateNumber: 'NEP-TERMS-1',
        designatedOn: '2026-11-16',
      }).expect(201);
      expect(recorded.body.designation).toMatchObject({ validUntil: '2030-11-15', terms: { validityYears: 4, maxTotalYears: 8 } });
    } finally {
      await put(DEFAULT_RULE_SETTINGS.designation);
    }
  });

  it('never designates a revoked product again: the proposal is refused, and so is designate() itself', async () => {
    const call = await openCall(t, operator, clock.now());
    const { supplier, product: created, proposal } = await submittedProposal(t, call.id);
    await designateSubmitted(t, proposal.id, operator);
    await t.http().post(`/api/v1/products/${created.id}/revoke`).set(operator.auth).send({ reasons: ['안전 결함 확인 (safety defect found)'] }).expect(200);

    const again = await proposeAgain(supplier, created.id);
    const refused = await t.http().post(`/api/v1/proposals/${again.id}/submit`).set(supplier.auth).expect(409);
    expect(Object.keys(refused.body.details)).toEqual(['notRevoked']);
    await expect(designateAlone(t, again.id, operator)).rejects.toMatchObject({ code: 'NOT_DESIGNABLE', details: { notRevoked: [expect.any(String)] } });
    expect(await product(created.id)).toMatchObject({ status: DesignationStatus.REVOKED });
    expect(await t.dataSource.getRepository(Designation).findBy({ productId: created.id })).toEqual([expect.objectContaining({ endedAs: 'REVOKED', endedOn: '2026-11-16' })]);
  });

  it('holds the 6-year ceiling over all of a product’s designations', async () => {
    const call = await openCall(t, operator, clock.now());
    const { supplier, product: created, proposal } = await submittedProposal(t, call.id);
    await designateSubmitted(t, proposal.id, operator);
    await extend(supplier, created.id); // 3 + 1 = 4 years, through 2030-11-15
    clock.set('2030-11-16T09:00:00+09:00');
    await expire();
    expect(await status(created.id)).toBe(DesignationStatus.EXPIRED);

    // Designated again: 2 years are left, not 3.
    const second = await proposeAgain(supplier, created.id);
    const rules = (await t.http().get(`/api/v1/proposals/${second.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(rule(rules, 'withinCeiling')).toMatchObject({ passed: true, reason: expect.stringMatching(/4 of the 6 years.*runs 2 year/) });
    await t.http().post(`/api/v1/proposals/${second.id}/submit`).set(supplier.auth).expect(200);
    await designateSubmitted(t, second.id, operator);
    expect((await product(created.id)).designation).toMatchObject({ designatedOn: '2030-11-16', validUntil: '2032-11-15', extensionStage: 0, nextExtensionYears: null });
    expect(rule(await eligibility(created.id), 'extensionStage')).toMatchObject({ passed: false, reason: expect.stringMatching(/6 years: 6 is the most/) });
    await t.http().post(`/api/v1/products/${created.id}/extension-requests`).set(supplier.auth).send({ basis: 'AWARD', evidence: '혁신 조달 대상 수상 (award)' }).expect(409);

    clock.set('2032-11-16T09:00:00+09:00');
    await expire();
    expect(await status(created.id)).toBe(DesignationStatus.EXPIRED);
    const third = await proposeAgain(supplier, created.id);
    const refused = await t.http().post(`/api/v1/proposals/${third.id}/submit`).set(supplier.auth).expect(409);
    expect(Object.keys(refused.body.details)).toEqual(['withinCeiling']);
  });

  it('makes one designation when two committees close on the same product at the same moment', async () => {
    const first = await openCall(t, operator, clock.now());
    const { supplier, product: created, proposal } = await submittedProposal(t, first.id);
    const rival = await proposeAgain(supplier, created.id); // a draft in another call: designate() must still refuse it
    const results = await Promise.allSettled([designateAlone(t, proposal.id, operator), designateAlone(t, rival.id, operator)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [loser] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(loser.reason.code).toBe('NOT_DESIGNABLE');
    const inForce = await t.dataSource.getRepository(Designation).findBy({ productId: created.id, endedAs: IsNull() });
    expect(inForce).toHaveLength(1);
    expect(await t.dataSource.getRepository(Decision).countBy({ productId: created.id, kind: 'DESIGNATION' })).toBe(1);
    const row = await t.dataSource.getRepository(Product).findOneByOrFail({ id: created.id });
    expect(row).toMatchObject({ status: DesignationStatus.DESIGNATED, validUntil: inForce[0].validUntil, designatedOn: inForce[0].designatedOn });
  });

  it('reads the patents the product had when designated: emptying the list does not dodge the patent rule', async () => {
    const call = await openCall(t, operator, clock.now());
    const supplier = await actorOf(t, Role.SUPPLIER);
    const patents = [{ number: '10-7654321', title: '원격 압력 감지', expiresOn: '2028-06-30' }];
    const created = (await t.http().post('/api/v1/products').set(supplier.auth).send(productInput({ patents })).expect(201)).body;
    const proposal = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: created.id, subArea: 'SAF-04' }).expect(201)).body;
    await t.http().post(`/api/v1/proposals/${proposal.id}/submit`).set(supplier.auth).expect(200);
    await designateSubmitted(t, proposal.id, operator);

    await t.http().patch(`/api/v1/products/${created.id}`).set(supplier.auth).send({ patents: [], certifications: [] }).expect(200);
    const versions = (await t.http().get(`/api/v1/products/${created.id}/versions`).set(operator.auth).expect(200)).body;
    expect(versions[0].changes).toMatchObject({ patents: { from: patents, to: [] }, certifications: { from: ['KC'], to: [] } });

    clock.set('2029-03-01T10:00:00+09:00');
    const patentRule = rule(await eligibility(created.id), 'patentValid');
    expect(patentRule.passed).toBe(false);
    expect(patentRule.reason).toMatch(/Every patent of the product has expired.*recorded at designation on 2026-11-16.*edited since/);
    const refused = await t.http().post(`/api/v1/products/${created.id}/extension-requests`).set(supplier.auth).send({ basis: 'PUBLIC_SALES', evidence: '나라장터 판매 실적 3건 (public sales)' }).expect(409);
    expect(Object.keys(refused.body.details)).toEqual(['patentValid']);
  });
});
