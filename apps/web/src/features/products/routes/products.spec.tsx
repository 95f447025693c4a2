import { Role, type ProductDetail, type ProductView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
import { makeCategories, makeProductDetail, makeProductSummary, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

type User = ReturnType<typeof userEvent.setup>;
const categories = { body: makeCategories() };
const field = (name: RegExp) => screen.getByRole('textbox', { name });

/** Pastes the text into the field (typing every syllable of a long form is slow). */
async function fill(user: User, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

async function fillValidProduct(user: User) {
  await fill(user, field(/^제품명\(한글\)/), '실내 공기질 측정 드론');
  await fill(user, field(/^제품명\(영문\)/), 'Indoor air-quality drone');
  await fill(user, field(/^모델명/), 'AQ-100');
  await fill(user, field(/^제품 설명/), '실내 공기질을 측정합니다.');
  await waitFor(() => expect(screen.getByRole('option', { name: '드론' })).toBeInTheDocument());
  await user.selectOptions(screen.getByRole('combobox', { name: /^제품 분류/ }), '1010');
  await user.selectOptions(screen.getByRole('combobox', { name: /^기술성숙도/ }), '8');
  await fill(user, field(/^생산 지역/), '대전');
  await fill(user, field(/^물품분류번호/), '43211503');
  await fill(user, field(/^세부품명번호/), '4321150301');
  await fill(user, field(/^거래단위/), '대');
  await fill(user, field(/^희망가격/), '12,000,000');
}

describe('my products', () => {
  it('lists every product of the company with its designation status', async () => {
    const { api } = renderApp('/my/products', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /companies/:id/products': {
          body: {
            items: [
              makeProductSummary({ id: 'p-1', nameKo: '드론', status: 'DESIGNATED' }),
              makeProductSummary({ id: 'p-2', nameKo: '청정기', status: 'UNDESIGNATED', validUntil: null }),
            ],
            total: 2,
            page: 1,
            pageSize: 20,
          },
        },
      },
    });
    expect(await screen.findByTestId('my-product-status-p-1')).toHaveTextContent('지정');
    expect(screen.getByTestId('my-product-status-p-2')).toHaveTextContent('미지정');
    expect(screen.getByTestId('my-product-status-p-2')).toHaveAttribute('data-status', 'UNDESIGNATED');
    expect(within(screen.getByTestId('my-product-row-p-2')).getByRole('link', { name: '수정: 청정기' })).toHaveAttribute(
      'href',
      '/my/products/p-2/edit',
    );
    expect(screen.getByTestId('my-products-new')).toHaveAttribute('href', '/my/products/new');
    // Only a product whose designation is in force can apply for an extension.
    expect(screen.getByTestId('my-product-extension-p-1')).toHaveAttribute('href', '/my/products/p-1/extension');
    expect(screen.queryByTestId('my-product-extension-p-2')).not.toBeInTheDocument();
    expect(api.find('GET', '/companies/company-1/products')[0].query.get('page')).toBe('1');
  });

  it('checks a new product with the API rules before sending it', async () => {
    const { api } = renderApp('/my/products/new', {
      session: makeSession(Role.SUPPLIER),
      api: { 'GET /categories': categories },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /^물품분류번호/ }), '1234');
    await user.type(field(/^세부품명번호/), '43211503');
    await user.type(field(/^희망가격/), '12.5');
    await user.click(screen.getByTestId('product-submit'));

    expect(field(/^물품분류번호/)).toHaveAccessibleDescription(expect.stringContaining('물품분류번호는 숫자 8자리입니다.'));
    expect(field(/^세부품명번호/)).toHaveAccessibleDescription(expect.stringContaining('세부품명번호는 숫자 10자리입니다.'));
    expect(field(/^희망가격/)).toHaveAccessibleDescription(expect.stringContaining('0원에서 100,000,000,000원 사이의 정수'));
    expect(screen.getByRole('combobox', { name: /^기술성숙도/ })).toHaveAccessibleDescription(
      expect.stringContaining('1에서 9 사이로 선택하세요.'),
    );
    expect(screen.getByRole('combobox', { name: /^제품 분류/ })).toHaveAttribute('aria-invalid', 'true');
    expect(field(/^제품명\(한글\)/)).toHaveAccessibleDescription('필수 입력 항목입니다.');

    await user.clear(field(/^희망가격/));
    await user.type(field(/^희망가격/), '100000000001');
    await user.click(screen.getByTestId('product-submit'));
    expect(field(/^희망가격/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.find('POST', '/products')).toHaveLength(0);
  });

  it('registers a product with its patents and opens its edit page to add files', async () => {
    let created: ProductDetail | null = null;
    const { api, router } = renderApp('/my/products/new', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /categories': categories,
        'POST /products': (request: MockRequest) => {
          created = makeProductDetail({ ...(request.body as object), id: 'p-new', status: 'UNDESIGNATED', designation: null, version: 1 });
          return { status: 201, body: created };
        },
        'GET /products/:id': () => (created ? { body: created } : apiError(404, 'Not Found')),
        'GET /products/:id/versions': { body: [{ version: 1, changedAt: '2025-05-01T09:00:00.000Z', changedBy: '김혁신', changes: {} }] },
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('product-form');
    await fillValidProduct(user);
    await fill(user, field(/^제품·기업 인증/), 'GS인증 1등급\n\nKC');

    // Two patent rows, the first removed: the focus moves sensibly each time.
    await user.click(screen.getByTestId('product-add-patent'));
    expect(field(/^특허번호/)).toHaveFocus();
    await fill(user, field(/^특허번호/), '10-0000-0000000');
    await user.click(screen.getByTestId('product-add-patent'));
    const second = within(screen.getByTestId('product-patent-1'));
    expect(second.getByRole('textbox', { name: /^특허번호/ })).toHaveFocus();
    await fill(user, second.getByRole('textbox', { name: /^특허번호/ }), '10-2020-0001234');
    await fill(user, second.getByRole('textbox', { name: /^발명의 명칭/ }), '공기질 측정 방법');
    await user.type(second.getByLabelText(/^존속기간 만료일/), '2040-01-31');

    await user.click(screen.getByTestId('product-submit'));
    expect(within(screen.getByTestId('product-patent-0')).getByRole('textbox', { name: /^발명의 명칭/ })).toHaveAccessibleDescription(
      '필수 입력 항목입니다.',
    );
    expect(api.find('POST', '/products')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '특허 1 삭제' }));
    expect(screen.getByTestId('product-add-patent')).toHaveFocus();
    expect(screen.queryByTestId('product-patent-1')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('product-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my/products/p-new/edit'));
    expect(api.find('POST', '/products')[0].body).toEqual({
      nameKo: '실내 공기질 측정 드론',
      nameEn: 'Indoor air-quality drone',
      modelName: 'AQ-100',
      description: '실내 공기질을 측정합니다.',
      categoryCode: '1010',
      goodsClassNo: '43211503',
      detailItemNo: '4321150301',
      tradingUnit: '대',
      askingPrice: 12_000_000,
      certifications: ['GS인증 1등급', 'KC'],
      patents: [{ number: '10-2020-0001234', title: '공기질 측정 방법', expiresOn: '2040-01-31' }],
      trl: 8,
      region: '대전',
    });
    expect(await screen.findByTestId('product-form-status')).toHaveTextContent('이제 이미지와 문서를 올릴 수 있습니다.');
    expect(screen.getByTestId('product-status')).toHaveTextContent('미지정');
  });

  it('shows the API 400 details beside their fields, patent rows included', async () => {
    renderApp('/my/products/new', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /categories': categories,
        'POST /products': apiError(400, 'Validation failed', {
          goodsClassNo: ['goodsClassNo is not in the goods classification'],
          'patents.0.expiresOn': ['the patent has expired'],
        }),
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('product-form');
    await fillValidProduct(user);
    await user.click(screen.getByTestId('product-add-patent'));
    const row = within(screen.getByTestId('product-patent-0'));
    await fill(user, row.getByRole('textbox', { name: /^특허번호/ }), '10-1999-0000001');
    await fill(user, row.getByRole('textbox', { name: /^발명의 명칭/ }), '오래된 특허');
    await user.type(row.getByLabelText(/^존속기간 만료일/), '2019-01-01');
    await user.click(screen.getByTestId('product-submit'));

    await waitFor(() => expect(field(/^물품분류번호/)).toHaveAccessibleDescription(expect.stringContaining('not in the goods classification')));
    expect(row.getByLabelText(/^존속기간 만료일/)).toHaveAccessibleDescription('the patent has expired');
    expect(screen.getByTestId('form-error')).toHaveTextContent('입력 내용을 확인하세요.');
  });

  it('saves only what changed, uploads images and documents, and shows the edit history', async () => {
    let product: ProductDetail = makeProductDetail({ id: 'p-1', version: 3 });
    let imageUploads = 0;
    const { api } = renderApp('/my/products/p-1/edit', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /categories': categories,
        'GET /products/:id': () => ({ body: product }),
        'PATCH /products/:id': (request: MockRequest) => {
          product = { ...product, ...(request.body as Partial<ProductView>), version: product.version + 1 };
          return { body: product };
        },
        'GET /products/:id/versions': () => ({
          body: [
            { version: 2, changedAt: '2025-02-01T09:00:00.000Z', changedBy: '김혁신', changes: { askingPrice: { from: 10_000_000, to: 12_000_000 } } },
          ],
        }),
        'POST /products/:id/images': (request: MockRequest) => {
          imageUploads += 1;
          if (imageUploads === 1) return apiError(413, 'Payload Too Large');
          const file = (request.body as FormData).get('file') as File;
          const stored = { id: 'img-1', name: file.name, contentType: file.type, size: file.size, url: '/api/v1/files/img-1' };
          product = { ...product, images: [stored] };
          return { status: 201, body: stored };
        },
        'POST /products/:id/documents': (request: MockRequest) => {
          const file = (request.body as FormData).get('file') as File;
          const stored = { id: 'doc-1', name: file.name, contentType: file.type, size: file.size, url: '/api/v1/files/doc-1' };
          product = { ...product, documents: [stored] };
          return { status: 201, body: stored };
        },
        'DELETE /products/:id/files/:fileId': (request: MockRequest) => {
          product = { ...product, images: product.images.filter((image) => image.id !== request.params.fileId) };
          return { status: 204 };
        },
      },
    });
    const user = userEvent.setup();
    const price = await screen.findByRole('textbox', { name: /^희망가격/ });
    expect(price).toHaveValue('12000000');
    expect(within(await screen.findByTestId('product-versions')).getByTestId('product-version-2')).toHaveTextContent(
      /희망가격.*10000000.*12000000/,
    );

    await user.click(screen.getByTestId('product-submit'));
    expect(await screen.findByTestId('product-form-status')).toHaveTextContent('바뀐 내용이 없습니다.');
    expect(api.find('PATCH', '/products/p-1')).toHaveLength(0);

    await user.clear(price);
    await user.type(price, '11500000');
    await user.click(screen.getByTestId('product-submit'));
    expect(await screen.findByText('저장했습니다. (버전 4)')).toBeInTheDocument();
    expect(api.find('PATCH', '/products/p-1')[0].body).toEqual({ askingPrice: 11_500_000 });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^희망가격/ })).toHaveValue('11500000'));

    const images = within(screen.getByTestId('product-images'));
    await userEvent.setup({ applyAccept: false }).upload(
      screen.getByTestId('product-images-file'),
      new File(['%PDF'], 'spec.pdf', { type: 'application/pdf' }),
    );
    await user.click(screen.getByTestId('product-images-submit'));
    expect(screen.getByTestId('product-images-file')).toHaveAccessibleDescription(expect.stringContaining('JPEG, PNG, WebP 이미지만'));
    expect(api.find('POST', '/products/p-1/images')).toHaveLength(0);

    await user.upload(screen.getByTestId('product-images-file'), new File(['png'], 'front.png', { type: 'image/png' }));
    await user.click(screen.getByTestId('product-images-submit'));
    await waitFor(() => expect(screen.getByTestId('product-images-file')).toHaveAccessibleDescription(expect.stringContaining('파일이 너무 큽니다.')));
    await user.click(screen.getByTestId('product-images-submit'));
    expect(await images.findByRole('img', { name: 'front.png' })).toHaveAttribute('src', '/api/v1/files/img-1');
    expect(((api.find('POST', '/products/p-1/images').at(-1)!.body as FormData).get('file') as File).name).toBe('front.png');

    await user.upload(screen.getByTestId('product-documents-file'), new File(['%PDF'], 'spec.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByTestId('product-documents-submit'));
    expect(await within(screen.getByTestId('product-documents')).findByRole('link', { name: 'spec.pdf' })).toHaveAttribute(
      'href',
      '/api/v1/files/doc-1',
    );

    await user.click(images.getByRole('button', { name: '삭제: front.png' }));
    await waitFor(() => expect(images.queryByRole('img', { name: 'front.png' })).not.toBeInTheDocument());
    expect(api.find('DELETE', '/products/p-1/files/img-1')).toHaveLength(1);
  });

  it("refuses to edit another company's product", async () => {
    renderApp('/my/products/p-9/edit', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /categories': categories,
        'GET /products/:id': { body: makeProductDetail({ id: 'p-9', company: { id: 'company-2', name: '(주)남', region: '서울' } }) },
      },
    });
    expect(await screen.findByTestId('product-not-ours')).toBeInTheDocument();
    expect(screen.queryByTestId('product-form')).not.toBeInTheDocument();
  });
});
