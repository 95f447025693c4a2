import { Injectable, Logger } from '@nestjs/common';
import {
  DecisionKind,
  DesignationAction,
  designationMachine,
  DesignationStatus,
  addDays,
  extendPeriod,
  nextExtensionYears,
  ProductKind,
  SYSTEM_ROLE,
  type ActorRole,
  type DecisionView,
  type ExtensionRequestView,
  type DesignationChange,
  type ItemDecision,
  type Page,
  type Message,
  type RuleResult,
  message,
  ruleMessage,
  textMessage,
} from '@inno/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { Call } from '../calls/call.entity';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, NotFoundError, refusedMove } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { Company } from '../companies/company.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { PublicReads } from '../database/public-reads';
import { filterTagsOf } from '../products/catalogue-search';
import { CatalogueService } from '../products/catalogue.service';
import { Product } from '../products/product.entity';
import type { Proposal } from '../proposals/proposal.entity';
import { SealedContent } from '../proposals/sealed-content';
import { Decision, reasonMessagesOf } from './decision.entity';
import { currentDesignation, designationRules, endDesignation, openDesignation, termsOf, yearsHeldBefore } from './designation-record';
import type { Designation } from './designation.entity';
import type { DecisionQueryDto, ExtensionQueryDto, ExtensionRequestDto } from './dto/designation.dto';
import { ExtensionRequest } from './extension-request.entity';

/** The committee on this platform designates Type 2 products for the procurement agency. */
export const TYPE2_DESIGNATING_BODY = '조달청';
const EXPIRY_LOCK_KEY = 72_002;
const PAST: Record<DesignationAction, string> = { extend: 'extended', suspend: 'suspended', reinstate: 'reinstated', revoke: 'revoked', expire: 'expired' };

@Injectable()
export class DesignationsService {
  private readonly logger = new Logger(DesignationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly catalogue: CatalogueService,
    private readonly clock: Clock,
    private readonly sealed: SealedContent,
    private readonly publicReads: PublicReads,
  ) {}

  /**
   * A passing committee decision: the product becomes a designated Type 2 product, in the catalogue
   * at once, under the terms of the call it was proposed in. Refused (409) when a designation is in
   * force, the product was revoked, or the ceiling is reached: the product row is locked, so two
   * committees closing on one product at once make one designation.
   */
  async designate(manager: EntityManager, proposal: Proposal, decision: ItemDecision, by: AuditActor): Promise<void> {
    const product = await this.lockProduct(manager, proposal.productId);
    const call = await manager.findOneByOrFail(Call, { id: proposal.callId });
    const terms = termsOf(call.rules);
    const failed = designationRules(product, await yearsHeldBefore(manager, product.id), terms).filter((r) => !r.passed);
    if (failed.length) {
      throw new ConflictError(`Cannot designate: ${failed.map((r) => r.reason).join('; ')}`, 'NOT_DESIGNABLE', Object.fromEntries(failed.map((r) => [r.rule, [r.reason]])), undefined, Object.fromEntries(failed.map((r) => [r.rule, [ruleMessage(r)]])));
    }
    const designatedOn = koreanDate(this.clock.now());
    const designation = await openDesignation(manager, product, designatedOn, terms, { proposalId: proposal.id, callId: call.id, patents: (await this.sealed.plain(manager, proposal)).patents }, designatedOn);
    const [{ number }] = await manager.query(`SELECT nextval('designation_number_seq') AS number`);
    const from = product.status;
    Object.assign(product, {
      kind: ProductKind.TYPE2,
      status: DesignationStatus.DESIGNATED,
      designatingBody: TYPE2_DESIGNATING_BODY,
      designationNumber: `INN-${designatedOn.slice(0, 4)}-${String(number).padStart(4, '0')}`,
      designatedOn,
      validUntil: designation.validUntil,
      extensionStage: 0,
    });
    product.filterTags = filterTagsOf(product);
    await manager.save(product);
    const reasons = [`Aggregate ${decision.aggregate} from ${decision.scoredBy} scores met the overall and every group pass mark`, `Valid for ${designation.years} year(s), through ${designation.validUntil}`];
    await this.register(manager, DecisionKind.DESIGNATION, product, reasons, by, proposal.id, [
      message('DESIGNATION_PASSED', { aggregate: decision.aggregate, scoredBy: decision.scoredBy }),
      message('DESIGNATION_TERM', { years: designation.years, validUntil: designation.validUntil }),
    ]);
    await this.audit.record(manager, by, {
      action: 'product.designated',
      entityType: 'product',
      entityId: product.id,
      fromState: from,
      toState: product.status,
      data: { designationNumber: product.designationNumber, validUntil: product.validUntil, proposalId: proposal.id, designationId: designation.id, terms },
    });
    await this.notifications.notifyCompany(manager, product.companyId, {
      title: `Designated: ${product.nameKo}`,
      body: `${product.nameKo} is designated as an innovative product (${product.designationNumber}), valid until ${product.validUntil}.`,
      titleMessage: message('NOTE_DESIGNATED', { product: product.nameKo }),
      bodyMessage: message('NOTE_DESIGNATED_BODY', { product: product.nameKo, designationNumber: product.designationNumber ?? '', validUntil: product.validUntil ?? '' }),
      link: `/products/${product.id}`,
    });
    await this.catalogue.invalidate(manager);
  }

  async reject(manager: EntityManager, proposal: Proposal, decision: ItemDecision, by: AuditActor): Promise<void> {
    const product = await manager.findOneByOrFail(Product, { id: proposal.productId });
    await this.register(manager, DecisionKind.REJECTION, product, decision.reasons, by, proposal.id, decision.reasonMessages ?? decision.reasons.map(textMessage));
  }

  /** Suspend, reinstate or revoke, by the shared machine: wrong state → 409, wrong role → 403. */
  async move(actor: Actor, productId: string, action: 'suspend' | 'reinstate' | 'revoke', reasons: string[]): Promise<DesignationChange> {
    const product = await this.dataSource.transaction(async (manager) => {
      const product = await this.lockProduct(manager, productId);
      const to = this.check(product.status, action, actor.role);
      const from = product.status;
      if (action === DesignationAction.SUSPEND) {
        Object.assign(product, { status: to, suspendedFrom: from });
      } else if (action === DesignationAction.REINSTATE) {
        // Back to what the suspension interrupted, unless the designation ran out meanwhile.
        const lapsed = product.validUntil! < koreanDate(this.clock.now());
        Object.assign(product, { status: lapsed ? DesignationStatus.EXPIRED : (product.suspendedFrom ?? DesignationStatus.DESIGNATED), suspendedFrom: null });
        if (lapsed) await endDesignation(manager, product.id, 'EXPIRED', addDays(product.validUntil!, 1));
      } else {
        Object.assign(product, { status: to, suspendedFrom: null });
        await endDesignation(manager, product.id, 'REVOKED', koreanDate(this.clock.now()));
      }
      await manager.save(product);
      const kind = { suspend: DecisionKind.SUSPENSION, reinstate: DecisionKind.REINSTATEMENT, revoke: DecisionKind.REVOCATION }[action];
      await this.register(manager, kind, product, reasons, actor);
      await this.audit.record(manager, actor, { action: `product.${action}`, entityType: 'product', entityId: product.id, fromState: from, toState: product.status, data: { reasons } });
      await this.notifications.notifyCompany(manager, product.companyId, {
        title: `Designation now ${product.status}: ${product.nameKo}`,
        body: reasons.join('\n'),
        titleMessage: message('NOTE_DESIGNATION_STATUS', { product: product.nameKo, status: product.status }),
        bodyMessage: textMessage(reasons.join('\n')),
        link: `/products/${product.id}`,
      });
      await this.catalogue.invalidate(manager);
      return product;
    });
    return { id: product.id, status: product.status, validUntil: product.validUntil };
  }

  /**
   * Whether a product may be extended now, each rule explained (domain.md §2): the steps and the
   * ceiling of the terms it was designated under, applied for before expiry; excluded by an expired
   * patent (as the product had them when designated, whatever was edited since), a sanctioned
   * supplier or a refused corrective action.
   */
  async extensionRules(manager: EntityManager, product: Product): Promise<RuleResult[]> {
    const today = koreanDate(this.clock.now());
    const company = await manager.findOneByOrFail(Company, { id: product.companyId });
    const designation = await currentDesignation(manager, product.id);
    const inForce = ([DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED] as string[]).includes(product.status) && !!designation;
    const sanctioned = !!company.sanctionedUntil && company.sanctionedUntil >= today;
    return [
      {
        rule: 'inForce',
        passed: inForce && !!product.validUntil && product.validUntil >= today,
        reason: inForce ? `The designation is in force until ${product.validUntil}: apply before it expires` : `The product is ${product.status}: only a designation in force can be extended`,
        ...(inForce ? message('IN_FORCE_OK', { validUntil: product.validUntil ?? '' }) : message('NOT_IN_FORCE', { status: product.status })),
      },
      designation ? await this.extensionStageRule(manager, designation) : { rule: 'extensionStage', passed: false, reason: 'The product has no designation in force', code: 'NO_DESIGNATION' },
      this.patentRule(product, designation, today),
      {
        rule: 'supplierNotSanctioned',
        passed: !sanctioned,
        reason: sanctioned ? `The supplier is under a sanction until ${company.sanctionedUntil}` : 'The supplier is under no sanction',
        ...(sanctioned ? message('SANCTIONED_UNTIL', { until: company.sanctionedUntil! }) : message('NOT_SANCTIONED_OK')),
      },
      {
        rule: 'correctiveActionNotRefused',
        passed: !product.correctiveActionRefused,
        reason: product.correctiveActionRefused ? 'The supplier refused corrective action after an insufficient pilot' : 'No corrective action was refused',
        code: product.correctiveActionRefused ? 'CORRECTIVE_ACTION_REFUSED' : 'CORRECTIVE_ACTION_OK',
      },
    ];
  }

  /** The years the next extension adds under the designation's terms, cut by the ceiling over all the product's designations. */
  private async nextYears(manager: EntityManager, designation: Designation): Promise<{ years: number | null; held: number }> {
    const held = (await yearsHeldBefore(manager, designation.productId)) + designation.years;
    return { years: nextExtensionYears(designation.terms, designation.extensionStage, held), held };
  }

  private async extensionStageRule(manager: EntityManager, designation: Designation): Promise<RuleResult> {
    const { terms, extensionStage: stage } = designation;
    const steps = terms.extensionYears.length;
    const { years, held } = await this.nextYears(manager, designation);
    const step = terms.extensionYears[stage];
    let reason: string;
    let why: Message;
    if (step === undefined) {
      reason = `Already extended ${stage} time(s): the terms of this designation allow ${steps}, ${terms.maxTotalYears} years at most`;
      why = message('EXTENSIONS_USED', { stage, steps, max: terms.maxTotalYears });
    } else if (years === null) {
      reason = `The product has held designations for ${held} years: ${terms.maxTotalYears} is the most over all its designations`;
      why = message('CEILING_REACHED', { held, max: terms.maxTotalYears });
    } else {
      reason = `Extension ${stage + 1} of ${steps}: +${years} year(s)${years < step ? ` (the ${step}-year step cut by the ${terms.maxTotalYears}-year ceiling)` : ''}`;
      why = message('EXTENSION_STAGE_OK', { stage: stage + 1, steps, years });
    }
    return { rule: 'extensionStage', passed: years !== null, reason, ...why };
  }

  /** Reads the patents the product had when designated: emptying the list afterwards proves nothing. */
  private patentRule(product: Product, designation: Designation | null, today: string): RuleResult {
    const patents = designation?.patents ?? product.patents;
    const expired = patents.length > 0 && patents.every((p) => p.expiresOn < today);
    const valid = patents.find((p) => p.expiresOn >= today);
    const basis = designation ? ` (read from the patents recorded at designation on ${designation.designatedOn}` : ' (no designation record: read from the product';
    const changed = designation && JSON.stringify(product.patents) !== JSON.stringify(designation.patents) ? '; the product’s patents were edited since, see its version history)' : ')';
    return {
      rule: 'patentValid',
      passed: !expired,
      reason: (expired ? 'Every patent of the product has expired' : valid ? `Patent ${valid.number} is valid until ${valid.expiresOn}` : 'No patent is recorded for the product') + basis + changed,
        ...(expired ? message('PATENTS_EXPIRED') : valid ? message('PATENT_VALID', { number: valid.number, expiresOn: valid.expiresOn }) : message('NO_PATENT')),
    };
  }

  async previewExtension(productId: string): Promise<RuleResult[]> {
    const product = await this.dataSource.getRepository(Product).findOneBy({ id: productId });
    if (!product) throw new NotFoundError('product', productId);
    return this.extensionRules(this.dataSource.manager, product);
  }

  async applyForExtension(actor: Actor, productId: string, dto: ExtensionRequestDto): Promise<ExtensionRequestView> {
    const request = await this.dataSource.transaction(async (manager) => {
      const product = await this.lockProduct(manager, productId);
      if (await manager.existsBy(ExtensionRequest, { productId, status: 'PENDING' })) {
        throw new ConflictError('An extension request for this product is already waiting for a decision', 'EXTENSION_PENDING');
      }
      const rules = await this.extensionRules(manager, product);
      const failed = rules.filter((r) => !r.passed);
      if (failed.length) throw new ConflictError(`Not eligible for extension: ${failed.map((r) => r.reason).join('; ')}`, 'INELIGIBLE', Object.fromEntries(failed.map((r) => [r.rule, [r.reason]])), undefined, Object.fromEntries(failed.map((r) => [r.rule, [ruleMessage(r)]])));
      const saved = await manager.save(manager.create(ExtensionRequest, { productId, basis: dto.basis, evidence: dto.evidence, status: 'PENDING', rules, createdBy: actor.userId }));
      await this.audit.record(manager, actor, { action: 'extension.requested', entityType: 'extension_request', entityId: saved.id, toState: 'PENDING', data: { productId, basis: dto.basis } });
      return saved;
    });
    return this.toExtensionView(request);
  }

  /** The operator decides; the rules are checked again, since things may have changed since the request. */
  async decideExtension(actor: Actor, requestId: string, approve: boolean, reason?: string): Promise<ExtensionRequestView> {
    const request = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(ExtensionRequest, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new NotFoundError('extension request', requestId);
      if (request.status !== 'PENDING') throw new ConflictError(`This request is already ${request.status}`, 'WRONG_STATE', undefined, { status: request.status });
      const product = await this.lockProduct(manager, request.productId);
      request.rules = await this.extensionRules(manager, product);
      const failed = request.rules.filter((r) => !r.passed);
      if (approve) {
        if (failed.length) throw new ConflictError(`Cannot extend: ${failed.map((r) => r.reason).join('; ')}`, 'INELIGIBLE');
        const to = this.check(product.status, DesignationAction.EXTEND, actor.role);
        const designation = (await currentDesignation(manager, product.id))!;
        const years = (await this.nextYears(manager, designation)).years!;
        const from = product.status;
        const previous = product.validUntil!;
        Object.assign(product, { status: to, validUntil: extendPeriod(previous, { years }), extensionStage: product.extensionStage + 1 });
        await manager.save(product);
        Object.assign(designation, { validUntil: product.validUntil, years: designation.years + years, extensionStage: designation.extensionStage + 1 });
        await manager.save(designation);
        Object.assign(request, { status: 'APPROVED', years, decidedReason: reason ?? null });
        await this.register(manager, DecisionKind.EXTENSION, product, [`Extended by ${years} year(s), from ${previous} to ${product.validUntil}`, ...(reason ? [reason] : [])], actor, null, [
          message('EXTENDED_BY', { years, from: previous, to: product.validUntil! }),
          ...(reason ? [textMessage(reason)] : []),
        ]);
        await this.audit.record(manager, actor, { action: 'product.extend', entityType: 'product', entityId: product.id, fromState: from, toState: to, data: { years, validUntil: product.validUntil, requestId } });
      } else {
        const reasons = [reason ?? 'Refused by the operator', ...failed.map((r) => r.reason)];
        Object.assign(request, { status: 'REFUSED', decidedReason: reasons.join('; ') });
        await this.register(manager, DecisionKind.EXTENSION_REFUSED, product, reasons, actor, null, [
          reason ? textMessage(reason) : message('EXTENSION_REFUSED_BY_OPERATOR'),
          ...failed.map(ruleMessage),
        ]);
      }
      await manager.save(request);
      await this.audit.record(manager, actor, { action: `extension.${approve ? 'approved' : 'refused'}`, entityType: 'extension_request', entityId: request.id, fromState: 'PENDING', toState: request.status, data: { reason } });
      await this.notifications.notifyCompany(manager, product.companyId, {
        title: `Extension ${request.status.toLowerCase()}`,
        body: request.decidedReason ?? `Valid until ${product.validUntil}`,
        titleMessage: message('NOTE_EXTENSION_DECIDED', { status: request.status }),
        bodyMessage: request.decidedReason ? textMessage(request.decidedReason) : message('NOTE_VALID_UNTIL', { validUntil: product.validUntil ?? '' }),
        link: `/products/${product.id}`,
      });
      await this.catalogue.invalidate(manager);
      return request;
    });
    return this.toExtensionView(request);
  }

  async extensionRequests(query: ExtensionQueryDto, productId?: string): Promise<Page<ExtensionRequestView>> {
    const where: Record<string, unknown> = {};
    if (query.status) where.status = query.status;
    if (productId) where.productId = productId;
    const [rows, total] = await this.dataSource.getRepository(ExtensionRequest).findAndCount({ where, order: { createdAt: 'DESC' }, skip: query.offset, take: query.pageSize });
    return toPage(rows.map((r) => this.toExtensionView(r)), total, query);
  }

  /**
   * Designations whose validity ended yesterday (Korea time) expire. Several API processes may run
   * this at once: one takes the lock, the others skip; each row changes once whatever happens.
   */
  async expireDue(requestId: string): Promise<number> {
    const expired = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [EXPIRY_LOCK_KEY]);
      if (!locked) return [];
      const due = await manager
        .getRepository(Product)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('p.status IN (:...statuses) AND p.validUntil < :today', {
          statuses: [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED],
          today: koreanDate(this.clock.now()),
        })
        .getMany();
      const system: AuditActor = { system: 'designation-expiry', requestId };
      for (const product of due) {
        const from = product.status;
        product.status = this.check(from, DesignationAction.EXPIRE, SYSTEM_ROLE);
        await manager.save(product);
        await endDesignation(manager, product.id, 'EXPIRED', addDays(product.validUntil!, 1));
        await this.register(manager, DecisionKind.EXPIRY, product, [`The designation ended on ${product.validUntil}`], system, null, [message('DESIGNATION_ENDED', { validUntil: product.validUntil! })]);
        await this.audit.record(manager, system, { action: 'product.expire', entityType: 'product', entityId: product.id, fromState: from, toState: product.status, data: { validUntil: product.validUntil } });
        await this.notifications.notifyCompany(manager, product.companyId, {
          title: `Designation expired: ${product.nameKo}`,
          body: `The designation ended on ${product.validUntil}.`,
          titleMessage: message('NOTE_DESIGNATION_EXPIRED', { product: product.nameKo }),
          bodyMessage: message('DESIGNATION_ENDED', { validUntil: product.validUntil ?? '' }),
          link: `/products/${product.id}`,
        });
      }
      if (due.length) await this.catalogue.invalidate(manager);
      return due;
    });
    if (expired.length) this.logger.log(`Expired ${expired.length} designation(s)`);
    return expired.length;
  }

  /** The public register; anonymous readers' from a replica. */
  decisions(query: DecisionQueryDto, viewer: Actor | null = null): Promise<Page<DecisionView>> {
    return this.publicReads.run(viewer, (manager) => this.decisionsPage(manager, query));
  }

  private async decisionsPage(manager: EntityManager, query: DecisionQueryDto): Promise<Page<DecisionView>> {
    const qb = manager
      .getRepository(Decision)
      .createQueryBuilder('d')
      .leftJoin(Product, 'p', 'p.id = d.productId')
      .innerJoin(Company, 'c', 'c.id = d.companyId')
      .select(['d.id AS id', 'd.kind AS kind', 'd.productId AS "productId"', 'd.companyId AS "companyId"', 'd.reasons AS reasons', 'd.reasonMessages AS "reasonMessages"', 'd.decidedAt AS "decidedAt"', 'p.nameKo AS "productName"', 'c.name AS "companyName"']);
    if (query.kind) qb.where('d.kind = :kind', { kind: query.kind });
    const total = await qb.getCount();
    const rows = await qb.orderBy('d.decidedAt', 'DESC').addOrderBy('d.id').offset(query.offset).limit(query.pageSize).getRawMany();
    return toPage(
      rows.map((r) => ({ id: r.id, kind: r.kind, productId: r.productId, productName: r.productName, companyId: r.companyId, companyName: r.companyName, reasons: r.reasons, reasonMessages: reasonMessagesOf(r), decidedAt: new Date(r.decidedAt).toISOString() })),
      total,
      query,
    );
  }

  private check(status: DesignationStatus, action: DesignationAction, role: ActorRole): DesignationStatus {
    const check = designationMachine.check(status, action, role);
    if (check.ok) return check.to;
    throw refusedMove(check, `The product is ${status}: it cannot be ${PAST[action]}`, { status, action });
  }

  private async lockProduct(manager: EntityManager, id: string): Promise<Product> {
    const product = await manager.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw new NotFoundError('product', id);
    return product;
  }

  /** `reasonMessages` word `reasons` for the web; without them the reasons are a person's words, shown as written. */
  private async register(manager: EntityManager, kind: DecisionKind, product: Product, reasons: string[], by: AuditActor, proposalId: string | null = null, reasonMessages: Message[] = reasons.map(textMessage)) {
    await manager.insert(Decision, { kind, productId: product.id, companyId: product.companyId, proposalId, reasons, reasonMessages, decidedBy: 'userId' in by ? by.userId : null });
  }

  private toExtensionView(r: ExtensionRequest): ExtensionRequestView {
    return { id: r.id, productId: r.productId, basis: r.basis, evidence: r.evidence, status: r.status, rules: r.rules, years: r.years, decidedReason: r.decidedReason, createdAt: r.createdAt.toISOString() };
  }
}
