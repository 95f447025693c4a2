import { REFUSED_PILOT_APPLICATIONS, Role } from '@inno/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { wordMessage } from '../../../lib/messages';
import { apiError, type ApiRoutes } from '../../../test/api-mock';
import { makeProductDetail, makeSession } from '../../../test/factories';
import { makePilot, makePlan, renderPilotPage } from '../testing';
import { ApplyPilotRoute } from './apply-pilot';

function renderApply({
  at = '/pilots/apply?planId=plan-1&productId=product-1',
  plan = makePlan(),
  product = { body: makeProductDetail({ id: 'product-1', askingPrice: 12_000_000 }) } as ApiRoutes['GET /products/:id'],
  apply = ((request) => ({ status: 201, body: makePilot({ id: 'pilot-9', ...(request.body as object) }) })) as ApiRoutes['POST /pilot-applications'],
} = {}) {
  return renderPilotPage(<ApplyPilotRoute />, {
    path: '/pilots/apply',
    at,
    session: makeSession(Role.BUYER),
    api: {
      'GET /pilot-plans/:id': { body: plan },
      'GET /products/:id': product,
      'POST /pilot-applications': apply,
    },
  });
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByTestId('pilot-quantity'), '2');
  await user.type(screen.getByTestId('pilot-amount'), '24,000,000');
  await user.clear(screen.getByTestId('pilot-use-period'));
  await user.type(screen.getByTestId('pilot-use-period'), '6');
  await user.type(screen.getByTestId('pilot-intended-use'), '민원실 공기질 측정');
  await user.type(screen.getByTestId('pilot-place'), '정부대전청사');
  await user.type(screen.getByTestId('pilot-need'), '민원실 환기 관리가 필요합니다.');
}

describe('the pilot application form', () => {
  it('names the product, plan and institution, and starts from the plan’s longest use period', async () => {
    renderApply();
    expect(await screen.findByTestId('apply-for')).toHaveTextContent('조달청 · ‘2026년 혁신제품 시범구매’ 계획의 실내 공기질 측정 드론');
    const period = screen.getByTestId('pilot-use-period');
    expect(period).toHaveAttribute('type', 'number');
    expect(period).toHaveAttribute('max', '12');
    expect(period).toHaveValue(12);
    expect(screen.getByTestId('pilot-follow-on-planned')).toHaveAttribute('type', 'checkbox');
    expect(screen.getByTestId('pilot-follow-on-budgeted')).not.toBeChecked();
    // Every field has a label.
    for (const name of [/^수량/, /^신청 금액/, /^사용 기간/, /^사용 목적/, /^사용 장소/, /^필요성/, /^후속 구매 금액/]) {
      expect(screen.getByLabelText(name)).toBeInTheDocument();
    }
  });

  it('checks the API’s rules before sending', async () => {
    const { api } = renderApply({ plan: makePlan({ maxUsePeriodMonths: 6 }) });
    const user = userEvent.setup();
    await screen.findByTestId('pilot-apply-form');
    await user.clear(screen.getByTestId('pilot-use-period'));
    await user.type(screen.getByTestId('pilot-use-period'), '7');
    await user.type(screen.getByTestId('pilot-intended-use'), '측정');
    await user.click(screen.getByTestId('pilot-follow-on-budgeted'));
    await user.click(screen.getByTestId('pilot-apply-submit'));

    const errorOf = (testId: string) => {
      const input = screen.getByTestId(testId);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
    };
    expect(errorOf('pilot-quantity')).toContain('필수 입력 항목입니다.');
    expect(errorOf('pilot-amount')).toContain('필수 입력 항목입니다.');
    expect(errorOf('pilot-use-period')).toContain('1개월에서 6개월(이 계획의 최대 사용 기간)');
    expect(errorOf('pilot-intended-use')).toContain('5자 이상 입력하세요.');
    expect(errorOf('pilot-follow-on-budgeted')).toContain('후속 구매 계획도 있어야 합니다');
    expect(errorOf('pilot-follow-on-amount')).toContain('그 금액을 입력하세요');
    expect(errorOf('pilot-need')).toContain('필수 입력 항목입니다.');
    expect(api.find('POST', '/pilot-applications')).toHaveLength(0);

    // Fixing a field clears its message.
    await user.click(screen.getByTestId('pilot-follow-on-planned'));
    expect(screen.getByTestId('pilot-follow-on-budgeted')).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByTestId('pilot-amount'), '12만');
    await user.click(screen.getByTestId('pilot-apply-submit'));
    expect(errorOf('pilot-amount')).toContain('1원에서 100,000,000,000원 사이의 정수');
  });

  it('refuses what the API refuses, with the messages of the same codes, before sending', async () => {
    const testIds: Record<string, string> = {
      quantity: 'pilot-quantity',
      amount: 'pilot-amount',
      intendedUse: 'pilot-intended-use',
      place: 'pilot-place',
      usePeriodMonths: 'pilot-use-period',
      followOnPlanned: 'pilot-follow-on-planned',
      followOnBudgeted: 'pilot-follow-on-budgeted',
      followOnAmount: 'pilot-follow-on-amount',
      need: 'pilot-need',
    };
    for (const refused of REFUSED_PILOT_APPLICATIONS) {
      const { api, unmount } = renderApply();
      const user = userEvent.setup();
      await screen.findByTestId('pilot-apply-form');
      await fillValid(user);
      for (const [field, value] of Object.entries(refused.input)) {
        const control = screen.getByTestId(testIds[field]) as HTMLInputElement;
        if (typeof value === 'boolean') {
          if (control.checked !== value) await user.click(control);
        } else {
          fireEvent.change(control, { target: { value: String(value) } });
        }
      }
      await user.click(screen.getByTestId('pilot-apply-submit'));
      const invalid = [...document.querySelectorAll('[aria-invalid="true"]')].map((element) => element.id).sort();
      expect({ why: refused.why, invalid }).toEqual({ why: refused.why, invalid: Object.keys(refused.codes).map((field) => screen.getByTestId(testIds[field]).id).sort() });
      for (const [field, [expected]] of Object.entries(refused.codes)) {
        expect(document.getElementById(`${screen.getByTestId(testIds[field]).id}-error`)).toHaveTextContent(wordMessage(expected));
      }
      expect(api.find('POST', '/pilot-applications')).toHaveLength(0);
      unmount();
    }
  });

  it('sends the application and says so, with a link to the pilot', async () => {
    const { api, router } = renderApply();
    const user = userEvent.setup();
    await screen.findByTestId('pilot-apply-form');
    await fillValid(user);
    await user.click(screen.getByTestId('pilot-follow-on-planned'));
    await user.click(screen.getByTestId('pilot-follow-on-budgeted'));
    await user.type(screen.getByTestId('pilot-follow-on-amount'), '50000000');
    await user.click(screen.getByTestId('pilot-apply-submit'));

    const applied = await screen.findByTestId('pilot-applied');
    expect(applied).toHaveAttribute('data-pilot-id', 'pilot-9');
    expect(applied).toHaveAttribute('role', 'status');
    expect(applied).toHaveFocus();
    expect(api.find('POST', '/pilot-applications')[0].body).toEqual({
      planId: 'plan-1',
      productId: 'product-1',
      quantity: 2,
      amount: 24_000_000,
      intendedUse: '민원실 공기질 측정',
      place: '정부대전청사',
      usePeriodMonths: 6,
      followOnPlanned: true,
      followOnBudgeted: true,
      followOnAmount: 50_000_000,
      need: '민원실 환기 관리가 필요합니다.',
    });
    expect(screen.queryByTestId('pilot-apply-form')).not.toBeInTheDocument();
    await user.click(within(applied).getByTestId('pilot-applied-link'));
    expect(router.state.location.pathname).toBe('/my/pilots/pilot-9');
  });

  it('leaves the follow-on amount out when none is given', async () => {
    const { api } = renderApply();
    const user = userEvent.setup();
    await screen.findByTestId('pilot-apply-form');
    await fillValid(user);
    await user.click(screen.getByTestId('pilot-apply-submit'));
    await screen.findByTestId('pilot-applied');
    const body = api.find('POST', '/pilot-applications')[0].body as Record<string, unknown>;
    expect(body).not.toHaveProperty('followOnAmount');
    expect(body).toMatchObject({ followOnPlanned: false, followOnBudgeted: false });
  });

  it('shows the API’s 400 details beside their fields', async () => {
    renderApply({
      apply: () => apiError(400, 'Validation failed', { usePeriodMonths: ["usePeriodMonths must be at most 12 (the plan's maximum use period)"] }),
    });
    const user = userEvent.setup();
    await screen.findByTestId('pilot-apply-form');
    await fillValid(user);
    await user.click(screen.getByTestId('pilot-apply-submit'));
    const period = screen.getByTestId('pilot-use-period');
    await waitFor(() => expect(period).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('pilot-use-period-error')).toHaveTextContent("usePeriodMonths must be at most 12 (the plan's maximum use period)");
    expect(screen.getByTestId('form-error')).toHaveTextContent('입력 내용을 확인하세요.');
  });

  it('shows a 409 (already applied) above the form and keeps what was typed', async () => {
    renderApply({ apply: () => apiError(409, 'Your institution has already applied for this product in this plan') });
    const user = userEvent.setup();
    await screen.findByTestId('pilot-apply-form');
    await fillValid(user);
    await user.click(screen.getByTestId('pilot-apply-submit'));
    const alert = await screen.findByTestId('form-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Your institution has already applied for this product in this plan');
    expect(screen.getByTestId('pilot-place')).toHaveValue('정부대전청사');
    expect(screen.queryByTestId('pilot-applied')).not.toBeInTheDocument();
  });

  it('offers no form once the survey has closed', async () => {
    const { api } = renderApply({ plan: makePlan({ surveyOpen: false }) });
    expect(await screen.findByTestId('survey-not-open')).toHaveTextContent('수요조사가 마감되었습니다');
    expect(screen.queryByTestId('pilot-apply-form')).not.toBeInTheDocument();
    expect(api.find('POST', '/pilot-applications')).toHaveLength(0);
  });

  it('asks for a plan and a product when the address names none', async () => {
    renderApply({ at: '/pilots/apply' });
    expect(await screen.findByTestId('apply-missing')).toHaveTextContent('신청할 계획과 제품을 먼저 고르세요.');
    expect(screen.getByRole('link', { name: '시범구매 계획 보기' })).toHaveAttribute('href', '/pilots');
  });

  it('holds the amount to the plan’s cap per product it states, before sending', async () => {
    const { api } = renderApply({ plan: makePlan({ maxAmountPerProduct: 300_000_000 }) });
    const user = userEvent.setup();
    await screen.findByTestId('pilot-apply-form');
    await fillValid(user);
    await user.clear(screen.getByTestId('pilot-amount'));
    await user.type(screen.getByTestId('pilot-amount'), '400,000,000');
    await user.click(screen.getByTestId('pilot-apply-submit'));
    await waitFor(() => expect(screen.getByTestId('pilot-amount')).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('pilot-amount-error')).toHaveTextContent('이 계획의 제품당 한도인 300,000,000원 이하');
    expect(api.find('POST', '/pilot-applications')).toHaveLength(0);
  });

  it('offers no form for a product that cannot be found', async () => {
    const { api } = renderApply({ at: '/pilots/apply?planId=plan-1&productId=nope', product: apiError(404, 'Product not found') });
    expect(await screen.findByTestId('apply-no-product')).toBeInTheDocument();
    expect(screen.getByText('이 제품을 찾을 수 없어 신청할 수 없습니다. 주소의 제품을 확인하세요.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '수요조사의 제품 목록에서 고르기' })).toHaveAttribute('href', '/pilots/plans/plan-1');
    expect(screen.queryByTestId('pilot-apply-form')).not.toBeInTheDocument();
    expect(api.find('POST', '/pilot-applications')).toHaveLength(0);
  });
});
