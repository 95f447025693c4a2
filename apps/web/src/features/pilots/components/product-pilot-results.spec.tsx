import type { ProductPilotResults as Results } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProductPilotResults } from '../../../components/product-pilot-results';
import { i18n } from '../../../lib/i18n';
import { renderPilotPage } from '../testing';

const results: Results = {
  pilots: 3,
  reported: 2,
  averages: {
    operability: 4.5,
    convenience: 4,
    quality: 3.5,
    price: 3,
    innovativeness: 5,
    safety: 2.75,
    durability: 4,
    afterSalesSupport: 4.25,
    delivery: 5,
    overallSatisfaction: 4,
  },
  verdicts: { SUCCESS: 1, INSUFFICIENT: 1 },
  willBuyMore: 1,
};

function renderBlock(body: Results) {
  return renderPilotPage(
    <div data-testid="host">
      <ProductPilotResults productId="product-1" />
    </div>,
    { path: '/products/:id', at: '/products/product-1', api: { 'GET /products/:id/pilot-results': { body } } },
  );
}

describe('the product page’s pilot results block', () => {
  it('shows the pilots, the verdicts, each indicator’s average and who would buy more', async () => {
    const { api } = renderBlock(results);
    const block = await screen.findByTestId('product-pilot-results');
    expect(within(block).getByRole('heading', { level: 2, name: '시범구매 결과' })).toBeInTheDocument();
    expect(within(block).getByTestId('product-pilot-count')).toHaveTextContent('시범구매 3건, 그중 결과 보고 2건');
    expect(within(block).getByTestId('product-pilot-verdicts')).toHaveTextContent('판정: 성공 1건, 미흡 1건');
    expect(within(block).getByTestId('product-pilot-will-buy-more')).toHaveTextContent('결과를 보고한 2개 기관 중 1개 기관이');
    const table = within(block).getByRole('table', { name: '지표별 평균 점수(5점 만점, 보고 2건)' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(within(table).getByRole('rowheader', { name: '사후 지원(A/S)' })).toBeInTheDocument();
    expect(within(block).getByTestId('product-pilot-average-safety')).toHaveTextContent('2.75 / 5');
    expect(within(block).getByTestId('product-pilot-average-convenience')).toHaveTextContent('4.0 / 5');
    expect(api.find('GET', '/products/product-1/pilot-results')).toHaveLength(1);
  });

  it('says so when pilots have no reported result yet', async () => {
    renderBlock({ pilots: 1, reported: 0, averages: {}, verdicts: { SUCCESS: 0, INSUFFICIENT: 0 }, willBuyMore: 0 });
    expect(await screen.findByTestId('product-pilot-no-reports')).toHaveTextContent('아직 보고된 결과가 없습니다.');
    expect(screen.queryByTestId('product-pilot-averages')).not.toBeInTheDocument();
    expect(screen.queryByTestId('product-pilot-will-buy-more')).not.toBeInTheDocument();
  });

  it('renders nothing when the product has had no pilot', async () => {
    const { api } = renderBlock({ pilots: 0, reported: 0, averages: {}, verdicts: { SUCCESS: 0, INSUFFICIENT: 0 }, willBuyMore: 0 });
    await waitFor(() => expect(api.find('GET', '/products/product-1/pilot-results')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    renderBlock(results);
    const block = await screen.findByTestId('product-pilot-results');
    expect(within(block).getByRole('heading', { level: 2 })).toHaveTextContent('Pilot results');
    expect(within(block).getByTestId('product-pilot-count')).toHaveTextContent('3 pilots, 2 with a reported result');
    expect(within(block).getByRole('rowheader', { name: 'After-sales support' })).toBeInTheDocument();
  });
});
