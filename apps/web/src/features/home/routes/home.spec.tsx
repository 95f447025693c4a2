import type { HeadlineStatistics } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { makeCall, makeChallenge, page } from '../../../test/workflow-factories';

const headline: HeadlineStatistics = {
  year: 2026,
  listedProducts: 1234,
  companies: 321,
  designations: 45,
  pilotsContracted: 12,
  pilotAmount: 340_000_000,
  orders: 67,
  orderAmount: 1_250_000_000,
  institutions: 30,
  institutionsMet: 11,
  ideas: 8,
  asOf: '2026-11-26T07:30:00.000Z',
  freshSeconds: 300,
};

describe('home', () => {
  it('shows the live headline figures and the latest decisions, open calls and open challenges', async () => {
    const { api } = renderApp('/', {
      api: {
        'GET /statistics/headline': { body: headline },
        'GET /decisions': page([{ id: 'd-1', kind: 'DESIGNATION', productId: 'p-1', productName: '스마트 소화기', companyId: 'co-1', companyName: '(주)안전', reasons: [], reasonMessages: [], decidedAt: '2026-11-20T01:00:00.000Z' }]),
        'GET /calls': page([makeCall({ id: 'c-1', title: '2026년 4차 혁신시제품 공모' })]),
        'GET /challenges': page([makeChallenge({ id: 'ch-1', title: '도로 결빙 감지' })]),
      },
    });
    const figures = await screen.findByTestId('home-figures');
    expect(within(figures).getByTestId('home-figure-listed-products')).toHaveTextContent('판매 중인 혁신제품1,234건');
    expect(within(figures).getByTestId('home-figure-orders')).toHaveTextContent('67건₩1,250,000,000');
    expect(within(figures).getByTestId('home-figure-targets-met')).toHaveTextContent('30곳 중 11곳');
    expect(screen.getByTestId('home-figures-as-of')).toHaveTextContent('2026. 11. 26. PM 4:30');
    expect(screen.getByTestId('home-statistics-link')).toHaveAttribute('href', '/statistics');

    expect(await within(screen.getByTestId('home-decisions')).findByRole('link', { name: '스마트 소화기' })).toHaveAttribute('href', '/products/p-1');
    expect(await within(screen.getByTestId('home-calls')).findByRole('link', { name: '2026년 4차 혁신시제품 공모' })).toHaveAttribute('href', '/calls/c-1');
    expect(await within(screen.getByTestId('home-challenges')).findByRole('link', { name: '도로 결빙 감지' })).toHaveAttribute('href', '/challenges/ch-1');
    // Open calls, and challenges whose solution call is open: what a supplier can answer now.
    expect(api.find('GET', '/calls').at(-1)!.query.get('phase')).toBe('OPEN');
    expect(api.find('GET', '/challenges').at(-1)!.query.getAll('status')).toEqual(['SOLUTION_CALL_OPEN']);
  });

  it('says so when nothing is open', async () => {
    renderApp('/', { api: { 'GET /statistics/headline': { body: headline }, 'GET /decisions': page([]), 'GET /calls': page([]), 'GET /challenges': page([]) } });
    expect(await within(await screen.findByTestId('home-calls')).findByText('지금 접수 중인 공고가 없습니다.')).toBeInTheDocument();
    expect(within(screen.getByTestId('home-challenges')).getByText('지금 해결책을 공모 중인 수요제안이 없습니다.')).toBeInTheDocument();
  });
});
