import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePlan, page, renderPilotPage } from '../testing';
import { PilotPlansRoute } from './pilot-plans';

describe('the public list of pilot plans', () => {
  it('lists the plans with their phase, each linking to its demand survey', async () => {
    renderPilotPage(<PilotPlansRoute />, {
      path: '/pilots',
      at: '/pilots',
      api: {
        'GET /pilot-plans': {
          body: page([
            makePlan(),
            makePlan({ id: 'plan-2', title: '2027년 시범구매', surveyOpen: false, surveyOpensAt: '2099-03-01T00:00:00.000Z', surveyClosesAt: '2099-03-31T00:00:00.000Z' }),
          ]),
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: '시범구매' })).toBeInTheDocument();
    const row = await screen.findByTestId('pilot-plan-row-plan-1');
    expect(within(row).getByRole('link', { name: '2026년 혁신제품 시범구매' })).toHaveAttribute('href', '/pilots/plans/plan-1');
    expect(screen.getByTestId('pilot-plan-phase-plan-1')).toHaveTextContent('수요조사 중');
    expect(screen.getByTestId('pilot-plan-phase-plan-2')).toHaveAttribute('data-phase', 'UPCOMING');
  });

  it('says when there is no plan yet', async () => {
    renderPilotPage(<PilotPlansRoute />, { path: '/pilots', at: '/pilots', api: { 'GET /pilot-plans': { body: page([]) } } });
    expect(await screen.findByText('아직 시범구매 계획이 없습니다.')).toBeInTheDocument();
  });
});
