import { Role, type SessionInput, type SessionView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCategories, makeSession, makeUser } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { makeAgendaItem, makeChallenge, makeCommitteeSession, makeProposal, page } from '../../../test/workflow-factories';

const operator = makeSession(Role.OPERATOR);
const categories = { body: makeCategories() };
const rooms = {
  body: [
    { id: 'room-1', name: '제1평가장', capacity: 12, hasVideo: true },
    { id: 'room-2', name: '제2평가장', capacity: 6, hasVideo: false },
  ],
};
const kim = makeUser({ id: 'u-kim', name: '김위원', role: Role.COMMITTEE });
const lee = makeUser({ id: 'u-lee', name: '이위원', role: Role.COMMITTEE });

describe('operator committee sessions', () => {
  it('convenes a session in a room with members and a chair, showing a booked room beside its field', async () => {
    let attempts = 0;
    let created: SessionView | null = null;
    const { api, router } = renderApp('/operator/sessions', {
      session: operator,
      api: {
        'GET /committee-sessions': { body: [] },
        'GET /rooms': rooms,
        'GET /users': page([kim, lee]),
        'GET /categories': categories,
        'POST /committee-sessions': (request: MockRequest) => {
          attempts += 1;
          if (attempts === 1) return apiError(409, 'The room is already booked for an overlapping time', { roomId: ['is already booked then'] });
          const body = request.body as SessionInput;
          created = makeCommitteeSession({ id: 's-new', title: body.title, chairId: body.chairId });
          return { status: 201, body: created };
        },
        'GET /committee-sessions/:id': () => (created ? { body: created } : apiError(404, 'Not Found')),
        'GET /proposals': page([]),
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('session-form'));
    expect(await screen.findByText('회의가 없습니다.')).toBeInTheDocument();
    await user.click(form.getByTestId('session-submit'));
    expect(form.getByRole('combobox', { name: /^평가장/ })).toHaveAccessibleDescription(expect.stringContaining('평가장을 고르세요.'));
    expect(screen.getByTestId('session-members')).toHaveAccessibleDescription(expect.stringContaining('위원을 한 명 이상 고르세요.'));
    expect(form.getByRole('combobox', { name: /^위원장/ })).toHaveAccessibleDescription(expect.stringContaining('위원장을 고르세요.'));

    await user.click(form.getByRole('textbox', { name: /^회의 이름/ }));
    await user.paste('12월 평가위원회');
    await user.type(form.getByLabelText(/^시작/), '2026-12-18T14:00');
    await user.type(form.getByLabelText(/^종료/), '2026-12-18T17:00');
    await screen.findByRole('option', { name: '제1평가장 (정원 12명, 화상 장비)' });
    await user.selectOptions(form.getByRole('combobox', { name: /^평가장/ }), 'room-1');
    await user.click(await form.findByRole('checkbox', { name: /김위원/ }));
    await user.click(form.getByRole('checkbox', { name: /이위원/ }));
    // Only chosen members can chair.
    expect(within(form.getByRole('combobox', { name: /^위원장/ })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '위원장을 선택하세요',
      '김위원',
      '이위원',
    ]);
    await user.selectOptions(form.getByRole('combobox', { name: /^위원장/ }), 'u-lee');
    await user.click(form.getByTestId('session-submit'));

    await waitFor(() => expect(form.getByRole('combobox', { name: /^평가장/ })).toHaveAccessibleDescription(expect.stringContaining('is already booked then')));
    expect(screen.getByTestId('form-error')).toHaveTextContent('The room is already booked for an overlapping time');

    await user.selectOptions(form.getByRole('combobox', { name: /^평가장/ }), 'room-2');
    await user.click(form.getByTestId('session-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/operator/sessions/s-new'));
    expect(await screen.findByTestId('session-created')).toBeInTheDocument();
    expect(api.find('POST', '/committee-sessions').at(-1)!.body).toEqual({
      title: '12월 평가위원회',
      startsAt: '2026-12-18T14:00:00+09:00',
      endsAt: '2026-12-18T17:00:00+09:00',
      roomId: 'room-2',
      memberIds: ['u-kim', 'u-lee'],
      chairId: 'u-lee',
    });
    expect(api.find('GET', '/users')[0].query.get('role')).toBe('COMMITTEE');
    expect(api.find('GET', '/users')[0].query.get('status')).toBe('ACTIVE');
  });

  it('sends an online link instead of a room', async () => {
    const { api } = renderApp('/operator/sessions', {
      session: operator,
      api: {
        'GET /committee-sessions': { body: [] },
        'GET /rooms': rooms,
        'GET /users': page([kim]),
        'POST /committee-sessions': apiError(400, 'The request has invalid fields', { onlineUrl: ['onlineUrl must be an https:// link'] }),
      },
    });
    const user = userEvent.setup();
    const form = within(await screen.findByTestId('session-form'));
    await user.click(form.getByRole('radio', { name: '온라인' }));
    expect(form.queryByRole('combobox', { name: /^평가장/ })).not.toBeInTheDocument();
    const url = form.getByRole('textbox', { name: /^온라인 회의 링크/ });
    await user.type(url, 'http://meet.example.kr/x');
    await user.click(form.getByRole('textbox', { name: /^회의 이름/ }));
    await user.paste('온라인 평가');
    await user.type(form.getByLabelText(/^시작/), '2026-12-18T14:00');
    await user.type(form.getByLabelText(/^종료/), '2026-12-18T17:00');
    await user.click(await form.findByRole('checkbox', { name: /김위원/ }));
    await user.selectOptions(form.getByRole('combobox', { name: /^위원장/ }), 'u-kim');
    await user.click(form.getByTestId('session-submit'));
    expect(url).toHaveAccessibleDescription(expect.stringContaining('https://로 시작하는 회의 링크를 입력하세요.'));
    expect(api.find('POST', '/committee-sessions')).toHaveLength(0);
  });

  it('puts a proposal in evaluation on the agenda and edits an item’s criteria until they are frozen', async () => {
    const onAgenda = makeAgendaItem({ id: 'item-1', proposalId: 'p-on', scoredCount: 0, eligibleCount: 3 });
    let session = makeCommitteeSession({ id: 's-1', items: [onAgenda] });
    let patches = 0;
    const { api } = renderApp('/operator/sessions/s-1', {
      session: operator,
      api: {
        'GET /categories': categories,
        'GET /committee-sessions/:id': () => ({ body: session }),
        'GET /proposals': page([
          makeProposal({ id: 'p-on', status: 'EVALUATION', product: { id: 'x', nameKo: '이미 올린 제품', nameEn: 'x' } }),
          makeProposal({ id: 'p-new', status: 'EVALUATION', product: { id: 'y', nameKo: '스마트 소화기', nameEn: 'y' } }),
        ]),
        'POST /committee-sessions/:id/items': (request: MockRequest) => {
          session = { ...session, items: [...session.items, makeAgendaItem({ id: 'item-2', proposalId: (request.body as { proposalId: string }).proposalId, productName: '스마트 소화기' })] };
          return { status: 201, body: session };
        },
        'PATCH /agenda-items/:id/criteria': () => {
          patches += 1;
          return patches === 1
            ? apiError(409, 'Scores have been cast: the item’s criteria and pass marks are frozen')
            : { body: onAgenda };
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('session-facts-place')).toHaveTextContent('제1평가장 (정원 12명)');
    expect(screen.getByTestId('session-facts-members')).toHaveTextContent('김위원장 (위원장)');
    expect(screen.getByTestId('op-item-progress-item-1')).toHaveTextContent('의결 가능 위원 3명 중 출석 3명, 채점 0명');

    // Proposals already on the agenda are not offered again.
    const select = screen.getByRole('combobox', { name: /^안건으로 올릴 신청/ });
    await screen.findByRole('option', { name: /스마트 소화기/ });
    expect(within(select).queryByRole('option', { name: /이미 올린 제품/ })).not.toBeInTheDocument();
    expect(api.find('GET', '/proposals')[0].query.get('status')).toBe('EVALUATION');
    await user.selectOptions(select, 'p-new');
    await user.click(screen.getByTestId('add-item-submit'));
    expect(await screen.findByTestId('add-item-done')).toHaveTextContent('‘스마트 소화기’을(를) 안건에 올렸습니다.');
    expect(api.find('POST', '/committee-sessions/s-1/items')[0].body).toEqual({ proposalId: 'p-new' });
    expect(await screen.findByTestId('op-item-item-2')).toBeInTheDocument();

    await user.click(screen.getByTestId('edit-criteria-item-1'));
    const editor = within(screen.getByTestId('criteria-form-item-1'));
    const novelty = within(screen.getByTestId('item-item-1-criteria-group-1')).getByRole('textbox', { name: /^배점/ });
    await user.clear(novelty);
    await user.type(novelty, '20');
    expect(screen.getByTestId('item-item-1-criteria-total')).toHaveTextContent('배점 합계: 40점');
    await user.click(editor.getByTestId('save-criteria-item-1'));
    expect(await screen.findByTestId('criteria-error-item-1')).toHaveTextContent('criteria and pass marks are frozen');
    expect(api.find('PATCH', '/agenda-items/item-1/criteria')[0].body).toMatchObject({
      passMark: 18,
      groups: [{ key: 'publicValue' }, { key: 'innovation', criteria: [{ key: 'novelty', points: 20 }] }],
    });
  });

  it('puts a challenge the committee selects on the agenda once its call has closed, and no other challenge', async () => {
    let session = makeCommitteeSession({ id: 's-2', items: [] });
    const { api } = renderApp('/operator/sessions/s-2', {
      session: operator,
      api: {
        'GET /categories': categories,
        'GET /committee-sessions/:id': () => ({ body: session }),
        'GET /proposals': page([]),
        'GET /challenges': page([
          makeChallenge({ id: 'c-committee', title: '교통약자 보행 안전 알림' }),
          makeChallenge({ id: 'c-operator', title: '운영자가 고를 과제', call: { id: 'call-op', title: '운영자 선정 공모', closesAt: '2026-12-15T09:00:00.000Z', phase: 'CLOSED', selection: 'OPERATOR' } }),
          makeChallenge({ id: 'c-open', title: '아직 접수 중인 과제', call: { id: 'call-open', title: '접수 중 공모', closesAt: '2026-12-30T09:00:00.000Z', phase: 'OPEN', selection: 'COMMITTEE' } }),
        ]),
        'POST /committee-sessions/:id/items': () => {
          session = { ...session, items: [makeAgendaItem({ id: 'item-c', subject: 'CHALLENGE', proposalId: null, challengeId: 'c-committee', productName: '교통약자 보행 안전 알림', companyName: '한국도로공사' })] };
          return { status: 201, body: session };
        },
      },
    });
    const user = userEvent.setup();
    const select = await screen.findByRole('combobox', { name: /^안건으로 올릴 신청/ });
    const group = await within(select).findByRole('group', { name: '위원회가 선정할 수요제안' });
    await within(group).findByRole('option', { name: /교통약자 보행 안전 알림/ });
    expect(within(select).queryByRole('option', { name: /운영자가 고를 과제|아직 접수 중인 과제/ })).not.toBeInTheDocument();
    expect(api.find('GET', '/challenges')[0].query.get('status')).toBe('PROPOSED');
    await user.selectOptions(select, 'c-committee');
    await user.click(screen.getByTestId('add-item-submit'));
    expect(await screen.findByTestId('add-item-done')).toHaveTextContent('‘교통약자 보행 안전 알림’을(를) 안건에 올렸습니다.');
    expect(api.find('POST', '/committee-sessions/s-2/items')[0].body).toEqual({ challengeId: 'c-committee' });
    expect(await screen.findByTestId('op-item-item-c')).toHaveTextContent('수요제안 선정 심사');
  });
});
