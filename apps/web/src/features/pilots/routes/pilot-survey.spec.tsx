import { Role, type PilotPlanView, type SessionResponse } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type ApiRoutes } from '../../../test/api-mock';
import { makeCategories, makeProductSummary, makeSession } from '../../../test/factories';
import { makePlan, makePlanProduct, page, renderPilotPage } from '../testing';
import { PilotSurveyRoute } from './pilot-survey';

const eligible = makePlanProduct({
  productId: 'product-1',
  usePlan: { offering: '드론 2대와 분석 소프트웨어', installation: '현장 설치 1일', training: '사용자 교육 2회', support: '24시간 내 방문 수리' },
  matchedInstitutions: 1,
  matchedAmount: 24_000_000,
});
const excluded = makePlanProduct({
  productId: 'product-2',
  nameKo: '스마트 가로등',
  eligible: false,
  exclusion: 'Already pilot-purchased once for ₩80,000,000 (over ₩50,000,000)',
  exclusionMessage: { code: 'REPEAT_PILOT', params: { amount: 80_000_000, threshold: 50_000_000 } },
});
const otherSupplier = makePlanProduct({ productId: 'product-3', nameKo: '수질 센서', companyName: '(주)다른회사' });

function renderSurvey({ plan = makePlan(), session = null, api = {} }: { plan?: PilotPlanView; session?: SessionResponse | null; api?: ApiRoutes } = {}) {
  return renderPilotPage(<PilotSurveyRoute />, {
    path: '/pilots/plans/:planId',
    at: `/pilots/plans/${plan.id}`,
    session,
    api: {
      'GET /pilot-plans/:id': { body: plan },
      'GET /pilot-plans/:id/products': { body: page([eligible, excluded, otherSupplier]) },
      'GET /categories': { body: makeCategories() },
      ...api,
    },
  });
}

describe('the demand survey page', () => {
  it('shows the plan, each product eligible or excluded with the reason, and the supplier’s use plan', async () => {
    const { api } = renderSurvey();
    expect(await screen.findByRole('heading', { level: 1, name: '2026년 혁신제품 시범구매' })).toBeInTheDocument();
    const summary = screen.getByTestId('plan-summary');
    expect(within(summary).getByTestId('plan-summary-budget')).toHaveTextContent('₩1,000,000,000');
    expect(within(summary).getByTestId('plan-summary-matched')).toHaveTextContent('₩250,000,000');
    expect(within(summary).getByTestId('plan-summary-caps')).toHaveTextContent('제품당 최대 5개 기관, ₩300,000,000');
    expect(within(summary).getByTestId('plan-summary-maxUsePeriod')).toHaveTextContent('12개월');
    expect(within(summary).getByTestId('plan-summary-repeatThreshold')).toHaveTextContent('첫 시범구매가 ₩50,000,000 이하인 제품만 한 번 더');
    expect(within(summary).getByTestId('plan-summary-window')).toHaveTextContent('2026');

    const first = await screen.findByTestId('survey-product-product-1');
    expect(first).toHaveAttribute('data-eligible', 'true');
    expect(within(first).getByTestId('eligibility-product-1')).toHaveTextContent('시범구매 대상');
    expect(within(first).getByTestId('use-plan-product-1')).toHaveTextContent('드론 2대와 분석 소프트웨어');
    expect(within(first).getByTestId('use-plan-product-1')).toHaveTextContent('24시간 내 방문 수리');
    expect(within(first).getByTestId('matched-product-1')).toHaveTextContent('지금까지 1개 기관, ₩24,000,000 매칭');

    const second = screen.getByTestId('survey-product-product-2');
    expect(second).toHaveAttribute('data-eligible', 'false');
    // Worded from its code in the reader's language, never the API's English.
    expect(within(second).getByTestId('exclusion-product-2')).toHaveTextContent(
      '제외 사유: 이미 시범구매된 제품입니다(첫 시범구매 ₩80,000,000). 첫 시범구매가 ₩50,000,000 이하였을 때만 한 번 더 시범구매할 수 있습니다.',
    );
    expect(within(second).getByTestId('use-plan-product-2')).toHaveAttribute('data-written', 'false');
    expect(within(first).getByRole('link', { name: '실내 공기질 측정 드론' })).toHaveAttribute('href', '/products/product-1');

    // A visitor who is not signed in is told how to apply, and gets no apply link.
    expect(await screen.findByRole('link', { name: '수요기관 계정으로 로그인하면 신청할 수 있습니다.' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByTestId('apply-product-1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('edit-use-plan-product-1')).not.toBeInTheDocument();
    expect(api.find('GET', '/pilot-plans/plan-1/products')[0].query.get('page')).toBe('1');
    expect(api.find('GET', '/pilot-plans/plan-1/results')).toHaveLength(0);
  });

  it('gives a buyer an apply link on each eligible product while the survey is open', async () => {
    renderSurvey({ session: makeSession(Role.BUYER) });
    const link = await screen.findByTestId('apply-product-1');
    expect(link).toHaveAttribute('href', '/pilots/apply?planId=plan-1&productId=product-1');
    expect(screen.getByTestId('apply-product-3')).toBeInTheDocument();
    expect(screen.queryByTestId('apply-product-2')).not.toBeInTheDocument();
    expect(screen.getByTestId('survey-notice')).toHaveAttribute('data-phase', 'OPEN');
  });

  it('gives a buyer no apply link once the survey has closed', async () => {
    renderSurvey({ session: makeSession(Role.BUYER), plan: makePlan({ surveyOpen: false }) });
    await screen.findByTestId('survey-product-product-1');
    expect(screen.getByTestId('survey-notice')).toHaveAttribute('data-phase', 'CLOSED');
    expect(screen.getByTestId('survey-notice')).toHaveTextContent('수요조사가 마감되었습니다');
    expect(screen.queryByTestId('apply-product-1')).not.toBeInTheDocument();
  });

  it('says when the survey opens, before it does', async () => {
    renderSurvey({ plan: makePlan({ surveyOpen: false, surveyOpensAt: '2099-03-01T00:00:00.000Z', surveyClosesAt: '2099-03-31T00:00:00.000Z' }) });
    expect(await screen.findByTestId('survey-notice')).toHaveAttribute('data-phase', 'UPCOMING');
    expect(screen.getByTestId('plan-summary-phase-badge')).toHaveTextContent('수요조사 예정');
  });

  it('filters by words, category and eligibility through the API and the address', async () => {
    const { api, router } = renderSurvey();
    const user = userEvent.setup();
    await screen.findByTestId('survey-product-product-1');

    await user.type(screen.getByRole('searchbox', { name: /^검색어/ }), '드론');
    await user.click(screen.getByTestId('survey-search'));
    await waitFor(() => expect(api.find('GET', '/pilot-plans/plan-1/products').at(-1)?.query.get('q')).toBe('드론'));
    expect(router.state.location.search).toBe('?q=%EB%93%9C%EB%A1%A0');

    await user.selectOptions(screen.getByTestId('survey-eligible'), 'excluded');
    await waitFor(() => expect(api.find('GET', '/pilot-plans/plan-1/products').at(-1)?.query.get('eligible')).toBe('false'));
    // The filters stay where they are: the keyboard user keeps the place.
    expect(screen.getByTestId('survey-eligible')).toHaveFocus();
    expect(screen.getByRole('searchbox', { name: /^검색어/ })).toHaveValue('드론');
    expect(api.find('GET', '/pilot-plans/plan-1/products').at(-1)?.query.get('q')).toBe('드론');

    await waitFor(() => expect(screen.getByRole('option', { name: '드론' })).toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: /^제품 분류/ }), '1010');
    await waitFor(() => expect(api.find('GET', '/pilot-plans/plan-1/products').at(-1)?.query.get('category')).toBe('1010'));
    expect(new URLSearchParams(router.state.location.search).get('eligible')).toBe('excluded');
  });

  it('says so when no product matches', async () => {
    renderSurvey({ api: { 'GET /pilot-plans/:id/products': { body: page([]) } } });
    expect(await screen.findByTestId('survey-empty')).toHaveTextContent('조건에 맞는 제품이 없습니다.');
    expect(screen.getByTestId('survey-total')).toHaveTextContent('0개 제품');
  });

  it('shows the published matching results with their reasons', async () => {
    renderSurvey({
      plan: makePlan({ surveyOpen: false, published: true }),
      api: {
        'GET /pilot-plans/:id/results': {
          body: [
            { productName: '실내 공기질 측정 드론', companyName: '(주)혁신', institutionName: '조달청', amount: 24_000_000, matched: true, reason: 'Matched in the plan’s matching round', reasonMessage: { code: 'MATCHED_IN_ROUND' } },
            { productName: '수질 센서', companyName: '(주)다른회사', institutionName: '대전시', amount: 9_000_000, matched: false, reason: '예산 소진', reasonMessage: { code: 'TEXT', params: { text: '예산 소진' } } },
          ],
        },
      },
    });
    const rows = await screen.findAllByTestId('plan-result-row');
    expect(rows.map((row) => row.getAttribute('data-matched'))).toEqual(['true', 'false']);
    expect(rows[1]).toHaveTextContent('미매칭');
    expect(rows[1]).toHaveTextContent('예산 소진');
    // The platform's reason in the reader's language, a person's as written.
    expect(rows[0]).toHaveTextContent('계획의 매칭 회차에서 매칭됨');
  });

  it('says the plan cannot be found on a 404', async () => {
    renderSurvey({ api: { 'GET /pilot-plans/:id': apiError(404, 'pilot plan not found') } });
    expect(await screen.findByTestId('plan-not-found')).toHaveTextContent('시범구매 계획을 찾을 수 없습니다');
  });
});

describe('the supplier’s pilot-use plan', () => {
  const supplierApi = {
    'GET /companies/:id/products': {
      body: page([makeProductSummary({ id: 'product-1' }), makeProductSummary({ id: 'product-2' })]),
    },
  };

  it('is offered on the supplier’s own eligible products only', async () => {
    const { api } = renderSurvey({ session: makeSession(Role.SUPPLIER), api: supplierApi });
    expect(await screen.findByTestId('edit-use-plan-product-1')).toHaveTextContent('시범사용 계획 수정');
    expect(screen.queryByTestId('edit-use-plan-product-2')).not.toBeInTheDocument(); // excluded
    expect(screen.queryByTestId('edit-use-plan-product-3')).not.toBeInTheDocument(); // another company's
    expect(screen.queryByTestId('apply-product-1')).not.toBeInTheDocument();
    expect(api.find('GET', '/companies/company-1/products')).toHaveLength(1);
  });

  it('checks the four fields, saves them and shows the saved plan', async () => {
    const saved = { offering: '드론 3대', installation: '현장 설치 반나절', training: '교육 1회 제공', support: '원격 지원과 방문 수리' };
    let products = [makePlanProduct({ productId: 'product-1' }), excluded];
    const { api } = renderSurvey({
      session: makeSession(Role.SUPPLIER),
      api: {
        ...supplierApi,
        'GET /pilot-plans/:id/products': () => ({ body: page(products) }),
        'PUT /pilot-plans/:id/products/:productId/use-plan': (request) => {
          products = [makePlanProduct({ productId: 'product-1', usePlan: request.body as typeof saved }), excluded];
          return { body: { planId: 'plan-1', productId: 'product-1', usePlan: request.body as typeof saved } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-use-plan-product-1'));
    const form = screen.getByTestId('use-plan-form');
    expect(within(form).getByRole('heading', { name: '실내 공기질 측정 드론 시범사용 계획' })).toBeInTheDocument();

    await user.type(within(form).getByTestId('use-plan-offering'), '드론');
    await user.click(within(form).getByTestId('use-plan-save'));
    const offering = within(form).getByRole('textbox', { name: /^제공 내용/ });
    expect(offering).toHaveAttribute('aria-invalid', 'true');
    expect(offering.getAttribute('aria-describedby')).toContain('use-plan-product-1-offering-error');
    expect(screen.getByText('5자 이상 입력하세요.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^설치/ })).toHaveAttribute('aria-invalid', 'true');
    expect(api.find('PUT', '/pilot-plans/plan-1/products/product-1/use-plan')).toHaveLength(0);

    await user.clear(offering);
    await user.type(offering, `  ${saved.offering} 분량 `);
    await user.type(within(form).getByTestId('use-plan-installation'), saved.installation);
    await user.type(within(form).getByTestId('use-plan-training'), saved.training);
    await user.type(within(form).getByTestId('use-plan-support'), saved.support);
    await user.click(within(form).getByTestId('use-plan-save'));

    expect(await screen.findByTestId('use-plan-saved-product-1')).toHaveTextContent('시범사용 계획을 저장했습니다.');
    expect(api.find('PUT', '/pilot-plans/plan-1/products/product-1/use-plan')[0].body).toEqual({ ...saved, offering: '드론 3대 분량' });
    expect(await screen.findByTestId('use-plan-product-1')).toHaveTextContent('원격 지원과 방문 수리');
    expect(screen.queryByTestId('use-plan-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('edit-use-plan-product-1')).toHaveFocus();
  });

  it('shows the API’s field errors beside their fields and a 409 above the form', async () => {
    let answer = apiError(400, 'Validation failed', { training: ['training must be longer than or equal to 5 characters'] });
    renderSurvey({
      session: makeSession(Role.SUPPLIER),
      api: { ...supplierApi, 'PUT /pilot-plans/:id/products/:productId/use-plan': () => answer },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-use-plan-product-1'));
    for (const field of ['offering', 'installation', 'training', 'support']) await user.type(screen.getByTestId(`use-plan-${field}`), '충분히 긴 내용');
    await user.click(screen.getByTestId('use-plan-save'));
    const training = screen.getByTestId('use-plan-training');
    await waitFor(() => expect(training).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('use-plan-product-1-training-error')).toHaveTextContent('training must be longer than or equal to 5 characters');
    expect(screen.getByTestId('use-plan-error')).toHaveTextContent('입력 내용을 확인하세요.');

    answer = apiError(409, 'The product is excluded from this plan: sanctioned supplier');
    await user.click(screen.getByTestId('use-plan-save'));
    expect(await screen.findByText('The product is excluded from this plan: sanctioned supplier')).toBeInTheDocument();
    expect(screen.getByTestId('use-plan-error')).toHaveAttribute('role', 'alert');
  });
});
