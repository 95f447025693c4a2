import { Role, type ConcernView, type ObserverSessionView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession, makeUser } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const closed: ObserverSessionView = {
  id: 's-1',
  title: '2026년 4분기 혁신제품 지정 평가위원회',
  startsAt: '2026-12-18T05:00:00.000Z',
  meetingDate: '2026-12-18',
  place: '제1평가장',
  online: false,
  closed: true,
  itemCount: 1,
  closedItemCount: 1,
  attendance: [
    { name: '김위원장', isChair: true, presence: 'ROOM' },
    { name: '이위원', isChair: false, presence: 'ONLINE' },
    { name: '박위원', isChair: false, presence: 'ROOM' },
  ],
  items: [
    {
      id: 'item-1',
      subject: 'PROPOSAL',
      productName: '실내 공기질 측정 드론',
      companyName: '(주)혁신',
      recused: ['박위원'],
      scores: [
        { member: 1, total: 84, points: {} },
        { member: 2, total: 78, points: {} },
      ],
      decision: { scoredBy: 2, eligibleMembers: 2, totals: [84, 78], aggregate: 81, groupAggregates: {}, present: 2, votes: null, passed: true, reasons: [], reasonMessages: [] },
      decisionId: 'd-1',
      closedAt: '2026-12-18T07:00:00.000Z',
      trail: [
        { at: '2026-11-02T01:00:00.000Z', action: 'proposal.submit', entityType: 'proposal', actorRole: 'SUPPLIER', actorName: null, fromState: 'DRAFT', toState: 'SUBMITTED' },
        { at: '2026-12-18T07:00:00.000Z', action: 'committee.item_closed', entityType: 'agenda_item', actorRole: 'COMMITTEE', actorName: '김위원장', fromState: 'OPEN', toState: 'CLOSED' },
      ],
    },
  ],
};

const concern = (overrides: Partial<ConcernView> = {}): ConcernView => ({
  id: 'c-1',
  decisionId: 'd-1',
  decisionKind: 'DESIGNATION',
  productName: '실내 공기질 측정 드론',
  companyName: '(주)혁신',
  kind: 'CONCERN',
  status: 'OPEN',
  authorName: '장감시',
  organisation: '투명사회시민연대',
  body: '평가 근거를 회의록에 공개해 주십시오.',
  filedAt: '2026-12-20T01:00:00.000Z',
  answerDueOn: '2027-01-03',
  overdue: true,
  answer: null,
  answeredBy: null,
  answeredAt: null,
  ...overrides,
});

const page = (items: ConcernView[]) => ({ items, total: items.length, page: 1, pageSize: 50 });

describe('observers', () => {
  it('read a closed session: attendance, who was recused, numbered scores and the record, and file a concern on its decision', async () => {
    const { api } = renderApp('/observer/sessions/s-1', {
      session: makeSession(Role.OBSERVER),
      api: {
        'GET /observer/sessions/:id': { body: closed },
        'GET /concerns': { body: page([]) },
        'POST /decisions/:id/concerns': ({ body }) => ({ status: 201, body: concern({ ...(body as Partial<ConcernView>), overdue: false }) }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: closed.title })).toBeInTheDocument();
    const attendance = screen.getByTestId('observer-attendance');
    expect(within(attendance).getAllByRole('row')).toHaveLength(4);
    expect(attendance).toHaveTextContent('김위원장 · 위원장');
    expect(screen.getByTestId('observer-item-0-recused')).toHaveTextContent('박위원');
    const scores = screen.getByTestId('observer-item-0-scores');
    expect(within(scores).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['위원 1', '위원 2']);
    expect(scores).not.toHaveTextContent('김위원장');
    const trail = screen.getByTestId('observer-item-0-trail');
    expect(trail).toHaveTextContent('공급기업 (이름 비공개)');
    expect(trail).toHaveTextContent('김위원장');

    // The shared rule refuses a text under 10 characters before anything is sent.
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('concern-d-1-body'), '짧아요');
    await user.click(screen.getByTestId('concern-d-1-submit'));
    expect(await screen.findByTestId('concern-d-1-error')).toBeInTheDocument();
    expect(api.find('POST', '/decisions/d-1/concerns')).toHaveLength(0);

    await user.clear(screen.getByTestId('concern-d-1-body'));
    await user.type(screen.getByTestId('concern-d-1-body'), '평가 근거를 회의록에 공개해 주십시오.');
    await user.click(screen.getByTestId('concern-d-1-submit'));
    expect(await screen.findByTestId('concern-d-1-filed')).toBeInTheDocument();
    expect(api.find('POST', '/decisions/d-1/concerns')[0].body).toEqual({ kind: 'CONCERN', body: '평가 근거를 회의록에 공개해 주십시오.' });
  });

  it('see only the public minutes’ link of a session still sitting', async () => {
    renderApp('/observer/sessions/s-1', {
      session: makeSession(Role.OBSERVER),
      api: { 'GET /observer/sessions/:id': { body: { ...closed, closed: false, closedItemCount: 0, attendance: [], items: [] } } },
    });
    expect(await screen.findByTestId('observer-session-not-closed')).toHaveTextContent('아직 종료되지 않은 회의입니다');
    expect(screen.getByTestId('observer-minutes-link')).toHaveAttribute('href', '/minutes/s-1');
    expect(screen.queryByTestId('observer-attendance')).not.toBeInTheDocument();
  });

  it('give the operator a queue of open concerns, flagged when overdue, each answered in public', async () => {
    const { api } = renderApp('/operator/concerns', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /concerns': { body: page([concern()]) },
        'POST /concerns/:id/answer': ({ body }) => ({ body: concern({ status: 'ANSWERED', overdue: false, answer: (body as { answer: string }).answer, answeredBy: '박운영', answeredAt: '2027-01-05T01:00:00.000Z' }) }),
      },
    });
    const entry = await screen.findByTestId('concern-c-1');
    expect(screen.getByTestId('concern-due-c-1')).toHaveTextContent('답변 기한 2027-01-03 · 답변 기한 지남');
    expect(entry).toHaveAttribute('data-overdue', 'true');
    expect(api.find('GET', '/concerns')[0].query.get('status')).toBe('OPEN');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('answer-c-1-text'), '근거 요약을 회의록에 추가했습니다.');
    await user.click(screen.getByTestId('answer-c-1-submit'));
    await waitFor(() => expect(api.find('POST', '/concerns/c-1/answer')).toHaveLength(1));
    expect(api.find('POST', '/concerns/c-1/answer')[0].body).toEqual({ answer: '근거 요약을 회의록에 추가했습니다.' });
  });

  it('are created by an admin with an organisation and a term, checked by the API’s rule before sending', async () => {
    const { api } = renderApp('/admin/users', {
      session: makeSession(Role.ADMIN),
      api: {
        'GET /users': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
        'POST /users': ({ body }) => ({ status: 201, body: makeUser({ role: Role.OBSERVER, email: (body as { email: string }).email }) }),
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('create-staff-form'));
    await user.type(form.getByRole('textbox', { name: /^이메일/ }), 'watch@ngo.kr');
    await user.type(form.getByLabelText(/^초기 비밀번호/), 'open-committee-eyes-2026');
    await user.type(form.getByRole('textbox', { name: /^이름/ }), '장감시');
    await user.selectOptions(form.getByRole('combobox', { name: /^역할/ }), 'OBSERVER');
    await user.type(form.getByRole('textbox', { name: /^소속 단체/ }), '투명사회시민연대');
    await user.type(form.getByLabelText(/^위촉 시작일/), '2027-01-01');
    await user.type(form.getByLabelText(/^위촉 종료일/), '2026-12-31');
    await user.click(form.getByTestId('create-staff-submit'));
    expect(form.getByLabelText(/^위촉 종료일/)).toHaveAccessibleDescription(expect.stringContaining('종료일은 시작일 이후'));
    expect(api.find('POST', '/users')).toHaveLength(0);

    await user.clear(form.getByLabelText(/^위촉 종료일/));
    await user.type(form.getByLabelText(/^위촉 종료일/), '2028-12-31');
    await user.click(form.getByTestId('create-staff-submit'));
    await waitFor(() => expect(api.find('POST', '/users')).toHaveLength(1));
    expect(api.find('POST', '/users')[0].body).toEqual({
      email: 'watch@ngo.kr',
      password: 'open-committee-eyes-2026',
      name: '장감시',
      role: 'OBSERVER',
      organisation: '투명사회시민연대',
      termFrom: '2027-01-01',
      termTo: '2028-12-31',
    });
  });
});
