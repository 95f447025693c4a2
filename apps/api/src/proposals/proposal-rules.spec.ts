import { Role } from '@inno/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorOf } from '../../test/factories';
import { DAY, openCall, submittedProposal, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { Proposal } from './proposal.entity';

const PDF = readFileSync(join(__dirname, '../../test/fixtures/minimal.pdf'));

describe('proposal rules: frozen once submitted, every rule again on each supplement, any valid document, one live proposal per product', () => {
  let t: TestApp;
  let operator: SignedIn;
  let call: { id: string };
  const clock = new TestClock();
  beforeAll(async () => {
    clock.set('2026-11-16T10:00:00+09:00');
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    call = await openCall(t, operator, clock.now());
  });
  afterAll(() => t.close());

  const content = async (id: string) => (await t.dataSource.getRepository(Proposal).findOneByOrFail({ id })).content;

  it('refuses edits to a submitted proposal, even while its call is open', async () => {
    const { supplier, proposal } = await submittedProposal(t, call.id);
    const refused = await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ trl: 3 }).expect(409);
    expect(refused.body.message).toMatch(/only through a supplement/);
    expect((await content(proposal.id)).trl).toBe(8);
  });

  it('runs every rule again on a supplement: TRL 3 cannot slip in after the check', async () => {
    const { supplier, proposal } = await submittedProposal(t, call.id);
    await t.http().post(`/api/v1/proposals/${proposal.id}/request-supplement`).set(operator.auth).send({ message: '시범사용 계획 보완', deadline: new Date(clock.now().getTime() + 3 * DAY).toISOString() }).expect(200);
    await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ trl: 3, pilotPlan: '소방서 5곳 6개월' }).expect(200);
    // The preview already reads the supplemented content.
    const preview = (await t.http().get(`/api/v1/proposals/${proposal.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(preview.find((r: { rule: string }) => r.rule === 'trl')).toMatchObject({ passed: false });
    const refused = await t.http().post(`/api/v1/proposals/${proposal.id}/supplement`).set(supplier.auth).expect(409);
    expect(Object.keys(refused.body.details)).toEqual(['trl']);
    const kept = (await t.http().get(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).expect(200)).body;
    expect(kept).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', content: { trl: 8 }, supplementDraft: { trl: 3 } });

    await t.http().patch(`/api/v1/proposals/${proposal.id}`).set(supplier.auth).send({ trl: 8 }).expect(200);
    const supplemented = (await t.http().post(`/api/v1/proposals/${proposal.id}/supplement`).set(supplier.auth).expect(200)).body;
    expect(supplemented).toMatchObject({ status: 'SUBMITTED', content: { trl: 8, pilotPlan: '소방서 5곳 6개월' } });
  });

  it('passes the document check when any picked patent or certificate is valid, whatever the others', async () => {
    const { supplier, product } = await supplierWithProduct(t);
    // A certification recorded on the product counts too: without one, the locker decides.
    await t.http().patch(`/api/v1/products/${product.id}`).set(supplier.auth).send({ certifications: [] }).expect(200);
    const companyId = supplier.user.companyId!;
    const upload = async (title: string, expiresOn: string) =>
      (
        await t.http()
          .post(`/api/v1/companies/${companyId}/documents`)
          .set(supplier.auth)
          .field('kind', 'CERTIFICATE')
          .field('title', title)
          .field('expiresOn', expiresOn)
          .attach('file', PDF, { filename: 'certificate.pdf', contentType: 'application/pdf' })
          .expect(201)
      ).body.id as string;
    // Expiry dates around the clock's today, so the test holds on any day it runs.
    const expired = await upload('성능인증서 (만료)', '2026-11-15');
    const valid = await upload('성능인증서', '2027-11-15');
    const draft = (
      await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: call.id, productId: product.id, subArea: 'SAF-04', patents: [], documentIds: [expired] }).expect(201)
    ).body;
    const alone = (await t.http().get(`/api/v1/proposals/${draft.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(alone.find((r: { rule: string }) => r.rule === 'patentOrLicence')).toMatchObject({ passed: false });

    // The expired one first, then the valid one: the order picked must not matter.
    await t.http().patch(`/api/v1/proposals/${draft.id}`).set(supplier.auth).send({ documentIds: [expired, valid] }).expect(200);
    const both = (await t.http().get(`/api/v1/proposals/${draft.id}/eligibility`).set(supplier.auth).expect(200)).body;
    expect(both.find((r: { rule: string }) => r.rule === 'patentOrLicence')).toMatchObject({ passed: true, reason: '성능인증서 from your document locker is valid until 2027-11-15' });
    await t.http().post(`/api/v1/proposals/${draft.id}/submit`).set(supplier.auth).expect(200);
  });

  it('takes one live proposal per product across calls, also when two are submitted at the same moment', async () => {
    const other = await openCall(t, operator, clock.now(), { title: '2026년 특별 공모' });
    const { supplier, product } = await supplierWithProduct(t);
    const draft = async (callId: string) => (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId, productId: product.id, subArea: 'SAF-04' }).expect(201)).body.id as string;
    const ids = [await draft(call.id), await draft(other.id)];
    const results = await Promise.all(ids.map((id) => t.http().post(`/api/v1/proposals/${id}/submit`).set(supplier.auth)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(Object.keys(results.find((r) => r.status === 409)!.body.details)).toEqual(['noOtherLiveProposal']);
    expect(await t.dataSource.getRepository(Proposal).countBy({ productId: product.id, status: 'SUBMITTED' })).toBe(1);
  });
});
