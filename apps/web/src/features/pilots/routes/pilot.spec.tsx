import { PILOT_INDICATORS, PilotAction, PilotStatus, pilotMachine, Role, type PilotView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDay, todayIso } from '../../../lib/format';
import { apiError, type MockResponse } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import type { MockRequest } from '../../../test/render';
import { makePilot, renderPilotPage } from '../testing';
import { PilotRoute } from './pilot';

type Handler = MockResponse | ((request: MockRequest) => MockResponse);

/** The API as a tiny state machine: GET answers the pilot as it now is; `moves` may change it. */
function renderPilot(pilot: PilotView, role: Role, moves: Record<string, Handler> = {}) {
  let current = pilot;
  const update = (next: Partial<PilotView>) => {
    const status = next.status ?? current.status;
    current = { ...current, ...next, availableActions: pilotMachine.availableActions(status, role) };
    return current;
  };
  const utils = renderPilotPage(<PilotRoute />, {
    path: '/my/pilots/:id',
    at: `/my/pilots/${pilot.id}`,
    session: makeSession(role),
    api: { 'GET /pilot-applications/:id': () => ({ body: current }), ...moves },
  });
  return { ...utils, update };
}

function shownActions(): string[] {
  const actions = screen.queryByTestId('pilot-actions');
  return actions ? within(actions).queryAllByRole('button').map((button) => button.getAttribute('data-action') ?? '') : [];
}

describe('a pilot’s page', () => {
  const table: [Role, PilotStatus][] = [
    [Role.BUYER, PilotStatus.APPLIED],
    [Role.BUYER, PilotStatus.MATCHED],
    [Role.BUYER, PilotStatus.DELIVERED],
    [Role.SUPPLIER, PilotStatus.CONTRACTED],
    [Role.SUPPLIER, PilotStatus.INSUFFICIENT],
    [Role.SUPPLIER, PilotStatus.APPLIED],
    [Role.OPERATOR, PilotStatus.APPLIED],
    [Role.OPERATOR, PilotStatus.RESULT_REPORTED],
    [Role.OPERATOR, PilotStatus.INSUFFICIENT],
  ];

  it.each(table)('as %s on a %s pilot shows the moves the API offers', async (role, status) => {
    renderPilot(makePilot({ status }, role), role);
    expect(await screen.findByTestId('pilot-status')).toHaveAttribute('data-status', status);
    const expected = pilotMachine.availableActions(status, role).filter((action) => action !== PilotAction.REPORT);
    expect(shownActions()).toEqual(expected);
    if (expected.length === 0) expect(screen.getByText('지금 할 수 있는 처리가 없습니다.')).toBeInTheDocument();
  });

  it('shows the application, its rank and the next step in words', async () => {
    renderPilot(makePilot({ status: PilotStatus.APPLIED, rank: 2 }), Role.BUYER);
    expect(await screen.findByTestId('pilot-status')).toHaveTextContent('신청');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('실내 공기질 측정 드론');
    expect(screen.getByTestId('pilot-next-step')).toHaveTextContent('매칭을 기다리고 있습니다(제품 내 순위 2위)');
    const facts = screen.getByTestId('pilot-facts');
    expect(within(facts).getByTestId('pilot-facts-amount')).toHaveTextContent('₩24,000,000');
    expect(within(facts).getByTestId('pilot-facts-followOn')).toHaveTextContent('예산 확보: ₩50,000,000');
    expect(within(facts).getByTestId('pilot-facts-rank')).toHaveTextContent('2위');
    expect(within(facts).getByTestId('pilot-facts-usePeriod')).toHaveTextContent('6개월');
  });

  it('records the contract and shows the new state', async () => {
    const { api, update } = renderPilot(makePilot({ status: PilotStatus.MATCHED }), Role.BUYER, {
      'POST /pilot-applications/:id/contract': () => ({ body: update({ status: PilotStatus.CONTRACTED }) }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilot-action-contract'));
    expect(await screen.findByTestId('pilot-action-done')).toHaveTextContent('실내 공기질 측정 드론 계약 체결을 기록했습니다.');
    await waitFor(() => expect(screen.getByTestId('pilot-status')).toHaveAttribute('data-status', PilotStatus.CONTRACTED));
    expect(api.find('POST', '/pilot-applications/pilot-1/contract')[0].body).toEqual({});
    expect(screen.getByTestId('pilot-next-step')).toHaveTextContent('공급기업의 납품을 기다리고 있습니다.');
    expect(shownActions()).toEqual([]);
  });

  it('asks before withdrawing, and sends the reason given', async () => {
    const { api, update } = renderPilot(makePilot({ status: PilotStatus.APPLIED }), Role.BUYER, {
      'POST /pilot-applications/:id/withdraw': () => ({ body: update({ status: PilotStatus.WITHDRAWN }) }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilot-action-withdraw'));
    expect(screen.getByTestId('pilot-ask-withdraw')).toHaveTextContent('철회하면 되돌릴 수 없습니다');
    expect(screen.getByTestId('pilot-reason-withdraw')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '취소' }));
    expect(screen.getByTestId('pilot-action-withdraw')).toHaveFocus();
    expect(api.find('POST', '/pilot-applications/pilot-1/withdraw')).toHaveLength(0);

    await user.click(screen.getByTestId('pilot-action-withdraw'));
    await user.type(screen.getByTestId('pilot-reason-withdraw'), '예산 변경');
    await user.click(screen.getByTestId('pilot-confirm-withdraw'));
    await waitFor(() => expect(screen.getByTestId('pilot-status')).toHaveAttribute('data-status', PilotStatus.WITHDRAWN));
    expect(api.find('POST', '/pilot-applications/pilot-1/withdraw')[0].body).toEqual({ reason: '예산 변경' });
  });

  it('shows a refused move’s 409 message', async () => {
    renderPilot(makePilot({ status: PilotStatus.CONTRACTED }, Role.SUPPLIER), Role.SUPPLIER, {
      'POST /pilot-applications/:id/deliver': apiError(409, 'This pilot is DELIVERED: it cannot be moved by "deliver"'),
    });
    await userEvent.setup().click(await screen.findByTestId('pilot-action-deliver'));
    const alert = await screen.findByTestId('pilot-action-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('This pilot is DELIVERED: it cannot be moved by "deliver"');
  });

  it('makes the operator give a reason to judge a pilot insufficient', async () => {
    const { api, update } = renderPilot(
      makePilot({ status: PilotStatus.RESULT_REPORTED }, Role.OPERATOR),
      Role.OPERATOR,
      { 'POST /pilot-applications/:id/judge-insufficient': (request) => ({ body: update({ status: PilotStatus.INSUFFICIENT, verdictReason: (request.body as { reason: string }).reason }) }) },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilot-action-judge-insufficient'));
    await user.click(screen.getByTestId('pilot-confirm-judge-insufficient'));
    const reason = screen.getByTestId('pilot-reason-judge-insufficient');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toBeRequired();
    expect(screen.getByText('사유를 입력하세요.')).toBeInTheDocument();
    expect(api.find('POST', '/pilot-applications/pilot-1/judge-insufficient')).toHaveLength(0);

    await user.type(reason, '내구성 보완 필요');
    await user.click(screen.getByTestId('pilot-confirm-judge-insufficient'));
    await waitFor(() => expect(screen.getByTestId('pilot-status')).toHaveAttribute('data-status', PilotStatus.INSUFFICIENT));
    expect(api.find('POST', '/pilot-applications/pilot-1/judge-insufficient')[0].body).toEqual({ reason: '내구성 보완 필요' });
    expect(screen.getByTestId('pilot-facts-verdictReason')).toHaveTextContent('내구성 보완 필요');
  });

  it('says the pilot cannot be found on a 404', async () => {
    renderPilotPage(<PilotRoute />, {
      path: '/my/pilots/:id',
      at: '/my/pilots/missing',
      session: makeSession(Role.BUYER),
      api: { 'GET /pilot-applications/:id': apiError(404, 'pilot application not found') },
    });
    expect(await screen.findByTestId('pilot-not-found')).toHaveTextContent('없는 시범구매이거나 볼 수 있는 권한이 없습니다.');
  });
});

describe('the result report', () => {
  const inUse = () => makePilot({ status: PilotStatus.IN_USE, useStartedAt: '2026-05-01', useEndsOn: '2026-11-01' });

  it('is offered to the buyer of a pilot in use only', async () => {
    renderPilot(makePilot({ status: PilotStatus.IN_USE }, Role.SUPPLIER), Role.SUPPLIER);
    await screen.findByTestId('pilot-status');
    expect(screen.queryByTestId('result-form')).not.toBeInTheDocument();
  });

  it('is not offered before the use period ends, and says from when', async () => {
    const inAMonth = todayIso(new Date(Date.now() + 30 * 86_400_000));
    const { api } = renderPilot(makePilot({ status: PilotStatus.IN_USE, useStartedAt: todayIso(), useEndsOn: inAMonth }), Role.BUYER);
    const note = await screen.findByTestId('result-not-yet');
    expect(note).toHaveTextContent(`결과 보고는 사용 기간이 끝나는 ${formatDay(inAMonth, 'ko')}부터 제출할 수 있습니다.`);
    expect(screen.queryByTestId('result-form')).not.toBeInTheDocument();
    expect(api.find('POST', '/pilot-applications/pilot-1/report')).toHaveLength(0);
  });

  it('asks for a score on every indicator and a summary before sending', async () => {
    const { api } = renderPilot(inUse(), Role.BUYER);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('result-summary'), '좋음');
    await user.click(screen.getByTestId('result-submit'));
    for (const indicator of PILOT_INDICATORS) {
      expect(screen.getByTestId(`result-score-${indicator}`)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getByTestId('result-score-operability')).toHaveFocus();
    expect(document.getElementById('result-score-quality-error')).toHaveTextContent('1점에서 5점 사이의 점수를 고르세요.');
    expect(document.getElementById('result-summary-error')).toHaveTextContent('5자 이상 입력하세요.');
    expect(api.find('POST', '/pilot-applications/pilot-1/report')).toHaveLength(0);
  });

  it('sends the 10 scores, the comments given, "would buy more" and the summary', async () => {
    const { api, update } = renderPilot(inUse(), Role.BUYER, {
      'POST /pilot-applications/:id/report': (request) => ({
        body: update({ status: PilotStatus.RESULT_REPORTED, result: { ...(request.body as NonNullable<PilotView['result']>), reportedAt: '2026-11-02T00:00:00.000Z' } }),
      }),
    });
    const user = userEvent.setup();
    const select = await screen.findByRole('combobox', { name: /^품질 점수/ });
    expect(within(select).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['', '1', '2', '3', '4', '5']);
    for (const [index, indicator] of PILOT_INDICATORS.entries()) {
      await user.selectOptions(screen.getByTestId(`result-score-${indicator}`), String((index % 5) + 1));
    }
    await user.type(screen.getByRole('textbox', { name: '안전성 의견' }), '  배터리 과열 없음 ');
    await user.click(screen.getByTestId('result-will-buy-more'));
    await user.type(screen.getByTestId('result-summary'), '민원실 공기질 관리에 효과적이었습니다.');
    await user.click(screen.getByTestId('result-submit'));

    expect(await screen.findByTestId('result-saved')).toHaveTextContent('결과 보고를 저장했습니다.');
    expect(api.find('POST', '/pilot-applications/pilot-1/report')[0].body).toEqual({
      scores: Object.fromEntries(PILOT_INDICATORS.map((indicator, index) => [indicator, (index % 5) + 1])),
      comments: { safety: '배터리 과열 없음' },
      willBuyMore: true,
      summary: '민원실 공기질 관리에 효과적이었습니다.',
    });
    await waitFor(() => expect(screen.getByTestId('pilot-status')).toHaveAttribute('data-status', PilotStatus.RESULT_REPORTED));
    expect(screen.queryByTestId('result-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('result-report-score-quality')).toHaveTextContent('3 / 5');
    expect(screen.getByTestId('result-report-will-buy-more')).toHaveAttribute('data-will-buy-more', 'true');
  });

  it('shows the API’s `scores.<indicator>` details beside that indicator', async () => {
    renderPilot(inUse(), Role.BUYER, {
      'POST /pilot-applications/:id/report': apiError(400, 'Validation failed', { 'scores.durability': ['durability must be a whole score from 1 to 5'] }),
    });
    const user = userEvent.setup();
    await screen.findByTestId('result-form');
    for (const indicator of PILOT_INDICATORS) await user.selectOptions(screen.getByTestId(`result-score-${indicator}`), '4');
    await user.type(screen.getByTestId('result-summary'), '무난했습니다.');
    await user.click(screen.getByTestId('result-submit'));
    const durability = screen.getByTestId('result-score-durability');
    await waitFor(() => expect(durability).toHaveAttribute('aria-invalid', 'true'));
    expect(durability.getAttribute('aria-describedby')).toBe('result-score-durability-error');
    expect(document.getElementById('result-score-durability-error')).toHaveTextContent('durability must be a whole score from 1 to 5');
    expect(screen.getByTestId('result-score-quality')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('result-error')).toHaveTextContent('입력 내용을 확인하세요.');
  });
});

describe('the usage check-in', () => {
  const due = () =>
    makePilot({
      status: PilotStatus.SUCCESS,
      useStartedAt: '2025-11-01',
      useEndsOn: '2026-05-01',
      checkInsDue: [3, 6],
      result: {
        scores: Object.fromEntries(PILOT_INDICATORS.map((indicator) => [indicator, 4])) as NonNullable<PilotView['result']>['scores'],
        comments: {},
        willBuyMore: false,
        summary: '괜찮았습니다.',
        reportedAt: '2026-05-02T00:00:00.000Z',
      },
    });

  it('is asked while a check-in is due, and sends month, state and why', async () => {
    const { api, update } = renderPilot(due(), Role.BUYER, {
      'POST /pilot-applications/:id/check-ins': (request) => {
        const body = request.body as { month: 3 | 6; state: 'SHELVED'; why: string };
        return { body: update({ checkInsDue: [6], checkIns: [{ ...body, answeredAt: '2026-11-20T00:00:00.000Z' }] }) };
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('pilot-next-step')).toHaveTextContent('사용 현황 점검(3, 6개월)에 답해 주세요.');
    const form = screen.getByTestId('checkin-form');
    expect(screen.getByTestId('checkin-month-3')).toBeChecked();
    expect(within(form).getByRole('radiogroup', { name: /^지금 제품은/ })).toHaveAttribute('aria-required', 'true');

    await user.click(screen.getByTestId('checkin-submit'));
    expect(within(form).getByRole('radiogroup', { name: /^지금 제품은/ })).toHaveAttribute('aria-describedby', 'checkin-state-error');
    expect(document.getElementById('checkin-state-error')).toHaveTextContent('하나를 고르세요.');
    expect(screen.getByTestId('checkin-why')).toHaveAttribute('aria-invalid', 'true');
    expect(api.find('POST', '/pilot-applications/pilot-1/check-ins')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: '사용하지 않고 보관 중' }));
    await user.type(screen.getByTestId('checkin-why'), '담당자 교체 후 사용하지 않음');
    await user.click(screen.getByTestId('checkin-submit'));

    expect(await screen.findByTestId('checkin-saved')).toHaveTextContent('사용 현황 점검에 답했습니다.');
    expect(api.find('POST', '/pilot-applications/pilot-1/check-ins')[0].body).toEqual({ month: 3, state: 'SHELVED', why: '담당자 교체 후 사용하지 않음' });
    await waitFor(() => expect(screen.getByTestId('checkin-3')).toHaveAttribute('data-state', 'SHELVED'));
    // The 6-month check-in is still due: the form now asks for it.
    expect(screen.getByTestId('checkin-month-6')).toBeChecked();
    expect(screen.queryByTestId('checkin-month-3')).not.toBeInTheDocument();
  });

  it('shows the 409 when the check-in is not due or already answered', async () => {
    renderPilot(due(), Role.BUYER, { 'POST /pilot-applications/:id/check-ins': apiError(409, 'The 3-month check-in is already answered') });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('checkin-state-IN_USE'));
    await user.type(screen.getByTestId('checkin-why'), '매일 사용');
    await user.click(screen.getByTestId('checkin-submit'));
    expect(await screen.findByTestId('checkin-error')).toHaveTextContent('The 3-month check-in is already answered');
  });

  it('is not asked of a supplier', async () => {
    renderPilot(due(), Role.SUPPLIER);
    await screen.findByTestId('pilot-status');
    expect(screen.queryByTestId('checkin-form')).not.toBeInTheDocument();
  });
});
