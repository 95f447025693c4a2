import { Role, type IncubationTaskView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { makeIncubationTask, page } from '../../../test/workflow-factories';
import { IncubationTasks } from './incubation-tasks';

const operator = makeSession(Role.OPERATOR);

describe('incubation tasks (operator)', () => {
  it('starts a task, asks for a reason before completing it, and shows the API’s refusal', async () => {
    let task: IncubationTaskView = makeIncubationTask({ id: 't-1', idea: { id: 'i-1', title: '버스 정류장 무더위 쉼터' } });
    const dropped = makeIncubationTask({ id: 't-2', status: 'DROPPED', reason: '기관 예산 미확보', availableActions: [], owner: { institution: { id: 'inst-1', name: '서울특별시' }, team: null } });
    let completes = 0;
    const { api } = renderWithProviders(<IncubationTasks />, {
      session: operator,
      api: {
        'GET /incubation-tasks': () => page([task, dropped]),
        'POST /incubation-tasks/:id/start': () => {
          task = { ...task, status: 'IN_PROGRESS', availableActions: ['complete', 'drop'] };
          return { body: task };
        },
        'POST /incubation-tasks/:id/complete': (request: MockRequest) => {
          completes += 1;
          if (completes === 1) return apiError(409, 'This incubation task is DONE: it cannot be moved by "complete"');
          task = { ...task, status: 'DONE', reason: (request.body as { reason: string }).reason, availableActions: [] };
          return { body: task };
        },
      },
    });
    const user = userEvent.setup();
    const card = within(await screen.findByTestId('incubation-task-t-1'));
    expect(card.getByTestId('incubation-status-t-1')).toHaveTextContent('시작 전');
    expect(card.getByText('혁신조달 운영팀')).toBeInTheDocument();
    const other = within(screen.getByTestId('incubation-task-t-2'));
    expect(other.getByText('서울특별시')).toBeInTheDocument();
    expect(other.getByText('기관 예산 미확보')).toBeInTheDocument();
    expect(other.queryByRole('button')).not.toBeInTheDocument();

    await user.click(card.getByRole('button', { name: '시작' }));
    expect(await card.findByTestId('incubation-moved-t-1')).toHaveTextContent('처리했습니다.');
    // Starting takes no body (the document declares none), so none is sent.
    expect(api.find('POST', '/incubation-tasks/t-1/start')[0].body).toBeUndefined();
    await waitFor(() => expect(card.getByTestId('incubation-status-t-1')).toHaveTextContent('진행 중'));

    // Completing needs a reason: the field says so before anything is sent.
    await user.click(card.getByRole('button', { name: '완료' }));
    const reason = card.getByRole('textbox', { name: /^완료·중단 사유/ });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('사유를 적어 주세요.'));
    expect(api.find('POST', '/incubation-tasks/t-1/complete')).toHaveLength(0);

    await user.type(reason, '시제품 2건 발굴');
    await user.click(card.getByRole('button', { name: '완료' }));
    expect(await card.findByRole('alert')).toHaveTextContent('cannot be moved');
    await user.click(card.getByRole('button', { name: '완료' }));
    await waitFor(() => expect(card.getByTestId('incubation-status-t-1')).toHaveTextContent('완료'));
    expect(api.find('POST', '/incubation-tasks/t-1/complete').at(-1)!.body).toEqual({ reason: '시제품 2건 발굴' });
    expect(card.queryByRole('button')).not.toBeInTheDocument();
  });
});
