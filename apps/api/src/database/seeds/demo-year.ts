import type { INestApplicationContext } from '@nestjs/common';
import {
  CallKind,
  ChallengeAction,
  ConcernKind,
  DecisionKind,
  OrderAction,
  OrderStatus,
  OrderStep,
  ExtensionBasis,
  PilotAction,
  PILOT_INDICATORS,
  Presence,
  ProductKind,
  ProposalAction,
  Role,
  SCREENING_CHECKLIST,
  UsageState,
  withCheckDigit,
  type CriteriaSet,
  type PilotIndicator,
} from '@inno/contracts';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../auth/authenticated-user';
import { CallsService } from '../../calls/calls.service';
import { ChallengesService } from '../../challenges/challenges.service';
import { Clock, koreanDate } from '../../clock/clock';
import { CommitteeService } from '../../committee/committee.service';
import { Room } from '../../committee/room.entity';
import { Company } from '../../companies/company.entity';
import { SanctionsService } from '../../companies/sanctions.service';
import { Decision } from '../../designations/decision.entity';
import { DesignationsService } from '../../designations/designations.service';
import { ConcernsService } from '../../observers/concerns.service';
import { inForceOn, OrdersService } from '../../orders/orders.service';
import { PilotsService } from '../../pilots/pilots.service';
import { PurchaseTargetsService } from '../../purchase-targets/purchase-targets.service';
import { ProductsService } from '../../products/products.service';
import { Product } from '../../products/product.entity';
import { ProposalsService } from '../../proposals/proposals.service';
import { FilePurpose } from '../../storage/stored-file.entity';
import { User } from '../../users/user.entity';
import { DEMO_COMPANIES, DEMO_CAST } from './demo-people';
import { productImage } from './demo-images';
import { DEMO_PRODUCTS, DEMO_PROPOSED_PRODUCTS } from './demo-products';

const DAY = 86_400_000;

/** Columns stamped by the database when a row is written: the demo year moves them to the day it plays. */
const STAMPS = ['created_at', 'updated_at', 'decided_at', 'declared_at', 'scored_at', 'voted_at', 'answered_at', 'imposed_at', 'changed_at'];
/** The append-only audit log keeps the real time of the seed; accounts and reference data are not part of the story. */
const UNSTAMPED = ['audit_events', 'audit_checkpoints', 'users', 'companies', 'institutions', 'refresh_tokens', 'sign_in_counters', 'migrations', 'categories', 'rooms'];

/**
 * Plays a year of the platform through its own services, with the injected clock set to each
 * day in turn: calls opened and closed, proposals screened, four committee sessions that sat
 * and designated (and rejected), Type 1 records, an extension, a suspension, a revocation, an
 * expiry, a sanction that ran its course, an earlier pilot plan (300 days back) with pilots at every stage, and
 * this year's open call, survey and a session still to come. Runs before the API listens, so no
 * request ever reads the moved clock.
 */
export async function playDemoYear(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const clock = app.get(Clock);
  const products = app.get(ProductsService);
  const calls = app.get(CallsService);
  const proposals = app.get(ProposalsService);
  const committee = app.get(CommitteeService);
  const designations = app.get(DesignationsService);
  const pilots = app.get(PilotsService);
  const sanctions = app.get(SanctionsService);
  const orders = app.get(OrdersService);
  const targets = app.get(PurchaseTargetsService);
  const challengesService = app.get(ChallengesService);

  const stamps: { table: string; column: string }[] = (
    await dataSource.query(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'timestamp with time zone' AND column_name = ANY($1) AND NOT (table_name = ANY($2))`,
      [STAMPS, UNSTAMPED],
    )
  ).map((r: { table: string; column: string }) => r);

  /** Runs `work` on `day` (days ago, at `time` Korea time); what it writes is restamped with that moment at the end. */
  const steps: { since: Date; at: Date }[] = [];
  const on = async <T>(daysAgo: number, time: string, work: () => Promise<T>): Promise<T> => {
    const at = moment(daysAgo, time);
    if (at.getTime() > Date.now()) throw new Error(`The demo year plays nothing in the future (${at.toISOString()})`);
    const [{ since }] = await dataSource.query('SELECT clock_timestamp() AS since');
    steps.push({ since, at });
    Object.defineProperty(clock, 'now', { value: () => new Date(at), configurable: true, writable: true });
    try {
      return await work();
    } finally {
      delete (clock as { now?: unknown }).now;
    }
  };

  const users = await dataSource.getRepository(User).find();
  const actor = (email: string): Actor => {
    const user = users.find((u) => u.email === email)!;
    return { userId: user.id, role: user.role, companyId: user.companyId, institutionId: user.institutionId, requestId: 'demo-seed' };
  };
  const operator = actor('operator@demo.innomarket.kr');
  const suppliers = ['supplier@demo.innomarket.kr', ...DEMO_CAST.filter((c) => c.role === Role.SUPPLIER).map((c) => c.email)].map(actor);
  const companies = await Promise.all(DEMO_COMPANIES.map((c) => dataSource.getRepository(Company).findOneByOrFail({ businessNumber: withCheckDigit(c.nine) })));
  const members = ['chair@demo.innomarket.kr', 'committee@demo.innomarket.kr', ...DEMO_CAST.filter((c) => c.role === Role.COMMITTEE && c.email !== 'chair@demo.innomarket.kr').map((c) => c.email)].map(actor);
  const chair = members[0];
  const buyer = (code: string) => actor(code === 'CG-020' ? 'buyer@demo.innomarket.kr' : DEMO_CAST.find((c) => c.institution === code)!.email);
  const rooms = await dataSource.getRepository(Room).find({ order: { name: 'ASC' } });

  const withImage = async (product: Product, uploader: Actor) => {
    await products.addFile(uploader, product.id, { bytes: productImage(product.modelName, product.categoryCode), clientName: `${product.modelName}.png`, fields: {} }, FilePurpose.PRODUCT_IMAGE);
  };
  const patentOf = (model: string, index: number) => [{ number: `10-${String(2_210_000 + index * 4_271).padStart(7, '0')}`, title: `${model} 핵심 기술`, expiresOn: `${new Date().getFullYear() + 9 + (index % 5)}-0${1 + (index % 9)}-15` }];

  const catalogue = DEMO_PRODUCTS.map(([nameKo, nameEn, modelName, categoryCode, askingPrice, certifications, designatingBody, kind, region, description], index) => ({
    index, nameKo, nameEn, modelName, categoryCode, askingPrice, certifications, designatingBody, kind, region, description,
    goodsClassNo: String(40_000_000 + index * 1_013), detailItemNo: String(4_000_000_000 + index * 10_007), tradingUnit: '대', trl: 8 + (index % 2),
  }));
  const byName = new Map<string, Product>();
  const named = (nameKo: string) => byName.get(nameKo)!;

  // Type 1: ministry-certified products recorded by the operator on their designation day, the
  // oldest first. Two dates are chosen for the story: one expires this year, one is extended.
  const type1 = catalogue.filter((p) => p.kind === ProductKind.TYPE1);
  const type1Days = new Map<string, number>([['체외진단 신속 검사기', 1_130], ['적응형 교통신호 제어기', 1_020]]);
  type1.filter((p) => !type1Days.has(p.nameKo)).forEach((p, k) => type1Days.set(p.nameKo, 110 + k * 65));
  for (const p of [...type1].sort((a, b) => type1Days.get(b.nameKo)! - type1Days.get(a.nameKo)!)) {
    const days = type1Days.get(p.nameKo)!;
    const company = companies[p.index % companies.length];
    const designatedOn = koreanDate(moment(days, '10:00'));
    const product = await on(days, '15:00', async () => {
      const recorded = await products.recordType1(operator, {
        company: { name: company.name, businessNumber: company.businessNumber, size: company.size, region: company.region },
        nameKo: p.nameKo, nameEn: p.nameEn, modelName: p.modelName, description: p.description, categoryCode: p.categoryCode,
        goodsClassNo: p.goodsClassNo, detailItemNo: p.detailItemNo, tradingUnit: p.tradingUnit, askingPrice: p.askingPrice,
        certifications: p.certifications, patents: [], trl: p.trl, region: p.region,
        designatingBody: p.designatingBody, certificateNumber: `${certificatePrefix(p.designatingBody)}-${designatedOn.slice(0, 4)}-${String(p.index + 1).padStart(4, '0')}`, designatedOn,
      });
      await withImage(recorded, suppliers[p.index % suppliers.length]);
      return recorded;
    });
    byName.set(p.nameKo, product);
  }

  // Type 2: supplier proposals through four past calls, each screened and sat on by the committee.
  const type2 = catalogue.filter((p) => p.kind === ProductKind.TYPE2).reverse();
  const proposed = DEMO_PROPOSED_PRODUCTS.map(([nameKo, nameEn, modelName, categoryCode, askingPrice, company, description], i) => ({
    index: 100 + i, nameKo, nameEn, modelName, categoryCode, askingPrice, company, description, certifications: ['KC'], region: DEMO_COMPANIES[company].region,
    goodsClassNo: String(41_000_000 + i * 2_027), detailItemNo: String(4_100_000_000 + i * 20_011), tradingUnit: '대', trl: 7 + (i % 3),
  }));
  const rounds = [
    { opens: 800, closes: 770, screened: 765, convened: 752, sits: 740, designate: type2.slice(0, 3), reject: [], failScreening: [] },
    { opens: 560, closes: 530, screened: 525, convened: 512, sits: 500, designate: type2.slice(3, 6), reject: [], failScreening: [], recusal: true },
    { opens: 330, closes: 300, screened: 295, convened: 282, sits: 270, designate: type2.slice(6, 9), reject: [], failScreening: [] },
    { opens: 160, closes: 130, screened: 125, convened: 112, sits: 100, designate: type2.slice(9), reject: [proposed[0]], failScreening: [proposed[1]] },
  ];
  const allAreas = ['ENV', 'SAF', 'MED', 'TRN', 'ENE', 'ICT', 'DIS', 'CON'];
  const openCall = (opens: number, closes: number, announced: number, areas: string[], description: string) =>
    on(announced, '09:00', () => {
      const opensAt = moment(opens, '09:00');
      return calls.create(operator, {
        title: `${callTitle(opensAt)} 혁신시제품 공모`,
        kind: CallKind.SUPPLIER_PROPOSAL,
        description,
        subAreas: areas,
        opensAt: opensAt.toISOString(),
        closesAt: moment(closes, '18:00').toISOString(),
      });
    });
  type Candidate = (typeof type2)[number] | (typeof proposed)[number];
  const companyOf = (p: Candidate) => ('company' in p ? p.company : p.index % companies.length);
  const propose = async (p: Candidate, callId: string, days: number, submit = true) =>
    on(days, '11:00', async () => {
      const supplier = suppliers[companyOf(p)];
      const created = await products.create({ ...supplier, companyId: companies[companyOf(p)].id }, {
        nameKo: p.nameKo, nameEn: p.nameEn, modelName: p.modelName, description: p.description, categoryCode: p.categoryCode,
        goodsClassNo: p.goodsClassNo, detailItemNo: p.detailItemNo, tradingUnit: p.tradingUnit, askingPrice: p.askingPrice,
        certifications: p.certifications, patents: patentOf(p.modelName, p.index), trl: p.trl, region: p.region,
      });
      const product = await dataSource.getRepository(Product).findOneByOrFail({ id: created.id });
      await withImage(product, supplier);
      const proposal = await proposals.create(supplier, {
        callId, productId: product.id, subArea: p.categoryCode.slice(0, 3),
        innovation: `${p.nameKo}: 기존 제품과 달리 현장 데이터를 스스로 분석해 작동합니다.`,
        publicValue: '공공 현장의 안전과 서비스 품질을 높이고 유지 비용을 줄입니다.',
        pilotPlan: '공공기관 2곳에서 6개월 시범사용 후 성능을 검증합니다.',
      });
      if (submit) await proposals.transition({ role: Role.SUPPLIER, audit: supplier, companyId: supplier.companyId }, proposal.id, ProposalAction.SUBMIT);
      return { product, proposalId: proposal.id };
    });
  const screen = (proposalId: string, days: number, pass: boolean) =>
    on(days, '10:00', async () => {
      const mover = { role: Role.OPERATOR, audit: operator };
      await proposals.transition(mover, proposalId, ProposalAction.START_SCREENING);
      await proposals.transition(mover, proposalId, pass ? ProposalAction.PASS_SCREENING : ProposalAction.FAIL_SCREENING, {
        screening: {
          checklist: SCREENING_CHECKLIST.map((key) =>
            pass || key !== 'novelApproach'
              ? { key, passed: true, reason: '기준 충족' }
              : { key, passed: false, reason: '기존 조달 제품과 기술 방식이 같음' },
          ),
        },
      });
    });

  let sessionIndex = 0;
  const sittings = new Map<number, number>();
  /** "2026년 제2차": sessions are numbered within their year. */
  const sessionTitle = (sits: number) => {
    const year = moment(sits, '14:00').getFullYear();
    sittings.set(year, (sittings.get(year) ?? 0) + 1);
    return `${year}년 제${sittings.get(year)}차 혁신제품 지정 평가위원회`;
  };
  const sit = async (title: string, convened: number, sits: number, items: { proposalId: string; quality: number }[], recusal = false) => {
    const room = rooms[sessionIndex++ % Math.max(rooms.length, 1)];
    const day = koreanDate(moment(sits, '10:00'));
    const session = await on(convened, '10:00', async () => {
      const created = await committee.createSession(operator, {
        title, startsAt: `${day}T14:00:00+09:00`, endsAt: `${day}T17:00:00+09:00`,
        ...(room ? { roomId: room.id } : { onlineUrl: 'https://meet.innomarket.kr/committee' }),
        memberIds: members.map((m) => m.userId), chairId: chair.userId,
      });
      for (const item of items) await committee.addItem(operator, created.id, { proposalId: item.proposalId });
      return committee.session(operator, created.id);
    });
    if (sits < 0) return session;
    await on(sits, '14:00', () =>
      committee.openSession(chair, session.id, {
        attendance: members.map((m, i) => ({ memberId: m.userId, presence: i === members.length - 1 ? Presence.ABSENT : i % 3 === 2 ? Presence.ONLINE : Presence.ROOM })),
      }),
    );
    const present = members.slice(0, -1);
    // Members score side by side, as they would in the room; the chair then closes the items in turn.
    await on(sits, '14:30', () =>
      Promise.all(
        session.items.flatMap((item, n) => {
          const { quality } = items.find((i) => i.proposalId === item.proposalId)!;
          return present.map(async (member, m) => {
            const conflict = recusal && n === 0 && m === 3;
            await committee.declare(member, item.id, conflict ? { conflict: true, reason: '신청 기업과 최근 3년 안에 자문 계약을 맺음' } : { conflict: false });
            if (!conflict) await committee.score(member, item.id, scoreSheet(item.criteria, quality, m + n));
          });
        }),
      ),
    );
    for (const [n, item] of session.items.entries()) {
      await on(sits, `${15 + Math.floor(n / 2)}:${n % 2 ? '40' : '10'}`, () => committee.close(chair, item.id));
    }
    return session;
  };

  for (const [r, round] of rounds.entries()) {
    const call = await openCall(round.opens, round.closes, round.opens + 14, allAreas, '공공 현장의 문제를 푸는 혁신 시제품을 전 분야에서 공모합니다.');
    const entered: { proposalId: string; quality: number }[] = [];
    for (const [i, p] of [...round.designate, ...round.reject, ...round.failScreening].entries()) {
      const { product, proposalId } = await propose(p, call.id, round.opens - 3 - i * 2);
      byName.set(p.nameKo, product);
      const fails = (round.failScreening as Candidate[]).includes(p);
      await screen(proposalId, round.screened - (i % 3), !fails);
      if (!fails) entered.push({ proposalId, quality: (round.reject as Candidate[]).includes(p) ? 0.58 : 0.8 + ((r + i) % 4) * 0.03 });
    }
    await sit(sessionTitle(round.sits), round.convened, round.sits, entered, 'recusal' in round);
  }

  // An observer watches the committee: a formal concern on the last rejection, answered in time; one
  // on a designation of the same sitting still open past its answer day (flagged, the operators
  // reminded); a public comment.
  const observer = actor('observer@demo.innomarket.kr');
  const concerns = app.get(ConcernsService);
  const lastSitting = rounds[rounds.length - 1];
  const decisionOn = (name: string, kind: DecisionKind) => dataSource.getRepository(Decision).findOneByOrFail({ productId: named(name).id, kind });
  const rejection = await decisionOn(lastSitting.reject[0].nameKo, DecisionKind.REJECTION);
  const designation = await decisionOn(lastSitting.designate[0].nameKo, DecisionKind.DESIGNATION);
  const concern = await on(96, '10:00', () =>
    concerns.file(observer, rejection.id, { kind: ConcernKind.CONCERN, body: '평가 점수의 편차가 크고 공공 수요 항목의 근거가 회의록에 충분히 드러나지 않습니다. 재검토 여부를 알려 주십시오.' }),
  );
  await on(90, '16:00', () =>
    concerns.answer(operator, concern.id, { answer: '위원 전원이 같은 평가기준으로 채점했으며, 공공 수요 근거 부족이 공통 의견이었습니다. 다음 공모에 보완하여 다시 제안할 수 있습니다.' }),
  );
  await on(30, '11:00', () =>
    concerns.file(observer, designation.id, { kind: ConcernKind.CONCERN, body: '지정 제품의 시범사용 계획이 회의록에 요약되어 있지 않습니다. 평가 근거를 공개해 주십시오.' }),
  );
  await on(5, '09:30', () => concerns.file(observer, designation.id, { kind: ConcernKind.COMMENT, body: '회의록과 출석 기록이 잘 공개되어 감시에 도움이 됩니다.' }));

  // This quarter's call is open with proposals in every state; next quarter's is announced.
  const current = await openCall(20, -30, 27, ['SAF', 'ENV', 'MED'], '안전, 환경, 보건·의료 분야의 공공 현장 문제를 푸는 혁신 시제품을 공모합니다.');
  const [radon, walking, tunnel, triage, streetlight] = proposed.slice(2);
  await propose(radon, current.id, 2, false);
  const walk = await propose(walking, current.id, 15);
  await on(9, '10:00', () =>
    proposals.transition({ role: Role.OPERATOR, audit: operator }, walk.proposalId, ProposalAction.REQUEST_SUPPLEMENT, {
      supplement: { message: '시험성적서(KC)와 임상 자문 의견서를 보완해 주십시오.', deadline: moment(-14, '18:00').toISOString() },
    }),
  );
  const tunnelEntry = await propose(tunnel, current.id, 18);
  await screen(tunnelEntry.proposalId, 10, true);
  const triageEntry = await propose(triage, current.id, 12);
  await on(6, '10:00', () => proposals.transition({ role: Role.OPERATOR, audit: operator }, triageEntry.proposalId, ProposalAction.START_SCREENING));
  await propose(streetlight, current.id, 4);
  await sit(sessionTitle(-12), 5, -12, [{ proposalId: tunnelEntry.proposalId, quality: 0 }]);
  await openCall(-40, -70, 1, ['ENV', 'SAF', 'MED', 'DIS', 'ICT'], '다음 분기 혁신시제품 공모입니다. 재난·안전과 디지털 분야를 더했습니다.');

  // Designations over their life: a sanction that ran its course, an extension granted and one
  // waiting, a suspension, a revocation, an expiry.
  await on(400, '10:00', () =>
    sanctions.impose(operator, companies[1].id, {
      startsOn: koreanDate(moment(400, '10:00')), months: 3,
      reason: '납품 지연에 따른 계약 조건 위반', legalBasis: '국가를 당사자로 하는 계약에 관한 법률 제27조',
    }),
  );
  const extended = named('적응형 교통신호 제어기');
  const request = await on(20, '10:00', () =>
    designations.applyForExtension(suppliers[companies.findIndex((c) => c.id === extended.companyId)], extended.id, {
      basis: ExtensionBasis.PUBLIC_SALES, evidence: '지정 기간 중 경기도·수원시 등 4개 기관에 혁신제품 수의계약으로 38대 납품',
    }),
  );
  await on(10, '16:00', () => designations.decideExtension(operator, request.id, true, '공공 판로 실적 확인'));
  const waiting = named(type2[0].nameKo);
  await on(5, '10:00', () =>
    designations.applyForExtension(suppliers[companies.findIndex((c) => c.id === waiting.companyId)], waiting.id, {
      basis: ExtensionBasis.SALES_CONTRACT, evidence: '소방청과 2027년 납품 계약 체결',
    }),
  );
  await on(45, '10:00', () => designations.move(operator, named('건물용 연료전지').id, 'suspend', ['연료전지 스택 과열 신고에 따른 안전 조사 중 거래 정지']));
  await on(70, '10:00', () => designations.move(operator, named('자동 확산 소화기').id, 'revoke', ['성능 시험성적서 위조 확인']));
  const lapsed = named('체외진단 신속 검사기');
  await on(daysAgoOf(lapsed.validUntil!) - 1, '00:10', () => designations.expireDue('demo-seed'));

  // An earlier plan (300 days back), its pilots at every stage; the buyer's institution's contracted ones
  // count toward its purchase target.
  const planOpens = 300;
  const offered = (await dataSource.getRepository(Product).findBy({ id: In([...byName.values()].map((p) => p.id)) })).filter(
    (p) => p.designatedOn && p.designatedOn < koreanDate(moment(planOpens, '09:00')) && ['DESIGNATED', 'EXTENDED'].includes(p.status),
  );
  const planYear = moment(planOpens, '09:00').getFullYear();
  const lastPlan = await on(planOpens + 10, '10:00', () =>
    pilots.createPlan(operator, {
      year: planYear, title: `${planYear}년 혁신제품 시범구매 계획`, budget: 1_500_000_000,
      surveyOpensAt: moment(planOpens, '09:00').toISOString(), surveyClosesAt: moment(planOpens - 30, '18:00').toISOString(),
      productIds: offered.map((p) => p.id),
    }),
  );
  const stories: { code: string; product: string; quantity: number; amount: number; months: number; end: string }[] = [
    { code: 'CG-020', product: '수색 구조용 드론', quantity: 2, amount: 70_000_000, months: 12, end: 'IN_USE' },
    { code: 'CG-020', product: '스마트 LED 조명 제어 시스템', quantity: 10, amount: 73_000_000, months: 3, end: 'SUCCESS' },
    { code: 'CG-020', product: '인명구조 로프 발사기', quantity: 12, amount: 17_400_000, months: 6, end: 'NOT_MATCHED' },
    { code: 'LG-001', product: '어르신 돌봄 로봇', quantity: 40, amount: 44_000_000, months: 3, end: 'CORRECTIVE_ACTION_DONE' },
    { code: 'LG-002', product: '태양광 가로등', quantity: 20, amount: 58_000_000, months: 6, end: 'RESULT_REPORTED' },
    { code: 'PB-003', product: '철도 선로 이상 감지 센서', quantity: 10, amount: 54_000_000, months: 12, end: 'DELIVERED' },
    { code: 'CG-022', product: '인명구조 로프 발사기', quantity: 30, amount: 43_500_000, months: 6, end: 'CONTRACTED' },
  ];
  const pilotOf = new Map<(typeof stories)[number], string>();
  for (const [i, story] of stories.entries()) {
    const product = offered.find((p) => p.nameKo === story.product);
    if (!product) continue; // designated after the plan (a seed run early in a year): the story skips it
    const applied = await on(planOpens - 3 - i, '11:00', () =>
      pilots.apply(buyer(story.code), {
        planId: lastPlan.id, productId: product.id, quantity: story.quantity, amount: story.amount,
        intendedUse: `${story.product}을(를) 현장 업무에 시범 도입해 효과를 검증합니다.`, place: '본청 및 산하 현장', usePeriodMonths: story.months,
        followOnPlanned: i % 2 === 0, followOnBudgeted: i % 4 === 0, ...(i % 4 === 0 ? { followOnAmount: story.amount * 2 } : {}),
        need: '현장 인력 부족과 민원 증가로 새로운 방식이 필요합니다.',
      }),
    );
    pilotOf.set(story, applied.id);
  }
  const act = (who: Actor, id: string, action: PilotAction, days: number, payload: Parameters<PilotsService['act']>[3] = {}) =>
    on(days, '10:00', () => pilots.act(who, id, action, payload));
  const result = (score: number, summary: string) => ({
    scores: Object.fromEntries(PILOT_INDICATORS.map((k, i) => [k, Math.max(1, Math.min(5, score + ((i % 3) - 1) * (i % 2)))])) as Record<PilotIndicator, number>,
    comments: { quality: score >= 4 ? '현장 평가가 좋음' : '잦은 오작동', overallSatisfaction: summary },
    willBuyMore: score >= 4,
    summary,
  });
  for (const [story, id] of pilotOf) {
    if (story.end === 'NOT_MATCHED') {
      await act(operator, id, PilotAction.DECLINE, planOpens - 40, { reason: '같은 제품에 후속구매 예산을 확보한 기관을 우선 선정' });
      continue;
    }
    await on(planOpens - 40, '10:00', () => pilots.match(operator, id, '수요와 활용 계획이 구체적임'));
  }
  await on(planOpens - 41, '17:00', () => pilots.publish(operator, lastPlan.id));
  const supplierFor = (id: string) => dataSource.getRepository(Product).findOneByOrFail({ id }).then((p) => suppliers[companies.findIndex((c) => c.id === p.companyId)]);
  for (const [story, id] of pilotOf) {
    if (story.end === 'NOT_MATCHED') continue;
    const who = buyer(story.code);
    const productId = offered.find((p) => p.nameKo === story.product)!.id;
    const late = story.end === 'CONTRACTED' || story.end === 'DELIVERED';
    await act(who, id, PilotAction.CONTRACT, late ? (story.end === 'CONTRACTED' ? 15 : 60) : planOpens - 55);
    if (story.end === 'CONTRACTED') continue;
    await act(await supplierFor(productId), id, PilotAction.DELIVER, late ? 20 : planOpens - 75);
    if (story.end === 'DELIVERED') continue;
    const started = planOpens - 80;
    await act(who, id, PilotAction.START_USE, started);
    if (story.end === 'IN_USE') continue;
    const ended = Math.round((Date.now() - moment(started, '10:00').getTime()) / DAY) - story.months * 30;
    await act(who, id, PilotAction.REPORT, ended - 7, { result: story.end === 'CORRECTIVE_ACTION_DONE' ? result(2, '배터리 지속 시간이 짧아 야간 돌봄에 쓰기 어려움') : result(4, '현장 만족도가 높고 유지 비용이 줄었음') });
    if (story.end === 'RESULT_REPORTED') continue;
    if (story.end === 'SUCCESS') {
      await act(operator, id, PilotAction.JUDGE_SUCCESS, ended - 14);
      await on(ended - 100, '10:00', () => pilots.checkIn(who, id, { month: 3, state: UsageState.IN_USE, why: '청사 전 층으로 확대 사용 중' }));
    } else {
      await act(operator, id, PilotAction.JUDGE_INSUFFICIENT, ended - 14, { reason: '배터리 지속 시간이 제안서의 절반 수준' });
      await act(operator, id, PilotAction.COMPLETE_CORRECTIVE_ACTION, ended - 40, { reason: '대용량 배터리로 무상 교체 완료' });
      await on(ended - 100, '10:00', () => pilots.checkIn(who, id, { month: 3, state: UsageState.SHELVED, why: '교체 후에도 야간 운용 인력이 없어 창고 보관 중' }));
    }
  }

  // Orders by negotiated contract at every stage, and the goods purchases the demo buyer's
  // institution entered for this year: its purchase target counts the contracted ones.
  const orderStories: { code: string; product: string; quantity: number; discount: number; ordered: number; end: OrderStatus }[] = [
    { code: 'CG-020', product: '스마트공기청정기', quantity: 12, discount: 0.05, ordered: 40, end: OrderStatus.PAID },
    { code: 'CG-020', product: '지능형 CCTV 영상분석 장치', quantity: 4, discount: 0, ordered: 12, end: OrderStatus.ACCEPTED },
    { code: 'CG-020', product: '작업자 낙상 감지 조끼', quantity: 20, discount: 0, ordered: 2, end: OrderStatus.ORDERED },
    { code: 'LG-001', product: '태양광 가로등', quantity: 8, discount: 0.03, ordered: 30, end: OrderStatus.DELIVERED },
    { code: 'LG-002', product: '수색 구조용 드론', quantity: 1, discount: 0, ordered: 25, end: OrderStatus.DECLINED },
    { code: 'PB-003', product: '철도 선로 이상 감지 센서', quantity: 6, discount: 0, ordered: 35, end: OrderStatus.CANCELLED },
  ];
  const catalogueNow = await dataSource.getRepository(Product).findBy({ id: In([...byName.values()].map((p) => p.id)) });
  for (const story of orderStories) {
    const day = koreanDate(moment(story.ordered, '10:00'));
    // The story's product, or (designated after the story's first day) another in force then.
    const product = catalogueNow.find((p) => p.nameKo === story.product && inForceOn(p, day)) ?? catalogueNow.find((p) => inForceOn(p, day));
    if (!product) continue;
    const who = buyer(story.code);
    const seller = await supplierFor(product.id);
    const placed = await on(story.ordered, '10:00', () =>
      orders.place(who, {
        productId: product.id, quantity: story.quantity, unitPrice: Math.round(product.askingPrice * (1 - story.discount)),
        deliveryPlace: '본청 1층 민원실과 각 층 사무실', deliveryDueOn: koreanDate(moment(story.ordered - 20, '10:00')), note: '설치와 사용자 교육을 함께 요청합니다.',
      }),
    );
    const step = (days: number, who: Actor, action: OrderAction, payload: Parameters<OrdersService['act']>[3] = {}) => on(days, '15:00', () => orders.act(who, placed.id, action, payload));
    if (story.end === OrderStatus.ORDERED) continue;
    if (story.end === OrderStatus.DECLINED) {
      await step(story.ordered - 1, seller, OrderAction.DECLINE, { reason: '도서 지역 납품과 설치 인력을 확보하지 못했습니다.' });
      continue;
    }
    await step(story.ordered - 1, seller, OrderAction.ACCEPT);
    if (story.end === OrderStatus.CANCELLED) {
      await step(story.ordered - 5, who, OrderAction.CANCEL, { reason: '설치 예정 구간의 공사 일정이 내년으로 미뤄졌습니다.' });
      continue;
    }
    if (story.end === OrderStatus.ACCEPTED) continue;
    await on(story.ordered - 8, '11:00', () => orders.addDocument(seller, placed.id, { bytes: DEMO_PDF, clientName: '납품서.pdf', fields: { step: OrderStep.DELIVERY } }));
    await step(story.ordered - 8, seller, OrderAction.DELIVER, { on: koreanDate(moment(story.ordered - 8, '15:00')), note: '설치와 교육 완료' });
    if (story.end === OrderStatus.DELIVERED) continue;
    await step(story.ordered - 10, who, OrderAction.INSPECT, { on: koreanDate(moment(story.ordered - 10, '15:00')), note: '수량과 성능 확인' });
    await step(story.ordered - 20, who, OrderAction.PAY, { on: koreanDate(moment(story.ordered - 20, '15:00')) });
  }
  const demoInstitution = buyer('CG-020');
  await on(60, '10:00', () => targets.setGoodsPurchases(demoInstitution, demoInstitution.institutionId!, { year: moment(60, '10:00').getFullYear(), amount: 31_500_000_000 }));

  // This year's plan: its demand survey is open, with the first applications in.
  const thisYear = moment(1, '09:00').getFullYear();
  const plan = await on(2, '10:00', () =>
    pilots.createPlan(operator, {
      year: thisYear, title: `${thisYear}년 혁신제품 시범구매 계획${thisYear === planYear ? ' 2차' : ''}`, budget: 2_000_000_000,
      surveyOpensAt: moment(1, '09:00').toISOString(), surveyClosesAt: moment(-30, '18:00').toISOString(),
    }),
  );
  for (const [i, [code, name, quantity]] of ([['LG-001', '스마트공기청정기', 10], ['LG-002', '스마트공기청정기', 5], ['PB-003', '지능형 CCTV 영상분석 장치', 5]] as const).entries()) {
    const product = named(name);
    await on(1, `1${1 + i}:00`, () =>
      pilots.apply(buyer(code), {
        planId: plan.id, productId: product.id, quantity, amount: quantity * product.askingPrice,
        intendedUse: `${name}을(를) 민원 현장에 시범 도입합니다.`, place: '민원실과 주요 현장', usePeriodMonths: 6,
        followOnPlanned: true, followOnBudgeted: i === 0, ...(i === 0 ? { followOnAmount: 60_000_000 } : {}),
        need: '시민 불편 민원이 매년 늘고 있습니다.',
      }),
    );
  }

  // A challenge of the demo buyer's institution: proposed into a call for challenges, selected, its solution call open.
  const challengeCall = await on(45, '09:00', () =>
    calls.create(operator, {
      title: `${callTitle(moment(45, '09:00'))} 수요제안 공모`, kind: CallKind.CALL_FOR_CHALLENGES, description: '공공 현장의 풀리지 않는 문제를 제안해 주세요.',
      subAreas: ['SAF', 'ENV'], opensAt: moment(45, '09:00').toISOString(), closesAt: moment(25, '18:00').toISOString(),
    }),
  );
  const proposer = buyer('CG-020');
  const challenge = await on(40, '14:00', () =>
    challengesService.create(proposer, {
      callId: challengeCall.id, title: '겨울철 교량 결빙 실시간 감지', need: '교량 위 블랙아이스 사고를 줄일 실시간 감지 수단이 필요합니다.',
      currentMethod: '순찰차가 하루 두 번 육안으로 확인합니다.', currentCost: 180_000_000, expectedEffect: '결빙 사고 30% 감소',
      budget: 400_000_000, quantity: 120, field: 'SAF',
    }),
  );
  const challengeMover = (who: Actor) => ({ role: who.role, audit: who, institutionId: who.institutionId });
  await on(40, '15:00', () => challengesService.transition(challengeMover(proposer), challenge.id, ChallengeAction.SUBMIT));
  await on(20, '10:00', () => challengesService.transition(challengeMover(operator), challenge.id, ChallengeAction.SELECT, { selection: { reason: '사고 예방 효과가 크고 예산이 확보됨' } }));
  await on(15, '10:00', () =>
    challengesService.transition(challengeMover(operator), challenge.id, ChallengeAction.OPEN_SOLUTION_CALL, {
      solutionCall: { opensAt: moment(15, '10:00').toISOString(), closesAt: moment(-20, '18:00').toISOString() },
    }),
  );

  // Each row written during a step carries the step's moment: steps ran one after another, so a
  // row's real stamp falls in exactly one step's window, from its start to the next one's.
  const windows = steps.map((step, i) => ({ ...step, until: steps[i + 1]?.since ?? null }));
  const [since, until, at] = [windows.map((w) => w.since), windows.map((w) => w.until ?? 'infinity'), windows.map((w) => w.at)];
  for (const { table, column } of stamps) {
    await dataSource.query(
      `UPDATE "${table}" t SET "${column}" = w.at FROM unnest($1::timestamptz[], $2::timestamptz[], $3::timestamptz[]) AS w(since, until, at)
        WHERE t."${column}" >= w.since AND t."${column}" < w.until`,
      [since, until, at],
    );
  }
}

/** A one-page PDF: the delivery note the demo supplier files with a delivery. */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** `days` ago (negative: ahead) at `time` in Korea. */
function moment(days: number, time: string): Date {
  const day = koreanDate(new Date(Date.now() - days * DAY));
  return new Date(`${day}T${time}:00+09:00`);
}

/** How many Korean calendar days ago `date` (YYYY-MM-DD) was. */
function daysAgoOf(date: string): number {
  return Math.round((Date.parse(koreanDate(new Date())) - Date.parse(date)) / DAY);
}

/** "2026년 4분기": the quarter a call opens in names it. */
function callTitle(opensAt: Date): string {
  const [year, month] = koreanDate(opensAt).split('-').map(Number);
  return `${year}년 ${Math.ceil(month / 3)}분기`;
}

function certificatePrefix(body: string): string {
  return { 환경부: 'ENV', 경찰청: 'KNP', 고용노동부: 'MOEL', 과학기술정보통신부: 'NEP', 소방청: 'NFA', 보건복지부: 'MOHW', 질병관리청: 'KDCA', 국토교통부: 'MOLIT', 산업통상자원부: 'EXC', 행정안전부: 'MOIS' }[body] ?? 'CERT';
}

/** A member's whole-point sheet near `quality` of each criterion's points, varied a little per member. */
function scoreSheet(criteria: CriteriaSet, quality: number, seed: number) {
  const points: Record<string, number> = {};
  const comments: Record<string, string> = {};
  const remarks = ['현장 수요가 뚜렷함', '기존 제품 대비 개선 폭이 큼', '시범사용 계획이 구체적임', '검증 자료가 충분함', '유지보수 체계 보완 필요'];
  criteria.groups.flatMap((g) => g.criteria).forEach((criterion, i) => {
    const jitter = (((seed * 7 + i * 3) % 5) - 2) * 0.03;
    points[criterion.key] = Math.max(0, Math.min(criterion.points, Math.round(criterion.points * (quality + jitter))));
    comments[criterion.key] = quality < 0.7 && i % 2 ? '공공 수요 대비 효과 근거가 부족함' : remarks[(seed + i) % remarks.length];
  });
  return { points, comments };
}
