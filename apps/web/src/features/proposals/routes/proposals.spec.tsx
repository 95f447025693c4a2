import { Role, type CompanyDocumentView, type ProposalInput, type ProposalView, type RuleResult } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCategories, makeProductDetail, makeProductSummary, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeCall, makeProposal, page } from '../../../test/workflow-factories';

type User = ReturnType<typeof userEvent.setup>;

const categories = { body: makeCategories() };
const supplier = makeSession(Role.SUPPLIER);
const call = makeCall({ id: 'call-1', title: '2026년 4차 혁신시제품 공모' });
const products = page([makeProductSummary({ id: 'product-1', nameKo: '실내 공기질 측정 드론', goodsId: '20250001', status: 'UNDESIGNATED' })]);
const certificate: CompanyDocumentView = {
  id: 'doc-1',
  kind: 'CERTIFICATE',
  title: 'GS인증서',
  number: 'GS-2025-001',
  expiresOn: '2030-01-01',
  file: { id: 'f-1', name: 'gs.pdf', contentType: 'application/pdf', size: 1000, url: '/api/v1/files/f-1' },
  createdAt: '2026-01-01T00:00:00.000Z',
};

const passing: RuleResult[] = [
  { rule: 'trl', passed: true, reason: 'TRL 8 is within 7 to 9', code: 'TRL_OK', params: { trl: 8 } },
  { rule: 'patentOrLicence', passed: true, reason: 'GS인증서 from your document locker is valid', code: 'LOCKER_PROOF_VALID_OPEN', params: { title: 'GS인증서' } },
];
const patentMissing: RuleResult[] = [
  { rule: 'trl', passed: true, reason: 'TRL 8 is within 7 to 9', code: 'TRL_OK', params: { trl: 8 } },
  { rule: 'patentOrLicence', passed: false, reason: 'Add a patent that has not expired, or pick a valid patent or certificate from your document locker', code: 'PATENT_MISSING' },
];

async function fill(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

describe('my proposals', () => {
  it("lists the company's proposals with their state and what to do next", async () => {
    renderApp('/my/proposals', {
      session: supplier,
      api: {
        'GET /proposals': page([
          makeProposal({ id: 'p-1', status: 'DRAFT' }),
          makeProposal({
            id: 'p-2',
            status: 'SUPPLEMENT_REQUESTED',
            supplementRequest: { message: '특허증을 첨부하세요.', deadline: '2026-12-10T09:00:00.000Z' },
            availableActions: ['supplement', 'withdraw'],
          }),
          makeProposal({ id: 'p-3', status: 'EVALUATION', availableActions: [] }),
        ]),
      },
    });
    expect(await screen.findByTestId('my-proposal-status-p-1')).toHaveTextContent('작성 중');
    expect(screen.getByTestId('my-proposal-next-p-1')).toHaveTextContent('공고 마감(2026. 12. 15. PM 6:00 KST) 전에 제출하세요.');
    expect(screen.getByTestId('my-proposal-status-p-2')).toHaveAttribute('data-status', 'SUPPLEMENT_REQUESTED');
    expect(screen.getByTestId('my-proposal-next-p-2')).toHaveTextContent('2026. 12. 10. PM 6:00 KST까지 내용을 고친 뒤');
    expect(screen.getByTestId('my-proposal-next-p-3')).toHaveTextContent('위원회 평가 일정을 기다립니다.');
    expect(within(screen.getByTestId('my-proposal-row-p-1')).getByRole('link', { name: '실내 공기질 측정 드론' })).toHaveAttribute(
      'href',
      '/my/proposals/p-1',
    );
  });

  it('applies step by step, saves the draft, explains a failing rule and blocks submitting until it passes', async () => {
    let saved: ProposalView | null = null;
    let rules = patentMissing;
    const { api, router } = renderApp('/my/proposals/new?callId=call-1', {
      session: supplier,
      api: {
        'GET /calls/:id': { body: call },
        'GET /categories': categories,
        'GET /companies/:id/products': products,
        'GET /companies/:id/documents': { body: [certificate] },
        'POST /proposals': (request: MockRequest) => {
          const body = request.body as ProposalInput;
          saved = makeProposal({ id: 'p-new', subArea: body.subArea, content: { ...makeProposal().content, ...body, patents: body.patents ?? [] } });
          return { status: 201, body: saved };
        },
        'PATCH /proposals/:id': (request: MockRequest) => {
          saved = { ...saved!, content: { ...saved!.content, ...(request.body as object) } };
          rules = passing;
          return { body: saved };
        },
        'GET /proposals/:id/eligibility': () => ({ body: rules }),
        'POST /proposals/:id/submit': () => ({ body: { ...saved!, status: 'SUBMITTED', availableActions: ['withdraw'] } }),
        'GET /proposals/:id': () => ({ body: { ...saved!, status: 'SUBMITTED', submittedAt: '2026-12-03T00:00:00.000Z', availableActions: ['withdraw'] } }),
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('wizard-call')).toHaveTextContent('2026년 4차 혁신시제품 공모');
    expect(screen.getByTestId('wizard-step')).toHaveTextContent('4단계 중 1단계: 제품과 분야');

    // Step 1: the product and the sub-area are required.
    await user.click(screen.getByTestId('wizard-next'));
    expect(screen.getByRole('combobox', { name: /^신청 제품/ })).toHaveAccessibleDescription(expect.stringContaining('신청할 제품을 고르세요.'));
    expect(screen.getByRole('combobox', { name: /^세부 분야/ })).toHaveAccessibleDescription(expect.stringContaining('세부 분야를 고르세요.'));
    await screen.findByRole('option', { name: '실내 공기질 측정 드론 (20250001) · 미지정' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^신청 제품/ }), 'product-1');
    await user.selectOptions(screen.getByRole('combobox', { name: /^세부 분야/ }), '1010');
    await user.click(screen.getByTestId('wizard-next'));

    // Step 2: the heading takes the focus; the content is checked.
    const heading = screen.getByTestId('wizard-step');
    expect(heading).toHaveTextContent('2단계: 신청 내용');
    expect(heading).toHaveFocus();
    await user.click(screen.getByTestId('wizard-next'));
    expect(screen.getByRole('textbox', { name: /^혁신성/ })).toHaveAccessibleDescription(expect.stringContaining('필수 입력 항목입니다.'));
    expect(screen.getByRole('combobox', { name: /^기술성숙도/ })).toHaveAttribute('aria-invalid', 'true');
    await fill(user, screen.getByRole('textbox', { name: /^혁신성/ }), '넓은 공간을 한 번에 측정합니다.');
    await fill(user, screen.getByRole('textbox', { name: /^공공성/ }), '학교 공기질 관리');
    await user.selectOptions(screen.getByRole('combobox', { name: /^기술성숙도/ }), '8');
    await fill(user, screen.getByRole('textbox', { name: /^시범사용 계획/ }), '초등학교 3곳 6개월');
    await user.click(screen.getByTestId('proposal-add-patent'));
    const patent = within(screen.getByTestId('proposal-patent-0'));
    expect(patent.getByRole('textbox', { name: /^특허번호/ })).toHaveFocus();
    await user.click(screen.getByTestId('wizard-next'));
    expect(patent.getByRole('textbox', { name: /^발명의 명칭/ })).toHaveAccessibleDescription('필수 입력 항목입니다.');
    await user.click(screen.getByRole('button', { name: '특허 1 삭제' }));
    await user.click(screen.getByTestId('wizard-next'));

    // Step 3: locker documents; leaving it saves the draft.
    await user.click(await screen.findByRole('checkbox', { name: 'GS인증서' }));
    await user.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(api.find('POST', '/proposals')).toHaveLength(1));
    expect(api.find('POST', '/proposals')[0].body).toEqual({
      callId: 'call-1',
      productId: 'product-1',
      subArea: '1010',
      innovation: '넓은 공간을 한 번에 측정합니다.',
      publicValue: '학교 공기질 관리',
      trl: 8,
      patents: [],
      pilotPlan: '초등학교 3곳 6개월',
      documentIds: ['doc-1'],
    });

    // Step 4: each rule with pass/fail and its reason; a failing one blocks submitting and says why.
    expect(await screen.findByTestId('rule-patentOrLicence')).toHaveAttribute('data-passed', 'false');
    expect(screen.getByTestId('rule-patentOrLicence')).toHaveTextContent('미충족유효한 특허 또는 인증만료되지 않은 특허나 제품 인증을 추가하거나, 서류함에서 유효한 특허·인증서를 골라 주세요.');
    expect(screen.getByTestId('rule-trl')).toHaveTextContent('충족기술성숙도 TRL 7~9기술성숙도 8단계: 7~9단계 요건을 충족합니다.');
    expect(screen.getByTestId('proposal-submit')).toBeDisabled();
    expect(screen.getByTestId('proposal-submit')).toHaveAccessibleDescription(expect.stringContaining('다음 요건을 충족하지 않아 제출할 수 없습니다: 유효한 특허 또는 인증'));
    expect(screen.getByTestId('wizard-summary-documents')).toHaveTextContent('GS인증서');

    // Back to the content: only the change is sent, then the rules pass and it can be submitted.
    await user.click(screen.getByTestId('wizard-back'));
    await user.click(screen.getByTestId('wizard-back'));
    await user.selectOptions(screen.getByRole('combobox', { name: /^기술성숙도/ }), '9');
    await user.click(screen.getByTestId('wizard-next'));
    expect(screen.getByRole('checkbox', { name: 'GS인증서' })).toBeChecked();
    await user.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(api.find('PATCH', '/proposals/p-new')).toHaveLength(1));
    expect(api.find('PATCH', '/proposals/p-new')[0].body).toEqual({ trl: 9 });
    await waitFor(() => expect(screen.getByTestId('proposal-submit')).toBeEnabled());
    expect(screen.getByTestId('rule-patentOrLicence')).toHaveAttribute('data-passed', 'true');
    await user.click(screen.getByTestId('proposal-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my/proposals/p-new'));
    expect(await screen.findByTestId('proposal-status-message')).toHaveTextContent('신청서를 제출했습니다.');
    expect(screen.getByTestId('proposal-status')).toHaveTextContent('접수');
    expect(api.find('POST', '/proposals/p-new/submit')).toHaveLength(1);
  });

  it('offers only products that can be proposed, and starts the content from the product’s TRL and patents', async () => {
    const mine = page([
      makeProductSummary({ id: 'product-1', nameKo: '실내 공기질 측정 드론', goodsId: '20250001', status: 'UNDESIGNATED' }),
      makeProductSummary({ id: 'product-2', nameKo: '지정된 소화기', goodsId: '20250002', status: 'DESIGNATED' }),
      makeProductSummary({ id: 'product-3', nameKo: '정지된 센서', goodsId: '20250003', status: 'SUSPENDED' }),
    ]);
    renderApp('/my/proposals/new?callId=call-1', {
      session: supplier,
      api: {
        'GET /calls/:id': { body: call },
        'GET /categories': categories,
        'GET /companies/:id/products': mine,
        'GET /companies/:id/documents': { body: [] },
        'GET /products/:id': {
          body: makeProductDetail({ id: 'product-1', trl: 7, patents: [{ number: '10-2020-0001234', title: '공기질 측정 드론', expiresOn: '2035-01-31' }] }),
        },
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('option', { name: /실내 공기질 측정 드론/ });
    const options = within(screen.getByRole('combobox', { name: /^신청 제품/ })).getAllByRole('option');
    expect(options.map((option) => option.getAttribute('value'))).toEqual(['', 'product-1']);
    await user.selectOptions(screen.getByRole('combobox', { name: /^신청 제품/ }), 'product-1');
    await user.selectOptions(screen.getByRole('combobox', { name: /^세부 분야/ }), '1010');
    await user.click(screen.getByTestId('wizard-next'));

    await waitFor(() => expect(screen.getByRole('combobox', { name: /^기술성숙도/ })).toHaveValue('7'));
    expect(within(screen.getByTestId('proposal-patent-0')).getByRole('textbox', { name: /^특허번호/ })).toHaveValue('10-2020-0001234');
  });

  it('says when none of the company’s products can be proposed', async () => {
    renderApp('/my/proposals/new?callId=call-1', {
      session: supplier,
      api: {
        'GET /calls/:id': { body: call },
        'GET /categories': categories,
        'GET /companies/:id/products': page([makeProductSummary({ id: 'product-2', status: 'EXTENDED' })]),
        'GET /companies/:id/documents': { body: [] },
      },
    });
    expect(await screen.findByTestId('no-products')).toHaveTextContent('제안할 수 있는 제품이 없습니다. 이미 지정된 제품은 지정 신청 대신 연장을 신청하세요.');
  });

  it('takes the API 400 details back to the step of the field', async () => {
    renderApp('/my/proposals/new?callId=call-1', {
      session: supplier,
      api: {
        'GET /calls/:id': { body: call },
        'GET /categories': categories,
        'GET /companies/:id/products': products,
        'GET /companies/:id/documents': { body: [] },
        'POST /proposals': apiError(400, 'The request has invalid fields', { trl: ['trl must not be greater than 9'] }),
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('option', { name: /실내 공기질 측정 드론/ });
    await user.selectOptions(screen.getByRole('combobox', { name: /^신청 제품/ }), 'product-1');
    await user.selectOptions(screen.getByRole('combobox', { name: /^세부 분야/ }), '10');
    await user.click(screen.getByTestId('wizard-next'));
    await fill(user, screen.getByRole('textbox', { name: /^혁신성/ }), '혁신');
    await fill(user, screen.getByRole('textbox', { name: /^공공성/ }), '공공');
    await user.selectOptions(screen.getByRole('combobox', { name: /^기술성숙도/ }), '8');
    await fill(user, screen.getByRole('textbox', { name: /^시범사용 계획/ }), '계획');
    await user.click(screen.getByTestId('wizard-next'));
    expect(await screen.findByText('서류함에 서류가 없습니다.')).toBeInTheDocument();
    await user.click(screen.getByTestId('wizard-next'));

    await waitFor(() => expect(screen.getByTestId('wizard-step')).toHaveAttribute('data-step', 'content'));
    expect(screen.getByRole('combobox', { name: /^기술성숙도/ })).toHaveAccessibleDescription(expect.stringContaining('trl must not be greater than 9'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('입력 내용을 확인하세요.');
  });

  it('shows a refused submit’s 409 details under their rules', async () => {
    const draft = makeProposal({ id: 'p-1' });
    renderApp('/my/proposals/p-1', {
      session: supplier,
      api: {
        'GET /proposals/:id': { body: draft },
        'GET /categories': categories,
        'GET /proposals/:id/eligibility': { body: passing },
        'POST /proposals/:id/submit': apiError(409, 'Not eligible: TRL 6', { trl: ['TRL 6: a prototype must be at technology readiness 7 to 9'] }),
      },
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('proposal-submit')).toBeEnabled());
    await user.click(screen.getByTestId('proposal-submit'));
    expect(await screen.findByTestId('submit-error')).toHaveTextContent('Not eligible: TRL 6');
    expect(within(screen.getByTestId('rule-trl')).getByRole('alert')).toHaveTextContent('TRL 6: a prototype must be at technology readiness 7 to 9');
  });

  it('shows the supplement request, saves the supplement draft with only what changed and submits it', async () => {
    let proposal = makeProposal({
      id: 'p-2',
      status: 'SUPPLEMENT_REQUESTED',
      supplementRequest: { message: '특허증 사본을 첨부하세요.', deadline: '2026-12-10T09:00:00.000Z' },
      availableActions: ['supplement', 'withdraw'],
    });
    const { api } = renderApp('/my/proposals/p-2', {
      session: supplier,
      api: {
        'GET /proposals/:id': () => ({ body: proposal }),
        'GET /calls/:id': { body: call },
        'GET /categories': categories,
        'GET /companies/:id/products': products,
        'GET /companies/:id/documents': { body: [certificate] },
        'PATCH /proposals/:id': (request: MockRequest) => {
          proposal = { ...proposal, supplementDraft: request.body as object };
          return { body: proposal };
        },
        'POST /proposals/:id/supplement': () => {
          proposal = { ...proposal, status: 'SUBMITTED', supplementRequest: null, availableActions: ['withdraw'] };
          return { body: proposal };
        },
      },
    });
    const user = userEvent.setup();
    const request = await screen.findByTestId('supplement-request');
    expect(request).toHaveTextContent('특허증 사본을 첨부하세요.');
    expect(screen.getByTestId('supplement-deadline')).toHaveTextContent('2026. 12. 10. PM 6:00');
    expect(screen.queryByTestId('eligibility')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('proposal-edit'));
    await user.click(await screen.findByRole('checkbox', { name: 'GS인증서' }));
    await user.click(screen.getByTestId('proposal-save'));
    expect(await screen.findByTestId('proposal-status-message')).toHaveTextContent('보완 내용을 저장했습니다.');
    expect(api.find('PATCH', '/proposals/p-2')[0].body).toEqual({ documentIds: ['doc-1'] });
    expect(await screen.findByTestId('supplement-draft-note')).toBeInTheDocument();
    expect(screen.getByTestId('proposal-edit')).toHaveFocus();

    await user.click(screen.getByTestId('proposal-action-supplement'));
    expect(await screen.findByText('보완한 신청서를 제출했습니다.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('proposal-status')).toHaveTextContent('접수'));
    expect(api.find('POST', '/proposals/p-2/supplement')).toHaveLength(1);
  });

  it('withdraws only after confirming, with the reason', async () => {
    let proposal = makeProposal({ id: 'p-3', status: 'SUBMITTED', availableActions: ['withdraw'] });
    const { api } = renderApp('/my/proposals/p-3', {
      session: supplier,
      api: {
        'GET /proposals/:id': () => ({ body: proposal }),
        'GET /categories': categories,
        'POST /proposals/:id/withdraw': () => {
          proposal = { ...proposal, status: 'WITHDRAWN', availableActions: [] };
          return { body: proposal };
        },
      },
    });
    const user = userEvent.setup();
    const withdraw = await screen.findByTestId('proposal-action-withdraw');
    // Submitted: no edit while the call is open; content changes only through a supplement.
    expect(screen.queryByTestId('proposal-edit')).not.toBeInTheDocument();
    expect(screen.getByText(/보완을 요청할 때만 고칠 수 있으며/)).toBeInTheDocument();
    await user.click(withdraw);
    expect(api.find('POST', '/proposals/p-3/withdraw')).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^철회 사유/ })).toHaveFocus();
    await user.paste('다음 공고에 다시 신청합니다.');
    await user.click(screen.getByTestId('withdraw-confirm'));
    expect(await screen.findByTestId('proposal-status-message')).toHaveTextContent('신청을 철회했습니다.');
    expect(api.find('POST', '/proposals/p-3/withdraw')[0].body).toEqual({ reason: '다음 공고에 다시 신청합니다.' });
    await waitFor(() => expect(screen.getByTestId('proposal-status')).toHaveTextContent('철회'));
    expect(screen.queryByTestId('proposal-actions')).not.toBeInTheDocument();
  });
});
