import { Role } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeChallenge } from '../../../test/workflow-factories';

describe('a challenge’s selection', () => {
  it('shows every visitor who decided and why: the committee’s reasons as codes, with its minutes', async () => {
    const challenge = makeChallenge({
      id: 'c-1',
      status: 'SELECTED',
      selection: { by: 'COMMITTEE', reasons: [{ code: 'SELECTION_PASSED', params: { aggregate: 85.5, scoredBy: 2 } }], sessionId: 's-1', decidedAt: '2026-12-18T07:00:00.000Z' },
    });
    renderApp('/challenges/c-1', { api: { 'GET /challenges/:id': { body: challenge } } });
    const decision = within(await screen.findByTestId('challenge-decision'));
    expect(decision.getByText(/위원회가 심사해 선정/)).toBeInTheDocument();
    expect(decision.getByRole('listitem')).toHaveTextContent('평가위원 2명의 평균 85.5점으로 총점과 모든 항목군의 기준을 넘어 선정되었습니다.');
    expect(decision.getByRole('link', { name: '위원회 회의록 보기' })).toHaveAttribute('href', '/minutes/s-1');
  });

  it('shows the operator’s own reason when the operator selected alone', async () => {
    const challenge = makeChallenge({
      id: 'c-2',
      status: 'NOT_SELECTED',
      selectionReason: '기존 조달 제품으로 해결 가능',
      selection: { by: 'OPERATOR', reasons: [{ code: 'TEXT', params: { text: '기존 조달 제품으로 해결 가능' } }], sessionId: null, decidedAt: '2026-12-18T07:00:00.000Z' },
    });
    renderApp('/challenges/c-2', { api: { 'GET /challenges/:id': { body: challenge } } });
    const decision = within(await screen.findByTestId('challenge-decision'));
    expect(decision.getByText(/운영자가 선정/)).toBeInTheDocument();
    expect(decision.getByRole('listitem')).toHaveTextContent('기존 조달 제품으로 해결 가능');
    expect(decision.queryByRole('link')).not.toBeInTheDocument();
  });

  it('tells the operator that a committee call’s challenge goes to the committee, with no button to select it alone', async () => {
    renderApp('/challenges/c-3', { session: makeSession(Role.OPERATOR), api: { 'GET /challenges/:id': { body: makeChallenge({ id: 'c-3', availableActions: ['schedule'] }) } } });
    expect(await screen.findByTestId('challenge-to-committee')).toHaveTextContent('위원회가 선정합니다');
    expect(screen.getByRole('link', { name: '위원회 회의로 가기' })).toHaveAttribute('href', '/operator/sessions');
    expect(screen.queryByTestId('challenge-select')).not.toBeInTheDocument();
    expect(screen.queryByTestId('challenge-not-select')).not.toBeInTheDocument();
  });

  it('offers the proposing institution’s buyer the purchase once a solution is designated', async () => {
    const challenge = makeChallenge({
      id: 'c-4',
      status: 'DESIGNATED',
      selection: { by: 'OPERATOR', reasons: [{ code: 'TEXT', params: { text: '선정' } }], sessionId: null, decidedAt: '2026-12-18T07:00:00.000Z' },
      winner: { proposalId: 'p-1', productId: 'prod-1', productName: '초음파 결빙 감지기', companyName: '(주)스마트에어' },
      availableActions: ['record-purchase'],
    });
    renderApp('/challenges/c-4', { session: makeSession(Role.BUYER), api: { 'GET /challenges/:id': { body: challenge } } });
    expect(await screen.findByLabelText(/^구매 금액/)).toBeInTheDocument();
    expect(screen.getByTestId('challenge-record-purchase')).toBeInTheDocument();
  });
});
