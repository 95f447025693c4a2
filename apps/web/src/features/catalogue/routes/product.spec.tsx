import { Role } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-mock';
import { makeCategories, makeProductDetail, makeProductSummary, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

describe('product page', () => {
  it('shows the product, its hoped-for price, designation, price history and similar products', async () => {
    const product = makeProductDetail({
      id: 'p-1',
      askingPrice: 12_000_000,
      images: [{ id: 'img-1', name: 'front.png', contentType: 'image/png', size: 2048, url: '/api/v1/files/img-1' }],
      documents: [{ id: 'doc-1', name: '시험성적서.pdf', contentType: 'application/pdf', size: 1_572_864, url: '/api/v1/files/doc-1' }],
      priceHistory: [
        { price: 12_000_000, changedAt: '2025-04-01T09:00:00.000Z' },
        { price: 10_000_000, changedAt: '2025-01-10T09:00:00.000Z' },
      ],
      similar: [
        makeProductSummary({ id: 'p-2', nameKo: '비슷한 드론', askingPrice: 9_000_000 }),
        makeProductSummary({ id: 'p-3', nameKo: '다른 드론', askingPrice: 11_000_000 }),
      ],
      priceComparison: { count: 3, median: 10_000_000 },
    });
    const { api } = renderApp('/products/p-1', {
      api: { 'GET /products/:id': { body: product }, 'GET /categories': { body: makeCategories() } },
    });

    expect(await screen.findByTestId('product-name')).toHaveTextContent('실내 공기질 측정 드론');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('실내 공기질 측정 드론');
    expect(screen.getByText('Indoor air-quality drone')).toHaveAttribute('lang', 'en');
    expect(api.find('GET', '/products/p-1')).toHaveLength(1);

    const price = screen.getByTestId('product-price');
    expect(price).toHaveTextContent('희망가격(부가세 포함)');
    expect(price).toHaveTextContent('₩12,000,000');
    expect(price).toHaveTextContent('/ 대');
    expect(screen.getByText('공급기업이 제시한 희망가격으로, 검증된 계약가격이 아닙니다.')).toBeInTheDocument();
    expect(screen.getByTestId('product-price-comparison')).toHaveTextContent('같은 소분류 제품 3개의 희망가격 중앙값(₩10,000,000)보다 20% 높습니다.');

    const designation = screen.getByTestId('product-designation');
    expect(within(designation).getByTestId('designation-designatingBody')).toHaveTextContent('조달청');
    expect(within(designation).getByTestId('designation-designationNumber')).toHaveTextContent('2025-INNO-0042');
    expect(within(designation).getByTestId('designation-certificateNumber')).toHaveTextContent('없음');
    expect(within(designation).getByTestId('designation-designatedOn')).toHaveTextContent('2025. 3. 1.');
    expect(within(designation).getByTestId('designation-validUntil')).toHaveTextContent('2029. 2. 28.');
    expect(within(designation).getByTestId('designation-extensionStage')).toHaveTextContent('1차 연장');
    expect(within(designation).getByTestId('designation-terms')).toHaveTextContent('유효기간 3년, 연장 1 → 2년, 모든 지정을 합쳐 최대 6년');

    const history = within(screen.getByTestId('product-price-history')).getAllByRole('row').slice(1);
    expect(history).toHaveLength(2);
    expect(history[0]).toHaveTextContent('₩10,000,000');
    expect(history[0]).toHaveTextContent('최초 등록');
    expect(history[1]).toHaveTextContent('₩12,000,000');
    expect(history[1]).toHaveTextContent('+20%');

    const similar = within(screen.getByTestId('product-similar')).getAllByTestId('similar-product');
    expect(similar.map((card) => card.getAttribute('data-product-id'))).toEqual(['p-2', 'p-3']);
    expect(within(similar[0]).getByRole('link', { name: '비슷한 드론' })).toHaveAttribute('href', '/products/p-2');

    expect(screen.getByRole('img', { name: '실내 공기질 측정 드론 이미지 1' })).toHaveAttribute('src', '/api/v1/files/img-1');
    expect(screen.getByRole('link', { name: '시험성적서.pdf' })).toHaveAttribute('href', '/api/v1/files/doc-1');
    expect(screen.getByTestId('product-documents')).toHaveTextContent('1.5 MB');
    expect(screen.getByTestId('product-certifications')).toHaveTextContent('GS인증 1등급');
    expect(screen.getByTestId('product-patents')).toHaveTextContent('10-2020-0001234');
    expect(screen.getByRole('link', { name: '드론' })).toHaveAttribute('href', '/catalogue?category=1010');
    expect(screen.getByTestId('product-details-trl')).toHaveTextContent('TRL 8');
  });

  it('says the product cannot be found on a 404', async () => {
    renderApp('/products/hidden', {
      api: { 'GET /products/:id': apiError(404, 'Product not found'), 'GET /categories': { body: makeCategories() } },
    });
    const page = await screen.findByTestId('product-not-found');
    expect(page).toHaveTextContent('제품을 찾을 수 없습니다');
    expect(within(page).getByRole('link', { name: '혁신제품 찾기로 돌아가기' })).toHaveAttribute('href', '/catalogue');
  });

  it('says when the product is not designated and has no price history or similar products', async () => {
    renderApp('/products/p-9', {
      api: {
        'GET /products/:id': { body: makeProductDetail({ id: 'p-9', status: 'UNDESIGNATED', designation: null }) },
        'GET /categories': { body: makeCategories() },
      },
    });
    expect(await screen.findByTestId('product-designation')).toHaveTextContent('아직 지정되지 않은 제품입니다.');
    expect(screen.getByText('미지정')).toHaveAttribute('data-status', 'UNDESIGNATED');
    expect(screen.getByTestId('product-price-history')).toHaveTextContent('가격 변동 기록이 없습니다.');
    expect(screen.getByTestId('product-similar')).toHaveTextContent('유사 제품이 없습니다.');
    // Fewer than 3 products of its small category: a median would mislead (an air purifier is not a dust sensor).
    expect(screen.getByTestId('product-price-comparison')).toHaveTextContent('같은 소분류 제품이 적어 가격을 비교하지 않습니다(0개, 3개 이상일 때 비교).');
  });
});

describe('product page for its supplier', () => {
  it('waits for the session, so the owner sees a product that is not public yet', async () => {
    const { api } = renderApp('/products/p-mine', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /products/:id': (request) =>
          request.headers.get('Authorization')
            ? { body: makeProductDetail({ id: 'p-mine', status: 'UNDESIGNATED', designation: null }) }
            : apiError(404, 'Product not found'),
        'GET /categories': { body: makeCategories() },
      },
    });
    expect(await screen.findByTestId('product-name')).toBeInTheDocument();
    expect(api.find('GET', '/products/p-mine')).toHaveLength(1);
  });
});
