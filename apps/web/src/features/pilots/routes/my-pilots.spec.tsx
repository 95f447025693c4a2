import { PilotStatus, Role } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { makePilot, page, renderPilotPage } from '../testing';
import { MyPilotsRoute } from './my-pilots';

const pilots = (role: Role) => [
  makePilot({ id: 'p-applied', status: PilotStatus.APPLIED, rank: 3 }, role),
  makePilot({ id: 'p-in-use', status: PilotStatus.IN_USE, useStartedAt: '2026-05-01', useEndsOn: '2026-11-01' }, role),
  makePilot({ id: 'p-success', status: PilotStatus.SUCCESS, useEndsOn: '2026-05-01', checkInsDue: [3] }, role),
  makePilot({ id: 'p-insufficient', status: PilotStatus.INSUFFICIENT, institution: { id: 'i-2', name: '대전광역시' } }, role),
];

function renderMine(role: Role) {
  return renderPilotPage(<MyPilotsRoute />, {
    path: '/my/pilots',
    at: '/my/pilots',
    session: makeSession(role),
    api: { 'GET /pilot-applications': { body: page(pilots(role)) } },
  });
}

describe('my pilots', () => {
  it('lists the institution’s pilots with their status and the buyer’s next step', async () => {
    renderMine(Role.BUYER);
    expect(await screen.findByTestId('my-pilot-next-p-applied')).toHaveTextContent('매칭을 기다리고 있습니다(제품 내 순위 3위)');
    expect(screen.getByTestId('my-pilot-status-p-applied')).toHaveAttribute('data-status', 'APPLIED');
    expect(screen.getByTestId('my-pilot-next-p-in-use')).toHaveTextContent('2026. 11. 1.까지 사용합니다. 사용이 끝나면 결과를 보고하세요.');
    expect(screen.getByTestId('my-pilot-next-p-success')).toHaveTextContent('사용 현황 점검(3개월)에 답해 주세요.');
    const row = screen.getByTestId('my-pilot-row-p-applied');
    expect(within(row).getByRole('link', { name: '실내 공기질 측정 드론' })).toHaveAttribute('href', '/my/pilots/p-applied');
    expect(row).toHaveTextContent('(주)혁신');
    expect(screen.getByTestId('my-pilots-find')).toHaveAttribute('href', '/pilots');
  });

  it('tells the supplier its own next step and names the institution', async () => {
    renderMine(Role.SUPPLIER);
    expect(await screen.findByTestId('my-pilot-next-p-insufficient')).toHaveTextContent('보완 조치를 하세요. 거부하면 지정 연장을 받을 수 없습니다.');
    expect(screen.getByTestId('my-pilot-row-p-insufficient')).toHaveTextContent('대전광역시');
    expect(screen.getByTestId('my-pilot-next-p-applied')).toHaveTextContent('기관이 신청했습니다.');
    expect(screen.queryByTestId('my-pilots-find')).not.toBeInTheDocument();
  });

  it('filters by status through the API and the address', async () => {
    const { api, router } = renderMine(Role.BUYER);
    await screen.findByTestId('my-pilots-table');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: '상태' }), PilotStatus.IN_USE);
    await waitFor(() => expect(api.find('GET', '/pilot-applications').at(-1)?.query.get('status')).toBe(PilotStatus.IN_USE));
    expect(router.state.location.search).toBe('?status=IN_USE');
  });

  it('says when there is none', async () => {
    renderPilotPage(<MyPilotsRoute />, {
      path: '/my/pilots',
      at: '/my/pilots',
      session: makeSession(Role.BUYER),
      api: { 'GET /pilot-applications': { body: page([]) } },
    });
    expect(await screen.findByText('시범구매가 없습니다.')).toBeInTheDocument();
  });
});
