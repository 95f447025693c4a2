import { REFUSED_CATALOGUE_QUERIES, type CatalogPage } from '@inno/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { wordMessage } from '../../../lib/messages';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCatalogPage, makeCategories, makeProductSummary } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const categories = { body: makeCategories() };
const params = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

describe('catalogue', () => {
  it('lists the products with what a buyer needs, the total and the facet counts', async () => {
    const drone = makeProductSummary({
      id: 'p-drone',
      nameKo: '촬영용 드론',
      nameEn: 'Camera drone',
      companyName: '(주)하늘',
      categoryCode: '101010',
      region: '대전',
      askingPrice: 12_000_000,
      designatingBody: '산업통상자원부',
      validUntil: '2028-02-29',
      imageUrl: '/api/v1/files/f-1',
    });
    const { api } = renderApp('/catalogue', {
      api: { 'GET /products': { body: makeCatalogPage([drone], { total: 10 }) }, 'GET /categories': categories },
    });

    const card = await screen.findByTestId('catalogue-result');
    expect(card).toHaveAttribute('data-product-id', 'p-drone');
    expect(within(card).getByRole('link', { name: '촬영용 드론' })).toHaveAttribute('href', '/products/p-drone');
    expect(within(card).getByText('Camera drone')).toHaveAttribute('lang', 'en');
    expect(card).toHaveTextContent('(주)하늘');
    await waitFor(() => expect(card).toHaveTextContent('전자·통신 › 드론 › 촬영용 드론'));
    expect(card).toHaveTextContent('대전');
    expect(card).toHaveTextContent(/희망가격\s*₩12,000,000/);
    expect(card).toHaveTextContent('산업통상자원부');
    expect(card).toHaveTextContent('2028. 2. 29.까지');

    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('검색 결과 10건');
    expect(screen.getByTestId('facet-kind-TYPE1')).toHaveTextContent(/1유형.*3/);
    expect(screen.getByTestId('facet-kind-TYPE2')).toHaveTextContent('7');
    expect(screen.getByTestId('facet-category-10')).toHaveTextContent(/전자·통신\s*6/);
    expect(screen.getByTestId('facet-region-서울')).toHaveTextContent(/서울\s*5/);

    const query = api.find('GET', '/products')[0].query;
    expect(Object.fromEntries(query)).toEqual({ sort: 'newest', page: '1', pageSize: '20' });
  });

  it('shows the product’s first image on its card, or a neat placeholder without one', async () => {
    const pictured = makeProductSummary({ id: 'p-1', imageUrl: '/api/v1/files/f-1' });
    const plain = makeProductSummary({ id: 'p-2', imageUrl: null });
    renderApp('/catalogue', { api: { 'GET /products': { body: makeCatalogPage([pictured, plain], { total: 2 }) }, 'GET /categories': categories } });
    const [first, second] = await screen.findAllByTestId('catalogue-result');
    expect(first.querySelector('img')).toHaveAttribute('src', '/api/v1/files/f-1');
    expect(within(first).queryByTestId('product-card-no-image')).not.toBeInTheDocument();
    expect(second.querySelector('img')).toBeNull();
    expect(within(second).getByTestId('product-card-no-image')).toHaveTextContent('이미지 없음');
  });

  it('shows a capped total as "1,000+" and stops paging at the cap', async () => {
    renderApp('/catalogue?page=50', {
      api: {
        'GET /products': { body: makeCatalogPage([makeProductSummary()], { total: 1000, totalIsCapped: true, page: 50 }) },
        'GET /categories': categories,
      },
    });
    // The live region is there from the start, so the total is announced when it arrives.
    await waitFor(() => expect(screen.getByTestId('catalogue-total')).toHaveTextContent('검색 결과 1,000+건'));
    expect(screen.getByText('50 / 50 페이지 · 총 1,000+건')).toBeInTheDocument();
    expect(screen.getByTestId('catalogue-page-next')).toBeDisabled();
    expect(screen.getByText(/1,000건까지만 볼 수 있습니다/)).toBeInTheDocument();
  });

  it('never asks past the cap, whatever the address says', async () => {
    const { api } = renderApp('/catalogue?page=99', {
      api: { 'GET /products': { body: makeCatalogPage([], { total: 0 }) }, 'GET /categories': categories },
    });
    await screen.findByTestId('catalogue-empty');
    expect(api.find('GET', '/products')[0].query.get('page')).toBe('50');
  });

  it('keeps the search, filters, sort and page in the address; a change of filter goes back to page 1; back works', async () => {
    const { api, router } = renderApp('/catalogue?region=대전&page=3', {
      api: {
        'GET /products': (request: MockRequest) => ({
          body: makeCatalogPage([makeProductSummary()], { total: 200, page: Number(request.query.get('page')) }),
        }),
        'GET /categories': categories,
      },
    });
    const user = userEvent.setup();
    const lastQuery = () => api.find('GET', '/products').at(-1)!.query;

    await screen.findByTestId('catalogue-result');
    expect(lastQuery().get('region')).toBe('대전');
    expect(lastQuery().get('page')).toBe('3');

    await user.click(screen.getByTestId('catalogue-page-next'));
    await waitFor(() => expect(params(router).get('page')).toBe('4'));
    await waitFor(() => expect(lastQuery().get('page')).toBe('4'));

    await user.click(screen.getByTestId('facet-kind-TYPE2'));
    await waitFor(() => expect(params(router).get('kind')).toBe('TYPE2'));
    expect(params(router).get('page')).toBeNull();
    expect(params(router).get('region')).toBe('대전');
    await waitFor(() => expect(lastQuery().get('kind')).toBe('TYPE2'));
    expect(lastQuery().get('page')).toBe('1');

    await user.type(screen.getByTestId('catalogue-search'), '드론');
    await user.click(screen.getByTestId('catalogue-submit'));
    await waitFor(() => expect(params(router).get('q')).toBe('드론'));
    await waitFor(() => expect(lastQuery().get('q')).toBe('드론'));
    expect(lastQuery().get('sort')).toBe('relevance');
    expect(lastQuery().get('kind')).toBe('TYPE2');

    await user.selectOptions(screen.getByTestId('catalogue-sort'), 'priceAsc');
    await waitFor(() => expect(params(router).get('sort')).toBe('priceAsc'));
    await waitFor(() => expect(lastQuery().get('sort')).toBe('priceAsc'));

    // The back button walks the same steps backwards, the form following the address.
    await act(() => router.navigate(-1));
    expect(params(router).get('sort')).toBeNull();
    expect(screen.getByTestId('catalogue-sort')).toHaveValue('relevance');
    await act(() => router.navigate(-1));
    expect(params(router).get('q')).toBeNull();
    expect(screen.getByTestId('catalogue-search')).toHaveValue('');
    expect(params(router).get('kind')).toBe('TYPE2');

    // The address alone is enough to share the search.
    await act(() => router.navigate('/catalogue?q=청정기&certification=KC&designatingBody=조달청&minPrice=1000&maxPrice=5000'));
    await waitFor(() => expect(lastQuery().get('q')).toBe('청정기'));
    expect(Object.fromEntries(lastQuery())).toMatchObject({
      certification: 'KC',
      designatingBody: '조달청',
      minPrice: '1000',
      maxPrice: '5000',
      sort: 'relevance',
    });
    expect(screen.getByRole('textbox', { name: '인증' })).toHaveValue('KC');
    expect(screen.getByTestId('catalogue-active-filters')).toHaveTextContent('최저가: ₩1,000 이상');
  });

  it('applies the text filters together and removes a chosen facet value when clicked again', async () => {
    const { router } = renderApp('/catalogue?kind=TYPE1&page=2', {
      api: { 'GET /products': { body: makeCatalogPage([makeProductSummary()], { total: 30 }) }, 'GET /categories': categories },
    });
    const user = userEvent.setup();
    const chosen = await screen.findByTestId('facet-kind-TYPE1');
    expect(chosen).toHaveAttribute('aria-current', 'true');

    await user.type(screen.getByRole('textbox', { name: '지정기관' }), ' 산업통상자원부 ');
    await user.type(screen.getByRole('textbox', { name: '최저 희망가격(원)' }), '1,000,000');
    await user.click(screen.getByTestId('catalogue-submit'));
    await waitFor(() => expect(params(router).get('designatingBody')).toBe('산업통상자원부'));
    expect(params(router).get('minPrice')).toBe('1000000');
    expect(params(router).get('page')).toBeNull();

    // The form is sent once its rules have run (react-hook-form submits asynchronously): the page follows the new address.
    await waitFor(() => expect(screen.getByTestId('facet-kind-TYPE1')).toHaveAttribute('href', expect.stringContaining('designatingBody')));
    await user.click(screen.getByTestId('facet-kind-TYPE1'));
    await waitFor(() => expect(params(router).get('kind')).toBeNull());
    expect(params(router).get('designatingBody')).toBe('산업통상자원부');
  });

  it('refuses the searches the API refuses, with the messages of the same codes, before searching', async () => {
    for (const refused of REFUSED_CATALOGUE_QUERIES) {
      const { api, router, unmount } = renderApp('/catalogue', { api: { 'GET /products': { body: makeCatalogPage([makeProductSummary()]) }, 'GET /categories': categories } });
      await screen.findByTestId('catalogue-result');
      const searches = api.find('GET', '/products').length;
      for (const [field, value] of Object.entries(refused.input)) fireEvent.change(document.getElementById(`catalogue-${field}`)!, { target: { value } });
      await userEvent.setup().click(screen.getByTestId('catalogue-submit'));
      const invalid = [...document.querySelectorAll('[aria-invalid="true"]')].map((element) => element.id);
      expect({ why: refused.why, invalid }).toEqual({ why: refused.why, invalid: Object.keys(refused.codes).map((field) => `catalogue-${field}`) });
      for (const [field, [expected]] of Object.entries(refused.codes)) expect(document.getElementById(`catalogue-${field}`)).toHaveAccessibleDescription(expect.stringContaining(wordMessage(expected)));
      expect(api.find('GET', '/products')).toHaveLength(searches);
      expect(router.state.location.search).toBe('');
      unmount();
    }
  });

  it('checks the price range before searching, and shows the API 400 details beside the fields', async () => {
    const { api, router } = renderApp('/catalogue', {
      api: {
        'GET /products': (request: MockRequest) =>
          request.query.get('maxPrice')
            ? apiError(400, 'Validation failed', { maxPrice: ['maxPrice must not be greater than 100000000000'] })
            : { body: makeCatalogPage([makeProductSummary()]) },
        'GET /categories': categories,
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('catalogue-result');
    const min = screen.getByRole('textbox', { name: '최저 희망가격(원)' });
    const max = screen.getByRole('textbox', { name: '최고 희망가격(원)' });
    await user.type(min, '5000');
    await user.type(max, '100');
    await user.click(screen.getByTestId('catalogue-submit'));
    expect(max).toHaveAttribute('aria-invalid', 'true');
    expect(max).toHaveAccessibleDescription('최고 가격은 최저 가격보다 크거나 같아야 합니다.');
    expect(params(router).get('minPrice')).toBeNull();

    await user.clear(max);
    await user.type(max, '9000');
    await user.click(screen.getByTestId('catalogue-submit'));
    await waitFor(() => expect(api.find('GET', '/products').at(-1)?.query.get('maxPrice')).toBe('9000'));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: '최고 희망가격(원)' })).toHaveAccessibleDescription(
        'maxPrice must not be greater than 100000000000',
      ),
    );
    expect(screen.getByTestId('catalogue-error')).toHaveTextContent('검색 결과를 불러오지 못했습니다.');
  });

  it('says so when nothing matches, and when the search fails', async () => {
    let fail = false;
    const page: CatalogPage = makeCatalogPage([], { facets: { kind: [], category: [], region: [] } });
    const { router } = renderApp('/catalogue?q=없는제품', {
      api: {
        'GET /products': () => (fail ? apiError(500, 'Internal server error') : { body: page }),
        'GET /categories': categories,
      },
    });
    expect(await screen.findByTestId('catalogue-empty')).toHaveTextContent('조건에 맞는 혁신제품이 없습니다.');
    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('검색 결과 0건');

    fail = true;
    await act(() => router.navigate('/catalogue?q=다른제품'));
    const error = await screen.findByTestId('catalogue-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent('검색 결과를 불러오지 못했습니다.');
    expect(within(error).getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
    expect(screen.queryByTestId('catalogue-empty')).not.toBeInTheDocument();
  });

  it('is in English too', async () => {
    renderApp('/catalogue', {
      api: {
        'GET /products': { body: makeCatalogPage([makeProductSummary()], { total: 1000, totalIsCapped: true }) },
        'GET /categories': categories,
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('catalogue-result');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByTestId('catalogue-total')).toHaveTextContent('1,000+ products found'));
    expect(screen.getByTestId('catalogue-result')).toHaveTextContent('Asking price');
    expect(screen.getByTestId('facet-category-10')).toHaveTextContent('Electronics');
  });

  it('says when a broad search counted its facets only up to the bound: each count is "N+"', async () => {
    renderApp('/catalogue?q=안전', {
      api: {
        'GET /products': { body: makeCatalogPage([makeProductSummary()], { total: 1000, totalIsCapped: true, facetsAreLowerBounds: true }) },
        'GET /categories': categories,
      },
    });
    await screen.findByTestId('catalogue-result');
    expect(screen.getByTestId('facets-lower-bounds')).toHaveTextContent('5,000건까지 센 건수');
    // The visible count reads "N+"; the hidden words after it tell a screen reader what the link does.
    expect(screen.getByTestId('facet-category-10').querySelector('.facet__count')?.firstChild?.textContent).toMatch(/^\d+\+$/);
  });
  it('says when a broad search was estimated from a sample: "약 12,000건", each facet "약 N", in English "about"', async () => {
    const estimated = makeCatalogPage([makeProductSummary()], { total: 1000, totalIsCapped: true, totalIsEstimate: true, estimatedTotal: 12_000, facetsAreEstimates: true });
    renderApp('/catalogue?q=안전', { api: { 'GET /products': { body: estimated }, 'GET /categories': categories } });
    await screen.findByTestId('catalogue-result');
    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('검색 결과 약 12,000건');
    expect(screen.getByTestId('facets-estimated')).toHaveTextContent('표본으로 세어 어림한 건수');
    expect(screen.queryByTestId('facets-lower-bounds')).not.toBeInTheDocument();
    expect(screen.getByTestId('facet-category-10').querySelector('.facet__count')?.firstChild?.textContent).toMatch(/^약 [\d,]+$/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByTestId('catalogue-total')).toHaveTextContent('about 12,000 products found'));
    expect(screen.getByTestId('facets-estimated')).toHaveTextContent('estimated from a sample');
    expect(screen.getByTestId('facet-category-10').querySelector('.facet__count')?.firstChild?.textContent).toMatch(/^about [\d,]+$/);
  });
});
