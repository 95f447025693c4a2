import { REFUSED_SCORE_SHEETS, Role, type AgendaItemView, type ScoreSheet, type SessionView } from '@inno/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { wordMessage } from '../../../lib/messages';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCategories, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeAgendaItem, makeCommitteeSession, makeProposal } from '../../../test/workflow-factories';

const categories = { body: makeCategories() };

/** A session of one item that the mocked API changes as members act on it. */
function sessionApi(start: Partial<AgendaItemView> = {}, sessionOverrides: Partial<SessionView> = {}) {
  const state = { item: makeAgendaItem({ id: 'item-1', ...start }) };
  const session = () => makeCommitteeSession({ id: 's-1', items: [state.item], ...sessionOverrides });
  const routes = {
    'GET /categories': categories,
    'GET /committee-sessions/:id': () => ({ body: session() }),
    'GET /agenda-items/:id': () => ({ body: { ...state.item, proposal: makeProposal().content, access: 'FULL' } }),
    'POST /agenda-items/:id/declaration': (request: MockRequest) => {
      const { conflict } = request.body as { conflict: boolean };
      state.item = { ...state.item, myDeclaration: conflict ? 'CONFLICT' : 'NONE', eligibleCount: state.item.eligibleCount - (conflict ? 1 : 0) };
      return { body: state.item };
    },
    'PUT /agenda-items/:id/score': (request: MockRequest) => {
      state.item = { ...state.item, myScore: request.body as ScoreSheet, scoredCount: state.item.scoredCount + (state.item.myScore ? 0 : 1), frozen: true };
      return { body: state.item };
    },
  };
  return { state, routes };
}

async function type(user: ReturnType<typeof userEvent.setup>, testId: string, text: string) {
  const element = screen.getByTestId(testId);
  await user.clear(element);
  await user.type(element, text);
}

describe('committee session (member)', () => {
  it('declares no conflict, then scores every criterion with a comment and shows the saved score', async () => {
    const { routes } = sessionApi();
    const { api } = renderApp('/committee/sessions/s-1', { session: makeSession(Role.COMMITTEE, { id: 'member-2' }), api: routes });
    const user = userEvent.setup();
    const item = await screen.findByTestId('agenda-item-item-1');
    expect(item).toHaveAttribute('data-status', 'OPEN');
    expect(within(item).getByRole('heading', { name: '실내 공기질 측정 드론' })).toBeInTheDocument();
    // Nothing to score, and no chair's console, before declaring.
    expect(screen.queryByTestId('score-item-1-publicIssue')).not.toBeInTheDocument();
    expect(screen.queryByTestId('close-item-item-1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('quorum-item-1')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('declare-none-item-1'));
    expect(api.find('POST', '/agenda-items/item-1/declaration')[0].body).toEqual({ conflict: false });
    const points = await screen.findByTestId('score-item-1-publicIssue');
    expect(points).toHaveAccessibleName(/공공 문제 해결 점수 \(0~10점\)/);
    expect(points).toHaveAttribute('max', '10');
    expect(screen.queryByTestId('declare-none-item-1')).not.toBeInTheDocument();

    // The proposal opens for a member who declared no conflict.
    await user.click(within(screen.getByTestId('item-proposal-item-1')).getByText('신청 내용 보기'));
    expect(await screen.findByTestId('item-proposal-content-item-1-innovation')).toHaveTextContent('기존 고정형 측정기보다');

    await type(user, 'score-item-1-publicIssue', '12');
    await type(user, 'score-item-1-urgency', '9');
    await type(user, 'score-item-1-novelty', '7');
    expect(screen.getByTestId('score-total-item-1')).toHaveTextContent('합계 16 / 30점');
    await user.click(screen.getByTestId('score-submit-item-1'));
    expect(points).toHaveAccessibleDescription('0에서 10 사이의 정수를 입력하세요.');
    expect(screen.getByTestId('comment-item-1-novelty')).toHaveAccessibleDescription('필수 입력 항목입니다.');
    expect(api.find('PUT', '/agenda-items/item-1/score')).toHaveLength(0);

    await type(user, 'score-item-1-publicIssue', '8');
    expect(screen.getByTestId('score-total-item-1')).toHaveTextContent('합계 24 / 30점');
    await type(user, 'comment-item-1-publicIssue', '현장 수요가 뚜렷함');
    await type(user, 'comment-item-1-urgency', '시급함');
    await type(user, 'comment-item-1-novelty', '보통');
    await user.click(screen.getByTestId('score-submit-item-1'));

    expect(await screen.findByTestId('score-saved-item-1')).toHaveTextContent('내 점수를 저장했습니다: 24 / 30점');
    expect(api.find('PUT', '/agenda-items/item-1/score')[0].body).toEqual({
      points: { publicIssue: 8, urgency: 9, novelty: 7 },
      comments: { publicIssue: '현장 수요가 뚜렷함', urgency: '시급함', novelty: '보통' },
    });
    await waitFor(() => expect(screen.getByTestId('score-submit-item-1')).toHaveTextContent('점수 다시 저장'));
  });

  it('refuses the sheets the API refuses, with the messages of the same codes, before sending', async () => {
    for (const refused of REFUSED_SCORE_SHEETS) {
      const { routes } = sessionApi({ myDeclaration: 'NONE' });
      const { api, unmount } = renderApp('/committee/sessions/s-1', { session: makeSession(Role.COMMITTEE, { id: 'member-2' }), api: routes });
      await screen.findByTestId('score-item-1-novelty');
      for (const key of ['publicIssue', 'urgency', 'novelty']) {
        fireEvent.change(screen.getByTestId(`score-item-1-${key}`), { target: { value: '6' } });
        fireEvent.change(screen.getByTestId(`comment-item-1-${key}`), { target: { value: '의견' } });
      }
      if ('points' in refused.input) fireEvent.change(screen.getByTestId('score-item-1-novelty'), { target: { value: String(refused.input.points) } });
      if ('comments' in refused.input) fireEvent.change(screen.getByTestId('comment-item-1-novelty'), { target: { value: refused.input.comments } });
      await userEvent.setup().click(screen.getByTestId('score-submit-item-1'));
      const invalid = [...document.querySelectorAll('[aria-invalid="true"]')].map((element) => element.getAttribute('data-testid'));
      const [[field, [expected]]] = Object.entries(refused.codes);
      const testId = field === 'points.novelty' ? 'score-item-1-novelty' : 'comment-item-1-novelty';
      expect({ why: refused.why, invalid }).toEqual({ why: refused.why, invalid: [testId] });
      expect(screen.getByTestId(testId)).toHaveAccessibleDescription(wordMessage(expected));
      expect(api.find('PUT', '/agenda-items/item-1/score')).toHaveLength(0);
      unmount();
    }
  });

  it('shows the API 400 details beside the score fields', async () => {
    const { routes } = sessionApi({ myDeclaration: 'NONE' });
    renderApp('/committee/sessions/s-1', {
      session: makeSession(Role.COMMITTEE, { id: 'member-2' }),
      api: {
        ...routes,
        'PUT /agenda-items/:id/score': apiError(400, 'The request has invalid fields', {
          'points.novelty': ['novelty must be between 0 and 5'],
          'comments.urgency': ['at most 2000 characters'],
        }),
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('score-item-1-novelty');
    for (const key of ['publicIssue', 'urgency', 'novelty']) {
      await type(user, `score-item-1-${key}`, '6');
      await type(user, `comment-item-1-${key}`, '의견');
    }
    await user.click(screen.getByTestId('score-submit-item-1'));
    await waitFor(() => expect(screen.getByTestId('score-item-1-novelty')).toHaveAccessibleDescription('novelty must be between 0 and 5'));
    expect(screen.getByTestId('comment-item-1-urgency')).toHaveAccessibleDescription('at most 2000 characters');
    expect(screen.queryByTestId('score-saved-item-1')).not.toBeInTheDocument();
  });

  it('declares a conflict only with a reason, and is then recused', async () => {
    const { routes } = sessionApi();
    const { api } = renderApp('/committee/sessions/s-1', { session: makeSession(Role.COMMITTEE, { id: 'member-2' }), api: routes });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('declare-conflict-item-1'));
    const reason = screen.getByTestId('conflict-reason-item-1');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('이해충돌 사유를 입력하세요.'));
    expect(api.find('POST', '/agenda-items/item-1/declaration')).toHaveLength(0);

    await user.type(reason, '신청 기업의 자문위원입니다.');
    await user.click(screen.getByTestId('declare-conflict-item-1'));
    expect(await screen.findByTestId('recused-item-1')).toHaveTextContent('제척되었습니다');
    expect(api.find('POST', '/agenda-items/item-1/declaration')[0].body).toEqual({ conflict: true, reason: '신청 기업의 자문위원입니다.' });
    expect(screen.queryByTestId('score-item-1-publicIssue')).not.toBeInTheDocument();
    expect(screen.queryByTestId('item-proposal-item-1')).not.toBeInTheDocument();
  });

  it("gives the chair the quorum and the close, then shows the decision", async () => {
    const sheet = { points: { publicIssue: 8, urgency: 9, novelty: 7 }, comments: { publicIssue: '좋음', urgency: '좋음', novelty: '보통' } };
    const { state, routes } = sessionApi({ myDeclaration: 'NONE', myScore: sheet, scoredCount: 1, frozen: true });
    let closes = 0;
    const { api } = renderApp('/committee/sessions/s-1', {
      session: makeSession(Role.COMMITTEE, { id: 'chair-1' }),
      api: {
        ...routes,
        'POST /agenda-items/:id/close': () => {
          closes += 1;
          if (closes === 1) {
            // Meanwhile the others scored: the console refreshes after the refusal.
            state.item = { ...state.item, scoredCount: 3 };
            return apiError(409, '2 of the 3 members present have not scored yet');
          }
          state.item = {
            ...state.item,
            status: 'CLOSED',
            decision: {
              scoredBy: 3,
              eligibleMembers: 3,
              present: 3,
              votes: null,
              totals: [24, 22, 23],
              aggregate: 23,
              groupAggregates: { publicValue: 16, innovation: 7 },
              passed: true,
              reasons: [],
            },
          };
          return { body: state.item };
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('you-chair')).toBeInTheDocument();
    expect(screen.getByTestId('score-saved-item-1')).toHaveTextContent('24 / 30점');
    const quorum = screen.getByTestId('quorum-item-1');
    expect(quorum).toHaveTextContent('출석 3명 / 의결 가능 위원 3명 · 정족수 2명(과반) 이상: 충족');
    expect(quorum).toHaveAttribute('data-met', 'true');
    expect(screen.getByTestId('progress-item-1')).toHaveTextContent('출석 위원 3명 중 1명 채점.');

    await user.click(screen.getByTestId('close-item-item-1'));
    expect(await screen.findByTestId('close-error-item-1')).toHaveTextContent('2 of the 3 members present have not scored yet');
    await waitFor(() => expect(screen.getByTestId('progress-item-1')).toHaveTextContent('출석 위원 3명 중 3명 채점.'));

    await user.click(screen.getByTestId('close-item-item-1'));
    const decision = await screen.findByTestId('decision-item-1');
    expect(decision).toHaveAttribute('data-passed', 'true');
    expect(decision).toHaveTextContent('통과 · 평균 23점');
    expect(decision).toHaveTextContent('의결 가능 위원 3명 중 3명 채점');
    expect(decision).toHaveTextContent('공공성: 평균 16점');
    expect(screen.getByTestId('agenda-item-item-1')).toHaveAttribute('data-status', 'CLOSED');
    expect(screen.queryByTestId('close-item-item-1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('score-submit-item-1')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '회의록 보기' })).toHaveAttribute('href', '/minutes/s-1');
    expect(api.find('POST', '/agenda-items/item-1/close')).toHaveLength(2);
  });

  it('lets the chair open the session with each member in the room, online or absent; until then no one scores', async () => {
    const { routes } = sessionApi({ myDeclaration: 'NONE' }, { openedAt: null, members: makeCommitteeSession().members.map((m) => ({ ...m, presence: null })) });
    let opened = false;
    const { api } = renderApp('/committee/sessions/s-1', {
      session: makeSession(Role.COMMITTEE, { id: 'chair-1' }),
      api: {
        ...routes,
        'GET /committee-sessions/:id': () => ({
          body: makeCommitteeSession({
            id: 's-1',
            items: [makeAgendaItem({ id: 'item-1', myDeclaration: 'NONE', presentCount: opened ? 2 : 0 })],
            ...(opened
              ? {}
              : { openedAt: null, members: makeCommitteeSession().members.map((m) => ({ ...m, presence: null })) }),
          }),
        }),
        'POST /committee-sessions/:id/open': () => {
          opened = true;
          return { body: makeCommitteeSession({ id: 's-1' }) };
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('attendance-form')).toBeInTheDocument();
    expect(screen.getByTestId('scoring-not-open-item-1')).toHaveTextContent('2026-12-18');
    expect(screen.queryByTestId('score-submit-item-1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('chair-console-item-1')).not.toBeInTheDocument();
    // The chair opening the session cannot be absent.
    expect(screen.queryByTestId('attendance-chair-1-ABSENT')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('attendance-member-2-ONLINE'));
    await user.click(screen.getByTestId('attendance-member-3-ABSENT'));
    await user.click(screen.getByTestId('open-session'));
    await waitFor(() => expect(api.find('POST', '/committee-sessions/s-1/open')).toHaveLength(1));
    expect(api.find('POST', '/committee-sessions/s-1/open')[0].body).toEqual({
      attendance: [
        { memberId: 'chair-1', presence: 'ROOM' },
        { memberId: 'member-2', presence: 'ONLINE' },
        { memberId: 'member-3', presence: 'ABSENT' },
      ],
    });
    expect(await screen.findByTestId('score-submit-item-1')).toBeInTheDocument();
    expect(screen.queryByTestId('attendance-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('chair-console-item-1')).toBeInTheDocument();
  });

  it('tells an absent member they cannot score', async () => {
    const members = makeCommitteeSession().members.map((m) => (m.userId === 'member-3' ? { ...m, presence: 'ABSENT' as const } : m));
    const { routes } = sessionApi({ myDeclaration: 'NONE' }, { members });
    renderApp('/committee/sessions/s-1', { session: makeSession(Role.COMMITTEE, { id: 'member-3' }), api: routes });
    expect(await screen.findByTestId('absent-item-1')).toHaveTextContent('불참');
    expect(screen.queryByTestId('score-submit-item-1')).not.toBeInTheDocument();
  });

  it('asks for a vote after scoring where the call says so, and shows the count in the decision', async () => {
    const sheet = { points: { publicIssue: 8, urgency: 9, novelty: 7 }, comments: { publicIssue: '좋음', urgency: '좋음', novelty: '보통' } };
    const { state, routes } = sessionApi({ myDeclaration: 'NONE', myScore: sheet, scoredCount: 1, frozen: true, voteRequired: true });
    const { api } = renderApp('/committee/sessions/s-1', {
      session: makeSession(Role.COMMITTEE, { id: 'member-2' }),
      api: {
        ...routes,
        'PUT /agenda-items/:id/vote': (request: MockRequest) => {
          state.item = { ...state.item, myVote: (request.body as { choice: 'FOR' }).choice, votedCount: 1 };
          return { body: state.item };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('vote-submit-item-1'));
    expect(await screen.findByText('찬성, 반대, 기권 중 하나를 고르세요.')).toBeInTheDocument();
    expect(api.find('PUT', '/agenda-items/item-1/vote')).toHaveLength(0);
    await user.click(screen.getByTestId('vote-item-1-FOR'));
    await user.click(screen.getByTestId('vote-submit-item-1'));
    expect(await screen.findByTestId('vote-saved-item-1')).toHaveTextContent('내 투표: 찬성');
    expect(api.find('PUT', '/agenda-items/item-1/vote')[0].body).toEqual({ choice: 'FOR' });
  });
});
