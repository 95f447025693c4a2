import { KOREAN_REGIONS, PILOT_INDICATORS, type StatisticsMonth, type StatisticsView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderApp } from '../../../test/render';

const month = (n: number, fields: Partial<StatisticsMonth> = {}): StatisticsMonth => ({
  month: n, companies: 0, type1Products: 0, type2Products: 0, designations: 0, extensions: 0, suspensions: 0, revocations: 0, expiries: 0,
  pilotApplications: 0, pilotMatches: 0, pilotsContracted: 0, pilotAmount: 0, orders: 0, orderAmount: 0, ideas: 0, ideaSupports: 0, ...fields,
});

function makeStatistics(overrides: Partial<StatisticsView> = {}): StatisticsView {
  return {
    year: 2026,
    years: [2025, 2026],
    filters: { region: null, kind: null, institutionType: null },
    asOf: '2026-11-26T07:30:00.000Z',
    freshSeconds: 300,
    months: Array.from({ length: 12 }, (_, i) => month(i + 1, i === 2 ? { designations: 4, orders: 2, orderAmount: 3_500_000, companies: 1 } : {})),
    designationsByRoute: [
      { key: 'SUPPLIER_PROPOSAL', count: 2 },
      { key: 'CHALLENGE', count: 1 },
      { key: 'SCOUTING', count: 0 },
      { key: 'TYPE1', count: 1 },
    ],
    designationsByCategory: [{ code: 'SAF', nameKo: '안전', nameEn: 'Safety', count: 4 }],
    designationsByRegion: [{ key: '부산광역시', count: 3 }, { key: '경기도', count: 1 }],
    passRates: [{ callId: 'c-1', title: '2026년 1차 혁신시제품 공모', kind: 'SUPPLIER_PROPOSAL', decided: 4, designated: 3 }],
    pilots: { plans: 1, budget: 900_000_000, applications: 6, matched: 5, matchedAmount: 23_000_000, contracted: 4, contractedAmount: 14_000_000, resultsReported: 2, success: 1, insufficient: 1, correctiveActionRefused: 0, checkIns: 1, inUse: 0, shelved: 1, returned: 0 },
    pilotScores: PILOT_INDICATORS.map((indicator) => ({ indicator, average: indicator === 'quality' ? 3.5 : null, reports: indicator === 'quality' ? 2 : 0 })),
    targets: {
      institutions: 3,
      met: 1,
      bands: [{ key: '0', count: 1 }, { key: '0-25', count: 0 }, { key: '25-50', count: 1 }, { key: '50-75', count: 0 }, { key: '75-100', count: 0 }, { key: 'met', count: 1 }],
      byType: [{ key: 'CENTRAL', institutions: 2, met: 1 }, { key: 'LOCAL', institutions: 1, met: 0 }],
      bySector: [{ key: '교육', institutions: 3, met: 1 }],
    },
    ...overrides,
  };
}

const rowsOf = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

/** The page draws sixteen figures: on a busy machine a render with new figures takes seconds in jsdom. */
const SLOW = 60_000;

describe('statistics', () => {
  it('shows each figure as a table beside its chart, says how fresh the figures are, and maps the regions', async () => {
    renderApp('/statistics', { api: { 'GET /statistics': { body: makeStatistics() } } });
    expect(await screen.findByRole('heading', { level: 1, name: '통계' })).toBeInTheDocument();
    expect(await screen.findByTestId('statistics-freshness')).toHaveTextContent('2026. 11. 26. PM 4:30');
    expect(screen.getByTestId('statistics-freshness')).toHaveTextContent('5분마다');
    expect(within(screen.getByTestId('statistics-summary')).getByText('₩3,500,000')).toBeInTheDocument();

    expect(rowsOf('figure-designations-table')[2]).toEqual(['3월', '4', '0', '0', '0', '0']);
    expect(rowsOf('figure-routes-table')).toEqual([['공급자 제안', '2'], ['수요제안(챌린지)', '1'], ['스카우팅 추천', '0'], ['1유형(부처 지정)', '1']]);
    expect(rowsOf('figure-pass-rates-table')).toEqual([['2026년 1차 혁신시제품 공모', '4', '3', '75%']]);
    expect(rowsOf('figure-pilot-scores-table').find(([name]) => name === '품질')).toEqual(['품질', '3.50', '2']);
    expect(rowsOf('figure-orders-table')[2]).toEqual(['3월', '2', '₩3,500,000', '₩0']);

    // Every one of the 17 regions in the table, and a tile for each on the map (a picture: hidden from screen readers).
    const regions = rowsOf('figure-regions-table');
    expect(regions).toHaveLength(KOREAN_REGIONS.length);
    expect(regions.find(([name]) => name === '부산광역시')).toEqual(['부산광역시', '3']);
    const map = screen.getByTestId('region-map');
    expect(map.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(map.querySelectorAll('[data-region]')).toHaveLength(17);
    expect(map.querySelector('[data-region="부산광역시"]')).toHaveAttribute('data-count', '3');
  }, SLOW);

  it('downloads a figure’s numbers as CSV, Korean readable by spreadsheets', async () => {
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:statistics';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('statistics-2026-routes.csv');
    });
    renderApp('/statistics', { api: { 'GET /statistics': { body: makeStatistics() } } });
    await userEvent.setup().click(await screen.findByTestId('figure-routes-csv'));
    expect(click).toHaveBeenCalledOnce();
    // A byte-order mark first (text() reads past it), then the table's numbers as they are.
    expect([...new Uint8Array(await saved[0].arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await saved[0].text()).toBe('지정 경로,지정\r\n공급자 제안,2\r\n수요제안(챌린지),1\r\n스카우팅 추천,0\r\n1유형(부처 지정),1\r\n');
  });

  it('asks for the year and filters chosen, and keeps them in the address', async () => {
    const { api, router } = renderApp('/statistics', { api: { 'GET /statistics': (request) => ({ body: makeStatistics({ year: Number(request.query.get('year') ?? 2026) }) }) } });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByTestId('statistics-region'), '부산광역시');
    await waitFor(() => expect(api.find('GET', '/statistics').at(-1)!.query.get('region')).toBe('부산광역시'));
    await user.selectOptions(screen.getByTestId('statistics-type'), 'LOCAL');
    await user.selectOptions(screen.getByTestId('statistics-year'), '2025');
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ region: '부산광역시', institutionType: 'LOCAL', year: '2025' })}`));
    const last = api.find('GET', '/statistics').at(-1)!.query;
    expect([last.get('year'), last.get('region'), last.get('institutionType'), last.get('kind')]).toEqual(['2025', '부산광역시', 'LOCAL', null]);
    expect(await screen.findByRole('heading', { name: '2025년 한눈에 보기' })).toBeInTheDocument();
  }, SLOW);

  it('reads in English beside Korean', async () => {
    await i18n.changeLanguage('en');
    renderApp('/statistics', { api: { 'GET /statistics': { body: makeStatistics() } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Designations by route' })).toBeInTheDocument();
    expect(rowsOf('figure-designations-table')[2][0]).toBe('Mar');
    expect(rowsOf('figure-regions-table').find(([name]) => name === 'Busan')).toEqual(['Busan', '3']);
  });
});
