import { Injectable } from '@nestjs/common';
import {
  addCalendarMonths,
  LISTED_STATUSES,
  PILOT_CONTRACTED_STATUSES,
  PILOT_HOLDING_STATUSES,
  PILOT_INDICATORS,
  pilotApplicationPlanProblems,
  pilotResultProblems,
  problemTexts,
  periodEnd,
  PilotAction,
  pilotMachine,
  PilotStatus,
  resultReportOpen,
  Role,
  UsageState,
  message,
  textMessage,
  type MatchingProposal,
  type Message,
  type MessageCode,
  type MessageParams,
  type Page,
  type PilotPlanView,
  type PilotView,
  type PlanProductView,
  type PlanResultRow,
  type SavedUsePlan,
  type ProductPilotResults,
} from '@inno/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { Clock, koreanDate } from '../clock/clock';
import { RuleSettingsService } from '../rule-settings/rule-settings.service';
import { ConflictError, InvalidInputError, NotFoundError, refusedMove } from '../common/domain-errors';
import { PageQueryDto, toPage } from '../common/page-query.dto';
import { retryingTransaction } from '../common/transactions';
import { RequestValidationError } from '../common/validation';
import { Institution } from '../institutions/institution.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { matchWhere } from '../search/text-match';
import { Company } from '../companies/company.entity';
import { Product } from '../products/product.entity';
import type { CheckInDto, PilotApplicationDto, PilotPlanDto, PilotQueryDto, PilotResultDto, PlanProductQueryDto, UsePlanDto } from './dto/pilot.dto';
import { PilotApplication, PilotCheckIn } from './pilot-application.entity';
import { notInForce, pilotsByProduct, repeatPilotRefusal, sanctioned, withCandidate, type PilotRefusal } from './pilot-eligibility';
import { PilotPlan, PilotPlanProduct } from './pilot-plan.entity';

/** A pilot whose use period is over and reported: check-ins follow. */
export const AFTER_PILOT: PilotStatus[] = [
  PilotStatus.RESULT_REPORTED,
  PilotStatus.SUCCESS,
  PilotStatus.INSUFFICIENT,
  PilotStatus.CORRECTIVE_ACTION_DONE,
  PilotStatus.CORRECTIVE_ACTION_REFUSED,
];

/**
 * Ranking within a product: a budgeted follow-on purchase first (the larger first), then any
 * follow-on plan, then the larger amount, then who applied first.
 */
export const byPriority = (a: PilotApplication, b: PilotApplication) =>
  Number(b.followOnBudgeted) - Number(a.followOnBudgeted) ||
  (b.followOnBudgeted ? (b.followOnAmount ?? 0) - (a.followOnAmount ?? 0) : 0) ||
  Number(b.followOnPlanned) - Number(a.followOnPlanned) ||
  b.amount - a.amount ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  a.id.localeCompare(b.id);

export const rankApplications = (applications: PilotApplication[]) => [...applications].sort(byPriority);

/** The matching reason as the web words it: the platform's by its code, a person's as written. */
const reasonMessageOf = (a: Pick<PilotApplication, 'decisionReason' | 'decisionReasonCode'>): Message | null =>
  a.decisionReasonCode ? message(a.decisionReasonCode) : a.decisionReason ? textMessage(a.decisionReason) : null;

/** A product excluded from the plan when it was drawn up: refused with why (the code it was excluded under). */
const excludedFromPlan = (row: PilotPlanProduct): ConflictError =>
  new ConflictError(`The product is excluded from this plan: ${row.exclusion}`, row.exclusionMessage?.code ?? 'EXCLUDED', undefined, row.exclusionMessage?.params);

@Injectable()
export class PilotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly ruleSettings: RuleSettingsService,
  ) {}

  /**
   * A yearly plan. Each designated product offered is checked now: one already pilot-purchased is
   * excluded unless that pilot cost at most the threshold, and the exclusion says why.
   */
  async createPlan(actor: Actor, dto: PilotPlanDto): Promise<PilotPlanView> {
    const opens = new Date(dto.surveyOpensAt);
    const closes = new Date(dto.surveyClosesAt);
    if (closes <= opens) throw new InvalidInputError('surveyClosesAt', 'surveyClosesAt must be after surveyOpensAt', message('FIELD_END_BEFORE_START'));
    const plan = await this.dataSource.transaction(async (manager) => {
      const defaults = (await this.ruleSettings.current(manager)).pilot;
      const products = dto.productIds
        ? await manager.findBy(Product, { id: In(dto.productIds) })
        : await manager.findBy(Product, { status: In([...LISTED_STATUSES]) });
      if (dto.productIds && products.length !== new Set(dto.productIds).size) throw new InvalidInputError('productIds', 'productIds must name existing products', message('FIELD_UNKNOWN_RECORD'));
      const plan = await manager.save(
        manager.create(PilotPlan, {
          year: dto.year,
          title: dto.title,
          budget: dto.budget,
          surveyOpensAt: opens,
          surveyClosesAt: closes,
          maxInstitutionsPerProduct: dto.maxInstitutionsPerProduct ?? defaults.maxInstitutionsPerProduct,
          maxAmountPerProduct: dto.maxAmountPerProduct ?? defaults.maxAmountPerProduct,
          maxUsePeriodMonths: dto.maxUsePeriodMonths ?? defaults.maxUsePeriodMonths,
          repeatPilotThreshold: dto.repeatPilotThreshold ?? defaults.repeatPilotThreshold,
          publishedAt: null,
          createdBy: actor.userId,
        }),
      );
      // Only signed pilots exclude for the whole plan; apply and match look again at what holds then.
      const previous = await pilotsByProduct(manager, products.map((p) => p.id), PILOT_CONTRACTED_STATUSES);
      const rows = products.map((product) => {
        const refusal = notInForce(product) ?? repeatPilotRefusal(withCandidate(previous.get(product.id)!, plan.id, 0, this.clock.now()), plan.id, plan.repeatPilotThreshold);
        return { planId: plan.id, productId: product.id, eligible: !refusal, exclusion: refusal?.message ?? null, exclusionMessage: refusal && message(refusal.code, refusal.params), usePlan: null };
      });
      if (rows.length) await manager.insert(PilotPlanProduct, rows);
      await this.audit.record(manager, actor, {
        action: 'pilot_plan.created',
        entityType: 'pilot_plan',
        entityId: plan.id,
        data: { year: plan.year, budget: plan.budget, products: rows.length, excluded: rows.filter((r) => !r.eligible).length },
      });
      return plan;
    });
    return this.planView(plan);
  }

  /**
   * Whether the product may be piloted in the plan with `amount` more: in force, its company under
   * no sanction, and the repeat rule over its pilots in every plan, by the plan's own threshold.
   * Callers lock the product row first, so this reads what other matches of the product committed.
   */
  private async pilotRefusal(manager: EntityManager, plan: PilotPlan, product: Product, amount: number): Promise<PilotRefusal | null> {
    const company = await manager.findOneByOrFail(Company, { id: product.companyId });
    const pilots = (await pilotsByProduct(manager, [product.id])).get(product.id)!;
    return (
      notInForce(product) ??
      sanctioned(company, koreanDate(this.clock.now())) ??
      repeatPilotRefusal(withCandidate(pilots, plan.id, amount, this.clock.now()), plan.id, plan.repeatPilotThreshold)
    );
  }

  async plans(query: PageQueryDto): Promise<Page<PilotPlanView>> {
    const [plans, total] = await this.dataSource.getRepository(PilotPlan).findAndCount({ order: { year: 'DESC', createdAt: 'DESC' }, skip: query.offset, take: query.pageSize });
    return toPage(await Promise.all(plans.map((p) => this.planView(p))), total, query);
  }

  async plan(id: string): Promise<PilotPlanView> {
    return this.planView(await this.findPlan(this.dataSource.manager, id));
  }

  /** The survey list: every product of the plan, eligible or excluded with why. */
  async planProducts(planId: string, query: PlanProductQueryDto): Promise<Page<PlanProductView>> {
    await this.findPlan(this.dataSource.manager, planId);
    const qb = this.dataSource
      .getRepository(PilotPlanProduct)
      .createQueryBuilder('pp')
      .innerJoinAndMapOne('pp.product', Product, 'p', 'p.id = pp.productId')
      .where('pp.planId = :planId', { planId });
    if (query.eligible !== undefined) qb.andWhere('pp.eligible = :eligible', { eligible: query.eligible });
    if (query.category) qb.andWhere(':category = ANY(p.categoryPath)', { category: query.category });
    if (query.q) {
      // Korean-aware matching (src/search/text-match.ts) over the names and the company, compacted.
      const { where, parameters } = matchWhere(query.q, { text: `search_compact(p.nameKo || ' ' || p.nameEn || ' ' || p.companyName)` });
      qb.andWhere(where, parameters);
    }
    const [rows, total] = await qb.orderBy('pp.eligible', 'DESC').addOrderBy('p.nameKo').skip(query.offset).take(query.pageSize).getManyAndCount();
    const held = await this.heldByProduct(this.dataSource.manager, planId);
    return toPage(
      rows.map((row) => {
        const product = (row as PilotPlanProduct & { product: Product }).product;
        return {
          productId: product.id,
          nameKo: product.nameKo,
          nameEn: product.nameEn,
          companyName: product.companyName,
          categoryCode: product.categoryCode,
          askingPrice: product.askingPrice,
          eligible: row.eligible,
          exclusion: row.exclusion,
          exclusionMessage: row.exclusionMessage,
          usePlan: row.usePlan,
          matchedInstitutions: held.get(product.id)?.count ?? 0,
          matchedAmount: held.get(product.id)?.amount ?? 0,
        };
      }),
      total,
      query,
    );
  }

  /** The supplier's pilot-use plan for its product in a plan. */
  async setUsePlan(actor: Actor, planId: string, productId: string, dto: UsePlanDto): Promise<SavedUsePlan> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(PilotPlanProduct, { planId, productId });
      if (!row) throw new NotFoundError('plan product', productId);
      if (!row.eligible) throw excludedFromPlan(row);
      await manager.update(PilotPlanProduct, { planId, productId }, { usePlan: { ...dto } });
      await this.audit.record(manager, actor, { action: 'pilot_plan.use_plan_set', entityType: 'pilot_plan', entityId: planId, data: { productId } });
      return { planId, productId, usePlan: { ...dto } };
    });
  }

  /** A buyer applies during the survey window: once per institution and product, within the plan's use period. */
  async apply(actor: Actor, dto: PilotApplicationDto): Promise<PilotView> {
    const application = await this.dataSource.transaction(async (manager) => {
      const plan = await this.findPlan(manager, dto.planId);
      const now = this.clock.now();
      if (now < plan.surveyOpensAt || now >= plan.surveyClosesAt) {
        throw new ConflictError(`The demand survey is open from ${plan.surveyOpensAt.toISOString()} to ${plan.surveyClosesAt.toISOString()}`, 'SURVEY_CLOSED', undefined, { opensAt: plan.surveyOpensAt.toISOString(), closesAt: plan.surveyClosesAt.toISOString() });
      }
      const offered = await manager.findOneBy(PilotPlanProduct, { planId: plan.id, productId: dto.productId });
      if (!offered) throw new InvalidInputError('productId', 'The product is not offered in this plan', message('PILOT_PRODUCT_NOT_OFFERED'));
      if (!offered.eligible) throw excludedFromPlan(offered);
      const problems = pilotApplicationPlanProblems(dto, plan);
      if (Object.keys(problems).length) throw new RequestValidationError(problemTexts(problems), problems);
      // Shared lock: waits for a match of the product under way elsewhere, then sees it.
      const product = await manager.findOneOrFail(Product, { where: { id: dto.productId }, lock: { mode: 'pessimistic_read' } });
      const refusal = await this.pilotRefusal(manager, plan, product, dto.amount);
      if (refusal) throw new ConflictError(refusal.message, refusal.code, undefined, refusal.params);
      if (await manager.existsBy(PilotApplication, { planId: plan.id, productId: product.id, institutionId: actor.institutionId!, status: In(Object.values(PilotStatus).filter((s) => s !== PilotStatus.WITHDRAWN)) })) {
        throw new ConflictError('Your institution has already applied for this product in this plan', 'ALREADY_APPLIED');
      }
      const saved = await manager.save(
        manager.create(PilotApplication, {
          planId: plan.id,
          productId: product.id,
          companyId: product.companyId,
          institutionId: actor.institutionId!,
          status: PilotStatus.APPLIED,
          quantity: dto.quantity,
          amount: dto.amount,
          intendedUse: dto.intendedUse,
          place: dto.place,
          usePeriodMonths: dto.usePeriodMonths,
          followOnPlanned: dto.followOnPlanned,
          followOnBudgeted: dto.followOnBudgeted,
          followOnAmount: dto.followOnAmount ?? null,
          need: dto.need,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'pilot.applied', entityType: 'pilot', entityId: saved.id, toState: saved.status, data: { planId: plan.id, productId: product.id, amount: dto.amount } });
      await this.notifications.notifyCompany(manager, product.companyId, {
        title: `Pilot application: ${product.nameKo}`,
        body: `An institution applied to pilot ${product.nameKo} (₩${dto.amount.toLocaleString('en')}).`,
        titleMessage: message('NOTE_PILOT_APPLIED', { product: product.nameKo }),
        bodyMessage: message('NOTE_PILOT_APPLIED_BODY', { product: product.nameKo, amount: dto.amount }),
        link: `/my/pilots/${saved.id}`,
      });
      return saved;
    });
    return this.view(application, actor);
  }

  /**
   * Matches one application. The plan row is locked first, so concurrent matches on a plan take
   * turns: the budget and each product's caps are read and checked with nothing in between. The
   * product row is locked next, so matches of one product in different plans take turns too: the
   * repeat rule reads every plan's committed pilots of it. Always plan, then product, then application.
   */
  async match(actor: Actor, id: string, reason?: string, outer?: EntityManager, reasonCode: MessageCode | null = null): Promise<PilotApplication> {
    const work = async (manager: EntityManager) => {
      const { planId, productId } = await this.findApplication(manager, id);
      const plan = await manager.findOne(PilotPlan, { where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      const product = await manager.findOneOrFail(Product, { where: { id: productId }, lock: { mode: 'pessimistic_write' } });
      const application = await this.lockApplication(manager, id);
      this.checkMove(application, PilotAction.MATCH, actor.role);
      const standing = await this.pilotRefusal(manager, plan!, product, application.amount);
      if (standing) throw new ConflictError(standing.message, standing.code, undefined, standing.params);
      const [{ planAmount, productAmount, productCount }] = await manager.query(
        `SELECT coalesce(sum(amount), 0)::bigint AS "planAmount",
                coalesce(sum(amount) FILTER (WHERE product_id = $2), 0)::bigint AS "productAmount",
                count(*) FILTER (WHERE product_id = $2)::int AS "productCount"
           FROM pilot_applications WHERE plan_id = $1 AND status = ANY($3)`,
        [planId, application.productId, PILOT_HOLDING_STATUSES],
      );
      const refusal = this.capRefusal(plan!, Number(planAmount), Number(productAmount), productCount, application.amount);
      if (refusal) throw new ConflictError(refusal.text, refusal.code, undefined, refusal.params);
      return this.moveTo(manager, actor, application, PilotAction.MATCH, { decisionReason: reason ?? null, decisionReasonCode: reasonCode, matchedAt: this.clock.now() });
    };
    return outer ? work(outer) : this.dataSource.transaction(work);
  }

  private capRefusal(plan: PilotPlan, planAmount: number, productAmount: number, productCount: number, amount: number): (Message & { text: string; params: MessageParams }) | null {
    if (planAmount + amount > plan.budget) {
      return { code: 'PLAN_BUDGET_EXCEEDED', params: { amount, left: plan.budget - planAmount }, text: `Matching ₩${amount.toLocaleString('en')} would exceed the plan's budget: ₩${(plan.budget - planAmount).toLocaleString('en')} left` };
    }
    if (productCount + 1 > plan.maxInstitutionsPerProduct) {
      return { code: 'PRODUCT_INSTITUTIONS_FULL', params: { count: productCount, max: plan.maxInstitutionsPerProduct }, text: `The product already has ${productCount} matched institutions (at most ${plan.maxInstitutionsPerProduct})` };
    }
    if (productAmount + amount > plan.maxAmountPerProduct) {
      return { code: 'PRODUCT_AMOUNT_EXCEEDED', params: { max: plan.maxAmountPerProduct, left: plan.maxAmountPerProduct - productAmount }, text: `The product would exceed ₩${plan.maxAmountPerProduct.toLocaleString('en')} of pilots: ₩${(plan.maxAmountPerProduct - productAmount).toLocaleString('en')} left` };
    }
    return null;
  }

  /** What the platform would match: ranks spread across products, within the caps and the budget. */
  async proposeMatching(planId: string): Promise<MatchingProposal> {
    const plan = await this.findPlan(this.dataSource.manager, planId);
    const all = await this.dataSource.getRepository(PilotApplication).findBy({ planId, status: In([PilotStatus.APPLIED, ...PILOT_HOLDING_STATUSES]) });
    const held = all.filter((a) => PILOT_HOLDING_STATUSES.includes(a.status));
    let planAmount = held.reduce((s, a) => s + a.amount, 0);
    const byProduct = new Map<string, PilotApplication[]>();
    for (const a of all.filter((a) => a.status === PilotStatus.APPLIED)) byProduct.set(a.productId, [...(byProduct.get(a.productId) ?? []), a]);
    const ranked = [...byProduct.values()].map(rankApplications);
    const usage = new Map(held.map((a) => [a.productId, { amount: 0, count: 0 }]));
    for (const a of held) {
      const u = usage.get(a.productId)!;
      u.amount += a.amount;
      u.count++;
    }
    const standing = await this.standingOf([...byProduct.keys()]);
    const pilots = await pilotsByProduct(this.dataSource.manager, [...byProduct.keys()]);
    const proposed = new Map<string, number>();
    const proposal: MatchingProposal = { match: [], skip: [], totalAmount: 0, budgetLeft: 0 };
    const depth = Math.max(0, ...ranked.map((r) => r.length));
    // Rank by rank across products, so the budget spreads; within a rank, the stronger application first.
    for (let rank = 0; rank < depth; rank++) {
      const candidates = ranked.map((list) => list[rank]).filter((a): a is PilotApplication => !!a).sort(byPriority);
      for (const application of candidates) {
        const u = usage.get(application.productId) ?? { amount: 0, count: 0 };
        const more = (proposed.get(application.productId) ?? 0) + application.amount;
        const excluded = standing.get(application.productId) ?? repeatPilotRefusal(withCandidate(pilots.get(application.productId)!, planId, more, this.clock.now()), planId, plan.repeatPilotThreshold);
        const refusal = excluded ? { code: excluded.code, params: excluded.params, text: excluded.message } : this.capRefusal(plan, planAmount, u.amount, u.count, application.amount);
        if (refusal) {
          proposal.skip.push({ applicationId: application.id, productId: application.productId, reason: refusal.text, code: refusal.code, params: refusal.params });
          continue;
        }
        usage.set(application.productId, { amount: u.amount + application.amount, count: u.count + 1 });
        proposed.set(application.productId, more);
        planAmount += application.amount;
        proposal.match.push({ applicationId: application.id, productId: application.productId, amount: application.amount, rank: rank + 1 });
        proposal.totalAmount += application.amount;
      }
    }
    proposal.budgetLeft = plan.budget - planAmount;
    return proposal;
  }

  /** Each product's standing now (in force, company unsanctioned), for the proposal; matching checks again. */
  private async standingOf(productIds: string[]): Promise<Map<string, PilotRefusal | null>> {
    const products = await this.dataSource.getRepository(Product).findBy({ id: In(productIds) });
    const companies = await this.dataSource.getRepository(Company).findBy({ id: In(products.map((p) => p.companyId)) });
    const today = koreanDate(this.clock.now());
    return new Map(products.map((p) => [p.id, notInForce(p) ?? sanctioned(companies.find((c) => c.id === p.companyId)!, today)]));
  }

  /** The operator's matching, as proposed or adjusted: every one matched or none (each checked against the caps). */
  async applyMatching(actor: Actor, planId: string, applicationIds: string[]): Promise<PilotView[]> {
    const matched = await this.dataSource.transaction(async (manager) => {
      const applications = await manager.findBy(PilotApplication, { id: In(applicationIds) });
      const unknown = applicationIds.find((id) => applications.find((a) => a.id === id)?.planId !== planId);
      if (unknown) throw new InvalidInputError('applicationIds', `${unknown} is not an application of this plan`, message('PILOT_APPLICATION_NOT_IN_PLAN'));
      // The plan, then its products in one order, as each match would: two rounds never wait on each other in a circle.
      await manager.findOne(PilotPlan, { where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      await manager.query(`SELECT id FROM products WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [[...new Set(applications.map((a) => a.productId))]]);
      const results: PilotApplication[] = [];
      for (const id of applicationIds) results.push(await this.match(actor, id, 'Matched in the plan’s matching round', manager, 'MATCHED_IN_ROUND'));
      return results;
    });
    return this.views(matched, actor);
  }

  async publish(actor: Actor, planId: string): Promise<PilotPlanView> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const plan = await manager.findOne(PilotPlan, { where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError('pilot plan', planId);
      if (plan.publishedAt) throw new ConflictError('The matching results are already published', 'ALREADY_PUBLISHED');
      if (this.clock.now() < plan.surveyClosesAt) throw new ConflictError('Publish the results after the survey closes', 'SURVEY_OPEN');
      plan.publishedAt = this.clock.now();
      await manager.save(plan);
      await this.audit.record(manager, actor, { action: 'pilot_plan.results_published', entityType: 'pilot_plan', entityId: planId, data: {} });
      return plan;
    });
    return this.planView(plan);
  }

  /** Published matching results: every application's outcome, with reasons. */
  async results(planId: string): Promise<PlanResultRow[]> {
    const plan = await this.findPlan(this.dataSource.manager, planId);
    if (!plan.publishedAt) throw new NotFoundError('published results of pilot plan', planId);
    const applications = await this.dataSource.getRepository(PilotApplication).find({ where: { planId, status: In([...PILOT_HOLDING_STATUSES, PilotStatus.NOT_MATCHED]) }, order: { productId: 'ASC', createdAt: 'ASC' } });
    const [products, institutions] = await Promise.all([
      this.dataSource.getRepository(Product).findBy({ id: In(applications.map((a) => a.productId)) }),
      this.dataSource.getRepository(Institution).findBy({ id: In(applications.map((a) => a.institutionId)) }),
    ]);
    return applications.map((a) => ({
      productName: products.find((p) => p.id === a.productId)?.nameKo ?? '',
      companyName: products.find((p) => p.id === a.productId)?.companyName ?? '',
      institutionName: institutions.find((i) => i.id === a.institutionId)?.name ?? '',
      amount: a.amount,
      matched: a.status !== PilotStatus.NOT_MATCHED,
      reason: a.decisionReason,
      reasonMessage: reasonMessageOf(a),
    }));
  }

  /** Every other move of a pilot, by the shared machine. */
  async act(actor: Actor, id: string, action: PilotAction, payload: { reason?: string; result?: PilotResultDto } = {}): Promise<PilotView> {
    const application = await retryingTransaction(this.dataSource, async (manager) => {
      const application = await this.lockApplication(manager, id);
      this.checkMove(application, action, actor.role);
      const changes: Partial<PilotApplication> = {};
      const today = koreanDate(this.clock.now());
      switch (action) {
        case PilotAction.DECLINE:
          if (!payload.reason) throw new InvalidInputError('reason', 'reason is required to decline an application', message('FIELD_REQUIRED'));
          changes.decisionReason = payload.reason;
          break;
        case PilotAction.CONTRACT:
          changes.contractedOn = today;
          break;
        case PilotAction.START_USE:
          Object.assign(changes, { useStartedAt: today, useEndsOn: periodEnd(today, { months: application.usePeriodMonths }) });
          break;
        case PilotAction.REPORT:
          if (!resultReportOpen(application.useEndsOn, today)) {
            throw new ConflictError(`The result report is filed once the use period ends, from ${application.useEndsOn}`, 'USE_PERIOD_NOT_OVER');
          }
          changes.result = { ...this.checkResult(payload.result), reportedAt: this.clock.now().toISOString() };
          break;
        case PilotAction.JUDGE_SUCCESS:
        case PilotAction.JUDGE_INSUFFICIENT:
          if (action === PilotAction.JUDGE_INSUFFICIENT && !payload.reason) throw new InvalidInputError('reason', 'say what is insufficient: the supplier must correct it', message('FIELD_REQUIRED'));
          changes.verdictReason = payload.reason ?? null;
          break;
        case PilotAction.REFUSE_CORRECTIVE_ACTION:
          // A refused correction bars the product's extension (designation rules).
          await manager.update(Product, application.productId, { correctiveActionRefused: true });
          break;
      }
      return this.moveTo(manager, actor, application, action, changes, payload.reason);
    });
    return this.view(application, actor);
  }

  private checkResult(result: PilotResultDto | undefined): PilotResultDto {
    if (!result) throw new InvalidInputError('scores', 'the result report is required', message('FIELD_REQUIRED'));
    const problems = pilotResultProblems(result);
    if (Object.keys(problems).length) throw new RequestValidationError(problemTexts(problems), problems);
    return result;
  }

  /** A usage check-in, 3 or 6 months after the pilot's use period ended; each answered once. */
  async checkIn(actor: Actor, id: string, dto: CheckInDto): Promise<PilotView> {
    const application = await this.dataSource.transaction(async (manager) => {
      const application = await this.lockApplication(manager, id);
      if (!AFTER_PILOT.includes(application.status) || !application.useEndsOn) {
        throw new ConflictError('Check-ins come after the pilot: report its result first', 'WRONG_STATE', undefined, { status: application.status, action: 'check-in' });
      }
      const due = addCalendarMonths(application.useEndsOn, dto.month);
      if (koreanDate(this.clock.now()) < due) throw new ConflictError(`The ${dto.month}-month check-in is due on ${due}`, 'NOT_DUE', undefined, { month: dto.month, due });
      if (await manager.existsBy(PilotCheckIn, { applicationId: id, month: dto.month })) throw new ConflictError(`The ${dto.month}-month check-in is already answered`, 'ALREADY_ANSWERED', undefined, { month: dto.month });
      await manager.insert(PilotCheckIn, { applicationId: id, month: dto.month, state: dto.state, why: dto.why, answeredBy: actor.userId });
      await this.audit.record(manager, actor, { action: 'pilot.check_in', entityType: 'pilot', entityId: id, data: { month: dto.month, state: dto.state, why: dto.why } });
      return application;
    });
    return this.view(application, actor);
  }

  /** Pilots whose latest check-in says shelved or returned: the operator's attention list. */
  async needingAttention(query: PageQueryDto): Promise<Page<PilotView & { latestCheckIn: { month: number; state: UsageState; why: string } }>> {
    const rows: { application_id: string; month: number; state: UsageState; why: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (application_id) application_id, month, state, why FROM pilot_check_ins ORDER BY application_id, month DESC`,
    );
    const flagged = rows.filter((r) => r.state !== UsageState.IN_USE);
    const page = flagged.slice(query.offset, query.offset + query.pageSize);
    const applications = await this.dataSource.getRepository(PilotApplication).findBy({ id: In(page.map((r) => r.application_id)) });
    const operator = { role: Role.OPERATOR } as Actor;
    const ordered = page.map((r) => applications.find((a) => a.id === r.application_id)!);
    const views = await this.views(ordered, operator);
    const items = page.map((r, i) => ({ ...views[i], latestCheckIn: { month: r.month, state: r.state, why: r.why } }));
    return toPage(items, flagged.length, query);
  }

  async list(actor: Actor, query: PilotQueryDto): Promise<Page<PilotView>> {
    const where: Record<string, unknown> = {};
    if (actor.role === Role.BUYER) where.institutionId = actor.institutionId;
    if (actor.role === Role.SUPPLIER) where.companyId = actor.companyId;
    if (query.planId) where.planId = query.planId;
    if (query.status) where.status = query.status;
    const [rows, total] = await this.dataSource.getRepository(PilotApplication).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return toPage(await this.views(rows, actor), total, query);
  }

  async get(actor: Actor, id: string): Promise<PilotView> {
    return this.view(await this.findApplication(this.dataSource.manager, id), actor);
  }

  /** Per product: the average of each indicator over its reported pilots, and the verdicts. */
  async productResults(productId: string): Promise<ProductPilotResults> {
    const pilots = await this.dataSource.getRepository(PilotApplication).findBy({ productId, status: In([...PILOT_CONTRACTED_STATUSES]) });
    const reported = pilots.filter((p) => p.result);
    const averages: ProductPilotResults['averages'] = {};
    for (const indicator of PILOT_INDICATORS) {
      if (reported.length) averages[indicator] = Math.round((reported.reduce((s, p) => s + p.result!.scores[indicator], 0) / reported.length) * 100) / 100;
    }
    const count = (statuses: PilotStatus[]) => pilots.filter((p) => statuses.includes(p.status)).length;
    return {
      pilots: pilots.length,
      reported: reported.length,
      averages,
      verdicts: {
        SUCCESS: count([PilotStatus.SUCCESS]),
        INSUFFICIENT: count([PilotStatus.INSUFFICIENT, PilotStatus.CORRECTIVE_ACTION_DONE, PilotStatus.CORRECTIVE_ACTION_REFUSED]),
      },
      willBuyMore: reported.filter((p) => p.result!.willBuyMore).length,
    };
  }

  private checkMove(application: PilotApplication, action: PilotAction, role: Role): PilotStatus {
    const check = pilotMachine.check(application.status, action, role);
    if (check.ok) return check.to;
    throw refusedMove(check, `This pilot is ${application.status}: it cannot be moved by "${action}"`, { status: application.status, action });
  }

  private async moveTo(manager: EntityManager, actor: Actor, application: PilotApplication, action: PilotAction, changes: Partial<PilotApplication>, reason?: string) {
    const from = application.status;
    const to = this.checkMove(application, action, actor.role);
    Object.assign(application, changes, { status: to });
    await manager.save(application);
    await this.audit.record(manager, actor, {
      action: `pilot.${action}`,
      entityType: 'pilot',
      entityId: application.id,
      fromState: from,
      toState: to,
      data: { amount: application.amount, ...(reason ? { reason } : {}), ...(changes.result ? { result: changes.result } : {}) },
    });
    const link = `/my/pilots/${application.id}`;
    const note = {
      title: `Pilot now ${to}`,
      body: reason ?? `The pilot moved from ${from} to ${to}.`,
      titleMessage: message('NOTE_PILOT_STATUS', { status: to }),
      bodyMessage: reason ? (changes.decisionReasonCode ? message(changes.decisionReasonCode) : textMessage(reason)) : message('NOTE_PILOT_MOVED', { from, to }),
      link,
    };
    await this.notifications.notifyCompany(manager, application.companyId, note);
    await this.notifications.notifyInstitution(manager, application.institutionId, note);
    return application;
  }

  private async heldByProduct(manager: EntityManager, planId: string): Promise<Map<string, { count: number; amount: number }>> {
    const rows: { product_id: string; count: number; amount: string }[] = await manager.query(
      `SELECT product_id, count(*)::int AS count, sum(amount) AS amount FROM pilot_applications WHERE plan_id = $1 AND status = ANY($2) GROUP BY product_id`,
      [planId, PILOT_HOLDING_STATUSES],
    );
    return new Map(rows.map((r) => [r.product_id, { count: r.count, amount: Number(r.amount) }]));
  }

  private async findPlan(manager: EntityManager, id: string): Promise<PilotPlan> {
    const plan = await manager.findOneBy(PilotPlan, { id });
    if (!plan) throw new NotFoundError('pilot plan', id);
    return plan;
  }

  private async findApplication(manager: EntityManager, id: string): Promise<PilotApplication> {
    const application = await manager.findOneBy(PilotApplication, { id });
    if (!application) throw new NotFoundError('pilot application', id);
    return application;
  }

  private async lockApplication(manager: EntityManager, id: string): Promise<PilotApplication> {
    const application = await manager.findOne(PilotApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw new NotFoundError('pilot application', id);
    return application;
  }

  private async planView(plan: PilotPlan): Promise<PilotPlanView> {
    const [{ amount }] = await this.dataSource.query(`SELECT coalesce(sum(amount), 0) AS amount FROM pilot_applications WHERE plan_id = $1 AND status = ANY($2)`, [plan.id, PILOT_HOLDING_STATUSES]);
    const now = this.clock.now();
    return {
      id: plan.id,
      year: plan.year,
      title: plan.title,
      budget: plan.budget,
      matchedAmount: Number(amount),
      surveyOpensAt: plan.surveyOpensAt.toISOString(),
      surveyClosesAt: plan.surveyClosesAt.toISOString(),
      surveyOpen: now >= plan.surveyOpensAt && now < plan.surveyClosesAt,
      maxInstitutionsPerProduct: plan.maxInstitutionsPerProduct,
      maxAmountPerProduct: plan.maxAmountPerProduct,
      maxUsePeriodMonths: plan.maxUsePeriodMonths,
      repeatPilotThreshold: plan.repeatPilotThreshold,
      published: !!plan.publishedAt,
      createdAt: plan.createdAt.toISOString(),
    };
  }

  async view(application: PilotApplication, viewer: Pick<Actor, 'role'>): Promise<PilotView> {
    return (await this.views([application], viewer))[0];
  }

  /** Views of applications, in their order, in four queries however many there are (lists show up to 100). */
  async views(applications: PilotApplication[], viewer: Pick<Actor, 'role'>): Promise<PilotView[]> {
    if (!applications.length) return [];
    const unique = (values: string[]) => [...new Set(values)];
    const applied = applications.filter((a) => a.status === PilotStatus.APPLIED);
    const [products, institutions, checkIns, rivals] = await Promise.all([
      this.dataSource.getRepository(Product).findBy({ id: In(unique(applications.map((a) => a.productId))) }),
      this.dataSource.getRepository(Institution).findBy({ id: In(unique(applications.map((a) => a.institutionId))) }),
      this.dataSource.getRepository(PilotCheckIn).find({ where: { applicationId: In(applications.map((a) => a.id)) }, order: { month: 'ASC' } }),
      applied.length
        ? this.dataSource.getRepository(PilotApplication).findBy({
            planId: In(unique(applied.map((a) => a.planId))),
            productId: In(unique(applied.map((a) => a.productId))),
            status: PilotStatus.APPLIED,
          })
        : [],
    ]);
    const today = koreanDate(this.clock.now());
    return applications.map((application) => {
      const product = products.find((p) => p.id === application.productId)!;
      const institution = institutions.find((i) => i.id === application.institutionId)!;
      const own = checkIns.filter((c) => c.applicationId === application.id);
      const checkInsDue = AFTER_PILOT.includes(application.status) && application.useEndsOn
        ? ([3, 6] as const).filter((m) => addCalendarMonths(application.useEndsOn!, m) <= today && !own.some((c) => c.month === m))
        : [];
      const rank = application.status === PilotStatus.APPLIED
        ? rankApplications(rivals.filter((r) => r.planId === application.planId && r.productId === application.productId)).findIndex((a) => a.id === application.id) + 1
        : null;
      return {
        id: application.id,
        planId: application.planId,
        product: { id: product.id, nameKo: product.nameKo, companyId: product.companyId, companyName: product.companyName },
        institution: { id: institution.id, name: institution.name },
        status: application.status,
        quantity: application.quantity,
        amount: application.amount,
        intendedUse: application.intendedUse,
        place: application.place,
        usePeriodMonths: application.usePeriodMonths,
        followOnPlanned: application.followOnPlanned,
        followOnBudgeted: application.followOnBudgeted,
        followOnAmount: application.followOnAmount,
        need: application.need,
        rank,
        decisionReason: application.decisionReason,
        decisionReasonMessage: reasonMessageOf(application),
        result: application.result,
        verdictReason: application.verdictReason,
        useStartedAt: application.useStartedAt,
        useEndsOn: application.useEndsOn,
        checkIns: own.map((c) => ({ month: c.month, state: c.state, why: c.why, answeredAt: c.answeredAt.toISOString() })),
        checkInsDue: [...checkInsDue],
        availableActions: pilotMachine.availableActions(application.status, viewer.role as Role),
        createdAt: application.createdAt.toISOString(),
      };
    });
  }
}
