import { orderMachine, OrderStatus, Role, type OrderView, type SectorRateView, type SuggestionList, type TargetDashboard } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../lib/format';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

function makeOrder(status: OrderStatus, viewer: Role, overrides: Partial<OrderView> = {}): OrderView {
  return {
    id: 'order-1',
    status,
    product: { id: 'product-1', nameKo: '스마트공기청정기', nameEn: 'Smart air purifier', designationNumber: '2026-017', tradingUnit: '대' },
    company: { id: 'company-1', name: '(주)스마트에어' },
    institution: { id: 'institution-1', name: '조달청' },
    quantity: 3,
    askingPrice: 1_850_000,
    unitPrice: 1_800_000,
    amount: 5_400_000,
    deliveryPlace: '본관 2층 상황실',
    deliveryDueOn: '2026-12-20',
    note: null,
    legalBasis: 'INNOVATIVE_PRODUCT',
    legalBasisMessage: { code: 'LEGAL_BASIS_INNOVATIVE_PRODUCT', params: { designationNumber: '2026-017', validUntil: '2029-03-01' } },
    orderedOn: '2026-11-20',
    contractedOn: status === OrderStatus.ORDERED ? null : '2026-11-21',
    deliveredOn: null,
    inspectedOn: null,
    paidOn: null,
    stepNotes: {},
    reason: null,
    documents: [],
    availableActions: orderMachine.availableActions(status, viewer),
    createdAt: '2026-11-20T01:00:00.000Z',
    ...overrides,
  };
}

const SUGGESTIONS = 'GET /matchmaking/institutions/:id/suggestions';
const dashboard: TargetDashboard = {
  institution: { id: 'institution-1', code: 'CG-020', name: '조달청', nameEn: 'Public Procurement Service', type: 'CENTRAL', sector: '행정' },
  year: Number(todayIso().slice(0, 4)),
  amount: 9_000_000,
  goodsPurchases: 1_000_000_000,
  targetRate: 0.012,
  targetAmount: 12_000_000,
  attainedRate: 0.009,
  gap: 3_000_000,
  met: false,
  goodsPurchasesEntered: true,
  sectorRate: true,
  months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, amount: i === 2 ? 9_000_000 : 0, cumulative: i >= 2 ? 9_000_000 : 0, targetLine: (i + 1) * 1_000_000 })),
  purchases: [{ source: 'ORDER', id: 'order-1', productName: '스마트공기청정기', amount: 9_000_000, contractedOn: '2026-03-10' }],
};
const noSuggestions: SuggestionList = { institution: { id: 'institution-1', name: '조달청', nameEn: 'Public Procurement Service', sector: '행정' }, asOf: todayIso(), items: [] };

describe('an order', () => {
  it('shows its legal basis and lets the supplier accept it in one click', async () => {
    let status: OrderStatus = OrderStatus.ORDERED;
    const { api } = renderApp('/my/orders/order-1', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /orders/:id': () => ({ body: makeOrder(status, Role.SUPPLIER) }),
        'POST /orders/:id/accept': () => {
          status = OrderStatus.ACCEPTED;
          return { body: makeOrder(status, Role.SUPPLIER) };
        },
      },
    });
    expect(await screen.findByTestId('order-legal-basis')).toHaveTextContent('금액 제한 없이');
    await userEvent.setup().click(screen.getByTestId('order-action-accept'));
    expect(await screen.findByTestId('order-action-done')).toHaveTextContent('계약이 체결되었습니다');
    expect(api.find('POST', '/orders/order-1/accept')).toHaveLength(1);
  });

  it('asks the supplier for the delivery day, today by default', async () => {
    const { api } = renderApp('/my/orders/order-1', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /orders/:id': { body: makeOrder(OrderStatus.ACCEPTED, Role.SUPPLIER) },
        'POST /orders/:id/deliver': { body: makeOrder(OrderStatus.DELIVERED, Role.SUPPLIER) },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('order-action-deliver'));
    expect(screen.getByTestId('order-step-on')).toHaveValue(todayIso());
    await user.click(screen.getByTestId('order-confirm-deliver'));
    await waitFor(() => expect(api.find('POST', '/orders/order-1/deliver')[0]?.body).toEqual({ on: todayIso() }));
  });
});

describe('the purchase target', () => {
  it('shows the standing, the months as a table beside the chart, and what was bought', async () => {
    renderApp('/my/purchase-target', { session: makeSession(Role.BUYER), api: { 'GET /purchase-targets/institutions/:id': { body: dashboard }, [SUGGESTIONS]: { body: noSuggestions } } });
    expect(await screen.findByTestId('target-standing')).toHaveTextContent('목표까지 ₩3,000,000 남았습니다');
    expect(screen.getByTestId('target-chart').querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    const rows = within(screen.getByTestId('target-months')).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows[3]).toHaveTextContent('3월₩9,000,000₩9,000,000₩3,000,000');
    expect(within(screen.getByTestId('target-purchases')).getByRole('link', { name: '스마트공기청정기' })).toHaveAttribute('href', '/my/orders/order-1');
  });

  it('saves the year’s goods purchases for the institution', async () => {
    const { api } = renderApp('/my/purchase-target', {
      session: makeSession(Role.BUYER),
      api: { 'GET /purchase-targets/institutions/:id': { body: dashboard }, 'PUT /purchase-targets/institutions/:id/goods-purchases': { body: dashboard }, [SUGGESTIONS]: { body: noSuggestions } },
    });
    const user = userEvent.setup();
    const amount = await screen.findByTestId('goods-amount');
    await user.clear(amount);
    await user.type(amount, '2000000000');
    await user.click(screen.getByTestId('goods-submit'));
    expect(await screen.findByTestId('goods-saved')).toBeInTheDocument();
    expect(api.find('PUT', '/purchase-targets/institutions/institution-1/goods-purchases')[0].body).toEqual({ year: dashboard.year, amount: 2_000_000_000 });
  });

  it('lists what the institution could buy, each with its reason in the reader’s language and a link to order it', async () => {
    const suggestions: SuggestionList = {
      ...noSuggestions,
      items: [
        {
          rank: 1,
          product: { id: 'product-7', nameKo: '지능형 화재 감지기', nameEn: 'Intelligent fire detector', companyName: '(주)세이프텍', categoryCode: 'SAF-04-02', askingPrice: 310_000, tradingUnit: '개', validUntil: '2029-03-01' },
          score: 6.2,
          reason: { code: 'SIMILAR_INSTITUTIONS_BOUGHT', params: { sector: '행정', count: 3 } },
        },
        {
          rank: 2,
          product: { id: 'product-8', nameKo: '침수 감지 센서', nameEn: 'Flood sensor', companyName: '(주)워터가드', categoryCode: 'DIS-01-01', askingPrice: 210_000, tradingUnit: '개', validUntil: null },
          score: 4,
          reason: { code: 'MATCHES_CHALLENGE', params: { title: '지하차도 침수 대응' } },
        },
      ],
    };
    const { api } = renderApp('/my/purchase-target', {
      session: makeSession(Role.BUYER),
      api: { 'GET /purchase-targets/institutions/:id': { body: dashboard }, [SUGGESTIONS]: { body: suggestions }, 'PUT /me/language': { body: { language: 'en', mutedKinds: [] } } },
    });
    const list = within(await screen.findByTestId('suggestion-list'));
    const first = within(list.getByTestId('suggestion-product-7'));
    expect(first.getByRole('link', { name: '지능형 화재 감지기' })).toHaveAttribute('href', '/products/product-7');
    expect(first.getByTestId('suggestion-reason')).toHaveTextContent('행정 부문의 비슷한 기관 3곳이 구매했습니다');
    expect(first.getByRole('link', { name: '지능형 화재 감지기 주문하기' })).toHaveAttribute('href', '/my/orders/new?product=product-7');
    expect(within(list.getByTestId('suggestion-product-8')).getByTestId('suggestion-reason')).toHaveTextContent("수요제안 '지하차도 침수 대응'과(와) 맞습니다");
    expect(api.find('GET', `/matchmaking/institutions/${dashboard.institution.id}/suggestions`)).toHaveLength(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(within(screen.getByTestId('suggestion-product-7')).getByTestId('suggestion-reason')).toHaveTextContent('3 similar institutions in 행정 bought this'));
    expect(screen.getByRole('link', { name: 'Order Flood sensor' })).toHaveAttribute('href', '/my/orders/new?product=product-8');
  });
});

describe('the purchase targets of every institution', () => {
  it('ranks them with the total, filters by type through the API, and sets a sector’s rate', async () => {
    const ranking = {
      year: dashboard.year,
      items: [{ ...dashboard, rank: 1 }],
      total: { amount: 9_000_000, goodsPurchases: 1_000_000_000, targetAmount: 12_000_000, attainedRate: 0.009, institutions: 1, met: 0 },
    };
    const { api } = renderApp('/operator/purchase-targets', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /purchase-targets': { body: ranking },
        'GET /purchase-targets/sector-rates': { body: [{ year: dashboard.year, sector: '행정', rate: null }] },
        'PUT /purchase-targets/sector-rates': ({ body }) => ({ body: body as SectorRateView }),
      },
    });
    const row = await screen.findByTestId('op-target-row-CG-020');
    expect(row).toHaveTextContent('조달청');
    expect(screen.getByTestId('op-targets-total')).toHaveTextContent('₩9,000,000');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: '기관 유형' }), 'LOCAL');
    await waitFor(() => expect(api.find('GET', '/purchase-targets').at(-1)?.query.get('type')).toBe('LOCAL'));
    const form = within(screen.getByTestId('sector-rate-form'));
    await user.selectOptions(form.getByRole('combobox'), '행정');
    const rate = form.getByRole('spinbutton');
    await user.clear(rate);
    await user.type(rate, '1.5');
    await user.click(form.getByRole('button', { name: '저장' }));
    expect(await screen.findByTestId('sector-rate-saved')).toHaveTextContent('행정');
    expect(api.find('PUT', '/purchase-targets/sector-rates')[0].body).toEqual({ year: dashboard.year, sector: '행정', rate: 0.015 });
  });
});
