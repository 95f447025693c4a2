import { Role, type DemoDayView, type NominationView, type ScoutingRoundView } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 50 });

const round: ScoutingRoundView = {
  id: 'round-1',
  title: '2026 하반기 스카우팅',
  description: '혁신기업을 찾습니다.',
  status: 'OPEN',
  nominationsPerScout: 3,
  nominations: 0,
  myRemaining: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
};

const nomination: NominationView = {
  id: 'nomination-1',
  roundId: 'round-1',
  roundTitle: round.title,
  status: 'NOMINATED',
  companyName: '(주)새싹로보틱스',
  businessNumber: '123-45-67891',
  companyId: null,
  contactName: '김대표',
  contactEmail: 'ceo@example.kr',
  productName: '하천 쓰레기 수거 로봇',
  productDescription: '하천의 부유 쓰레기를 수거합니다.',
  reason: '지자체 비용을 줄이는 시제품입니다.',
  scout: { id: 'scout-1', name: '정추천' },
  preScreeningNote: null,
  demoDayId: null,
  invitation: { expiresAt: '2026-12-01T00:00:00.000Z', claimedAt: null },
  availableActions: [],
  createdAt: '2026-11-16T00:00:00.000Z',
};

const day: DemoDayView = {
  id: 'day-1',
  roundId: 'round-1',
  title: '2026 데모데이',
  heldOn: '2026-12-01',
  place: '세종',
  status: 'OPEN',
  budget: 200_000_000,
  recommendedCount: 10,
  products: [
    { nominationId: 'nomination-1', companyName: '(주)새싹로보틱스', productName: '하천 쓰레기 수거 로봇', productDescription: '수거 로봇', status: 'DEMO_DAY' },
    { nominationId: 'nomination-2', companyName: '(주)내추천', productName: '내가 추천한 제품', productDescription: '설명', status: 'DEMO_DAY' },
  ],
  panel: null,
  onPanel: true,
  availableActions: [],
};

describe('scouting pages', () => {
  it('checks a nomination on the page, then shows the invitation link the API issued once', async () => {
    const user = userEvent.setup();
    const { api } = renderApp('/scout/nominations', {
      session: makeSession(Role.SCOUT),
      api: {
        'GET /scouting-rounds': { body: page([round]) },
        'GET /nominations': { body: page([]) },
        'POST /nominations': { status: 201, body: { ...nomination, invitationUrl: '/scouting/invitations/abc' } },
      },
    });
    await screen.findByTestId('nomination-form');
    await user.type(screen.getByTestId('nomination-businessNumber'), '123-45-00000');
    await user.click(screen.getByTestId('nomination-submit'));
    // Checked on the page by the API's rules: nothing is sent while a field fails.
    expect(await screen.findByTestId('nomination-companyName')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('nomination-businessNumber')).toHaveAttribute('aria-invalid', 'true');
    expect(api.find('POST', '/nominations')).toHaveLength(0);

    await user.clear(screen.getByTestId('nomination-businessNumber'));
    await user.type(screen.getByTestId('nomination-companyName'), nomination.companyName);
    await user.type(screen.getByTestId('nomination-businessNumber'), '220-81-62517');
    await user.type(screen.getByTestId('nomination-contactName'), nomination.contactName);
    await user.type(screen.getByTestId('nomination-contactEmail'), nomination.contactEmail);
    await user.type(screen.getByTestId('nomination-productName'), nomination.productName);
    await user.type(screen.getByTestId('nomination-productDescription'), nomination.productDescription);
    await user.type(screen.getByTestId('nomination-reason'), nomination.reason);
    await user.click(screen.getByTestId('nomination-submit'));
    const link = await screen.findByTestId('invitation-link');
    expect(link.getAttribute('href')).toMatch(/\/scouting\/invitations\/abc$/);
    expect(api.find('POST', '/nominations')[0].body).toMatchObject({ roundId: 'round-1', businessNumber: '220-81-62517' });
  });

  it('lets a panel member allocate, shows the budget refusal beside the amount, and keeps tied products closed', async () => {
    const user = userEvent.setup();
    renderApp('/panel/demo-days/day-1', {
      session: makeSession(Role.SCOUT),
      api: {
        'GET /demo-days/:id': { body: day },
        'GET /demo-days/:id/my-allocations': {
          body: { budget: 200_000_000, allocated: 0, allocations: [], excluded: [{ nominationId: 'nomination-2', reason: 'You nominated this company' }] },
        },
        'PUT /demo-days/:id/allocations/:nominationId': apiError(409, 'This would put ₩250,000,000 in, over your budget', { amount: ['at most ₩200,000,000 is left for this product'] }),
      },
    });
    const row = await screen.findByTestId('allocation-nomination-1');
    expect(screen.getByTestId('allocation-summary')).toHaveTextContent('남음');
    expect(within(screen.getByTestId('allocation-nomination-2')).getByTestId('allocation-excluded')).toHaveTextContent('You nominated this company');
    const amount = within(row).getByLabelText('하천 쓰레기 수거 로봇 투자 금액(원)', { exact: false });
    await user.clear(amount);
    await user.type(amount, '250000000');
    await user.click(within(row).getByTestId('allocation-save'));
    expect(await within(row).findByText('at most ₩200,000,000 is left for this product')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the public results of a closed demo day without investors', async () => {
    renderApp('/scouting/demo-days/day-1', {
      api: {
        'GET /demo-days/:id': { body: { ...day, status: 'CLOSED', onPanel: false } },
        'GET /demo-days/:id/results': {
          body: {
            demoDayId: 'day-1',
            title: day.title,
            heldOn: day.heldOn,
            closedAt: '2026-12-01T09:00:00.000Z',
            budget: 200_000_000,
            panelSize: 3,
            results: [{ rank: 1, nominationId: 'nomination-1', companyName: '(주)새싹로보틱스', productName: '하천 쓰레기 수거 로봇', total: 120_000_000, investors: 2, recommended: true }],
          },
        },
      },
    });
    const row = await screen.findByTestId('result-row-nomination-1');
    expect(within(row).getByTestId('result-outcome')).toHaveTextContent('추천');
    expect(screen.queryByTestId('to-allocate')).not.toBeInTheDocument();
  });
});
