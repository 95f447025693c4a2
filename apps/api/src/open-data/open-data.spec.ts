import { addDays, CallKind, OCDS_LICENSE, PILOT_INDICATORS, Role, type OcdsRecordPackage, type OcdsRelease, type OcdsReleasePackage } from '@inno/contracts';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import { committeeSession, DAY, HOUR, openCall, openSession, passingChecklist, sheetAt, submittedProposal, supplierWithProduct, type SignedIn } from '../../test/designation-fixtures';
import { designateSubmitted } from '../../test/designate';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { Call } from '../calls/call.entity';
import { koreanDate } from '../clock/clock';
import { Company } from '../companies/company.entity';
import { Designation } from '../designations/designation.entity';
import { Product } from '../products/product.entity';
import { OcdsReleaseRow } from './ocds-release.entity';
import { describeErrors, ocdsValidators } from './ocds-schema';
import { OpenDataService } from './open-data.service';

const PREFIX = 'ocds-t3st01-innomarket';
const M = 1_000_000;
const validators = ocdsValidators();
const brn = (company: Company) => company.businessNumber.replace(/-/g, '');

describe('the open-data feed (OCDS)', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    clock.set(`${koreanDate(clock.now())}T10:00:00+09:00`);
    t = await createTestApp({ OCDS_OCID_PREFIX: PREFIX }, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  /** The company of a product (the API's product view names it; the feed's party is read from the company). */
  const companyOf = async (productId: string) => {
    const { companyId } = await t.dataSource.getRepository(Product).findOneByOrFail({ id: productId });
    return t.dataSource.getRepository(Company).findOneByOrFail({ id: companyId });
  };

  /** The record package of one process, checked against the official release schema (each release and the compiled one). */
  async function record(ocid: string): Promise<{ releases: OcdsRelease[]; compiled: OcdsRelease }> {
    const body: OcdsRecordPackage = (await t.http().get(`/api/v1/open-data/records/${ocid}`).expect(200)).body;
    expect(body).toMatchObject({ version: '1.1', license: OCDS_LICENSE, publisher: { name: expect.any(String) }, publishedDate: expect.any(String), uri: expect.stringContaining(ocid) });
    expect(body.records).toHaveLength(1);
    const [only] = body.records;
    expect(only.ocid).toBe(ocid);
    for (const release of [...only.releases, only.compiledRelease]) {
      const valid = validators.release(release);
      expect(describeErrors(validators.release.errors)).toEqual([]);
      expect(valid).toBe(true);
    }
    const dates = only.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(only.releases.map((r) => r.id)).size).toBe(only.releases.length);
    expect(only.compiledRelease).toMatchObject({ ocid, tag: ['compiled'], date: dates[dates.length - 1], id: `${ocid}-${dates[dates.length - 1]}` });
    expect(body.publishedDate).toBe(dates[dates.length - 1]);
    return { releases: only.releases, compiled: only.compiledRelease };
  }

  /** Every release page from the first, following links.next; each page valid against the official package schema. */
  async function allPages(query = 'limit=3'): Promise<OcdsReleasePackage[]> {
    const pages: OcdsReleasePackage[] = [];
    let next: string | undefined = `/api/v1/open-data/releases?${query}`;
    while (next) {
      const page: OcdsReleasePackage = (await t.http().get(next).expect(200)).body;
      const valid = validators.releasePackage(page);
      expect(describeErrors(validators.releasePackage.errors)).toEqual([]);
      expect(valid).toBe(true);
      pages.push(page);
      next = page.links?.next?.replace(t.config.publicUrl, '');
    }
    return pages;
  }

  it('publishes a designation call: the call as tender, each designation an award, the supplier by business number', async () => {
    const call = await openCall(t, operator, clock.now());
    const { product, proposal } = await submittedProposal(t, call.id);
    clock.advance(HOUR);
    await designateSubmitted(t, proposal.id, operator);
    const company = await companyOf(product.id);
    const designation = await t.dataSource.getRepository(Designation).findOneByOrFail({ proposalId: proposal.id });
    const designated = await t.dataSource.getRepository(Product).findOneByOrFail({ id: product.id });
    const ocid = `${PREFIX}-designation-${call.id}`;

    const { releases, compiled } = await record(ocid);
    // The opening, then the designation: drafting, submitting and screening change nothing the public sees before the close.
    expect(releases.map((r) => r.tag)).toEqual([['tender'], ['award']]);
    expect(compiled).toMatchObject({
      initiationType: 'tender',
      language: 'ko',
      buyer: { id: 'KR-PPS' },
      tender: {
        id: call.id,
        title: call.title,
        description: call.description,
        status: 'active',
        procuringEntity: { id: 'KR-PPS' },
        procurementMethod: 'open',
        mainProcurementCategory: 'goods',
        awardCriteria: 'ratedCriteria',
        awardCriteriaDetails: expect.stringContaining('pass mark 70'),
        tenderPeriod: { startDate: call.opensAt, endDate: call.closesAt },
      },
    });
    expect(compiled.tender).not.toHaveProperty('numberOfTenderers'); // not before the close
    expect(compiled.awards).toEqual([
      {
        id: designation.id,
        title: `혁신제품 지정: ${product.nameKo}`,
        status: 'active',
        date: `${designated.designatedOn}T00:00:00+09:00`,
        suppliers: [{ id: `KR-BRN-${brn(company)}`, name: company.name }],
        items: [{ id: product.id, description: `${product.nameKo} (${product.nameEn}), ${product.modelName}`, classification: { scheme: 'UNSPSC', id: product.goodsClassNo } }],
        contractPeriod: { startDate: `${designated.designatedOn}T00:00:00+09:00`, endDate: `${designated.validUntil}T23:59:59+09:00` },
      },
    ]);
    expect(compiled.parties).toEqual([
      { id: 'KR-PPS', name: expect.any(String), roles: ['buyer', 'procuringEntity'] },
      {
        id: `KR-BRN-${brn(company)}`,
        name: company.name,
        identifier: { scheme: 'KR-BRN', id: brn(company), legalName: company.name },
        address: { region: company.region, countryName: '대한민국' },
        roles: ['supplier'],
      },
    ]);

    // A revocation is a change of the award: a new release, cancelling it.
    clock.advance(DAY);
    await t.http().post(`/api/v1/products/${product.id}/revoke`).set(operator.auth).send({ reasons: ['허위 자료 제출 확인'] }).expect(200);
    const after = await record(ocid);
    expect(after.releases).toHaveLength(3);
    expect(after.releases[2]).toMatchObject({ tag: ['awardCancellation'], date: clock.now().toISOString() });
    expect(after.compiled.awards?.[0]).toMatchObject({ id: designation.id, status: 'cancelled' });
  });

  it('publishes a pilot plan: the plan as tender, matches as awards once published, pilots as contracts with the report’s scores', async () => {
    const product = await makeDesignatedProduct(t, { nameKo: '개방 데이터 공기청정기' });
    const company = await companyOf(product.id);
    const supplier = await actorOf(t, Role.SUPPLIER, { companyId: product.companyId, companyAdmin: false });
    const buyer = await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, 'LG-002')).id });
    const opensAt = new Date(clock.now().getTime() - DAY).toISOString();
    const closesAt = new Date(clock.now().getTime() + 14 * DAY).toISOString();
    const plan = (
      await t.http().post('/api/v1/pilot-plans').set(operator.auth).send({ year: 2027, title: '개방 데이터 시범구매', budget: 500 * M, surveyOpensAt: opensAt, surveyClosesAt: closesAt, productIds: [product.id] }).expect(201)
    ).body;
    const applied = (
      await t.http()
        .post('/api/v1/pilot-applications')
        .set(buyer.auth)
        .send({ planId: plan.id, productId: product.id, quantity: 10, amount: 40 * M, intendedUse: '민원실 공기질 개선', place: '본관 1층 민원실', usePeriodMonths: 6, followOnPlanned: false, followOnBudgeted: false, need: '미세먼지 민원 증가' })
        .expect(201)
    ).body;
    await t.http().post(`/api/v1/pilot-applications/${applied.id}/match`).set(operator.auth).send({ reason: '활용 계획이 구체적임' }).expect(200);
    const ocid = `${PREFIX}-pilot-${plan.id}`;
    // Matches stay out until the results are published, as on the site.
    expect((await record(ocid)).compiled).not.toHaveProperty('awards');

    clock.advance(15 * DAY);
    await t.http().post(`/api/v1/pilot-plans/${plan.id}/publish`).set(operator.auth).expect(200);
    const go = (action: string, who: SignedIn, body: object = {}) => t.http().post(`/api/v1/pilot-applications/${applied.id}/${action}`).set(who.auth).send(body).expect(200);
    const signedOn = koreanDate(clock.now());
    await go('contract', buyer);
    await go('deliver', supplier);
    const inUse = (await go('start-use', buyer)).body;
    clock.set(`${inUse.useEndsOn}T09:00:00+09:00`);
    const scores = Object.fromEntries(PILOT_INDICATORS.map((indicator, i) => [indicator, (i % 5) + 1]));
    await go('report', buyer, { scores, comments: { quality: '담당 주무관 홍길동 의견' }, willBuyMore: true, summary: '6개월 시범사용 결과 보고' });
    await go('judge-success', operator, { reason: '성과 지표 충족' });

    const { releases, compiled } = await record(ocid);
    expect(releases.map((r) => r.tag)).toEqual([
      ['tender', 'planning'],
      ['tenderUpdate', 'award'],
      ['contract'],
      ['implementation'],
      ['contractUpdate', 'implementationUpdate'],
      ['implementationUpdate'],
      ['contractTermination', 'implementationUpdate'],
    ]);
    // A release carries the awards and contracts its change made or altered; merged, they are the compiled release.
    expect(releases.map((r) => [r.awards?.length ?? 0, r.contracts?.length ?? 0])).toEqual([[0, 0], [1, 0], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1]]);
    expect(compiled).toMatchObject({
      buyer: { id: 'KR-PPS' },
      planning: { budget: { description: plan.title, amount: { amount: 500 * M, currency: 'KRW' } } },
      tender: {
        id: plan.id,
        title: plan.title,
        status: 'complete',
        value: { amount: 500 * M, currency: 'KRW' },
        procurementMethod: 'selective',
        tenderPeriod: { startDate: opensAt, endDate: closesAt },
        items: [{ id: product.id, classification: { scheme: 'UNSPSC', id: product.goodsClassNo } }],
      },
    });
    expect(compiled.awards).toEqual([
      {
        id: applied.id,
        title: `${product.nameKo} 시범구매 매칭: 부산광역시`,
        status: 'active',
        date: expect.any(String),
        value: { amount: 40 * M, currency: 'KRW' },
        suppliers: [{ id: `KR-BRN-${brn(company)}`, name: company.name }],
        items: [{ id: product.id, description: expect.any(String), classification: { scheme: 'UNSPSC', id: product.goodsClassNo }, quantity: 10, unit: { name: product.tradingUnit } }],
      },
    ]);
    const [contract] = compiled.contracts!;
    expect(contract).toMatchObject({
      id: applied.id,
      awardID: applied.id,
      status: 'terminated',
      dateSigned: `${signedOn}T00:00:00+09:00`,
      value: { amount: 40 * M, currency: 'KRW' },
      period: { startDate: `${inUse.useStartedAt}T00:00:00+09:00`, endDate: `${inUse.useEndsOn}T23:59:59+09:00` },
    });
    const milestones = contract.implementation!.milestones!;
    expect(milestones.slice(0, 2)).toEqual([
      { id: 'delivery', title: '납품 (delivery)', type: 'delivery', status: 'met' },
      { id: 'use', title: '시범사용 (pilot use)', type: 'delivery', dateMet: `${inUse.useStartedAt}T00:00:00+09:00`, dueDate: `${inUse.useEndsOn}T23:59:59+09:00`, status: 'met' },
    ]);
    // Each of the ten indicators a milestone with its score; the verdict last.
    expect(milestones.slice(2, 12).map((m) => [m.code, m.description, m.type, m.status])).toEqual(PILOT_INDICATORS.map((indicator) => [indicator, `${scores[indicator]}/5`, 'assessment', 'met']));
    expect(milestones[12]).toEqual({ id: 'verdict', title: '성과 판정 (verdict)', type: 'assessment', code: 'SUCCESS', status: 'met' });
    expect(contract.implementation!.documents).toEqual([
      expect.objectContaining({ id: 'result-report', documentType: 'physicalProgressReport', description: expect.stringContaining('평균 3.0/5'), datePublished: expect.any(String) }),
    ]);
    // The officer's comments are not published: they may name people.
    expect(JSON.stringify(compiled)).not.toContain('홍길동');
    expect(compiled.parties?.find((p) => p.id === 'KR-INST-LG-002')).toEqual({ id: 'KR-INST-LG-002', name: '부산광역시', identifier: { id: 'LG-002', legalName: '부산광역시' }, roles: ['interestedParty'] });
  });

  it('publishes a challenge: the problem as planning, its solution call as tender (sealed: only a count after the close), the designation and the purchase', async () => {
    const buyer = await actorOf(t, Role.BUYER);
    const institution = await anyInstitution(t);
    const call = await openCall(t, operator, clock.now(), { kind: 'CALL_FOR_CHALLENGES', title: '수요제안 공모', closesAt: new Date(clock.now().getTime() + 2 * DAY).toISOString() });
    const created = (
      await t.http()
        .post('/api/v1/challenges')
        .set(buyer.auth)
        .send({ callId: call.id, title: '도로 결빙 실시간 감지', need: '블랙아이스 사고를 줄일 감지 수단', currentMethod: '육안 순찰', currentCost: 240 * M, expectedEffect: '사고 30% 감소', budget: 500 * M, quantity: 200, field: 'SAF' })
        .expect(201)
    ).body;
    const ocid = `${PREFIX}-challenge-${created.id}`;
    await t.http().get(`/api/v1/open-data/records/${ocid}`).expect(404); // a draft is not public
    await t.http().post(`/api/v1/challenges/${created.id}/submit`).set(buyer.auth).expect(200);
    clock.advance(3 * DAY);
    await t.http().post(`/api/v1/challenges/${created.id}/select`).set(operator.auth).send({ reason: '안전 효과가 큼' }).expect(200);
    const opened = (
      await t.http().post(`/api/v1/challenges/${created.id}/solution-call`).set(operator.auth).send({ opensAt: new Date(clock.now().getTime() - HOUR).toISOString(), closesAt: new Date(clock.now().getTime() + 5 * DAY).toISOString() }).expect(200)
    ).body;
    const { supplier, product } = await supplierWithProduct(t);
    const SECRET = '봉인된 해결책의 핵심 기술';
    const solution = (await t.http().post('/api/v1/proposals').set(supplier.auth).send({ callId: opened.solutionCall.id, productId: product.id, subArea: 'SAF-04', innovation: SECRET, publicValue: '사고 예방', pilotPlan: '국도 시범 설치' }).expect(201)).body;
    await t.http().post(`/api/v1/proposals/${solution.id}/submit`).set(supplier.auth).expect(200);
    const whileOpen = await record(ocid);
    expect(whileOpen.compiled.tender).not.toHaveProperty('numberOfTenderers');

    clock.advance(6 * DAY);
    await t.http().post(`/api/v1/challenges/${created.id}/close-solutions`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/challenges/${created.id}/start-evaluation`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/proposals/${solution.id}/start-screening`).set(operator.auth).expect(200);
    await t.http().post(`/api/v1/proposals/${solution.id}/pass-screening`).set(operator.auth).send({ checklist: passingChecklist() }).expect(200);
    const members = await Promise.all([0, 1, 2].map((i) => actorOf(t, Role.COMMITTEE, { name: `심사위원${i}호` })));
    const session = await committeeSession(t, operator, members);
    const itemId = (await t.http().post(`/api/v1/committee-sessions/${session.id}/items`).set(operator.auth).send({ proposalId: solution.id }).expect(201)).body.items[0].id;
    await openSession(t, session.id, members);
    for (const member of members) {
      await t.http().post(`/api/v1/agenda-items/${itemId}/declaration`).set(member.auth).send({ conflict: false }).expect(200);
      await t.http().put(`/api/v1/agenda-items/${itemId}/score`).set(member.auth).send(sheetAt(0.85)).expect(200);
    }
    await t.http().post(`/api/v1/agenda-items/${itemId}/close`).set(members[0].auth).expect(200);
    const purchase = { amount: 180 * M, contractedOn: koreanDate(clock.now()), contractReference: '조달-계약-1234' };
    await t.http().post(`/api/v1/challenges/${created.id}/purchase`).set(buyer.auth).send(purchase).expect(200);

    const { releases, compiled } = await record(ocid);
    expect(releases[0].tag).toEqual(['planning']);
    expect(releases[0].tender).toMatchObject({ status: 'planning' });
    expect(releases.map((r) => r.tender?.status)).toEqual(['planning', 'planned', 'active', 'active', 'complete', 'complete']);
    expect(releases.flatMap((r) => r.tag)).toEqual(['planning', 'planningUpdate', 'tender', 'tenderUpdate', 'tenderUpdate', 'award', 'contract']);
    const company = await companyOf(product.id);
    const designation = await t.dataSource.getRepository(Designation).findOneByOrFail({ proposalId: solution.id });
    expect(compiled).toMatchObject({
      buyer: { id: `KR-INST-${institution.code}`, name: institution.name },
      tender: {
        id: created.id,
        title: '도로 결빙 실시간 감지',
        description: '블랙아이스 사고를 줄일 감지 수단',
        status: 'complete',
        procuringEntity: { id: 'KR-PPS' },
        value: { amount: 500 * M, currency: 'KRW' },
        items: [{ id: 'need', description: '도로 결빙 실시간 감지', quantity: 200 }],
        tenderPeriod: { startDate: opened.solutionCall.opensAt, endDate: opened.solutionCall.closesAt },
        numberOfTenderers: 1,
      },
      awards: [{ id: designation.id, status: 'active', date: `${designation.designatedOn}T00:00:00+09:00`, suppliers: [{ id: `KR-BRN-${brn(company)}`, name: company.name }], items: [{ id: product.id }] }],
      contracts: [{ id: `${created.id}-purchase`, awardID: designation.id, title: '제안기관 구매 조달-계약-1234', status: 'active', dateSigned: `${purchase.contractedOn}T00:00:00+09:00`, value: { amount: 180 * M, currency: 'KRW' } }],
    });
    const text = JSON.stringify(releases);
    expect(text).not.toContain(SECRET);
    for (const member of members) expect(text).not.toContain(member.user.name);
  });

  it('publishes an order once accepted: a direct award, its contract with delivery and inspection as milestones and the payment as a transaction', async () => {
    const product = await makeDesignatedProduct(t);
    const company = await companyOf(product.id);
    await t.dataSource.getRepository(Company).update(company.id, { representative: '대표자실명' });
    const supplier = await actorOf(t, Role.SUPPLIER, { companyId: product.companyId, companyAdmin: false });
    const institution = await anyInstitution(t, 'LG-002');
    const buyer = await actorOf(t, Role.BUYER, { institutionId: institution.id });
    const today = () => koreanDate(clock.now());
    const order = (
      await t.http().post('/api/v1/orders').set(buyer.auth).send({ productId: product.id, quantity: 3, unitPrice: 900_000, deliveryPlace: '본관 2층', deliveryDueOn: addDays(today(), 30) }).expect(201)
    ).body;
    const ocid = `${PREFIX}-order-${order.id}`;
    await t.http().get(`/api/v1/open-data/records/${ocid}`).expect(404); // not a contract until the supplier accepts
    const go = (action: string, who: SignedIn, body: object = {}) => t.http().post(`/api/v1/orders/${order.id}/${action}`).set(who.auth).send(body).expect(200);
    await go('accept', supplier);
    const contractedOn = today();
    clock.advance(2 * DAY);
    await go('deliver', supplier, { on: today() });
    const deliveredOn = today();
    clock.advance(DAY);
    await go('inspect', buyer, { on: today() });
    const inspectedOn = today();
    clock.advance(DAY);
    await go('pay', buyer, { on: today() });
    const paidOn = today();

    const { releases, compiled } = await record(ocid);
    expect(releases.map((r) => r.tag)).toEqual([['tender', 'award', 'contract'], ['implementation'], ['implementationUpdate'], ['contractTermination', 'implementationUpdate']]);
    const buyerRef = { id: 'KR-INST-LG-002', name: '부산광역시' };
    const supplierRef = { id: `KR-BRN-${brn(company)}`, name: company.name };
    const items = [{ id: product.id, description: expect.any(String), classification: { scheme: 'UNSPSC', id: product.goodsClassNo }, quantity: 3, unit: { name: product.tradingUnit, value: { amount: 900_000, currency: 'KRW' } } }];
    expect(compiled).toMatchObject({
      buyer: buyerRef,
      tender: { id: order.id, status: 'complete', procuringEntity: buyerRef, procurementMethod: 'direct', procurementMethodRationale: expect.stringContaining('INNOVATIVE_PRODUCT'), items },
      awards: [{ id: order.id, status: 'active', date: `${contractedOn}T00:00:00+09:00`, value: { amount: 2_700_000, currency: 'KRW' }, suppliers: [supplierRef], items }],
    });
    expect(compiled.contracts).toEqual([
      {
        id: order.id,
        awardID: order.id,
        title: product.nameKo,
        status: 'terminated',
        dateSigned: `${contractedOn}T00:00:00+09:00`,
        value: { amount: 2_700_000, currency: 'KRW' },
        items,
        period: { startDate: `${contractedOn}T00:00:00+09:00`, endDate: `${order.deliveryDueOn}T23:59:59+09:00` },
        implementation: {
          milestones: [
            { id: 'delivery', title: '납품 (delivery)', type: 'delivery', dueDate: `${order.deliveryDueOn}T23:59:59+09:00`, dateMet: `${deliveredOn}T00:00:00+09:00`, status: 'met' },
            { id: 'inspection', title: '검수 (inspection)', type: 'assessment', dateMet: `${inspectedOn}T00:00:00+09:00`, status: 'met' },
          ],
          transactions: [{ id: `${order.id}-payment`, date: `${paidOn}T00:00:00+09:00`, value: { amount: 2_700_000, currency: 'KRW' }, payer: buyerRef, payee: supplierRef }],
        },
      },
    ]);
    expect(compiled.parties?.map((p) => [p.id, p.roles])).toEqual([
      ['KR-INST-LG-002', ['buyer', 'procuringEntity', 'payer']],
      [`KR-BRN-${brn(company)}`, ['supplier', 'payee']],
    ]);
    expect(JSON.stringify(compiled)).not.toContain('대표자실명');
  });

  it('gives a process that changed before the feed existed its first release, once', async () => {
    // A call written without the platform's services (as before the feed): no release yet.
    const { id: _id, createdAt: _createdAt, ...template } = await t.dataSource.getRepository(Call).findOneByOrFail({ kind: CallKind.SUPPLIER_PROPOSAL });
    const call = await t.dataSource.getRepository(Call).save({ ...template, title: '피드 이전의 공고', opensAt: clock.now(), closesAt: new Date(clock.now().getTime() + 7 * DAY) });
    const ocid = `${PREFIX}-designation-${call.id}`;
    await t.http().get(`/api/v1/open-data/records/${ocid}`).expect(404);
    const feed = t.app.get(OpenDataService);
    expect(await feed.publishUnpublished()).toBe(1);
    const { releases, compiled } = await record(ocid);
    expect(releases).toEqual([expect.objectContaining({ tag: ['tender'], date: clock.now().toISOString() })]);
    expect(compiled.tender).toMatchObject({ id: call.id, title: '피드 이전의 공고', status: 'active' });
    expect(await feed.publishUnpublished()).toBe(0);
  });

  it('pages releases by date with a cursor, streams them all as JSON Lines, and never carries an e-mail address', async () => {
    const pages = await allPages('limit=3');
    const paged = pages.flatMap((p) => p.releases);
    const total = await t.dataSource.getRepository(OcdsReleaseRow).count();
    expect(paged).toHaveLength(total);
    expect(new Set(paged.map((r) => r.id)).size).toBe(total);
    expect(pages.every((p) => p.releases.length <= 3)).toBe(true);
    const dates = paged.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(pages[pages.length - 1].links).toBeUndefined();

    // `since` keeps the releases dated at or after it.
    const since = dates[Math.floor(dates.length / 2)];
    const later = (await allPages(`since=${encodeURIComponent(since)}&limit=1000`)).flatMap((p) => p.releases);
    expect(later.map((r) => r.id)).toEqual(paged.filter((r) => r.date >= since).map((r) => r.id));
    await t.http().get('/api/v1/open-data/releases?since=yesterday').expect(400);
    await t.http().get('/api/v1/open-data/releases?cursor=bm90LWEtY3Vyc29y').expect(400);
    await t.http().get('/api/v1/open-data/releases?limit=1001').expect(400);
    expect((await t.http().get(`/api/v1/open-data/records/ocds-other1-x-order-${paged[0].ocid.slice(-36)}`).expect(400)).body.details).toHaveProperty('ocid');
    await t.http().get(`/api/v1/open-data/records/${PREFIX}-order-00000000-0000-4000-8000-000000000000`).expect(404);

    const bulk = await t.http().get('/api/v1/open-data/releases.jsonl').buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    });
    expect(bulk.status).toBe(200);
    expect(bulk.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = (bulk.body as string).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as OcdsRelease).id)).toEqual(paged.map((r) => r.id));
    for (const line of lines) expect(validators.release(JSON.parse(line))).toBe(true);
    expect(bulk.body).not.toMatch(/@test\.kr/);
  });
});
