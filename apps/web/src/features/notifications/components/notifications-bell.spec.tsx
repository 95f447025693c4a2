import { Role, type NotificationView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const unread: NotificationView = {
  id: 'n-1',
  title: 'Proposal now SUPPLEMENT_REQUESTED',
  body: '특허증 사본을 첨부하세요.',
  titleMessage: { code: 'NOTE_PROPOSAL_STATUS', params: { status: 'SUPPLEMENT_REQUESTED' } },
  bodyMessage: { code: 'TEXT', params: { text: '특허증 사본을 첨부하세요.' } },
  link: '/my/proposals/p-1',
  createdAt: '2026-12-03T01:00:00.000Z',
  readAt: null,
};
const read: NotificationView = {
  ...unread,
  id: 'n-2',
  title: 'Committee session: 12월 평가위원회',
  body: '2026-12-18T05:00:00.000Z – 2026-12-18T07:00:00.000Z',
  titleMessage: { code: 'NOTE_SESSION_CALLED', params: { title: '12월 평가위원회' } },
  bodyMessage: { code: 'NOTE_SESSION_TIME', params: { startsAt: '2026-12-18T05:00:00.000Z', endsAt: '2026-12-18T07:00:00.000Z' } },
  link: null,
  readAt: '2026-12-01T00:00:00.000Z',
};

describe('notifications bell', () => {
  it('shows the unread count, lists the latest and marks one read', async () => {
    let readAt: string | null = null;
    const { api } = renderApp('/', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /notifications': () => ({
          body: { items: [{ ...unread, readAt }, read], total: 2, page: 1, pageSize: 10, unread: readAt ? 0 : 1 },
        }),
        'POST /notifications/:id/read': (request) => {
          readAt = request.params.id === 'n-1' ? '2026-12-03T02:00:00.000Z' : readAt;
          return { status: 204 };
        },
      },
    });
    const bell = await screen.findByTestId('notifications');
    await waitFor(() => expect(screen.getByTestId('notifications-count')).toHaveTextContent('1'));
    expect(bell).toHaveAccessibleName('알림 1건 (읽지 않음)');
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    const user = userEvent.setup();
    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByTestId('notifications-panel');
    expect(within(panel).getByRole('link', { name: '제안 상태 변경: 보완 요청' })).toHaveAttribute('href', '/my/proposals/p-1');
    expect(within(screen.getByTestId('notification-n-1')).getByText(unread.body)).toBeInTheDocument();
    expect(screen.getByTestId('notification-n-2')).toHaveAttribute('data-read', 'true');
    // Only the unread one can be marked read.
    expect(screen.queryByTestId('notification-read-n-2')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '읽음으로 표시: 제안 상태 변경: 보완 요청' }));
    await waitFor(() => expect(screen.getByTestId('notifications-count')).toHaveTextContent('0'));
    expect(api.find('POST', '/notifications/n-1/read')).toHaveLength(1);
    expect(screen.getByTestId('notification-n-1')).toHaveAttribute('data-read', 'true');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('notifications-panel')).not.toBeInTheDocument();
    expect(bell).toHaveFocus();
  });
});
