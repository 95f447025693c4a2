import { Role, type CallInput } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCategories, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeCall, makeRuleSettings, page } from '../../../test/workflow-factories';

const categories = { body: makeCategories() };

/** Fills a call's name, text, one sub-area and a Korea-time window, then submits. */
async function fillAndSubmitCall(user: ReturnType<typeof userEvent.setup>, form: ReturnType<typeof within>, fields: { title: string; description: string; subArea: string }) {
  await user.click(form.getByRole('textbox', { name: /^공고명/ }));
  await user.paste(fields.title);
  await user.click(form.getByRole('textbox', { name: /^공고 내용/ }));
  await user.paste(fields.description);
  await user.click(await form.findByRole('checkbox', { name: fields.subArea }));
  await user.type(form.getByLabelText(/^접수 시작/), '2026-12-01T09:00');
  await user.type(form.getByLabelText(/^접수 마감/), '2026-12-15T18:00');
  await user.click(form.getByTestId('call-submit'));
}

describe('public calls', () => {
  it('lists calls with their phase and Korea-time window, filtered by phase', async () => {
    const open = makeCall({ id: 'c-open', title: '4차 공모' });
    const closed = makeCall({ id: 'c-closed', title: '3차 공모', phase: 'CLOSED' });
    const { api, router } = renderApp('/calls', {
      api: { 'GET /calls': (request) => page(request.query.get('phase') === 'OPEN' ? [open] : [open, closed]), 'GET /categories': categories },
    });
    const row = await screen.findByTestId('call-row-c-open');
    expect(within(row).getByRole('link', { name: '4차 공모' })).toHaveAttribute('href', '/calls/c-open');
    expect(screen.getByTestId('call-phase-c-open')).toHaveTextContent('접수 중');
    expect(screen.getByTestId('call-phase-c-closed')).toHaveAttribute('data-status', 'CLOSED');
    // 2026-12-01T00:00Z is 09:00 in Korea; 2026-12-15T09:00Z is 18:00.
    expect(row).toHaveTextContent('2026. 12. 1. AM 9:00 KST ~ 2026. 12. 15. PM 6:00 KST');
    expect(row).toHaveTextContent('전자·통신, 전자·통신 › 드론');

    await userEvent.setup().selectOptions(screen.getByTestId('calls-phase'), 'OPEN');
    await waitFor(() => expect(screen.queryByTestId('call-row-c-closed')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?phase=OPEN');
    expect(api.find('GET', '/calls').at(-1)!.query.get('phase')).toBe('OPEN');
  });

  it('shows a call with its criteria, and lets a supplier apply while it is open', async () => {
    const call = makeCall({ id: 'c-1', title: '4차 공모' });
    renderApp('/calls/c-1', { session: makeSession(Role.SUPPLIER), api: { 'GET /calls/:id': { body: call }, 'GET /categories': categories } });
    expect(await screen.findByRole('heading', { level: 1, name: '4차 공모' })).toBeInTheDocument();
    expect(screen.getByTestId('call-facts-closesAt')).toHaveTextContent('2026. 12. 15. PM 6:00 KST');
    expect(screen.getByTestId('call-facts-designationTerms')).toHaveTextContent('유효기간 3년, 연장 1 → 2년, 모든 지정을 합쳐 최대 6년');
    const criteria = screen.getByTestId('call-criteria');
    expect(within(criteria).getByRole('rowheader', { name: '공공성 (Public and social value)' })).toBeInTheDocument();
    expect(screen.getByTestId('call-criteria-total')).toHaveTextContent('100점');
    expect(screen.getByTestId('call-criteria-pass-mark')).toHaveTextContent('총점 70점 이상 통과');
    expect(screen.getByTestId('call-criteria-group-innovation')).toHaveTextContent('배점의 60% 이상');
    expect(await screen.findByTestId('call-apply')).toHaveAttribute('href', '/my/proposals/new?callId=c-1');
  });

  it('shows the rules the call applies: validity, extensions, trimming, vote and pass marks', async () => {
    const call = makeCall({ id: 'c-3', rules: { validityYears: 2, extensionYears: [1], maxTotalYears: 4, trimmedMeanMinSheets: 7, committeeVote: true } });
    renderApp('/calls/c-3', { api: { 'GET /calls/:id': { body: call }, 'GET /categories': categories } });
    const rules = await screen.findByTestId('call-rules');
    expect(screen.getByTestId('call-rules-validity')).toHaveTextContent('2년');
    expect(screen.getByTestId('call-rules-extensions')).toHaveTextContent('+1년 (단계별)');
    expect(screen.getByTestId('call-rules-ceiling')).toHaveTextContent('4년');
    expect(screen.getByTestId('call-rules-trimming')).toHaveTextContent('7명 이상 채점 시 최고·최저점 제외');
    expect(screen.getByTestId('call-rules-vote')).toHaveTextContent('출석 위원 과반 찬성으로 의결');
    expect(rules).toHaveTextContent('총점 70점 이상, 각 그룹 60% 이상');
  });

  it('loads the English strings of the page when the language changes', async () => {
    renderApp('/calls', { api: { 'GET /calls': page([makeCall({ id: 'c-en' })]), 'GET /categories': categories } });
    expect(await screen.findByRole('heading', { level: 1, name: '지정 공고' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calls' })).toBeInTheDocument();
    expect(screen.getByTestId('call-phase-c-en')).toHaveTextContent('Open');
    expect(screen.getByTestId('call-row-c-en')).toHaveTextContent('1 Dec 2026, 09:00 KST – 15 Dec 2026, 18:00 KST');
  });

  it('asks a visitor to sign in to apply, and says when a closed call closed', async () => {
    renderApp('/calls/c-2', { api: { 'GET /calls/:id': { body: makeCall({ id: 'c-2', phase: 'CLOSED' }) }, 'GET /categories': categories } });
    expect(await screen.findByText(/2026\. 12\. 15\. PM 6:00 KST에 마감된 공고입니다/)).toBeInTheDocument();
    expect(screen.queryByTestId('call-apply')).not.toBeInTheDocument();
  });
});

describe('operator calls', () => {
  it('checks the call and its criteria, then sends Korea-time dates and the edited criteria', async () => {
    let sent: CallInput | null = null;
    const { api } = renderApp('/operator/calls', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /calls': page([]),
        'GET /categories': categories,
        'GET /rule-settings': { body: makeRuleSettings() },
        'POST /calls': (request: MockRequest) => {
          sent = request.body as CallInput;
          return { status: 201, body: makeCall({ ...sent, id: 'c-new' }) };
        },
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('call-form'));
    await user.click(form.getByTestId('call-submit'));
    expect(form.getByRole('textbox', { name: /^공고명/ })).toHaveAccessibleDescription('필수 입력 항목입니다.');
    expect(screen.getByTestId('call-subArea-picker')).toHaveAccessibleDescription(expect.stringContaining('세부 분야를 하나 이상 고르세요.'));
    expect(form.getByLabelText(/^접수 시작/)).toHaveAccessibleDescription(expect.stringContaining('날짜와 시각을 입력하세요.'));

    await user.click(form.getByRole('textbox', { name: /^공고명/ }));
    await user.paste('2026년 4차 혁신시제품 공모');
    await user.click(form.getByRole('textbox', { name: /^공고 내용/ }));
    await user.paste('안전 분야 공모');
    await user.click(await form.findByRole('checkbox', { name: '드론' }));
    await user.type(form.getByLabelText(/^접수 시작/), '2026-12-15T09:00');
    await user.type(form.getByLabelText(/^접수 마감/), '2026-12-01T18:00');

    // A criterion worth 40 makes 130 in all; a pass mark above that is refused.
    expect(form.getAllByRole('textbox', { name: /^배점/ }).map((input) => (input as HTMLInputElement).value)).toEqual([
      '10', '10', '10', '10', '10', '10', '10', '30',
    ]);
    const pilot = within(screen.getByTestId('call-criteria-group-2')).getByRole('textbox', { name: /^배점/ });
    await user.clear(pilot);
    await user.type(pilot, '60');
    expect(screen.getByTestId('call-criteria-total')).toHaveTextContent('배점 합계: 130점');
    const passMark = form.getByRole('textbox', { name: /^총점 통과 기준/ });
    await user.clear(passMark);
    await user.type(passMark, '140');
    await user.click(form.getByTestId('call-submit'));
    expect(form.getByLabelText(/^접수 마감/)).toHaveAccessibleDescription(expect.stringContaining('접수 마감은 접수 시작보다 뒤여야 합니다.'));
    expect(passMark).toHaveAccessibleDescription(expect.stringContaining('배점 합계(130점)를 넘을 수 없습니다.'));
    expect(api.find('POST', '/calls')).toHaveLength(0);

    await user.clear(form.getByLabelText(/^접수 시작/));
    await user.type(form.getByLabelText(/^접수 시작/), '2026-12-01T09:00');
    await user.clear(form.getByLabelText(/^접수 마감/));
    await user.type(form.getByLabelText(/^접수 마감/), '2026-12-15T18:00');
    await user.clear(passMark);
    await user.type(passMark, '90');
    // This call's own rules: members present vote after scoring.
    await user.click(form.getByTestId('call-rules-committeeVote'));
    await user.click(form.getByTestId('call-submit'));

    expect(await screen.findByTestId('call-created')).toHaveTextContent('‘2026년 4차 혁신시제품 공모’ 공고를 등록했습니다.');
    expect(sent).toMatchObject({
      title: '2026년 4차 혁신시제품 공모',
      kind: 'SUPPLIER_PROPOSAL',
      description: '안전 분야 공모',
      subAreas: ['1010'],
      opensAt: '2026-12-01T09:00:00+09:00',
      closesAt: '2026-12-15T18:00:00+09:00',
    });
    expect(sent!.criteria!.passMark).toBe(90);
    expect(sent!.criteria!.groups[2]).toMatchObject({ key: 'pilotCapability', passRatio: 0.6, criteria: [{ key: 'pilotCapability', points: 60 }] });
    expect(sent!.rules).toEqual({ validityYears: 3, extensionYears: [1, 2], maxTotalYears: 6, trimmedMeanMinSheets: 5, committeeVote: true });
    await waitFor(() => expect(api.find('GET', '/calls').length).toBeGreaterThan(1));
  });

  it('asks who selects a call for challenges’ challenges, sends it, and shows it publicly on the call', async () => {
    let sent: CallInput | null = null;
    renderApp('/operator/calls', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /calls': page([]),
        'GET /categories': categories,
        'GET /rule-settings': { body: makeRuleSettings() },
        'POST /calls': (request: MockRequest) => {
          sent = request.body as CallInput;
          return { status: 201, body: makeCall({ ...sent, id: 'c-new', challengeSelection: sent.challengeSelection ?? null }) };
        },
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('call-form'));
    // A supplier call names no selection.
    expect(form.queryByTestId('call-challenge-selection')).not.toBeInTheDocument();
    await user.selectOptions(form.getByRole('combobox', { name: /^공고 유형/ }), 'CALL_FOR_CHALLENGES');
    const selection = within(form.getByTestId('call-challenge-selection'));
    expect(selection.getByRole('radio', { name: '운영자가 선정' })).toBeChecked();
    expect(form.getByTestId('call-challenge-selection')).toHaveAccessibleDescription(expect.stringContaining('위원회 회의 안건으로 올려 심사합니다.'));
    await user.click(selection.getByRole('radio', { name: '위원회가 심사해 선정' }));
    await fillAndSubmitCall(user, form, { title: '하반기 수요제안 공모', description: '기관의 문제를 받습니다.', subArea: '드론' });
    expect(await screen.findByTestId('call-created')).toBeInTheDocument();
    expect(sent).toMatchObject({ kind: 'CALL_FOR_CHALLENGES', challengeSelection: 'COMMITTEE' });
  });

  it('shows who selects a call for challenges’ challenges to every visitor', async () => {
    const call = makeCall({ id: 'c-2', title: '하반기 수요제안 공모', kind: 'CALL_FOR_CHALLENGES', challengeSelection: 'COMMITTEE' });
    renderApp('/calls/c-2', { api: { 'GET /calls/:id': { body: call }, 'GET /categories': categories } });
    expect(await screen.findByTestId('call-facts-challengeSelection')).toHaveTextContent('위원회가 심사해 선정');
  });

  it('adds and removes criteria, and shows the API 400 details beside the criteria fields', async () => {
    renderApp('/operator/calls', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /calls': page([]),
        'GET /categories': categories,
        'GET /rule-settings': { body: makeRuleSettings() },
        'POST /calls': apiError(400, 'The request has invalid fields', {
          'criteria.groups.3.name': ['name must be longer than or equal to 1 characters'],
          opensAt: ['opensAt must be an ISO date-time'],
        }),
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('call-form'));
    await user.click(form.getByRole('button', { name: '평가 그룹 추가' }));
    const group = within(screen.getByTestId('call-criteria-group-3'));
    expect(group.getByRole('textbox', { name: /^그룹 이름/ })).toHaveFocus();
    await user.paste('지역성');
    await user.type(group.getByRole('textbox', { name: /^배점/ }), '5');
    expect(screen.getByTestId('call-criteria-total')).toHaveTextContent('배점 합계: 105점');
    await user.click(group.getByRole('button', { name: '평가 항목 추가' }));
    expect(group.getAllByRole('textbox', { name: /^항목 이름/ })[1]).toHaveFocus();
    await user.click(group.getByRole('button', { name: '그룹 4의 평가 항목 2 삭제' }));
    expect(group.getAllByRole('textbox', { name: /^항목 이름/ })).toHaveLength(1);
    await user.type(group.getByRole('textbox', { name: /^항목 이름/ }), '지역 기여');

    await fillAndSubmitCall(user, form, { title: '공모', description: '내용', subArea: '전자·통신 전체' });

    await waitFor(() => expect(group.getByRole('textbox', { name: /^그룹 이름/ })).toHaveAttribute('aria-invalid', 'true'));
    expect(group.getByRole('textbox', { name: /^그룹 이름/ })).toHaveAccessibleDescription('name must be longer than or equal to 1 characters');
    expect(form.getByLabelText(/^접수 시작/)).toHaveAccessibleDescription(expect.stringContaining('opensAt must be an ISO date-time'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('입력 내용을 확인하세요.');
  });

  it('prefills the criteria and rules from the rule settings, and checks the rules as the API does', async () => {
    const settings = makeRuleSettings({
      criteria: { passMark: 60, groups: [{ key: 'all', name: '종합', passRatio: 0.55, criteria: [{ key: 'all', name: '종합 평가', points: 100 }] }] },
      designation: { validityYears: 2, extensionYears: [1], maxTotalYears: 4, trimmedMeanMinSheets: 7, committeeVote: true },
    });
    const { api } = renderApp('/operator/calls', {
      session: makeSession(Role.OPERATOR),
      api: { 'GET /calls': page([]), 'GET /categories': categories, 'GET /rule-settings': { body: settings } },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('call-form'));
    expect(form.getByRole('textbox', { name: /^총점 통과 기준/ })).toHaveValue('60');
    expect(form.getByTestId('call-rules-validityYears')).toHaveValue(2);
    expect(form.getByTestId('call-rules-extensionYears')).toHaveValue('1');
    expect(form.getByTestId('call-rules-trimmedMeanMinSheets')).toHaveValue(7);
    expect(form.getByTestId('call-rules-committeeVote')).toBeChecked();

    await user.clear(form.getByTestId('call-rules-maxTotalYears'));
    await user.type(form.getByTestId('call-rules-maxTotalYears'), '1');
    await user.clear(form.getByTestId('call-rules-trimmedMeanMinSheets'));
    await user.type(form.getByTestId('call-rules-trimmedMeanMinSheets'), '2');
    await user.click(form.getByTestId('call-submit'));
    expect(form.getByTestId('call-rules-maxTotalYears')).toHaveAccessibleDescription(expect.stringContaining('유효기간(2년)보다 짧을 수 없습니다'));
    expect(form.getByTestId('call-rules-trimmedMeanMinSheets')).toHaveAccessibleDescription(expect.stringContaining('3에서 100 사이의 정수를 입력하세요.'));
    expect(api.find('POST', '/calls')).toHaveLength(0);
  });
});
