import { PILOT_INDICATORS, PilotStatus, Role, type MatchingProposal, type PilotView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockResponse } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import type { MockRequest } from '../../../test/render';
import { makePilot, makePlan, page, renderPilotPage } from '../testing';
import { OperatorPilotPlanRoute } from './operator-pilot-plan';

const drone = { id: 'product-1', nameKo: '실내 공기질 측정 드론', companyId: 'company-1', companyName: '(주)혁신' };
const sensor = { id: 'product-2', nameKo: '수질 센서', companyId: 'company-2', companyName: '(주)물길' };
const op = Role.OPERATOR;

const a1 = makePilot({ id: 'a1', product: drone, institution: { id: 'i1', name: '조달청' }, rank: 1, amount: 24_000_000 }, op);
const a2 = makePilot(
  { id: 'a2', product: drone, institution: { id: 'i2', name: '대전광역시' }, rank: 2, amount: 30_000_000, followOnBudgeted: false, followOnPlanned: false, followOnAmount: null, need: '하천 관리' },
  op,
);
const a3 = makePilot({ id: 'a3', product: sensor, institution: { id: 'i3', name: '환경부' }, rank: 1, amount: 100_000_000 }, op);
const reported = makePilot(
  {
    id: 'r1',
    status: PilotStatus.RESULT_REPORTED,
    institution: { id: 'i4', name: '세종시' },
    result: {
      scores: Object.fromEntries(PILOT_INDICATORS.map((indicator) => [indicator, indicator === 'safety' ? 2 : 4])) as NonNullable<PilotView['result']>['scores'],
      comments: { safety: '배터리 발열' },
      willBuyMore: false,
      summary: '안전성 보완이 필요합니다.',
      reportedAt: '2026-10-01T00:00:00.000Z',
    },
  },
  op,
);
const insufficient = makePilot({ id: 'n1', status: PilotStatus.INSUFFICIENT, institution: { id: 'i5', name: '부산시' }, verdictReason: '발열 문제' }, op);

const proposal: MatchingProposal = {
  match: [
    { applicationId: 'a1', productId: 'product-1', amount: 24_000_000, rank: 1 },
    { applicationId: 'a3', productId: 'product-2', amount: 100_000_000, rank: 1 },
  ],
  skip: [
    {
      applicationId: 'a2',
      productId: 'product-1',
      reason: 'The product would exceed ₩300,000,000 of pilots: ₩276,000,000 left',
      code: 'PRODUCT_AMOUNT_EXCEEDED',
      params: { max: 300_000_000, left: 276_000_000 },
    },
  ],
  totalAmount: 124_000_000,
  budgetLeft: 626_000_000,
};

type Handler = MockResponse | ((request: MockRequest) => MockResponse);

function renderPlan({ plan = makePlan({ surveyOpen: false }), api = {} as Record<string, Handler> } = {}) {
  return renderPilotPage(<OperatorPilotPlanRoute />, {
    path: '/operator/pilot-plans/:id',
    at: `/operator/pilot-plans/${plan.id}`,
    session: makeSession(op),
    api: {
      'GET /pilot-plans/:id': { body: plan },
      'GET /pilot-applications': (request) => {
        const status = request.query.get('status');
        const all = [a1, a2, a3, reported, insufficient];
        return { body: page(status ? all.filter((pilot) => pilot.status === status) : all, { pageSize: 100 }) };
      },
      'GET /pilot-plans/:id/matching-proposal': { body: proposal },
      ...api,
    },
  });
}

describe('the operator’s plan page', () => {
  it('shows the budget used and left as an image with its figures, and in text', async () => {
    renderPlan();
    const chart = await screen.findByRole('img', { name: '예산 ₩1,000,000,000 중 ₩250,000,000(25%) 매칭, ₩750,000,000 남음' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByTestId('budget-chart-used')).toHaveAttribute('width', '25');
    expect(screen.getByTestId('budget-chart-used-text')).toHaveTextContent('₩250,000,000 (25%)');
    expect(screen.getByTestId('budget-chart-left-text')).toHaveTextContent('₩750,000,000');
  });

  it('groups the applications by product, by rank, with follow-on budget, amount and need', async () => {
    renderPlan();
    const droneGroup = await screen.findByTestId('applications-product-product-1');
    expect(within(droneGroup).getByRole('heading', { level: 3 })).toHaveTextContent('실내 공기질 측정 드론');
    const rows = within(droneGroup).getAllByTestId(/^application-a/);
    expect(rows.map((row) => row.getAttribute('data-testid'))).toEqual(['application-a1', 'application-a2']);
    expect(within(rows[0]).getByTestId('application-rank-a1')).toHaveTextContent('1위');
    expect(rows[0]).toHaveTextContent('예산 확보: ₩50,000,000');
    expect(rows[0]).toHaveTextContent('₩24,000,000');
    expect(rows[1]).toHaveTextContent('계획 없음');
    expect(rows[1]).toHaveTextContent('하천 관리');
    expect(within(rows[0]).getByRole('link', { name: '조달청' })).toHaveAttribute('href', '/my/pilots/a1');
    expect(screen.getByTestId('applications-product-product-2')).toHaveTextContent('환경부');
  });

  it('lets the operator adjust the proposed matching and apply it', async () => {
    const { api } = renderPlan({ api: { 'POST /pilot-plans/:id/matching': { body: [a3, a2] } } });
    const user = userEvent.setup();
    const table = await screen.findByTestId('matching-table');
    expect(screen.getByTestId('matching-row-a1')).toHaveAttribute('data-proposed', 'true');
    expect(screen.getByTestId('matching-check-a1')).toBeChecked();
    expect(screen.getByTestId('matching-check-a3')).toBeChecked();
    expect(screen.getByTestId('matching-check-a2')).not.toBeChecked();
    expect(screen.getByTestId('matching-row-a2')).toHaveTextContent('제외: 제품당 시범구매 한도 ₩300,000,000을 넘습니다 (남은 한도 ₩276,000,000).');
    expect(within(table).getByRole('checkbox', { name: '매칭: 실내 공기질 측정 드론 · 조달청' })).toBe(screen.getByTestId('matching-check-a1'));
    expect(screen.getByTestId('matching-selected-total')).toHaveTextContent('선택 2건 · ₩124,000,000 · 적용 후 남는 예산 ₩626,000,000');

    await user.click(screen.getByTestId('matching-check-a1'));
    await user.click(screen.getByTestId('matching-check-a2'));
    expect(screen.getByTestId('matching-selected-total')).toHaveTextContent('선택 2건 · ₩130,000,000 · 적용 후 남는 예산 ₩620,000,000');
    await user.click(screen.getByTestId('matching-apply'));

    expect(await screen.findByTestId('matching-applied')).toHaveTextContent('2건을 매칭했습니다.');
    expect(api.find('POST', '/pilot-plans/plan-1/matching')[0].body).toEqual({ applicationIds: ['a3', 'a2'] });
    // The plan and the proposal are asked again.
    await waitFor(() => expect(api.find('GET', '/pilot-plans/plan-1/matching-proposal').length).toBeGreaterThan(1));
  });

  it('shows the 409 when the adjusted matching would break a cap or the budget', async () => {
    renderPlan({
      api: { 'POST /pilot-plans/:id/matching': apiError(409, 'The product already has 5 matched institutions (at most 5)') },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('matching-apply'));
    const alert = await screen.findByTestId('matching-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('The product already has 5 matched institutions (at most 5)');
  });

  it('matches one application at once, and declines another only with a reason', async () => {
    const { api } = renderPlan({
      api: {
        'POST /pilot-applications/:id/match': (request) => ({ body: { ...a1, id: request.params.id, status: PilotStatus.MATCHED } }),
        'POST /pilot-applications/:id/decline': (request) => ({ body: { ...a2, id: request.params.id, status: PilotStatus.NOT_MATCHED } }),
      },
    });
    const user = userEvent.setup();
    const first = await screen.findByTestId('application-a1');
    await user.click(within(first).getByTestId('pilot-action-match'));
    expect(await screen.findByTestId('operator-notice')).toHaveTextContent('실내 공기질 측정 드론 신청을 매칭했습니다.');
    expect(api.find('POST', '/pilot-applications/a1/match')).toHaveLength(1);

    const second = screen.getByTestId('application-a2');
    await user.click(within(second).getByTestId('pilot-action-decline'));
    await user.click(within(second).getByTestId('pilot-confirm-decline'));
    expect(within(second).getByTestId('pilot-reason-decline')).toHaveAttribute('aria-invalid', 'true');
    expect(api.find('POST', '/pilot-applications/a2/decline')).toHaveLength(0);
    await user.type(within(second).getByTestId('pilot-reason-decline'), '후속 구매 계획 없음');
    await user.click(within(second).getByTestId('pilot-confirm-decline'));
    await waitFor(() => expect(api.find('POST', '/pilot-applications/a2/decline')).toHaveLength(1));
    expect(api.find('POST', '/pilot-applications/a2/decline')[0].body).toEqual({ reason: '후속 구매 계획 없음' });
  });

  it('shows why the results cannot be published yet', async () => {
    const { api } = renderPlan({
      plan: makePlan({ surveyOpen: true }),
      api: { 'POST /pilot-plans/:id/publish': apiError(409, 'Publish the results after the survey closes') },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('publish-panel')).toHaveTextContent('수요조사가');
    await user.click(screen.getByTestId('plan-publish'));
    expect(await screen.findByTestId('publish-error')).toHaveTextContent('Publish the results after the survey closes');
    expect(api.find('POST', '/pilot-plans/plan-1/publish')).toHaveLength(1);
  });

  it('publishes the results and links to the public page', async () => {
    let plan = makePlan({ surveyOpen: false });
    renderPlan({
      plan,
      api: {
        'GET /pilot-plans/:id': () => ({ body: plan }),
        'POST /pilot-plans/:id/publish': () => {
          plan = { ...plan, published: true };
          return { body: plan };
        },
      },
    });
    await userEvent.setup().click(await screen.findByTestId('plan-publish'));
    const published = await screen.findByTestId('plan-published');
    expect(within(published).getByRole('link', { name: '공개 화면 보기' })).toHaveAttribute('href', '/pilots/plans/plan-1');
  });

  it('shows the reported scores with the verdict buttons, and records a success', async () => {
    const { api } = renderPlan({
      api: { 'POST /pilot-applications/:id/judge-success': { body: { ...reported, status: PilotStatus.SUCCESS } } },
    });
    const card = await screen.findByTestId('reported-r1');
    expect(within(card).getByTestId('reported-r1-result-score-safety')).toHaveTextContent('2 / 5');
    expect(card).toHaveTextContent('배터리 발열');
    expect(card).toHaveTextContent('안전성 보완이 필요합니다.');
    expect(within(card).getAllByRole('button').map((button) => button.getAttribute('data-action'))).toEqual(['judge-success', 'judge-insufficient']);
    await userEvent.setup().click(within(card).getByTestId('pilot-action-judge-success'));
    await waitFor(() => expect(api.find('POST', '/pilot-applications/r1/judge-success')).toHaveLength(1));
  });

  it('records the corrective action of an insufficient pilot', async () => {
    const { api } = renderPlan({
      api: { 'POST /pilot-applications/:id/complete-corrective-action': { body: { ...insufficient, status: PilotStatus.CORRECTIVE_ACTION_DONE } } },
    });
    const card = await screen.findByTestId('corrective-n1');
    expect(card).toHaveTextContent('미흡 사유: 발열 문제');
    await userEvent.setup().click(within(card).getByTestId('pilot-action-complete-corrective-action'));
    await waitFor(() => expect(api.find('POST', '/pilot-applications/n1/complete-corrective-action')).toHaveLength(1));
  });
});
