import {
  PilotStatus,
  pilotMachine,
  Role,
  type PilotPlanView,
  type PilotView,
  type PlanProductView,
  type SessionResponse,
} from '@inno/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { createMemoryRouter } from 'react-router';
import { AppRouterProvider } from '../../app/app-router-provider';
import { AppProviders } from '../../app/providers';
import { i18n } from '../../lib/i18n';
import en from '../../locales/pilots/en.json';
import ko from '../../locales/pilots/ko.json';
import { apiError, mockApi, type ApiRoutes } from '../../test/api-mock';
import { setSessionHint } from '../../test/session-hint';
import { PILOTS_NAMESPACE } from './components/pilots-i18n';

/**
 * Test helpers of the pilot pages (spec files only). The `pilots` namespace is put
 * in place here, whether or not src/lib/i18n.ts fetches it lazily yet.
 */
i18n.addResourceBundle('ko', PILOTS_NAMESPACE, ko, true, true);
i18n.addResourceBundle('en', PILOTS_NAMESPACE, en, true, true);

/** As src/test/render.tsx's (not imported: it pulls in the whole router). */
function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
}

/**
 * Renders one page at `at` under a route `path` (for useParams), inside the providers,
 * as the app's router would (the guard aside); other addresses render a marker.
 */
export function renderPilotPage(
  ui: ReactElement,
  { path, at, session = null, api = {} }: { path: string; at: string; session?: SessionResponse | null; api?: ApiRoutes },
) {
  setSessionHint(session !== null);
  const mock = mockApi({
    'POST /auth/refresh': session ? { body: session } : apiError(401, 'Unauthorized'),
    ...api,
  });
  const router = createMemoryRouter(
    [
      { path, element: <Suspense fallback={null}>{ui}</Suspense> },
      { path: '*', element: <p data-testid="elsewhere">elsewhere</p> },
    ],
    { initialEntries: [at] },
  );
  const utils = render(
    <AppProviders queryClient={testQueryClient()}>
      <AppRouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, api: mock };
}

export function makePlan(overrides: Partial<PilotPlanView> = {}): PilotPlanView {
  return {
    id: 'plan-1',
    year: 2026,
    title: '2026년 혁신제품 시범구매',
    budget: 1_000_000_000,
    matchedAmount: 250_000_000,
    surveyOpensAt: '2026-03-01T00:00:00.000Z',
    surveyClosesAt: '2026-03-31T09:00:00.000Z',
    surveyOpen: true,
    maxInstitutionsPerProduct: 5,
    maxAmountPerProduct: 300_000_000,
    maxUsePeriodMonths: 12,
    repeatPilotThreshold: 50_000_000,
    published: false,
    createdAt: '2026-02-01T00:00:00.000Z',
    ...overrides,
  };
}

export function makePlanProduct(overrides: Partial<PlanProductView> = {}): PlanProductView {
  return {
    productId: 'product-1',
    nameKo: '실내 공기질 측정 드론',
    nameEn: 'Indoor air-quality drone',
    companyName: '(주)혁신',
    categoryCode: '1010',
    askingPrice: 12_000_000,
    eligible: true,
    exclusion: null,
    exclusionMessage: null,
    usePlan: null,
    matchedInstitutions: 0,
    matchedAmount: 0,
    ...overrides,
  };
}

/** A pilot as the API shows it to `viewer` (its available actions from the shared machine). */
export function makePilot(overrides: Partial<PilotView> = {}, viewer: Role = Role.BUYER): PilotView {
  const status = overrides.status ?? PilotStatus.APPLIED;
  return {
    id: 'pilot-1',
    planId: 'plan-1',
    product: { id: 'product-1', nameKo: '실내 공기질 측정 드론', companyId: 'company-1', companyName: '(주)혁신' },
    institution: { id: 'institution-1', name: '조달청' },
    status,
    quantity: 2,
    amount: 24_000_000,
    intendedUse: '민원실 공기질 측정',
    place: '정부대전청사',
    usePeriodMonths: 6,
    followOnPlanned: true,
    followOnBudgeted: true,
    followOnAmount: 50_000_000,
    need: '민원실 환기 관리가 필요합니다.',
    rank: status === PilotStatus.APPLIED ? 1 : null,
    decisionReason: null,
    decisionReasonMessage: null,
    result: null,
    verdictReason: null,
    useStartedAt: null,
    useEndsOn: null,
    checkIns: [],
    checkInsDue: [],
    availableActions: pilotMachine.availableActions(status, viewer),
    createdAt: '2026-03-05T01:00:00.000Z',
    ...overrides,
  };
}

export function page<T>(items: T[], overrides: { total?: number; page?: number; pageSize?: number } = {}) {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}
