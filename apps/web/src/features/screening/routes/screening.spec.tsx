import { Role, SCREENING_CHECKLIST, type ProposalView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCategories, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeProposal, page } from '../../../test/workflow-factories';

const operator = makeSession(Role.OPERATOR);
const categories = { body: makeCategories() };

/** A queue whose proposals move as the mocked API moves them. */
function queue(initial: ProposalView[]) {
  let proposals = initial;
  const move = (id: string, patch: Partial<ProposalView>) => {
    proposals = proposals.map((proposal) => (proposal.id === id ? { ...proposal, ...patch } : proposal));
    return { body: proposals.find((proposal) => proposal.id === id) };
  };
  return {
    'GET /categories': categories,
    'GET /proposals': (request: MockRequest) => page(proposals.filter((proposal) => proposal.status === request.query.get('status'))),
    'POST /proposals/:id/start-screening': (request: MockRequest) =>
      move(request.params.id, { status: 'SCREENING', availableActions: ['request-supplement', 'pass-screening', 'fail-screening'] }),
    'POST /proposals/:id/request-supplement': (request: MockRequest) =>
      move(request.params.id, { status: 'SUPPLEMENT_REQUESTED', supplementRequest: request.body as ProposalView['supplementRequest'], availableActions: [] }),
    'POST /proposals/:id/fail-screening': (request: MockRequest) =>
      move(request.params.id, { status: 'REJECTED', screening: (request.body as { checklist: ProposalView['screening'] }).checklist, availableActions: [] }),
  };
}

describe('screening queue', () => {
  it('starts screening a submitted proposal and brings the operator to its checklist under screening', async () => {
    const submitted = makeProposal({ id: 'p-1', status: 'SUBMITTED', submittedAt: '2026-12-03T00:00:00.000Z', availableActions: ['start-screening', 'request-supplement'] });
    const { api, router } = renderApp('/operator/screening', { session: operator, api: queue([submitted]) });
    const card = within(await screen.findByTestId('screening-item-p-1'));
    expect(card.getByRole('heading', { name: '실내 공기질 측정 드론' })).toBeInTheDocument();
    expect(card.getByText(/\(주\)혁신 · 2026년 4차 혁신시제품 공모 · 전자·통신 › 드론 · 2026\. 12\. 3\. AM 9:00 KST 제출/)).toBeInTheDocument();
    expect(screen.getByTestId('screening-tab-SUBMITTED')).toHaveAttribute('aria-current', 'page');
    expect(api.find('GET', '/proposals')[0].query.get('status')).toBe('SUBMITTED');
    expect(card.queryByTestId('pass-screening-p-1')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(card.getByTestId('start-screening-p-1'));
    expect(await screen.findByTestId('screening-done')).toHaveTextContent('‘실내 공기질 측정 드론’ 사전 검토를 시작했습니다.');
    // The work goes on under "screening": the queue turns there, to the card and its checklist.
    await waitFor(() => expect(router.state.location.search).toBe('?status=SCREENING'));
    expect(await screen.findByTestId('pass-screening-p-1')).toBeInTheDocument();
    expect(screen.getByTestId('screening-tab-SCREENING')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('checklist-p-1')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '실내 공기질 측정 드론' })).toHaveFocus());
    expect(screen.getByTestId('screening-done')).toHaveTextContent('사전 검토를 시작했습니다.');
  });

  it('asks for a supplement with a message and a Korea-time deadline', async () => {
    const submitted = makeProposal({ id: 'p-2', status: 'SUBMITTED', availableActions: ['start-screening', 'request-supplement'] });
    const { api } = renderApp('/operator/screening', { session: operator, api: queue([submitted]) });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('request-supplement-p-2'));
    const message = screen.getByTestId('supplement-message-p-2');
    expect(message).toHaveFocus();
    await user.click(screen.getByTestId('supplement-send-p-2'));
    expect(message).toHaveAccessibleDescription(expect.stringContaining('보완할 내용을 입력하세요.'));
    expect(screen.getByTestId('supplement-deadline-p-2')).toHaveAccessibleDescription(expect.stringContaining('기한의 날짜와 시각을 입력하세요.'));
    await user.click(message);
    await user.paste('특허증 사본을 첨부하세요.');
    await user.type(screen.getByTestId('supplement-deadline-p-2'), '2099-12-10T18:00');
    await user.click(screen.getByTestId('supplement-send-p-2'));
    expect(await screen.findByTestId('screening-done')).toHaveTextContent('보완을 요청했습니다.');
    expect(api.find('POST', '/proposals/p-2/request-supplement')[0].body).toEqual({
      message: '특허증 사본을 첨부하세요.',
      deadline: '2099-12-10T18:00:00+09:00',
    });
  });

  it('passes or fails only on a complete checklist that agrees with the verdict', async () => {
    const screening = makeProposal({ id: 'p-3', status: 'SCREENING', availableActions: ['request-supplement', 'pass-screening', 'fail-screening'] });
    const { api } = renderApp('/operator/screening?status=SCREENING', {
      session: operator,
      api: { ...queue([screening]), 'POST /proposals/:id/pass-screening': apiError(400, 'The request has invalid fields', { checklist: ['a proposal passes screening only when every item passes'] }) },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('checklist-p-3'));
    expect(form.getAllByRole('radiogroup')).toHaveLength(5);

    await user.click(form.getByTestId('fail-screening-p-3'));
    const safety = within(form.getByTestId('checklist-p-3-safety'));
    expect(safety.getByRole('radiogroup', { name: '안전성 판정' })).toHaveAccessibleDescription('통과 또는 탈락을 고르세요.');
    expect(safety.getByRole('radio', { name: '통과' })).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByTestId('checklist-p-3-safety-reason')).toHaveAccessibleDescription('사유를 입력하세요.');

    for (const key of SCREENING_CHECKLIST) {
      await user.click(form.getByTestId(`checklist-p-3-${key}-${key === 'regulatoryExposure' ? 'fail' : 'pass'}`));
      await user.click(form.getByTestId(`checklist-p-3-${key}-reason`));
      await user.paste(key === 'regulatoryExposure' ? '의료기기 인허가가 필요합니다.' : '적합');
    }
    // A failed item: it cannot pass.
    await user.click(form.getByTestId('pass-screening-p-3'));
    expect(form.getByTestId('checklist-verdict-error-p-3')).toHaveTextContent('탈락한 항목이 있어 통과 처리할 수 없습니다.');
    expect(api.find('POST', '/proposals/p-3/pass-screening')).toHaveLength(0);

    await user.click(form.getByTestId('fail-screening-p-3'));
    expect(await screen.findByTestId('screening-done')).toHaveTextContent('사전 검토에서 탈락 처리했습니다.');
    expect(api.find('POST', '/proposals/p-3/fail-screening')[0].body).toEqual({
      checklist: [
        { key: 'areaFit', passed: true, reason: '적합' },
        { key: 'novelApproach', passed: true, reason: '적합' },
        { key: 'trl', passed: true, reason: '적합' },
        { key: 'safety', passed: true, reason: '적합' },
        { key: 'regulatoryExposure', passed: false, reason: '의료기기 인허가가 필요합니다.' },
      ],
    });
  });

  it('shows the API refusal of a pass beside the checklist', async () => {
    const screening = makeProposal({ id: 'p-4', status: 'SCREENING', availableActions: ['pass-screening', 'fail-screening'] });
    renderApp('/operator/screening?status=SCREENING', {
      session: operator,
      api: { ...queue([screening]), 'POST /proposals/:id/pass-screening': apiError(400, 'The request has invalid fields', { checklist: ['checklist must cover safety'] }) },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('checklist-p-4'));
    for (const key of SCREENING_CHECKLIST) {
      await user.click(form.getByTestId(`checklist-p-4-${key}-pass`));
      await user.click(form.getByTestId(`checklist-p-4-${key}-reason`));
      await user.paste('적합');
    }
    await user.click(form.getByTestId('pass-screening-p-4'));
    expect(await form.findByTestId('checklist-verdict-error-p-4')).toHaveTextContent('checklist must cover safety');
  });
});
