import { Injectable } from '@nestjs/common';
import {
  CallKind,
  CompanyDocumentKind,
  DecisionKind,
  patentOrLicenceEvidence,
  ProposalAction,
  proposalMachine,
  ProposalStatus,
  Role,
  SCREENING_CHECKLIST,
  SYSTEM_ROLE,
  type ActorRole,
  type Page,
  type ProposalContent,
  type ProposalView,
  type RuleResult,
  message,
  ruleMessage,
  textMessage,
} from '@inno/contracts';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Call } from '../calls/call.entity';
import { callPhase } from '../calls/calls.service';
import { CategoriesService } from '../categories/categories.service';
import { Clock, koreanDate } from '../clock/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, refusedMove } from '../common/domain-errors';
import { toPage } from '../common/page-query.dto';
import { CompanyDocument } from '../companies/company-document.entity';
import { Company } from '../companies/company.entity';
import { Decision } from '../designations/decision.entity';
import { designationRules, termsOf, yearsHeldBefore } from '../designations/designation-record';
import { NotificationsService } from '../notifications/notifications.service';
import { Product } from '../products/product.entity';
import { NominationsService } from '../scouting/nominations.service';
import type { ProposalInputDto, ProposalQueryDto, ProposalUpdateDto, ScreeningDto, SupplementRequestDto } from './dto/proposal.dto';
import { Proposal } from './proposal.entity';
import { SealedContent } from './sealed-content';
import { Challenge } from '../challenges/challenge.entity';
import { randomUUID } from 'node:crypto';

/**
 * Who moves a proposal: the role the state machine judges (SYSTEM for the platform's own moves:
 * a committee decision, a lapsed deadline) and who the audit log names.
 */
export type ProposalMover = { role: ActorRole; audit: AuditActor; companyId?: string | null };

export const moverOf = (actor: Actor): ProposalMover => ({ role: actor.role, audit: actor, companyId: actor.companyId });

const CONTENT_FIELDS = ['innovation', 'publicValue', 'trl', 'patents', 'pilotPlan', 'documentIds'] as const;

/** A proposal on its way to a decision: one at a time per product, whatever the call. */
const LIVE: ProposalStatus[] = [ProposalStatus.SUBMITTED, ProposalStatus.SUPPLEMENT_REQUESTED, ProposalStatus.SCREENING, ProposalStatus.EVALUATION, ProposalStatus.COMMITTEE_REVIEW];

export interface TransitionPayload {
  supplement?: SupplementRequestDto;
  screening?: ScreeningDto;
  reason?: string;
}

@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly categories: CategoriesService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly sealed: SealedContent,
    private readonly nominations: NominationsService,
  ) {}

  async create(actor: Actor, dto: ProposalInputDto): Promise<ProposalView> {
    const proposal = await this.dataSource.transaction(async (manager) => {
      const product = await manager.findOneBy(Product, { id: dto.productId });
      if (!product) throw new InvalidInputError('productId', 'productId is not a product', message('FIELD_UNKNOWN_RECORD'));
      if (product.companyId !== actor.companyId) throw new ForbiddenError('This product is not your company’s', 'NOT_OWNER');
      const call = await manager.findOneBy(Call, { id: dto.callId });
      if (!call) throw new InvalidInputError('callId', 'callId is not a call', message('FIELD_UNKNOWN_RECORD'));
      if (call.kind === CallKind.CALL_FOR_CHALLENGES) throw new InvalidInputError('callId', 'This call takes institutions’ challenges, not proposals', message('CALL_TAKES_CHALLENGES'));
      if (callPhase(call, this.clock.now()) === 'CLOSED') throw new ConflictError(`The call closed at ${call.closesAt.toISOString()}`, 'CALL_CLOSED', undefined, { closesAt: call.closesAt.toISOString() });
      if (this.sealed.sealsCall(call)) {
        // A solution answers a challenge whose solution call the operator opened.
        const challenge = await manager.findOneBy(Challenge, { solutionCallId: call.id });
        if (!challenge) throw new InvalidInputError('callId', 'This solution call answers no challenge', message('SOLUTION_CALL_WITHOUT_CHALLENGE'));
      }
      await this.checkSubArea(call, dto.subArea);
      await this.checkDocuments(manager, product.companyId, dto.documentIds);
      const content: ProposalContent = {
        innovation: dto.innovation ?? '',
        publicValue: dto.publicValue ?? '',
        trl: dto.trl ?? product.trl,
        patents: dto.patents ?? product.patents,
        pilotPlan: dto.pilotPlan ?? '',
        documentIds: dto.documentIds ?? [],
      };
      const proposal = manager.create(Proposal, {
          id: randomUUID(),
          callId: call.id,
          productId: product.id,
          companyId: product.companyId,
          subArea: dto.subArea,
          status: ProposalStatus.DRAFT,
          content,
          createdBy: actor.userId,
        });
      if (this.sealed.sealsCall(call)) await this.sealed.store(manager, proposal, content);
      const saved = await manager.save(proposal);
      await this.audit.record(manager, actor, { action: 'proposal.drafted', entityType: 'proposal', entityId: saved.id, toState: saved.status, data: { callId: call.id, productId: product.id } });
      return saved;
    });
    return this.view(proposal, actor);
  }

  /**
   * Edits go straight into a draft while its call is open; once submitted, content changes only
   * through a supplement: while one is requested, edits are held apart and apply (after every rule
   * is checked again) when the supplement is submitted.
   */
  async update(actor: Actor, id: string, dto: ProposalUpdateDto): Promise<ProposalView> {
    const proposal = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lock(manager, id);
      const call = await manager.findOneByOrFail(Call, { id: proposal.callId });
      const changes = Object.fromEntries(CONTENT_FIELDS.filter((f) => dto[f] !== undefined).map((f) => [f, dto[f]])) as Partial<ProposalContent>;
      await this.checkDocuments(manager, proposal.companyId, changes.documentIds);
      if (dto.subArea !== undefined) await this.checkSubArea(call, dto.subArea);
      if (proposal.status === ProposalStatus.SUPPLEMENT_REQUESTED) {
        if (proposal.supplementDeadline && this.clock.now() > proposal.supplementDeadline) {
          throw new ConflictError('The supplement deadline has passed: the proposal stays as it was submitted', 'SUPPLEMENT_LAPSED');
        }
        proposal.supplementDraft = { ...proposal.supplementDraft, ...changes };
      } else if (proposal.status === ProposalStatus.SUBMITTED) {
        throw new ConflictError('A submitted proposal changes only through a supplement the operator requests', 'SUBMITTED_FROZEN');
      } else if (proposal.status === ProposalStatus.DRAFT) {
        if (callPhase(call, this.clock.now()) === 'CLOSED') {
          throw new ConflictError(`The call closed at ${call.closesAt.toISOString()}: the proposal can no longer be edited`, 'CALL_CLOSED', undefined, { closesAt: call.closesAt.toISOString() });
        }
        const merged = { ...(await this.sealed.plain(manager, proposal)), ...changes };
        if (proposal.sealed) await this.sealed.store(manager, proposal, merged);
        else proposal.content = merged;
        if (dto.subArea !== undefined) proposal.subArea = dto.subArea;
      } else {
        throw new ConflictError(`A proposal in ${proposal.status} cannot be edited`, 'WRONG_STATE', undefined, { status: proposal.status });
      }
      await manager.save(proposal);
      await this.audit.record(manager, actor, { action: 'proposal.edited', entityType: 'proposal', entityId: id, data: { fields: Object.keys(changes), supplement: proposal.status === ProposalStatus.SUPPLEMENT_REQUESTED } });
      return proposal;
    });
    return this.view(proposal, actor);
  }

  /**
   * Each eligibility rule with pass or fail and why, as the supplier sees it before submitting; while
   * a supplement is requested, on the content as the supplement would leave it.
   */
  async eligibility(actor: Actor, id: string): Promise<RuleResult[]> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOneBy(Proposal, { id });
      if (!proposal) throw new NotFoundError('proposal', id);
      // The rules' reasons name the solution's TRL and patents: a read like any other.
      const content = await this.sealed.read(manager, proposal, actor, 'eligibility');
      return this.rules(manager, proposal, { ...content, ...proposal.supplementDraft });
    });
  }

  /**
   * Every eligibility rule, on `content` (the proposal's, or its content with a supplement applied).
   * Run on submit and on every supplement; `lockProduct` serialises the proposals of one product, so
   * two submitted at once in two calls cannot both pass `noOtherLiveProposal`.
   */
  private async rules(manager: EntityManager, proposal: Proposal, content = proposal.content, lockProduct = false): Promise<RuleResult[]> {
    const today = koreanDate(this.clock.now());
    const [product, company, call] = await Promise.all([
      manager.findOneOrFail(Product, { where: { id: proposal.productId }, ...(lockProduct ? { lock: { mode: 'pessimistic_write' as const } } : {}) }),
      manager.findOneByOrFail(Company, { id: proposal.companyId }),
      manager.findOneByOrFail(Call, { id: proposal.callId }),
    ]);
    const { trl, patents, documentIds } = content;
    // Any valid patent or certificate among those picked will do: an expired one beside it hides nothing.
    const lockerDocuments = documentIds.length
      ? await manager.find(CompanyDocument, {
          where: { id: In(documentIds), companyId: proposal.companyId, kind: In([CompanyDocumentKind.PATENT, CompanyDocumentKind.CERTIFICATE]) },
          order: { expiresOn: { direction: 'DESC', nulls: 'FIRST' } },
        })
      : [];
    const evidence = patentOrLicenceEvidence({ patents, lockerDocuments, productCertifications: product.certifications }, today);
    const sanctioned = company.sanctionedUntil && company.sanctionedUntil >= today;
    const rival = await manager.findOne(Proposal, { where: { productId: proposal.productId, id: Not(proposal.id), status: In(LIVE) }, select: { id: true, callId: true, status: true } });
    return [
      {
        rule: 'trl',
        passed: trl >= 7 && trl <= 9,
        reason: trl >= 7 && trl <= 9 ? `TRL ${trl} is within 7 to 9` : `TRL ${trl}: a prototype must be at technology readiness 7 to 9`,
        ...message(trl >= 7 && trl <= 9 ? 'TRL_OK' : 'TRL_OUT_OF_RANGE', { trl }),
      },
      {
        rule: 'patentOrLicence',
        passed: evidence !== null,
        reason:
          evidence?.kind === 'patent'
            ? `Patent ${evidence.number} is valid until ${evidence.expiresOn}`
            : evidence?.kind === 'locker'
              ? `${evidence.title} from your document locker is valid${evidence.expiresOn ? ` until ${evidence.expiresOn}` : ''}`
              : evidence?.kind === 'certification'
                ? `The product's certification ${evidence.name} counts`
                : 'Add a patent that has not expired, a certification of the product, or pick a valid patent or certificate from your document locker',
        ...(evidence?.kind === 'patent'
          ? message('PATENT_VALID', { number: evidence.number, expiresOn: evidence.expiresOn })
          : evidence?.kind === 'locker'
            ? evidence.expiresOn
              ? message('LOCKER_PROOF_VALID', { title: evidence.title, expiresOn: evidence.expiresOn })
              : message('LOCKER_PROOF_VALID_OPEN', { title: evidence.title })
            : evidence?.kind === 'certification'
              ? message('CERTIFICATION_COUNTS', { name: evidence.name })
              : message('PATENT_MISSING')),
      },
      ...designationRules(product, await yearsHeldBefore(manager, product.id), termsOf(call.rules)),
      {
        rule: 'noOtherLiveProposal',
        passed: !rival,
        reason: rival ? `Another proposal of this product is ${rival.status} (call ${rival.callId}): one proposal at a time per product` : 'No other proposal of this product is under way',
        ...(rival ? message('OTHER_PROPOSAL_LIVE', { status: rival.status }) : message('NO_OTHER_PROPOSAL_OK')),
      },
      {
        rule: 'companyNotSanctioned',
        passed: !sanctioned,
        reason: sanctioned ? `The company is under a sanction until ${company.sanctionedUntil}: ${company.sanctionReason ?? ''}`.trim() : 'The company is under no sanction',
        ...(sanctioned ? message('SANCTIONED_UNTIL', { until: company.sanctionedUntil! }) : message('NOT_SANCTIONED_OK')),
      },
    ];
  }

  private async assertEligible(manager: EntityManager, proposal: Proposal, content: ProposalContent): Promise<void> {
    const failed = (await this.rules(manager, proposal, content, true)).filter((r) => !r.passed);
    if (failed.length) {
      throw new ConflictError(`Not eligible: ${failed.map((r) => r.reason).join('; ')}`, 'INELIGIBLE', Object.fromEntries(failed.map((r) => [r.rule, [r.reason]])), undefined, Object.fromEntries(failed.map((r) => [r.rule, [ruleMessage(r)]])));
    }
  }

  /** Moves a proposal by the shared state machine: wrong state → 409, wrong role → 403. */
  async transition(actor: ProposalMover, id: string, action: ProposalAction, payload: TransitionPayload = {}, outer?: EntityManager): Promise<Proposal> {
    const work = async (manager: EntityManager) => {
      const proposal = await this.lock(manager, id);
      if (actor.role === Role.SUPPLIER && actor.companyId !== proposal.companyId) throw new ForbiddenError('This proposal is not your company’s', 'NOT_OWNER');
      const call = await manager.findOneByOrFail(Call, { id: proposal.callId });
      const check = proposalMachine.check(proposal.status, action, actor.role, this.context(proposal, call));
      if (!check.ok) {
        throw refusedMove(check, `This proposal is ${proposal.status}: it cannot be moved by "${action}"`, { status: proposal.status, action });
      }
      const from = proposal.status;
      const data: Record<string, unknown> = {};
      await this.applyEffects(manager, proposal, action, payload, data);
      proposal.status = check.to;
      await manager.save(proposal);
      await this.audit.record(manager, actor.audit, {
        action: `proposal.${action}`,
        entityType: 'proposal',
        entityId: id,
        fromState: from,
        toState: check.to,
        data,
      });
      if (action === ProposalAction.SUBMIT) await this.waiveScreeningIfRecommended(manager, proposal, actor);
      await this.notifications.notifyCompany(manager, proposal.companyId, {
        title: `Proposal now ${check.to}`,
        body: payload.supplement?.message ?? payload.reason ?? `Your proposal moved from ${from} to ${check.to}.`,
        titleMessage: message('NOTE_PROPOSAL_STATUS', { status: check.to }),
        bodyMessage: payload.supplement?.message || payload.reason ? textMessage(payload.supplement?.message ?? payload.reason!) : message('NOTE_PROPOSAL_MOVED', { from, to: check.to }),
        link: `/my/proposals/${id}`,
      });
      return proposal;
    };
    return outer ? work(outer) : this.dataSource.transaction(work);
  }

  /**
   * A company a demo day recommended enters with the pre-screening waived: on its first submission
   * the proposal goes on to EVALUATION (marked), and the nomination becomes APPLIED, both audited
   * in the submission's transaction.
   */
  private async waiveScreeningIfRecommended(manager: EntityManager, proposal: Proposal, actor: ProposalMover) {
    const nomination = await this.nominations.applyRecommended(manager, proposal, actor.audit);
    if (!nomination) return;
    const check = proposalMachine.check(proposal.status, ProposalAction.WAIVE_SCREENING, SYSTEM_ROLE);
    if (!check.ok) throw refusedMove(check, check.message, { status: proposal.status, action: ProposalAction.WAIVE_SCREENING });
    const from = proposal.status;
    Object.assign(proposal, { status: check.to, screeningWaived: true });
    await manager.save(proposal);
    await this.audit.record(manager, actor.audit, {
      action: `proposal.${ProposalAction.WAIVE_SCREENING}`,
      entityType: 'proposal',
      entityId: proposal.id,
      fromState: from,
      toState: check.to,
      data: { nominationId: nomination.id, demoDayId: nomination.demoDayId },
    });
  }

  private async applyEffects(manager: EntityManager, proposal: Proposal, action: ProposalAction, payload: TransitionPayload, data: Record<string, unknown>) {
    const now = this.clock.now();
    switch (action) {
      case ProposalAction.SUBMIT:
        await this.assertEligible(manager, proposal, await this.sealed.plain(manager, proposal));
        proposal.submittedAt = now;
        break;
      case ProposalAction.REQUEST_SUPPLEMENT: {
        const request = payload.supplement;
        if (!request) throw new InvalidInputError('message', 'message and deadline are required', message('FIELD_REQUIRED'));
        const deadline = new Date(request.deadline);
        if (deadline <= now) throw new InvalidInputError('deadline', 'deadline must be in the future', message('FIELD_DATE_PAST'));
        Object.assign(proposal, { supplementMessage: request.message, supplementDeadline: deadline, supplementDraft: null });
        Object.assign(data, { message: request.message, deadline: deadline.toISOString() });
        break;
      }
      case ProposalAction.SUPPLEMENT: {
        // The supplemented content must pass every rule again: a supplement cannot undo eligibility.
        const supplemented = { ...(await this.sealed.plain(manager, proposal)), ...proposal.supplementDraft };
        await this.assertEligible(manager, proposal, supplemented);
        if (proposal.sealed) await this.sealed.store(manager, proposal, supplemented);
        else proposal.content = supplemented;
        Object.assign(data, { fields: Object.keys(proposal.supplementDraft ?? {}) });
        Object.assign(proposal, { supplementDraft: null, supplementMessage: null, supplementDeadline: null, submittedAt: now });
        break;
      }
      case ProposalAction.LAPSE_SUPPLEMENT:
        // Edits not submitted in time are dropped: the proposal stays as it was submitted.
        Object.assign(data, { discarded: Object.keys(proposal.supplementDraft ?? {}) });
        Object.assign(proposal, { supplementDraft: null, supplementMessage: null, supplementDeadline: null });
        break;
      case ProposalAction.PASS_SCREENING:
      case ProposalAction.FAIL_SCREENING: {
        const checklist = payload.screening?.checklist ?? [];
        const missing = SCREENING_CHECKLIST.filter((key) => !checklist.some((item) => item.key === key));
        if (missing.length) throw new InvalidInputError('checklist', `checklist must cover ${missing.join(', ')}`, message('CHECKLIST_INCOMPLETE', { items: missing.join(', ') }));
        const failed = checklist.filter((item) => !item.passed);
        if (action === ProposalAction.PASS_SCREENING && failed.length) throw new InvalidInputError('checklist', 'a proposal passes screening only when every item passes', message('SCREENING_PASS_NEEDS_ALL'));
        if (action === ProposalAction.FAIL_SCREENING && !failed.length) throw new InvalidInputError('checklist', 'name the items that fail, with their reasons', message('SCREENING_FAIL_NEEDS_ITEMS'));
        proposal.screening = checklist;
        data.checklist = checklist;
        if (action === ProposalAction.FAIL_SCREENING) {
          await manager.insert(Decision, { kind: DecisionKind.REJECTION, productId: proposal.productId, companyId: proposal.companyId, proposalId: proposal.id, reasons: failed.map((f) => `${f.key}: ${f.reason}`), reasonMessages: failed.map((f) => message('SCREENING_FAILED', { item: f.key, reason: f.reason })), decidedBy: null });
        }
        break;
      }
      default:
        if (payload.reason) data.reason = payload.reason;
    }
  }

  private context(proposal: Proposal, call: Call) {
    const now = this.clock.now();
    return {
      callOpen: callPhase(call, now) === 'OPEN',
      beforeSupplementDeadline: !proposal.supplementDeadline || now <= proposal.supplementDeadline,
      sealed: this.sealed.sealsCall(call) && now < call.closesAt,
    };
  }

  async list(actor: Actor, query: ProposalQueryDto): Promise<Page<ProposalView>> {
    const where: Record<string, unknown> = {};
    if (actor.role === Role.SUPPLIER) where.companyId = actor.companyId;
    if (query.status) where.status = query.status;
    if (query.callId) where.callId = query.callId;
    const qb = this.dataSource.getRepository(Proposal).createQueryBuilder('p').where(where);
    // Staff do not see sealed solutions listed before their call closes: the challenge's page gives their count and times.
    if (actor.role !== Role.SUPPLIER) qb.andWhere('(p.sealed IS NULL OR EXISTS (SELECT 1 FROM calls c WHERE c.id = p.call_id AND c.closes_at <= :now))', { now: this.clock.now() });
    const [rows, total] = await qb.orderBy('p.updatedAt', 'DESC').addOrderBy('p.id', 'ASC').skip(query.offset).take(query.pageSize).getManyAndCount();
    return toPage(await Promise.all(rows.map((p) => this.view(p, actor))), total, query);
  }

  async get(actor: Actor, id: string): Promise<ProposalView> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (!proposal) throw new NotFoundError('proposal', id);
    return this.view(proposal, actor);
  }

  /** Edits held for a supplement, unsealed only after the call closed (supplements come after screening). */
  private async contentFor(proposal: Proposal, viewer: Actor): Promise<ProposalContent> {
    if (!proposal.sealed) return proposal.content;
    return this.dataSource.transaction((manager) => this.sealed.read(manager, proposal, viewer, 'view'));
  }

  /** Supplement requests whose deadline passed: the platform keeps the proposal as submitted. */
  async lapseOverdueSupplements(requestId: string): Promise<number> {
    const overdue = await this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .where('p.status = :status AND p.supplementDeadline < :now', { status: ProposalStatus.SUPPLEMENT_REQUESTED, now: this.clock.now() })
      .getMany();
    let lapsed = 0;
    for (const proposal of overdue) {
      await this.transition({ role: SYSTEM_ROLE, audit: { system: 'supplement-deadline', requestId } }, proposal.id, ProposalAction.LAPSE_SUPPLEMENT).then(
        () => lapsed++,
        // Another process lapsed it first, or it moved meanwhile.
        (error) => { if (!(error instanceof ConflictError)) throw error; },
      );
    }
    return lapsed;
  }

  async lock(manager: EntityManager, id: string): Promise<Proposal> {
    const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw new NotFoundError('proposal', id);
    return proposal;
  }

  private async checkSubArea(call: Call, subArea: string): Promise<void> {
    const path = await this.categories.pathOf(subArea);
    if (!path || !path.some((code) => call.subAreas.includes(code))) {
      throw new InvalidInputError('subArea', `subArea must be one of the call's areas (${call.subAreas.join(', ')}) or within one`, message('SUBAREA_NOT_IN_CALL', { areas: call.subAreas.join(', ') }));
    }
  }

  private async checkDocuments(manager: EntityManager, companyId: string, documentIds: string[] | undefined): Promise<void> {
    if (!documentIds?.length) return;
    const found = await manager.countBy(CompanyDocument, { id: In(documentIds), companyId });
    if (found !== new Set(documentIds).size) throw new InvalidInputError('documentIds', 'documentIds must be documents of your company’s locker', message('DOCUMENTS_NOT_IN_LOCKER'));
  }

  async view(proposal: Proposal, viewer: Actor): Promise<ProposalView> {
    const [call, product, company] = await Promise.all([
      this.dataSource.getRepository(Call).findOneByOrFail({ id: proposal.callId }),
      this.dataSource.getRepository(Product).findOneByOrFail({ id: proposal.productId }),
      this.dataSource.getRepository(Company).findOneByOrFail({ id: proposal.companyId }),
    ]);
    return {
      id: proposal.id,
      call: { id: call.id, title: call.title, closesAt: call.closesAt.toISOString(), phase: callPhase(call, this.clock.now()) },
      product: { id: product.id, nameKo: product.nameKo, nameEn: product.nameEn },
      company: { id: company.id, name: company.name },
      subArea: proposal.subArea,
      status: proposal.status,
      content: await this.contentFor(proposal, viewer),
      supplementDraft: proposal.supplementDraft,
      supplementRequest: proposal.supplementMessage ? { message: proposal.supplementMessage, deadline: proposal.supplementDeadline!.toISOString() } : null,
      screening: proposal.screening,
      screeningWaived: proposal.screeningWaived,
      decision: proposal.decision,
      submittedAt: proposal.submittedAt?.toISOString() ?? null,
      availableActions: proposalMachine.availableActions(proposal.status, viewer.role, this.context(proposal, call)),
      createdAt: proposal.createdAt.toISOString(),
      updatedAt: proposal.updatedAt.toISOString(),
    };
  }
}
