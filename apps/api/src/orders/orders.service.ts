import { Injectable } from '@nestjs/common';
import {
  CONTRACTED_ORDER_STATUSES,
  LISTED_STATUSES,
  message,
  OrderAction,
  OrderLegalBasis,
  orderMachine,
  orderReasonRequired,
  OrderStatus,
  OrderStep,
  ORDER_LIMITS,
  ORDER_STEP_ACTION,
  Role,
  textMessage,
  type OrderView,
  type Page,
  type ProductPurchaseCount,
} from '@inno/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { retryingTransaction } from '../common/transactions';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Product } from '../products/product.entity';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, IMAGE_TYPES } from '../storage/file-type';
import { FilePurpose, StoredFile } from '../storage/stored-file.entity';
import { UploadsService, toFileView, type UploadedPart } from '../storage/uploads.service';
import type { OrderDto, OrderQueryDto, OrderReasonDto, OrderStepDto } from './dto/order.dto';
import { Order, OrderDocument } from './order.entity';

/** The date column and the action of each recorded step. */
const STEP_DATE = { DELIVERY: 'deliveredOn', INSPECTION: 'inspectedOn', PAYMENT: 'paidOn' } as const satisfies Record<OrderStep, keyof Order>;
const STEP_OF_ACTION = Object.fromEntries(Object.entries(ORDER_STEP_ACTION).map(([step, action]) => [action, step])) as Partial<Record<OrderAction, OrderStep>>;
/** Who carries out each step: its documents are theirs to add. */
const STEP_ROLE: Record<OrderStep, Role> = { DELIVERY: Role.SUPPLIER, INSPECTION: Role.BUYER, PAYMENT: Role.BUYER };
const CLOSED: OrderStatus[] = [OrderStatus.CANCELLED, OrderStatus.DECLINED];

/** A product in force on a day: designated (or extended), its term begun and not yet over. */
export function inForceOn(product: Pick<Product, 'status' | 'designatedOn' | 'validUntil'>, day: string): boolean {
  return LISTED_STATUSES.includes(product.status) && (!product.designatedOn || product.designatedOn <= day) && (!product.validUntil || product.validUntil >= day);
}

@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly uploads: UploadsService,
    private readonly clock: Clock,
  ) {}

  /**
   * A buyer orders a designated product in force by negotiated contract. The product row is
   * share-locked, so a revocation or suspension under way is seen; its company's sanction is read
   * after that lock, as it stands today.
   */
  async place(actor: Actor, dto: OrderDto): Promise<OrderView> {
    const today = koreanDate(this.clock.now());
    if (dto.deliveryDueOn < today) {
      throw new InvalidInputError('deliveryDueOn', `deliveryDueOn must be today (${today}) or later`, message('ORDER_DELIVERY_DUE_PAST', { today }));
    }
    const order = await this.dataSource.transaction(async (manager) => {
      const product = await manager.findOne(Product, { where: { id: dto.productId }, lock: { mode: 'pessimistic_read' } });
      if (!product) throw new NotFoundError('product', dto.productId);
      if (!inForceOn(product, today)) {
        throw new ConflictError(`The product is ${product.status} and not in force on ${today}: only designated products in force are ordered by negotiated contract`, 'ORDER_PRODUCT_NOT_IN_FORCE', undefined, { status: product.status });
      }
      const company = await manager.findOneByOrFail(Company, { id: product.companyId });
      if (company.sanctionedUntil && company.sanctionedUntil >= today) {
        throw new ConflictError(`The product's company is under a sanction until ${company.sanctionedUntil}`, 'ORDER_COMPANY_SANCTIONED', undefined, { until: company.sanctionedUntil });
      }
      const unitPrice = dto.unitPrice ?? product.askingPrice;
      if (dto.quantity * unitPrice > ORDER_LIMITS.amountMax) throw new InvalidInputError('quantity', `quantity × unitPrice must be at most ${ORDER_LIMITS.amountMax}`, message('ORDER_AMOUNT_TOO_LARGE', { max: ORDER_LIMITS.amountMax }));
      const saved = await manager.save(
        manager.create(Order, {
          productId: product.id,
          companyId: product.companyId,
          institutionId: actor.institutionId!,
          status: OrderStatus.ORDERED,
          quantity: dto.quantity,
          askingPrice: product.askingPrice,
          unitPrice,
          amount: dto.quantity * unitPrice,
          deliveryPlace: dto.deliveryPlace,
          deliveryDueOn: dto.deliveryDueOn,
          note: dto.note ?? null,
          legalBasis: OrderLegalBasis.INNOVATIVE_PRODUCT,
          // A Type 1 product stands on its designating body's certificate.
          designationNumber: product.designationNumber ?? product.certificateNumber,
          validUntil: product.validUntil,
          orderedOn: today,
          contractedOn: null,
          deliveredOn: null,
          inspectedOn: null,
          paidOn: null,
          stepNotes: {},
          reason: null,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'order.placed',
        entityType: 'order',
        entityId: saved.id,
        toState: saved.status,
        data: { productId: product.id, quantity: saved.quantity, askingPrice: saved.askingPrice, unitPrice, amount: saved.amount, legalBasis: saved.legalBasis },
      });
      await this.notifications.notifyCompany(manager, product.companyId, {
        title: `New order: ${product.nameKo}`,
        body: `An institution ordered ${saved.quantity} of ${product.nameKo} (₩${saved.amount.toLocaleString('en')}).`,
        titleMessage: message('NOTE_ORDER_PLACED', { product: product.nameKo }),
        bodyMessage: message('NOTE_ORDER_PLACED_BODY', { product: product.nameKo, quantity: saved.quantity, amount: saved.amount }),
        link: `/my/orders/${saved.id}`,
      });
      return saved;
    });
    return this.view(order, actor);
  }

  /**
   * Every move after the order, by the shared machine. The order row is locked first, so of two
   * moves at once (two accepts, an accept and a cancel) one decides and the other sees its result.
   */
  async act(actor: Actor, id: string, action: OrderAction, payload: Partial<OrderStepDto & OrderReasonDto> = {}): Promise<OrderView> {
    const order = await retryingTransaction(this.dataSource, async (manager) => {
      const order = await this.lock(manager, id);
      const from = order.status;
      const to = this.checkMove(order, action, actor.role);
      const today = koreanDate(this.clock.now());
      const step = STEP_OF_ACTION[action];
      if (orderReasonRequired(from, action) && !payload.reason) {
        throw new InvalidInputError('reason', `reason is required to ${action} this order`, message('ORDER_REASON_REQUIRED'));
      }
      if (action === OrderAction.DECLINE || action === OrderAction.CANCEL) order.reason = payload.reason ?? null;
      if (action === OrderAction.ACCEPT) order.contractedOn = today;
      if (step) {
        const earliest = this.previousStepDate(order, step);
        if (!payload.on || payload.on < earliest || payload.on > today) {
          throw new InvalidInputError('on', `on must be a date from ${earliest} to ${today}`, message('ORDER_STEP_DATE', { earliest, latest: today }));
        }
        order[STEP_DATE[step]] = payload.on;
        if (payload.note) order.stepNotes = { ...order.stepNotes, [step]: payload.note };
      }
      order.status = to;
      await manager.save(order);
      await this.audit.record(manager, actor, {
        action: `order.${action}`,
        entityType: 'order',
        entityId: order.id,
        fromState: from,
        toState: to,
        data: { amount: order.amount, ...(step ? { step, on: payload.on } : {}), ...(payload.reason ? { reason: payload.reason } : {}), ...(payload.note ? { note: payload.note } : {}) },
      });
      const product = await manager.findOneByOrFail(Product, { id: order.productId });
      const note = {
        title: `Order update: ${product.nameKo} (${to})`,
        body: payload.reason ?? `The order moved from ${from} to ${to}.`,
        titleMessage: message('NOTE_ORDER_STATUS', { product: product.nameKo, status: to }),
        bodyMessage: payload.reason ? textMessage(payload.reason) : message('NOTE_ORDER_MOVED', { from, to }),
        link: `/my/orders/${order.id}`,
      };
      // The other side hears of it; the side that moved knows.
      if (actor.role === Role.BUYER) await this.notifications.notifyCompany(manager, order.companyId, note);
      else await this.notifications.notifyInstitution(manager, order.institutionId, note);
      return order;
    });
    return this.view(order, actor);
  }

  /** A step's date comes on or after the step before it (acceptance for delivery). */
  private previousStepDate(order: Order, step: OrderStep): string {
    if (step === OrderStep.DELIVERY) return order.contractedOn ?? order.orderedOn;
    if (step === OrderStep.INSPECTION) return order.deliveredOn!;
    return order.inspectedOn!;
  }

  /** A document of a step, added by the side that carries the step out, while the order is open. */
  async addDocument(actor: Actor, id: string, part: UploadedPart): Promise<OrderView> {
    const step = part.fields.step as OrderStep;
    if (!Object.values(OrderStep).includes(step)) throw new InvalidInputError('step', `step must be one of ${Object.values(OrderStep).join(', ')}`, message('FIELD_NOT_ONE_OF', { allowed: Object.values(OrderStep).join(', ') }));
    const unknown = Object.keys(part.fields).find((field) => field !== 'step');
    if (unknown) throw new InvalidInputError(unknown, `${unknown} is not an accepted field`, message('FIELD_NOT_ACCEPTED'));
    const order = await this.dataSource.transaction(async (manager) => {
      const order = await this.lock(manager, id);
      if (actor.role !== STEP_ROLE[step]) throw new ForbiddenError(`Documents of ${step} are added by the ${STEP_ROLE[step]}`, 'ORDER_STEP_NOT_YOURS', undefined, { step });
      if (CLOSED.includes(order.status)) throw new ConflictError(`The order is ${order.status}`, 'ORDER_CLOSED', undefined, { status: order.status });
      const file = await this.uploads.store(
        manager,
        part,
        { accept: [...DOCUMENT_TYPES, ...IMAGE_TYPES], maxBytes: DOCUMENT_MAX_BYTES },
        { purpose: FilePurpose.ORDER_DOCUMENT, companyId: order.companyId, uploadedBy: actor.userId },
      );
      await manager.insert(OrderDocument, { fileId: file.id, orderId: order.id, step });
      await this.audit.record(manager, actor, { action: 'order.document_added', entityType: 'order', entityId: order.id, data: { step, fileId: file.id, sha256: file.sha256 } });
      return order;
    });
    return this.view(order, actor);
  }

  async documentFile(orderId: string, fileId: string): Promise<StoredFile> {
    const document = await this.dataSource.getRepository(OrderDocument).findOneBy({ orderId, fileId });
    if (!document) throw new NotFoundError('order document', fileId);
    return this.dataSource.getRepository(StoredFile).findOneByOrFail({ id: fileId });
  }

  /** Buyers see their institution's orders, suppliers their company's, the agency all. */
  async list(actor: Actor, query: OrderQueryDto): Promise<Page<OrderView>> {
    const where: Record<string, unknown> = {};
    if (actor.role === Role.BUYER) where.institutionId = actor.institutionId;
    if (actor.role === Role.SUPPLIER) where.companyId = actor.companyId;
    if (query.status) where.status = query.status;
    if (query.productId) where.productId = query.productId;
    const [rows, total] = await this.dataSource.getRepository(Order).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await this.views(rows, actor), total, query);
  }

  async get(actor: Actor, id: string): Promise<OrderView> {
    const order = await this.dataSource.getRepository(Order).findOneBy({ id });
    if (!order) throw new NotFoundError('order', id);
    return this.view(order, actor);
  }

  /** How many institutions hold a contract for the product: a count, never who. */
  async purchaseCount(productId: string): Promise<ProductPurchaseCount> {
    const [{ institutions }] = await this.dataSource.query(
      `SELECT count(DISTINCT institution_id)::int AS institutions FROM orders WHERE product_id = $1 AND status = ANY($2)`,
      [productId, CONTRACTED_ORDER_STATUSES],
    );
    return { institutions };
  }

  private checkMove(order: Order, action: OrderAction, role: Role): OrderStatus {
    const check = orderMachine.check(order.status, action, role);
    if (check.ok) return check.to;
    if (check.reason === 'FORBIDDEN_ROLE') throw new ForbiddenError(check.message, check.reason, undefined, { role, action });
    throw new ConflictError(`This order is ${order.status}: it cannot be moved by "${action}"`, 'WRONG_STATE', undefined, { status: order.status, action });
  }

  private async lock(manager: EntityManager, id: string): Promise<Order> {
    const order = await manager.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw new NotFoundError('order', id);
    return order;
  }

  async view(order: Order, viewer: Pick<Actor, 'role'>): Promise<OrderView> {
    return (await this.views([order], viewer))[0];
  }

  /** Views of orders, in their order, in four queries however many there are. */
  async views(orders: Order[], viewer: Pick<Actor, 'role'>): Promise<OrderView[]> {
    if (!orders.length) return [];
    const unique = (values: string[]) => [...new Set(values)];
    const [products, companies, institutions, documents] = await Promise.all([
      this.dataSource.getRepository(Product).findBy({ id: In(unique(orders.map((o) => o.productId))) }),
      this.dataSource.getRepository(Company).findBy({ id: In(unique(orders.map((o) => o.companyId))) }),
      this.dataSource.getRepository(Institution).findBy({ id: In(unique(orders.map((o) => o.institutionId))) }),
      this.dataSource.getRepository(OrderDocument).findBy({ orderId: In(orders.map((o) => o.id)) }),
    ]);
    const files = documents.length ? await this.dataSource.getRepository(StoredFile).find({ where: { id: In(documents.map((d) => d.fileId)) }, order: { createdAt: 'ASC' } }) : [];
    return orders.map((order) => {
      const product = products.find((p) => p.id === order.productId)!;
      const company = companies.find((c) => c.id === order.companyId)!;
      const institution = institutions.find((i) => i.id === order.institutionId)!;
      return {
        id: order.id,
        status: order.status,
        product: { id: product.id, nameKo: product.nameKo, nameEn: product.nameEn, designationNumber: order.designationNumber, tradingUnit: product.tradingUnit },
        company: { id: company.id, name: company.name },
        institution: { id: institution.id, name: institution.name },
        quantity: order.quantity,
        askingPrice: order.askingPrice,
        unitPrice: order.unitPrice,
        amount: order.amount,
        deliveryPlace: order.deliveryPlace,
        deliveryDueOn: order.deliveryDueOn,
        note: order.note,
        legalBasis: order.legalBasis,
        legalBasisMessage: message('LEGAL_BASIS_INNOVATIVE_PRODUCT', { designationNumber: order.designationNumber ?? '', validUntil: order.validUntil ?? '' }),
        orderedOn: order.orderedOn,
        contractedOn: order.contractedOn,
        deliveredOn: order.deliveredOn,
        inspectedOn: order.inspectedOn,
        paidOn: order.paidOn,
        stepNotes: order.stepNotes,
        reason: order.reason,
        documents: files
          .filter((f) => documents.some((d) => d.fileId === f.id && d.orderId === order.id))
          .map((f) => ({
            ...toFileView(f, `/api/v1/orders/${order.id}/documents/${f.id}`),
            step: documents.find((d) => d.fileId === f.id)!.step,
            createdAt: f.createdAt.toISOString(),
          })),
        availableActions: orderMachine.availableActions(order.status, viewer.role as Role),
        createdAt: order.createdAt.toISOString(),
      };
    });
  }
}
