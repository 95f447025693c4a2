import {
  DEFAULT_CRITERIA,
  DEFAULT_DESIGNATION_RULES,
  DEFAULT_RULE_SETTINGS,
  type AgendaItemView,
  type CallView,
  type ChallengeView,
  type CriteriaSet,
  type IdeaView,
  type IncubationTaskView,
  type Page,
  type ProposalView,
  type RuleSettingsView,
  type SessionView,
} from '@inno/contracts';

let sequence = 0;

export function page<T>(items: T[], overrides: Partial<Page<T>> = {}): { body: Page<T> } {
  return { body: { items, total: items.length, page: 1, pageSize: 20, ...overrides } };
}

/** A small criteria set: two groups, 30 points, pass mark 18 (60% a group). */
export const SMALL_CRITERIA: CriteriaSet = {
  passMark: 18,
  groups: [
    {
      key: 'publicValue',
      name: '공공성',
      passRatio: 0.6,
      criteria: [
        { key: 'publicIssue', name: '공공 문제 해결', points: 10 },
        { key: 'urgency', name: '시급성', points: 10 },
      ],
    },
    { key: 'innovation', name: '혁신성', passRatio: 0.6, criteria: [{ key: 'novelty', name: '새로움', points: 10 }] },
  ],
};

export function makeCall(overrides: Partial<CallView> = {}): CallView {
  sequence += 1;
  return {
    id: `call-${sequence}`,
    title: `2026년 ${sequence}차 혁신시제품 공모`,
    kind: 'SUPPLIER_PROPOSAL',
    description: '안전·환경 분야 혁신시제품을 공모합니다.',
    subAreas: ['10', '1010'],
    // 2026-12-01 09:00 and 2026-12-15 18:00 in Korea time.
    opensAt: '2026-12-01T00:00:00.000Z',
    closesAt: '2026-12-15T09:00:00.000Z',
    criteria: DEFAULT_CRITERIA,
    rules: DEFAULT_DESIGNATION_RULES,
    challengeSelection: null,
    phase: 'OPEN',
    createdAt: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}

export function makeProposal(overrides: Partial<ProposalView> = {}): ProposalView {
  sequence += 1;
  return {
    id: `proposal-${sequence}`,
    call: { id: 'call-1', title: '2026년 4차 혁신시제품 공모', closesAt: '2026-12-15T09:00:00.000Z', phase: 'OPEN' },
    product: { id: 'product-1', nameKo: '실내 공기질 측정 드론', nameEn: 'Indoor air-quality drone' },
    company: { id: 'company-1', name: '(주)혁신' },
    subArea: '1010',
    status: 'DRAFT',
    content: {
      innovation: '기존 고정형 측정기보다 넓은 공간을 잽니다.',
      publicValue: '학교 실내 공기질을 관리합니다.',
      trl: 8,
      patents: [{ number: '10-2020-0001234', title: '공기질 측정 방법', expiresOn: '2040-01-31' }],
      pilotPlan: '초등학교 3곳에서 6개월 시범사용합니다.',
      documentIds: [],
    },
    supplementDraft: null,
    supplementRequest: null,
    screening: null,
    screeningWaived: false,
    decision: null,
    submittedAt: null,
    availableActions: ['submit', 'withdraw'],
    createdAt: '2026-12-02T00:00:00.000Z',
    updatedAt: '2026-12-02T00:00:00.000Z',
    ...overrides,
  };
}

export function makeAgendaItem(overrides: Partial<AgendaItemView> = {}): AgendaItemView {
  sequence += 1;
  return {
    id: `item-${sequence}`,
    subject: 'PROPOSAL',
    proposalId: `proposal-${sequence}`,
    challengeId: null,
    productName: '실내 공기질 측정 드론',
    companyName: '(주)혁신',
    subArea: '1010',
    status: 'OPEN',
    criteria: SMALL_CRITERIA,
    frozen: false,
    voteRequired: false,
    myDeclaration: null,
    myScore: null,
    myVote: null,
    scoredCount: 0,
    votedCount: 0,
    eligibleCount: 3,
    presentCount: 3,
    decision: null,
    ...overrides,
  };
}

export function makeCommitteeSession(overrides: Partial<SessionView> = {}): SessionView {
  sequence += 1;
  return {
    id: `session-${sequence}`,
    title: '2026년 12월 혁신제품 지정 평가위원회',
    // 2026-12-18 14:00–17:00 Korea time.
    startsAt: '2026-12-18T05:00:00.000Z',
    endsAt: '2026-12-18T08:00:00.000Z',
    meetingDate: '2026-12-18',
    room: { id: 'room-1', name: '제1평가장', capacity: 12, hasVideo: true },
    onlineUrl: null,
    chairId: 'chair-1',
    // Opened by the chair with everyone in the room: scoring is open.
    openedAt: '2026-12-18T05:00:00.000Z',
    members: [
      { userId: 'chair-1', name: '김위원장', isChair: true, presence: 'ROOM' },
      { userId: 'member-2', name: '이위원', isChair: false, presence: 'ROOM' },
      { userId: 'member-3', name: '박위원', isChair: false, presence: 'ROOM' },
    ],
    items: [],
    ...overrides,
  };
}

/** The rule settings as the API publishes them: the built-in defaults unless overridden. */
export function makeRuleSettings(overrides: Partial<RuleSettingsView> = {}): RuleSettingsView {
  return { ...DEFAULT_RULE_SETTINGS, updatedAt: null, updatedBy: null, ...overrides };
}

export function makeChallenge(overrides: Partial<ChallengeView> = {}): ChallengeView {
  sequence += 1;
  return {
    id: `challenge-${sequence}`,
    status: 'PROPOSED',
    title: '겨울철 도로 결빙 구간 실시간 감지',
    need: '블랙아이스 사고를 줄일 실시간 감지 수단이 필요합니다.',
    currentMethod: '순찰차가 하루 두 번 육안으로 확인합니다.',
    currentCost: 240_000_000,
    expectedEffect: '결빙 사고 30% 감소',
    budget: 500_000_000,
    quantity: 200,
    field: 'SAF',
    call: { id: 'call-challenges', title: '하반기 수요제안 공모', closesAt: '2026-12-15T09:00:00.000Z', phase: 'CLOSED', selection: 'COMMITTEE' },
    institution: { id: 'inst-1', name: '한국도로공사' },
    selectionReason: null,
    selection: null,
    solutionCall: null,
    ideaId: null,
    winner: null,
    purchase: null,
    submittedAt: '2026-12-10T01:00:00.000Z',
    availableActions: [],
    ...overrides,
  };
}

export function makeIdea(overrides: Partial<IdeaView> = {}): IdeaView {
  sequence += 1;
  return {
    id: `idea-${sequence}`,
    title: '버스 정류장 무더위 쉼터',
    problem: '여름철 버스를 기다리는 어르신들이 폭염에 그대로 노출됩니다.',
    affected: '버스 이용 어르신',
    idea: '태양광 냉방 쉼터를 정류장에 설치합니다.',
    whereUsed: '지방자치단체 버스 정류장',
    status: 'SELECTED',
    supportCount: 12,
    supportedByMe: false,
    mine: false,
    month: '2026-12',
    scores: { innovativeness: 4, socialImpact: 5, procurementFit: 3 },
    outcome: { route: 'INCUBATION', reason: '혁신성과 공공성이 높음', challengeId: null },
    incubation: { status: 'OPEN' },
    hidden: null,
    createdAt: '2026-12-02T01:00:00.000Z',
    availableActions: [],
    ...overrides,
  };
}

export function makeIncubationTask(overrides: Partial<IncubationTaskView> = {}): IncubationTaskView {
  sequence += 1;
  return {
    id: `task-${sequence}`,
    idea: { id: `idea-${sequence}`, title: '버스 정류장 무더위 쉼터' },
    owner: { institution: null, team: '혁신조달 운영팀' },
    goal: '시제품 제작 기업 발굴',
    dueOn: '2027-03-31',
    status: 'OPEN',
    reason: null,
    availableActions: ['start', 'drop'],
    createdAt: '2026-12-20T01:00:00.000Z',
    updatedAt: '2026-12-20T01:00:00.000Z',
    ...overrides,
  };
}
