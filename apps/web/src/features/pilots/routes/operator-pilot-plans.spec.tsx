import { DEFAULT_RULE_SETTINGS, Role, type RuleSettingsView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type ApiRoutes } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import { makePlan, page, renderPilotPage } from '../testing';
import { OperatorPilotPlansRoute } from './operator-pilot-plans';

/** The rule settings as an operator changed them: a new plan starts from these, not from domain.md's numbers. */
const settings: RuleSettingsView = {
  ...DEFAULT_RULE_SETTINGS,
  pilot: { maxInstitutionsPerProduct: 4, maxAmountPerProduct: 250_000_000, maxUsePeriodMonths: 10, repeatPilotThreshold: 40_000_000 },
  updatedAt: '2027-01-05T00:00:00.000Z',
  updatedBy: 'operator-1',
};

function renderPlans(
  create: ApiRoutes['POST /pilot-plans'] = (request) => ({ status: 201, body: makePlan({ id: 'plan-new', ...(request.body as object) }) }),
  ruleSettings: ApiRoutes['GET /rule-settings'] = { body: settings },
) {
  return renderPilotPage(<OperatorPilotPlansRoute />, {
    path: '/operator/pilot-plans',
    at: '/operator/pilot-plans',
    session: makeSession(Role.OPERATOR),
    api: {
      'GET /pilot-plans': { body: page([makePlan(), makePlan({ id: 'plan-0', year: 2025, title: '2025년 시범구매', surveyOpen: false, published: true })]) },
      'POST /pilot-plans': create,
      'GET /rule-settings': ruleSettings,
    },
  });
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.clear(screen.getByTestId('plan-year'));
  await user.type(screen.getByTestId('plan-year'), '2027');
  await user.type(screen.getByTestId('plan-title'), '2027년 혁신제품 시범구매');
  await user.type(screen.getByTestId('plan-budget'), '5,000,000,000');
  await user.type(screen.getByTestId('plan-surveyOpensAt'), '2027-03-02T09:00');
  await user.type(screen.getByTestId('plan-surveyClosesAt'), '2027-03-31T18:00');
}

describe('the operator’s pilot plans', () => {
  it('lists every plan, each linking to its management page', async () => {
    renderPlans();
    const row = await screen.findByTestId('pilot-plan-row-plan-0');
    expect(within(row).getByRole('link', { name: '2025년 시범구매' })).toHaveAttribute('href', '/operator/pilot-plans/plan-0');
    expect(screen.getByTestId('pilot-plan-phase-plan-0')).toHaveAttribute('data-phase', 'CLOSED');
    expect(row).toHaveTextContent('결과 공개');
    expect(screen.getByTestId('pilot-plan-row-plan-1')).toHaveTextContent('₩250,000,000 / ₩1,000,000,000');
  });

  it('starts a new plan from the rule settings as the operator last set them', async () => {
    renderPlans();
    await screen.findByTestId('plan-form');
    expect(screen.getByTestId('plan-maxInstitutionsPerProduct')).toHaveValue(4);
    expect(screen.getByTestId('plan-maxAmountPerProduct')).toHaveValue('250000000');
    expect(screen.getByTestId('plan-maxUsePeriodMonths')).toHaveValue(10);
    expect(screen.getByTestId('plan-repeatPilotThreshold')).toHaveValue('40000000');
    expect(screen.getByLabelText(/재시범구매 허용 기준 금액/)).toHaveAccessibleDescription('기본값: ₩40,000,000');
    expect(screen.getByTestId('plan-year')).toHaveValue(new Date().getFullYear());
  });

  it('says so when the rule settings cannot be read, and tries again', async () => {
    const { api } = renderPlans(undefined, { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'down' } });
    await screen.findByRole('button', { name: /다시 시도/ });
    expect(screen.queryByTestId('plan-form')).not.toBeInTheDocument();
    expect(api.find('GET', '/rule-settings').length).toBeGreaterThan(0);
  });

  it('checks the fields before sending', async () => {
    const { api } = renderPlans();
    const user = userEvent.setup();
    await screen.findByTestId('plan-form');
    await user.type(screen.getByTestId('plan-surveyOpensAt'), '2027-03-31T18:00');
    await user.type(screen.getByTestId('plan-surveyClosesAt'), '2027-03-02T09:00');
    await user.clear(screen.getByTestId('plan-maxUsePeriodMonths'));
    await user.type(screen.getByTestId('plan-maxUsePeriodMonths'), '40');
    await user.click(screen.getByTestId('plan-submit'));

    expect(screen.getByTestId('plan-title')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('plan-budget-error')).toHaveTextContent('필수 입력 항목입니다.');
    expect(document.getElementById('plan-surveyClosesAt-error')).toHaveTextContent('수요조사 마감은 시작보다 뒤여야 합니다.');
    expect(document.getElementById('plan-maxUsePeriodMonths-error')).toHaveTextContent('1에서 36 사이의 정수를 입력하세요.');
    expect(api.find('POST', '/pilot-plans')).toHaveLength(0);
  });

  it('creates the plan with the window read as Korea time', async () => {
    const { api } = renderPlans();
    const user = userEvent.setup();
    await screen.findByTestId('plan-form');
    await fill(user);
    await user.clear(screen.getByTestId('plan-maxInstitutionsPerProduct'));
    await user.type(screen.getByTestId('plan-maxInstitutionsPerProduct'), '3');
    await user.clear(screen.getByTestId('plan-repeatPilotThreshold'));
    await user.type(screen.getByTestId('plan-repeatPilotThreshold'), '30,000,000');
    await user.click(screen.getByTestId('plan-submit'));

    const created = await screen.findByTestId('plan-created');
    expect(created).toHaveTextContent('‘2027년 혁신제품 시범구매’ 계획을 만들었습니다.');
    expect(within(created).getByRole('link', { name: '계획 관리하기' })).toHaveAttribute('href', '/operator/pilot-plans/plan-new');
    expect(api.find('POST', '/pilot-plans')[0].body).toEqual({
      year: 2027,
      title: '2027년 혁신제품 시범구매',
      budget: 5_000_000_000,
      surveyOpensAt: '2027-03-02T09:00:00+09:00',
      surveyClosesAt: '2027-03-31T18:00:00+09:00',
      maxInstitutionsPerProduct: 3,
      maxAmountPerProduct: 250_000_000,
      maxUsePeriodMonths: 10,
      repeatPilotThreshold: 30_000_000,
    });
    expect(screen.getByTestId('plan-title')).toHaveValue('');
    // The list is asked again.
    await waitFor(() => expect(api.find('GET', '/pilot-plans').length).toBeGreaterThan(1));
  });

  it('shows the API’s field errors beside their fields', async () => {
    renderPlans(() => apiError(400, 'Validation failed', { surveyClosesAt: ['surveyClosesAt must be after surveyOpensAt'] }));
    const user = userEvent.setup();
    await screen.findByTestId('plan-form');
    await fill(user);
    await user.click(screen.getByTestId('plan-submit'));
    await waitFor(() => expect(screen.getByTestId('plan-surveyClosesAt')).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('plan-surveyClosesAt-error')).toHaveTextContent('surveyClosesAt must be after surveyOpensAt');
  });
});
