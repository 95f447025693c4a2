import {
  CallKind,
  ChallengeStatus,
  OCDS_BUSINESS_NUMBER_SCHEME,
  OCDS_CURRENCY,
  OcdsProcessKind,
  OrderStatus,
  PILOT_CONTRACTED_STATUSES,
  PILOT_HOLDING_STATUSES,
  PILOT_INDICATORS,
  PilotStatus,
  ProposalStatus,
  type OcdsAward,
  type OcdsContract,
  type OcdsItem,
  type OcdsMilestone,
  type OcdsOrganizationReference,
  type OcdsParty,
  type OcdsTender,
  type OcdsValue,
} from '@inno/contracts';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { Call } from '../calls/call.entity';
import { Challenge } from '../challenges/challenge.entity';
import { Company } from '../companies/company.entity';
import { Designation } from '../designations/designation.entity';
import { Institution } from '../institutions/institution.entity';
import { Order } from '../orders/order.entity';
import { PilotApplication } from '../pilots/pilot-application.entity';
import { PilotPlan, PilotPlanProduct } from '../pilots/pilot-plan.entity';
import { Product } from '../products/product.entity';
import { Proposal } from '../proposals/proposal.entity';
import type { AuditEntry } from '../audit/audit.service';
import type { ReleaseContent } from './ocds-release.entity';

/**
 * How each kind of process reads in OCDS, built from the records as they stand in the caller's
 * transaction. Only what the platform already shows the public goes in: no person's name or
 * e-mail (committee members, officers, citizens, company representatives), no free text an
 * officer wrote about a pilot, and nothing of a sealed solution.
 */

/** The procurement agency that runs the marketplace: designating body, and procuring entity of pilots and challenges. */
export const AGENCY: OcdsParty = { id: 'KR-PPS', name: '조달청 (Public Procurement Service)', roles: [] };
/** The goods classification number (물품분류번호) is the 8-digit UNSPSC-based code of the Korean e-procurement system. */
const GOODS_CLASS_SCHEME = 'UNSPSC';
const NOT_SUBMITTED = [ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN];

const MOVES_ONLY = ['proposal', 'product', 'pilot', 'order'];

export interface ProcessRef {
  kind: OcdsProcessKind;
  id: string;
}

/** A release's content, and whether it may open a process in the feed (a process withdrawn before it was ever published stays out). */
export interface BuiltRelease {
  content: ReleaseContent;
  onlyIfPublished?: boolean;
}

const krw = (amount: number): OcdsValue => ({ amount, currency: OCDS_CURRENCY });
/** A Korean calendar day as the start (or the end) of that day in Korea. */
const dayStart = (day: string) => `${day}T00:00:00+09:00`;
const dayEnd = (day: string) => `${day}T23:59:59+09:00`;
const iso = (at: Date) => at.toISOString();
const ref = (party: Pick<OcdsParty, 'id' | 'name'>): OcdsOrganizationReference => ({ id: party.id, name: party.name });

/** The parties of one release, each once, with every role it plays. */
class Parties {
  private readonly byId = new Map<string, OcdsParty>();

  add(party: OcdsParty, ...roles: string[]): OcdsOrganizationReference {
    const known = this.byId.get(party.id) ?? { ...party, roles: [] };
    for (const role of roles) if (!known.roles.includes(role)) known.roles.push(role);
    this.byId.set(party.id, known);
    return ref(known);
  }

  list(): OcdsParty[] {
    return [...this.byId.values()];
  }
}

function companyParty(company: Company): OcdsParty {
  const digits = company.businessNumber.replace(/\D/g, '');
  return {
    id: `${OCDS_BUSINESS_NUMBER_SCHEME}-${digits}`,
    name: company.name,
    identifier: { scheme: OCDS_BUSINESS_NUMBER_SCHEME, id: digits, legalName: company.name },
    address: { region: company.region, countryName: '대한민국' },
    roles: [],
  };
}

/** Institution codes have no registered identifier scheme: the code is given as the identifier's id without one. */
function institutionParty(institution: Institution): OcdsParty {
  return { id: `KR-INST-${institution.code}`, name: institution.name, identifier: { id: institution.code, legalName: institution.name }, roles: [] };
}

function productItem(product: Product, quantity?: number, unitPrice?: number): OcdsItem {
  return {
    id: product.id,
    description: `${product.nameKo} (${product.nameEn}), ${product.modelName}`,
    classification: { scheme: GOODS_CLASS_SCHEME, id: product.goodsClassNo },
    ...(quantity !== undefined ? { quantity } : {}),
    ...(quantity !== undefined ? { unit: { name: product.tradingUnit, ...(unitPrice !== undefined ? { value: krw(unitPrice) } : {}) } } : {}),
  };
}

async function byId<T extends { id: string }>(manager: EntityManager, entity: new () => T, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await manager.getRepository(entity).findBy({ id: In(unique) } as never) : [];
  return new Map(rows.map((row) => [row.id, row]));
}

/** The processes an audited change touches. */
export async function processesOf(manager: EntityManager, entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'toState'>): Promise<ProcessRef[]> {
  const entityId = entry.entityId;
  if (!entityId) return [];
  // Of proposals, products, pilots and orders only moves of state reach the feed: their edits, files, check-ins and
  // sealed reads are not worth rebuilding the process for (a product's new name follows at the call's next change).
  if (MOVES_ONLY.includes(entry.entityType) && !entry.toState) return [];
  switch (entry.entityType) {
    case 'call':
      return processOfCall(manager, entityId);
    case 'proposal': {
      const proposal = await manager.findOne(Proposal, { where: { id: entityId }, select: { id: true, callId: true } });
      return proposal ? processOfCall(manager, proposal.callId) : [];
    }
    case 'product': {
      // A designation made, extended, suspended, revoked or expired changes the award of the call it came from.
      const designations = await manager.find(Designation, { where: { productId: entityId, callId: Not(IsNull()) }, select: { id: true, callId: true } });
      const calls = [...new Set(designations.map((d) => d.callId).filter((id): id is string => !!id))];
      const processes: ProcessRef[] = [];
      for (const id of calls) processes.push(...(await processOfCall(manager, id)));
      return processes;
    }
    case 'challenge':
      return [{ kind: OcdsProcessKind.CHALLENGE, id: entityId }];
    case 'pilot_plan':
      return [{ kind: OcdsProcessKind.PILOT, id: entityId }];
    case 'pilot': {
      const application = await manager.findOne(PilotApplication, { where: { id: entityId }, select: { id: true, planId: true } });
      return application ? [{ kind: OcdsProcessKind.PILOT, id: application.planId }] : [];
    }
    case 'order':
      return [{ kind: OcdsProcessKind.ORDER, id: entityId }];
    default:
      return [];
  }
}

/** A supplier call is a designation process; a challenge's solution call belongs to its challenge's process. */
async function processOfCall(manager: EntityManager, callId: string): Promise<ProcessRef[]> {
  const call = await manager.findOne(Call, { where: { id: callId }, select: { id: true, kind: true } });
  if (call?.kind === CallKind.SUPPLIER_PROPOSAL) return [{ kind: OcdsProcessKind.DESIGNATION, id: call.id }];
  if (call?.kind === CallKind.CHALLENGE_SOLUTION) {
    const challenge = await manager.findOne(Challenge, { where: { solutionCallId: call.id }, select: { id: true } });
    return challenge ? [{ kind: OcdsProcessKind.CHALLENGE, id: challenge.id }] : [];
  }
  return [];
}

export async function buildRelease(manager: EntityManager, process: ProcessRef, now: Date): Promise<BuiltRelease | null> {
  switch (process.kind) {
    case OcdsProcessKind.DESIGNATION:
      return designationCall(manager, process.id, now);
    case OcdsProcessKind.PILOT:
      return pilotPlan(manager, process.id);
    case OcdsProcessKind.CHALLENGE:
      return challenge(manager, process.id);
    case OcdsProcessKind.ORDER:
      return order(manager, process.id);
  }
}

/** A designation call: the call is the tender, each designation made from it an award (its validity the award's period). */
async function designationCall(manager: EntityManager, callId: string, now: Date): Promise<BuiltRelease | null> {
  const call = await manager.findOneBy(Call, { id: callId });
  if (!call || call.kind !== CallKind.SUPPLIER_PROPOSAL) return null;
  const parties = new Parties();
  const agency = parties.add(AGENCY, 'buyer', 'procuringEntity');
  const submitted = await manager.find(Proposal, { where: { callId, status: Not(In(NOT_SUBMITTED)) }, select: { id: true, status: true } });
  const designations = await manager.find(Designation, { where: { callId }, order: { designatedOn: 'ASC', createdAt: 'ASC' } });
  const products = await byId(manager, Product, designations.map((d) => d.productId));
  const companies = await byId(manager, Company, [...products.values()].map((p) => p.companyId));
  const closed = now >= call.closesAt;
  const undecided = submitted.some((p) => p.status !== ProposalStatus.DESIGNATED && p.status !== ProposalStatus.REJECTED);
  const tender: OcdsTender = {
    id: call.id,
    title: call.title,
    description: call.description,
    // Announced is published: the tender period says when it opens.
    status: !closed || undecided ? 'active' : 'complete',
    procuringEntity: agency,
    procurementMethod: 'open',
    procurementMethodDetails: '혁신시제품 지정 공모 (call for innovative prototype designation)',
    mainProcurementCategory: 'goods',
    awardCriteria: 'ratedCriteria',
    awardCriteriaDetails: `${call.criteria.groups.map((g) => `${g.name} ${g.criteria.reduce((sum, c) => sum + c.points, 0)}`).join(', ')}; pass mark ${call.criteria.passMark}`,
    tenderPeriod: { startDate: iso(call.opensAt), endDate: iso(call.closesAt) },
    // How many applied is public once the call has closed, as the committee's agenda then shows.
    ...(closed ? { numberOfTenderers: submitted.length } : {}),
  };
  const awards = designations.flatMap((designation): OcdsAward[] => {
    const product = products.get(designation.productId);
    const company = product && companies.get(product.companyId);
    if (!product || !company) return [];
    return [
      {
        id: designation.id,
        title: `혁신제품 지정: ${product.nameKo}`,
        status: designation.endedAs === 'REVOKED' ? 'cancelled' : 'active',
        date: dayStart(designation.designatedOn),
        suppliers: [parties.add(companyParty(company), 'supplier')],
        items: [productItem(product)],
        contractPeriod: { startDate: dayStart(designation.designatedOn), endDate: dayEnd(designation.endedOn ?? designation.validUntil) },
      },
    ];
  });
  return { content: { initiationType: 'tender', language: 'ko', parties: parties.list(), buyer: agency, tender, ...(awards.length ? { awards } : {}) } };
}

/**
 * A pilot-purchase plan: the plan and its budget are the planning and tender (the demand survey its
 * period, the products offered its items), each match an award once the results are published, and
 * each signed pilot a contract whose implementation carries the result report's indicator scores
 * (milestones) and the report itself (a document), without its comments.
 */
async function pilotPlan(manager: EntityManager, planId: string): Promise<BuiltRelease | null> {
  const plan = await manager.findOneBy(PilotPlan, { id: planId });
  if (!plan) return null;
  const parties = new Parties();
  const agency = parties.add(AGENCY, 'buyer', 'procuringEntity', 'funder');
  const offered = await manager.find(PilotPlanProduct, { where: { planId, eligible: true } });
  const matches = plan.publishedAt
    ? await manager.find(PilotApplication, { where: { planId, status: In([...PILOT_HOLDING_STATUSES]) }, order: { matchedAt: 'ASC', id: 'ASC' } })
    : [];
  const products = await byId(manager, Product, [...offered.map((o) => o.productId), ...matches.map((m) => m.productId)]);
  const companies = await byId(manager, Company, matches.map((m) => m.companyId));
  const institutions = await byId(manager, Institution, matches.map((m) => m.institutionId));
  const tender: OcdsTender = {
    id: plan.id,
    title: plan.title,
    status: plan.publishedAt ? 'complete' : 'active',
    procuringEntity: agency,
    value: krw(plan.budget),
    procurementMethod: 'selective',
    procurementMethodDetails: '혁신제품 시범구매: 수요조사 후 매칭 (pilot purchase of designated innovative products, matched to institutions after a demand survey)',
    mainProcurementCategory: 'goods',
    tenderPeriod: { startDate: iso(plan.surveyOpensAt), endDate: iso(plan.surveyClosesAt) },
    items: offered.flatMap((o) => (products.get(o.productId) ? [productItem(products.get(o.productId)!)] : [])),
  };
  const awards: OcdsAward[] = [];
  const contracts: OcdsContract[] = [];
  for (const match of matches) {
    const product = products.get(match.productId);
    const company = companies.get(match.companyId);
    const institution = institutions.get(match.institutionId);
    if (!product || !company || !institution) continue;
    const supplier = parties.add(companyParty(company), 'supplier');
    // The institution uses the product and signs the pilot contract; the plan's budget is the agency's.
    parties.add(institutionParty(institution), 'interestedParty');
    awards.push({
      id: match.id,
      title: `${product.nameKo} 시범구매 매칭: ${institution.name}`,
      status: 'active',
      ...(match.matchedAt ? { date: iso(match.matchedAt) } : {}),
      value: krw(match.amount),
      suppliers: [supplier],
      items: [productItem(product, match.quantity)],
    });
    if (!PILOT_CONTRACTED_STATUSES.includes(match.status)) continue;
    contracts.push({
      id: match.id,
      awardID: match.id,
      title: `${product.nameKo} 시범사용: ${institution.name}`,
      status: [PilotStatus.SUCCESS, PilotStatus.INSUFFICIENT, PilotStatus.CORRECTIVE_ACTION_DONE, PilotStatus.CORRECTIVE_ACTION_REFUSED].includes(match.status as never) ? 'terminated' : 'active',
      ...(match.contractedOn ? { dateSigned: dayStart(match.contractedOn) } : {}),
      value: krw(match.amount),
      items: [productItem(product, match.quantity)],
      ...(match.useStartedAt ? { period: { startDate: dayStart(match.useStartedAt), ...(match.useEndsOn ? { endDate: dayEnd(match.useEndsOn) } : {}) } } : {}),
      implementation: pilotImplementation(match),
    });
  }
  return {
    content: {
      initiationType: 'tender',
      language: 'ko',
      parties: parties.list(),
      buyer: agency,
      planning: { rationale: `${plan.year}년 혁신제품 시범구매 계획 (pilot purchase plan)`, budget: { description: plan.title, amount: krw(plan.budget) } },
      tender,
      ...(awards.length ? { awards } : {}),
      ...(contracts.length ? { contracts } : {}),
    },
  };
}

const VERDICT_STATUS: Partial<Record<PilotStatus, OcdsMilestone['status']>> = {
  [PilotStatus.SUCCESS]: 'met',
  [PilotStatus.INSUFFICIENT]: 'notMet',
  [PilotStatus.CORRECTIVE_ACTION_DONE]: 'partiallyMet',
  [PilotStatus.CORRECTIVE_ACTION_REFUSED]: 'notMet',
};

function pilotImplementation(pilot: PilotApplication): OcdsContract['implementation'] {
  const milestones: OcdsMilestone[] = [];
  const reached = (status: PilotStatus) => PILOT_CONTRACTED_STATUSES.indexOf(pilot.status) >= PILOT_CONTRACTED_STATUSES.indexOf(status);
  milestones.push({ id: 'delivery', title: '납품 (delivery)', type: 'delivery', status: reached(PilotStatus.DELIVERED) ? 'met' : 'scheduled' });
  milestones.push({
    id: 'use',
    title: '시범사용 (pilot use)',
    type: 'delivery',
    ...(pilot.useStartedAt ? { dateMet: dayStart(pilot.useStartedAt) } : {}),
    ...(pilot.useEndsOn ? { dueDate: dayEnd(pilot.useEndsOn) } : {}),
    status: reached(PilotStatus.IN_USE) ? 'met' : 'scheduled',
  });
  const result = pilot.result;
  if (!result) return { milestones };
  for (const indicator of PILOT_INDICATORS) {
    milestones.push({
      id: `score-${indicator}`,
      title: `결과 지표: ${indicator}`,
      type: 'assessment',
      code: indicator,
      description: `${result.scores[indicator]}/5`,
      dateMet: result.reportedAt,
      status: 'met',
    });
  }
  const verdict = VERDICT_STATUS[pilot.status];
  if (verdict) milestones.push({ id: 'verdict', title: '성과 판정 (verdict)', type: 'assessment', code: pilot.status, status: verdict });
  const mean = PILOT_INDICATORS.reduce((sum, indicator) => sum + result.scores[indicator], 0) / PILOT_INDICATORS.length;
  return {
    milestones,
    documents: [
      {
        id: 'result-report',
        documentType: 'physicalProgressReport',
        title: '시범사용 결과 보고서 (pilot result report)',
        description: `평균 ${mean.toFixed(1)}/5 (10 indicators); 추가 구매 의사 ${result.willBuyMore ? '있음 (will buy more)' : '없음 (will not buy more)'}`,
        datePublished: result.reportedAt,
        language: 'ko',
      },
    ],
  };
}

const CHALLENGE_TENDER_STATUS: Record<ChallengeStatus, OcdsTender['status']> = {
  [ChallengeStatus.DRAFT]: 'planning',
  [ChallengeStatus.PROPOSED]: 'planning',
  [ChallengeStatus.COMMITTEE_REVIEW]: 'planning',
  [ChallengeStatus.SELECTED]: 'planned',
  [ChallengeStatus.NOT_SELECTED]: 'withdrawn',
  [ChallengeStatus.WITHDRAWN]: 'withdrawn',
  [ChallengeStatus.SOLUTION_CALL_OPEN]: 'active',
  [ChallengeStatus.SOLUTIONS_CLOSED]: 'active',
  [ChallengeStatus.EVALUATION]: 'active',
  [ChallengeStatus.DESIGNATED]: 'complete',
  [ChallengeStatus.PURCHASED_FOR_PROPOSER]: 'complete',
};

/**
 * A challenge: the institution's problem is the planning, its solution call the tender (solutions
 * stay sealed: only their number, after the close), the winning solution's designation the award,
 * and the purchase for the proposing institution the contract.
 */
async function challenge(manager: EntityManager, challengeId: string): Promise<BuiltRelease | null> {
  const found = await manager.findOneBy(Challenge, { id: challengeId });
  if (!found || found.status === ChallengeStatus.DRAFT) return null;
  const institution = await manager.findOneBy(Institution, { id: found.institutionId });
  if (!institution) return null;
  const parties = new Parties();
  const agency = parties.add(AGENCY, 'procuringEntity');
  const buyer = parties.add(institutionParty(institution), 'buyer');
  const call = found.solutionCallId ? await manager.findOneBy(Call, { id: found.solutionCallId }) : null;
  // Solutions are counted only once the call has closed; what they say never enters the feed.
  const solutions = call && found.status !== ChallengeStatus.SOLUTION_CALL_OPEN ? await manager.countBy(Proposal, { callId: call.id, status: Not(In(NOT_SUBMITTED)) }) : null;
  const tender: OcdsTender = {
    id: found.id,
    title: found.title,
    description: found.need,
    status: CHALLENGE_TENDER_STATUS[found.status],
    procuringEntity: agency,
    ...(found.budget !== null ? { value: krw(found.budget) } : {}),
    procurementMethod: 'open',
    procurementMethodDetails: '수요제안형 혁신제품 공모: 해결책은 마감까지 봉인 (challenge: solutions sealed until the close)',
    mainProcurementCategory: 'goods',
    items: [{ id: 'need', description: found.title, ...(found.quantity !== null ? { quantity: found.quantity } : {}) }],
    ...(call ? { tenderPeriod: { startDate: iso(call.opensAt), endDate: iso(call.closesAt) }, awardCriteria: 'ratedCriteria' } : {}),
    ...(solutions !== null ? { numberOfTenderers: solutions } : {}),
  };
  const awards: OcdsAward[] = [];
  const contracts: OcdsContract[] = [];
  const winner = found.winnerProposalId ? await manager.findOneBy(Proposal, { id: found.winnerProposalId }) : null;
  if (winner) {
    // One after another: the queries share the transaction's connection.
    const product = await manager.findOneBy(Product, { id: winner.productId });
    const company = await manager.findOneBy(Company, { id: winner.companyId });
    const designation = await manager.findOneBy(Designation, { proposalId: winner.id });
    if (product && company) {
      const awardId = designation?.id ?? winner.id;
      awards.push({
        id: awardId,
        title: `혁신제품 지정: ${product.nameKo}`,
        status: designation?.endedAs === 'REVOKED' ? 'cancelled' : 'active',
        ...(designation ? { date: dayStart(designation.designatedOn), contractPeriod: { startDate: dayStart(designation.designatedOn), endDate: dayEnd(designation.endedOn ?? designation.validUntil) } } : {}),
        suppliers: [parties.add(companyParty(company), 'supplier')],
        items: [productItem(product)],
      });
      if (found.purchase) {
        contracts.push({
          id: `${found.id}-purchase`,
          awardID: awardId,
          title: `제안기관 구매 ${found.purchase.contractReference}`,
          status: 'active',
          dateSigned: dayStart(found.purchase.contractedOn),
          value: krw(found.purchase.amount),
          items: [productItem(product, found.quantity ?? undefined)],
        });
      }
    }
  }
  return {
    content: {
      initiationType: 'tender',
      language: 'ko',
      parties: parties.list(),
      buyer,
      tender,
      ...(awards.length ? { awards } : {}),
      ...(contracts.length ? { contracts } : {}),
    },
    onlyIfPublished: found.status === ChallengeStatus.WITHDRAWN,
  };
}

/**
 * An order by negotiated contract: a direct award to the product's supplier, public once the
 * supplier accepted (the contract is signed); its steps are the contract's implementation, the
 * payment a transaction. An order declined or cancelled before acceptance never enters the feed.
 */
async function order(manager: EntityManager, orderId: string): Promise<BuiltRelease | null> {
  const found = await manager.findOneBy(Order, { id: orderId });
  if (!found?.contractedOn) return null;
  const product = await manager.findOneBy(Product, { id: found.productId });
  const company = await manager.findOneBy(Company, { id: found.companyId });
  const institution = await manager.findOneBy(Institution, { id: found.institutionId });
  if (!product || !company || !institution) return null;
  const parties = new Parties();
  const buyer = parties.add(institutionParty(institution), 'buyer', 'procuringEntity', 'payer');
  const supplier = parties.add(companyParty(company), 'supplier', 'payee');
  const cancelled = found.status === OrderStatus.CANCELLED;
  const value = krw(found.amount);
  const items = [productItem(product, found.quantity, found.unitPrice)];
  const milestones: OcdsMilestone[] = [
    { id: 'delivery', title: '납품 (delivery)', type: 'delivery', dueDate: dayEnd(found.deliveryDueOn), ...(found.deliveredOn ? { dateMet: dayStart(found.deliveredOn) } : {}), status: found.deliveredOn ? 'met' : 'scheduled' },
    { id: 'inspection', title: '검수 (inspection)', type: 'assessment', ...(found.inspectedOn ? { dateMet: dayStart(found.inspectedOn) } : {}), status: found.inspectedOn ? 'met' : 'scheduled' },
  ];
  const transactions = found.paidOn ? [{ id: `${found.id}-payment`, date: dayStart(found.paidOn), value, payer: buyer, payee: supplier }] : [];
  return {
    content: {
      initiationType: 'tender',
      language: 'ko',
      parties: parties.list(),
      buyer,
      tender: {
        id: found.id,
        title: product.nameKo,
        status: 'complete',
        procuringEntity: buyer,
        procurementMethod: 'direct',
        procurementMethodDetails: '혁신제품 수의계약 (negotiated contract for a designated innovative product)',
        procurementMethodRationale: [found.legalBasis, found.designationNumber, found.validUntil ? `valid until ${found.validUntil}` : null].filter(Boolean).join('; '),
        mainProcurementCategory: 'goods',
        items,
      },
      awards: [{ id: found.id, title: product.nameKo, status: cancelled ? 'cancelled' : 'active', date: dayStart(found.contractedOn), value, suppliers: [supplier], items }],
      contracts: [
        {
          id: found.id,
          awardID: found.id,
          title: product.nameKo,
          status: cancelled ? 'cancelled' : found.status === OrderStatus.PAID ? 'terminated' : 'active',
          dateSigned: dayStart(found.contractedOn),
          value,
          items,
          period: { startDate: dayStart(found.contractedOn), endDate: dayEnd(found.deliveryDueOn) },
          implementation: { milestones, ...(transactions.length ? { transactions } : {}) },
        },
      ],
    },
  };
}
