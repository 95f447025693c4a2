import { addDays, OrderStatus, Role } from '@inno/contracts';
import { join } from 'node:path';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { AuditEvent } from '../audit/audit-event.entity';
import { koreanDate } from '../clock/clock';
import { Company } from '../companies/company.entity';
import { Notification } from '../notifications/notification.entity';
import { Product } from '../products/product.entity';
import { Order } from './order.entity';

const PDF = join(__dirname, '../../test/fixtures/minimal.pdf');
const DAY = 86_400_000;

describe('orders by negotiated contract', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
  });
  afterAll(() => t.close());

  const today = () => koreanDate(clock.now());
  const buyerOf = async (code: string) => actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, code)).id });
  const supplierOf = async (companyId: string) => actorOf(t, Role.SUPPLIER, { companyId, companyAdmin: false });
  const orderInput = (productId: string, fields: Record<string, unknown> = {}) => ({
    productId,
    quantity: 3,
    deliveryPlace: '본관 2층 상황실',
    deliveryDueOn: addDays(today(), 30),
    ...fields,
  });
  const place = (buyer: SignedIn, body: object) => t.http().post('/api/v1/orders').set(buyer.auth).send(body);
  const go = (id: string, action: string, who: SignedIn, body: object = {}) => t.http().post(`/api/v1/orders/${id}/${action}`).set(who.auth).send(body);

  /** A designated product, its supplier, a buyer, and an order placed. */
  async function ordered(fields: Record<string, unknown> = {}) {
    const product = await makeDesignatedProduct(t);
    const supplier = await supplierOf(product.companyId);
    const buyer = await buyerOf('LG-002');
    const order = (await place(buyer, orderInput(product.id, fields)).expect(201)).body;
    return { product, supplier, buyer, order };
  }

  it('runs an order from the buyer to payment, each step dated with its documents, audited, and counted on the product', async () => {
    const { product, supplier, buyer, order } = await ordered({ unitPrice: 900_000, note: '설치 포함' });
    expect(order).toMatchObject({
      status: 'ORDERED',
      quantity: 3,
      askingPrice: 1_000_000,
      unitPrice: 900_000,
      amount: 2_700_000,
      orderedOn: today(),
      contractedOn: null,
      legalBasis: 'INNOVATIVE_PRODUCT',
      legalBasisMessage: { code: 'LEGAL_BASIS_INNOVATIVE_PRODUCT', params: { designationNumber: product.designationNumber ?? product.certificateNumber, validUntil: product.validUntil } },
      institution: { name: '부산광역시' },
      availableActions: ['cancel'],
    });
    // The asking price is the default when the buyer names none.
    expect((await place(buyer, orderInput(product.id, { quantity: 1 })).expect(201)).body).toMatchObject({ unitPrice: 1_000_000, amount: 1_000_000 });
    const note = await t.dataSource.getRepository(Notification).findOneByOrFail({ userId: supplier.user.id, link: `/my/orders/${order.id}` });
    expect(note.titleMessage).toEqual({ code: 'NOTE_ORDER_PLACED', params: { product: product.nameKo } });
    expect((await t.http().get(`/api/v1/orders/${order.id}`).set(supplier.auth).expect(200)).body.availableActions).toEqual(['accept', 'decline']);
    expect((await t.http().get(`/api/v1/products/${product.id}/purchase-count`).expect(200)).body).toEqual({ institutions: 0 });

    const accepted = (await go(order.id, 'accept', supplier).expect(200)).body;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', contractedOn: today() });
    expect((await t.http().get(`/api/v1/products/${product.id}/purchase-count`).expect(200)).body).toEqual({ institutions: 1 });

    // Each step's documents are the side's that carries it out; the date is from the step before to today.
    const upload = (who: SignedIn, step: string) => t.http().post(`/api/v1/orders/${order.id}/documents`).set(who.auth).field('step', step).attach('file', PDF, '납품서.pdf');
    expect((await upload(buyer, 'DELIVERY').expect(403)).body.code).toBe('ORDER_STEP_NOT_YOURS');
    const withDocument = (await upload(supplier, 'DELIVERY').expect(201)).body;
    expect(withDocument.documents).toEqual([expect.objectContaining({ step: 'DELIVERY', name: '납품서.pdf', contentType: 'application/pdf', url: expect.stringMatching(`/api/v1/orders/${order.id}/documents/`) })]);
    const file = await t.http().get(withDocument.documents[0].url).set(buyer.auth).expect(200);
    expect(file.headers['cache-control']).toBe('private, no-store');
    await t.http().get(withDocument.documents[0].url).set((await buyerOf('CG-001')).auth).expect(403);
    await t.http().get(`/api/v1/files/${withDocument.documents[0].id}`).expect(404);

    const early = await go(order.id, 'deliver', supplier, { on: addDays(today(), -1) }).expect(400);
    expect(early.body.details).toHaveProperty('on');
    await go(order.id, 'deliver', supplier, { on: addDays(today(), 1) }).expect(400);
    clock.advance(2 * DAY);
    const delivered = (await go(order.id, 'deliver', supplier, { on: addDays(today(), -1), note: '설치 완료' }).expect(200)).body;
    expect(delivered).toMatchObject({ status: 'DELIVERED', deliveredOn: addDays(today(), -1), stepNotes: { DELIVERY: '설치 완료' } });
    await go(order.id, 'inspect', buyer, { on: addDays(today(), -2) }).expect(400); // before delivery
    await go(order.id, 'inspect', buyer, { on: today() }).expect(200);
    await upload(buyer, 'INSPECTION').expect(201);
    const paid = (await go(order.id, 'pay', buyer, { on: today() }).expect(200)).body;
    expect(paid).toMatchObject({ status: 'PAID', inspectedOn: today(), paidOn: today(), availableActions: [] });
    expect(paid.documents.map((d: { step: string }) => d.step)).toEqual(['DELIVERY', 'INSPECTION']);

    const mine = (await t.http().get('/api/v1/orders').set(supplier.auth).expect(200)).body;
    expect(mine.items.map((o: { id: string }) => o.id)).toContain(order.id);
    expect((await t.http().get('/api/v1/orders').set((await buyerOf('CG-001')).auth).expect(200)).body.items).toEqual([]);

    const events = await t.dataSource.getRepository(AuditEvent).find({ where: { entityType: 'order', entityId: order.id }, order: { id: 'ASC' } });
    expect(events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['order.placed', null, 'ORDERED'],
      ['order.accept', 'ORDERED', 'ACCEPTED'],
      ['order.document_added', null, null],
      ['order.deliver', 'ACCEPTED', 'DELIVERED'],
      ['order.inspect', 'DELIVERED', 'INSPECTED'],
      ['order.document_added', null, null],
      ['order.pay', 'INSPECTED', 'PAID'],
    ]);
  });

  it('refuses each move to the wrong role (403), another party (403) and in the wrong state (409), changing nothing', async () => {
    const { product, supplier, buyer, order } = await ordered();
    const stranger = await buyerOf('CG-021');
    const rival = await actorOf(t, Role.SUPPLIER);
    await place(supplier, orderInput(product.id)).expect(403);
    await place(operator, orderInput(product.id)).expect(403);

    // Roles: the buyer never accepts, declines or delivers; the supplier never inspects or pays.
    for (const action of ['accept', 'decline', 'deliver']) expect([action, (await go(order.id, action, buyer, action === 'deliver' ? { on: today() } : { reason: '사유 있음' })).status]).toEqual([action, 403]);
    for (const action of ['inspect', 'pay']) expect([action, (await go(order.id, action, supplier, { on: today() })).status]).toEqual([action, 403]);
    // Before acceptance only the buyer cancels.
    expect((await go(order.id, 'cancel', supplier, { reason: '재고 없음' }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    // Ownership: another institution's buyer and another company's supplier.
    await t.http().get(`/api/v1/orders/${order.id}`).set(stranger.auth).expect(403);
    await go(order.id, 'cancel', stranger).expect(403);
    await go(order.id, 'accept', rival).expect(403);
    await go(order.id, 'decline', rival, { reason: '남의 주문' }).expect(403);
    // State: nothing after acceptance happens before it.
    for (const [action, who] of [['deliver', supplier], ['inspect', buyer], ['pay', buyer]] as const) {
      const refused = await go(order.id, action, who, { on: today() }).expect(409);
      expect(refused.body).toMatchObject({ code: 'WRONG_STATE', params: { status: 'ORDERED', action } });
    }
    // A decline says why.
    expect((await go(order.id, 'decline', supplier).expect(400)).body.details).toHaveProperty('reason');
    expect((await t.dataSource.getRepository(Order).findOneByOrFail({ id: order.id })).status).toBe(OrderStatus.ORDERED);

    await go(order.id, 'accept', supplier).expect(200);
    await go(order.id, 'accept', supplier).expect(409);
    await go(order.id, 'decline', supplier, { reason: '늦은 거절' }).expect(409);
    await go(order.id, 'pay', buyer, { on: today() }).expect(409);
    // After acceptance either side cancels, with a reason.
    expect((await go(order.id, 'cancel', buyer).expect(400)).body.details).toHaveProperty('reason');
    const cancelled = (await go(order.id, 'cancel', supplier, { reason: '생산 중단으로 납품 불가' }).expect(200)).body;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', reason: '생산 중단으로 납품 불가', availableActions: [] });
    await go(order.id, 'deliver', supplier, { on: today() }).expect(409);
    const closed = await t.http().post(`/api/v1/orders/${order.id}/documents`).set(supplier.auth).field('step', 'DELIVERY').attach('file', PDF).expect(409);
    expect(closed.body.code).toBe('ORDER_CLOSED');

    // The supplier declines an order with its reason; the buyer cancels its own before acceptance without one.
    const second = (await place(buyer, orderInput(product.id)).expect(201)).body;
    expect((await go(second.id, 'decline', supplier, { reason: '해당 지역 납품 불가' }).expect(200)).body).toMatchObject({ status: 'DECLINED', reason: '해당 지역 납품 불가' });
    await go(second.id, 'accept', supplier).expect(409);
    const third = (await place(buyer, orderInput(product.id)).expect(201)).body;
    expect((await go(third.id, 'cancel', buyer).expect(200)).body.status).toBe('CANCELLED');
  });

  it('refuses an order of a product not in force on the order date, of a sanctioned company, or to be delivered in the past', async () => {
    const buyer = await buyerOf('LG-002');
    // Designated three years and a day ago: the term ended yesterday, even before the expiry job runs.
    const lapsed = await makeDesignatedProduct(t, { designatedOn: addDays(koreanDate(clock.now()), -3 * 366) });
    expect((await place(buyer, orderInput(lapsed.id)).expect(409)).body.code).toBe('ORDER_PRODUCT_NOT_IN_FORCE');
    const suspended = await makeDesignatedProduct(t);
    await t.dataSource.getRepository(Product).update(suspended.id, { status: 'SUSPENDED' });
    expect((await place(buyer, orderInput(suspended.id)).expect(409)).body).toMatchObject({ code: 'ORDER_PRODUCT_NOT_IN_FORCE', params: { status: 'SUSPENDED' } });

    const product = await makeDesignatedProduct(t);
    await t.http().post(`/api/v1/companies/${product.companyId}/sanctions`).set(operator.auth).send({ startsOn: today(), months: 3, reason: '계약 불이행', legalBasis: '국가계약법 제27조' }).expect(201);
    const sanctioned = await place(buyer, orderInput(product.id)).expect(409);
    expect(sanctioned.body).toMatchObject({ code: 'ORDER_COMPANY_SANCTIONED', params: { until: (await t.dataSource.getRepository(Company).findOneByOrFail({ id: product.companyId })).sanctionedUntil } });

    const fine = await makeDesignatedProduct(t);
    expect((await place(buyer, orderInput(fine.id, { deliveryDueOn: addDays(today(), -1) })).expect(400)).body.details).toHaveProperty('deliveryDueOn');
    expect(await t.dataSource.getRepository(Order).countBy({ institutionId: buyer.user.institutionId!, productId: fine.id })).toBe(0);
  });

  it('makes one decision of two accepts, or of an accept and a cancel, at the same time', async () => {
    const { supplier, buyer, order } = await ordered();
    const other = await supplierOf(supplier.user.companyId!);
    const answers = await Promise.all([go(order.id, 'accept', supplier), go(order.id, 'accept', other)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const accepts = await t.dataSource.getRepository(AuditEvent).countBy({ entityType: 'order', entityId: order.id, action: 'order.accept' });
    expect(accepts).toBe(1);

    const race = (await place(buyer, orderInput(order.product.id)).expect(201)).body;
    const [accept, cancel] = await Promise.all([go(race.id, 'accept', supplier), go(race.id, 'cancel', buyer)]);
    const final = await t.dataSource.getRepository(Order).findOneByOrFail({ id: race.id });
    // Whichever came first decided: accepted (the cancel then needs a reason: 400), or cancelled (the accept: 409).
    if (accept.status === 200) expect([final.status, cancel.status]).toEqual([OrderStatus.ACCEPTED, 400]);
    else expect([final.status, accept.status, cancel.status]).toEqual([OrderStatus.CANCELLED, 409, 200]);
  });
});
