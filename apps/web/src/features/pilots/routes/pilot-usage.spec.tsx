import { PilotStatus, Role } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { makePilot, page, renderPilotPage } from '../testing';
import { PilotUsageRoute } from './pilot-usage';

describe('pilot products left unused after the pilot', () => {
  it('lists each with its latest check-in and why, linking to the pilot', async () => {
    const shelved = {
      ...makePilot({ id: 'p-1', status: PilotStatus.SUCCESS, useEndsOn: '2026-05-01' }, Role.OPERATOR),
      latestCheckIn: { month: 3, state: 'SHELVED' as const, why: '담당자 교체 후 사용하지 않음' },
    };
    const returned = {
      ...makePilot({ id: 'p-2', status: PilotStatus.CORRECTIVE_ACTION_DONE, institution: { id: 'i-2', name: '대전광역시' }, useEndsOn: '2026-02-01' }, Role.OPERATOR),
      latestCheckIn: { month: 6, state: 'RETURNED' as const, why: '유지보수 비용 부담' },
    };
    const { api } = renderPilotPage(<PilotUsageRoute />, {
      path: '/operator/pilot-usage',
      at: '/operator/pilot-usage',
      session: makeSession(Role.OPERATOR),
      api: { 'GET /pilot-usage/attention': { body: page([shelved, returned], { total: 21 }) } },
    });
    const first = await screen.findByTestId('usage-row-p-1');
    expect(first).toHaveAttribute('data-state', 'SHELVED');
    expect(first).toHaveTextContent('사용하지 않고 보관 중 (3개월 점검)');
    expect(within(first).getByTestId('usage-why-p-1')).toHaveTextContent('담당자 교체 후 사용하지 않음');
    expect(within(first).getByRole('link', { name: '실내 공기질 측정 드론' })).toHaveAttribute('href', '/my/pilots/p-1');
    expect(first).toHaveTextContent('2026. 5. 1.');
    const second = screen.getByTestId('usage-row-p-2');
    expect(second).toHaveTextContent('반납함 (6개월 점검)');
    expect(second).toHaveTextContent('대전광역시');
    expect(second).toHaveTextContent('유지보수 비용 부담');

    await userEvent.setup().click(screen.getByRole('button', { name: '다음' }));
    await waitFor(() => expect(api.find('GET', '/pilot-usage/attention').at(-1)?.query.get('page')).toBe('2'));
  });

  it('says when every pilot product is still in use', async () => {
    renderPilotPage(<PilotUsageRoute />, {
      path: '/operator/pilot-usage',
      at: '/operator/pilot-usage',
      session: makeSession(Role.OPERATOR),
      api: { 'GET /pilot-usage/attention': { body: page([]) } },
    });
    expect(await screen.findByText('보관 중이거나 반납된 제품이 없습니다.')).toBeInTheDocument();
  });
});
