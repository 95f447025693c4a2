import { Role, type ExtensionRequestView, type ProductDetail, type RuleResult } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCatalogPage, makeProductDetail, makeProductSummary, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { page } from '../../../test/workflow-factories';

const operator = makeSession(Role.OPERATOR);
const supplier = makeSession(Role.SUPPLIER);
const PRODUCT_ID = '11111111-2222-3333-4444-555555555555';

const rules: RuleResult[] = [
  { rule: 'inForce', passed: true, reason: 'The designation is in force until 2029-02-28', code: 'IN_FORCE_OK', params: { validUntil: '2029-02-28' } },
  { rule: 'patentValid', passed: true, reason: 'Patent 10-2020-0001234 is valid until 2040-01-31', code: 'PATENT_VALID', params: { number: '10-2020-0001234', expiresOn: '2040-01-31' } },
];
const pendingRequest: ExtensionRequestView = {
  id: 'x-1',
  productId: PRODUCT_ID,
  basis: 'PUBLIC_SALES',
  evidence: '2026년 조달청 납품 실적 3건, 합계 1억 2천만 원',
  status: 'PENDING',
  rules,
  years: null,
  decidedReason: null,
  createdAt: '2026-12-01T00:00:00.000Z',
};

describe('operator designations', () => {
  it('finds a product by search and suspends it with a published reason', async () => {
    let product: ProductDetail = makeProductDetail({ id: PRODUCT_ID, nameKo: '스마트 소화기', status: 'DESIGNATED' });
    const { api } = renderApp('/operator/designations', {
      session: operator,
      api: {
        'GET /products': makeCatalogPageResponse(),
        'GET /products/:id': () => ({ body: product }),
        'GET /extension-requests': page([]),
        'POST /products/:id/suspend': (request: MockRequest) => {
          product = { ...product, status: 'SUSPENDED' };
          return { body: { id: request.params.id, status: 'SUSPENDED', validUntil: '2029-02-28' } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lookup-submit'));
    expect(screen.getByRole('textbox', { name: /^제품명, 모델명/ })).toHaveAccessibleDescription(expect.stringContaining('검색어나 제품 ID를 입력하세요.'));
    await user.type(screen.getByRole('textbox', { name: /^제품명, 모델명/ }), '소화기{Enter}');
    await user.click(await screen.findByTestId(`lookup-pick-${PRODUCT_ID}`));
    expect(api.find('GET', '/products')[0].query.get('q')).toBe('소화기');

    const panel = within(await screen.findByTestId('designation-product'));
    expect(panel.getByTestId('designation-status')).toHaveTextContent('지정');
    // What the designation machine allows from DESIGNATED (extension goes through requests).
    expect(panel.getAllByRole('button').map((button) => button.getAttribute('data-testid'))).toEqual(['designation-suspend', 'designation-revoke']);
    await user.click(panel.getByTestId('designation-suspend'));
    const reason = panel.getByRole('textbox', { name: /^사유/ });
    expect(reason).toHaveFocus();
    await user.type(reason, '화재');
    await user.click(panel.getByTestId('designation-confirm'));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('사유를 5자 이상 입력하세요.'));
    await user.type(reason, ' 위험 신고 접수');
    await user.click(panel.getByTestId('designation-confirm'));

    expect(await screen.findByTestId('designation-done')).toHaveTextContent('‘스마트 소화기’의 거래를 정지했습니다.');
    expect(api.find('POST', `/products/${PRODUCT_ID}/suspend`)[0].body).toEqual({ reason: '화재 위험 신고 접수' });
    await waitFor(() => expect(screen.getByTestId('designation-status')).toHaveTextContent('거래 정지'));
    expect(screen.getByTestId('designation-reinstate')).toBeInTheDocument();
    expect(screen.queryByTestId('designation-suspend')).not.toBeInTheDocument();
  });

  it('opens a product by id and revokes it with one reason a line, showing a refusal', async () => {
    const { api } = renderApp(`/operator/designations?productId=${PRODUCT_ID}`, {
      session: operator,
      api: {
        'GET /products/:id': { body: makeProductDetail({ id: PRODUCT_ID, nameKo: '스마트 소화기', status: 'SUSPENDED' }) },
        'GET /extension-requests': page([]),
        'POST /products/:id/revoke': apiError(409, 'The product is REVOKED: it cannot be revoked'),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('designation-revoke'));
    await user.type(screen.getByRole('textbox', { name: /^취소 사유/ }), '안전 인증 취소{Enter}{Enter}허위 자료 제출');
    await user.click(screen.getByTestId('designation-confirm'));
    expect(await screen.findByTestId('designation-error')).toHaveTextContent('The product is REVOKED: it cannot be revoked');
    expect(api.find('POST', `/products/${PRODUCT_ID}/revoke`)[0].body).toEqual({ reasons: ['안전 인증 취소', '허위 자료 제출'] });
  });

  it('shows the operator the patents and certifications changed since designation', async () => {
    const detail = makeProductDetail({ id: PRODUCT_ID, nameKo: '스마트 소화기' });
    renderApp(`/operator/designations?productId=${PRODUCT_ID}`, {
      session: operator,
      api: {
        'GET /products/:id': { body: detail },
        'GET /extension-requests': page([]),
        'GET /products/:id/versions': {
          body: [
            {
              version: 3,
              changedAt: '2026-12-01T01:00:00.000Z',
              changedBy: 'supplier-1',
              changes: { patents: { from: [{ number: '10-7654321', title: '원격 감지', expiresOn: '2028-06-30' }], to: [] }, askingPrice: { from: 1, to: 2 } },
            },
            { version: 1, changedAt: '2024-01-01T01:00:00.000Z', changedBy: 'supplier-1', changes: { certifications: { from: [], to: ['KC'] } } },
          ],
        },
      },
    });
    const row = await screen.findByTestId('record-change-3-patents');
    expect(row).toHaveTextContent('10-7654321 (2028-06-30)');
    // Before the designation: not a change of the designated record.
    expect(screen.queryByTestId('record-change-1-certifications')).not.toBeInTheDocument();
  });

  it('approves a pending extension request with its rules in view', async () => {
    let pending = [pendingRequest];
    const { api } = renderApp('/operator/designations', {
      session: operator,
      api: {
        'GET /extension-requests': () => page(pending),
        'GET /products/:id': { body: makeProductDetail({ id: PRODUCT_ID, nameKo: '스마트 소화기' }) },
        'POST /extension-requests/:id/approve': () => {
          pending = [];
          return { body: { ...pendingRequest, status: 'APPROVED', years: 1 } };
        },
      },
    });
    const user = userEvent.setup();
    const card = within(await screen.findByTestId('pending-extension-x-1'));
    expect(await card.findByRole('link', { name: '스마트 소화기' })).toHaveAttribute('href', `/products/${PRODUCT_ID}`);
    expect(card.getByText('지정 기간 중 공공조달 판매 실적', { exact: false })).toBeInTheDocument();
    expect(card.getByTestId('rule-inForce')).toHaveAttribute('data-passed', 'true');
    expect(api.find('GET', '/extension-requests')[0].query.get('status')).toBe('PENDING');
    await user.type(card.getByRole('textbox', { name: /^결정 사유/ }), '판매 실적 확인');
    await user.click(card.getByTestId('approve-extension-x-1'));
    expect(await screen.findByTestId('extension-decided')).toHaveTextContent('‘스마트 소화기’의 지정 연장을 승인했습니다.');
    expect(api.find('POST', '/extension-requests/x-1/approve')[0].body).toEqual({ reason: '판매 실적 확인' });
    await waitFor(() => expect(screen.queryByTestId('pending-extension-x-1')).not.toBeInTheDocument());
  });
});

describe('supplier extension', () => {
  const product = makeProductDetail({ id: PRODUCT_ID, nameKo: '실내 공기질 측정 드론', company: { id: 'company-1', name: '(주)혁신', region: '대전' } });

  it('shows each rule before applying, blocks applying while one fails, and explains why', async () => {
    renderApp(`/my/products/${PRODUCT_ID}/extension`, {
      session: supplier,
      api: {
        'GET /products/:id': { body: product },
        'GET /products/:id/extension-eligibility': {
          body: [...rules, { rule: 'supplierNotSanctioned', passed: false, reason: 'The company is under a sanction until 2027-01-01', code: 'TEXT' as const, params: { text: 'The company is under a sanction until 2027-01-01' } }],
        },
        'GET /products/:id/extension-requests': page([]),
      },
    });
    expect(await screen.findByTestId('rule-supplierNotSanctioned')).toHaveAttribute('data-passed', 'false');
    expect(screen.getByTestId('rule-supplierNotSanctioned')).toHaveTextContent('공급기업 제재 없음The company is under a sanction until 2027-01-01');
    expect(screen.getByTestId('extension-submit')).toBeDisabled();
    expect(screen.getByTestId('extension-submit')).toHaveAccessibleDescription('다음 요건을 충족하지 않아 신청할 수 없습니다: 공급기업 제재 없음.');
    // The product is at stage 1: this extension would be the second, 2 years.
    expect(screen.getByTestId('extension-product-stage')).toHaveTextContent('1차 연장');
    expect(screen.getByTestId('extension-product-next')).toHaveTextContent('2년 연장');
  });

  it('applies with a basis and evidence, and shows a refusal’s details under its rule', async () => {
    let attempts = 0;
    const { api } = renderApp(`/my/products/${PRODUCT_ID}/extension`, {
      session: supplier,
      api: {
        'GET /products/:id': { body: product },
        'GET /products/:id/extension-eligibility': { body: rules },
        'GET /products/:id/extension-requests': () => page(attempts > 1 ? [{ ...pendingRequest, id: 'x-9' }] : []),
        'POST /products/:id/extension-requests': (request: MockRequest) => {
          attempts += 1;
          if (attempts === 1) return apiError(409, 'Not eligible for extension: patent expired', { patentValid: ['Patent 10-2020-0001234 expired on 2026-11-30'] });
          return { status: 201, body: { ...pendingRequest, id: 'x-9', ...(request.body as object) } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('extension-submit'));
    expect(screen.getByRole('radiogroup', { name: '연장 근거' }).closest('fieldset')).toHaveAccessibleDescription('연장 근거를 고르세요.');
    expect(screen.getByRole('textbox', { name: /^근거 자료/ })).toHaveAccessibleDescription(expect.stringContaining('근거 자료를 10자 이상 입력하세요.'));

    await user.click(screen.getByRole('radio', { name: '지정 기간 중 공공조달 판매 실적' }));
    await user.click(screen.getByRole('textbox', { name: /^근거 자료/ }));
    await user.paste('2026년 조달청 납품 실적 3건, 합계 1억 2천만 원');
    await user.click(screen.getByTestId('extension-submit'));
    expect(await screen.findByTestId('extension-error')).toHaveTextContent('Not eligible for extension: patent expired');
    expect(within(screen.getByTestId('rule-patentValid')).getByRole('alert')).toHaveTextContent('Patent 10-2020-0001234 expired on 2026-11-30');

    await user.click(screen.getByTestId('extension-submit'));
    expect(await screen.findByTestId('extension-sent')).toHaveTextContent('연장 신청을 접수했습니다.');
    expect(api.find('POST', `/products/${PRODUCT_ID}/extension-requests`).at(-1)!.body).toEqual({
      basis: 'PUBLIC_SALES',
      evidence: '2026년 조달청 납품 실적 3건, 합계 1억 2천만 원',
    });
    expect(await screen.findByTestId('extension-request-x-9')).toHaveTextContent('심사 대기');
    await waitFor(() => expect(screen.getByTestId('extension-submit')).toBeDisabled());
    expect(screen.getByTestId('extension-blocked')).toHaveTextContent('심사를 기다리는 연장 신청이 이미 있습니다.');
  });

  it("refuses another company's product", async () => {
    renderApp(`/my/products/${PRODUCT_ID}/extension`, {
      session: supplier,
      api: {
        'GET /products/:id': { body: { ...product, company: { id: 'company-2', name: '(주)남', region: '서울' } } },
        'GET /products/:id/extension-eligibility': { body: rules },
        'GET /products/:id/extension-requests': page([]),
      },
    });
    expect(await screen.findByTestId('product-not-ours')).toBeInTheDocument();
    expect(screen.queryByTestId('extension-form')).not.toBeInTheDocument();
  });
});

function makeCatalogPageResponse() {
  return { body: makeCatalogPage([makeProductSummary({ id: PRODUCT_ID, nameKo: '스마트 소화기', companyName: '(주)안전', goodsId: '20250099' })]) };
}
