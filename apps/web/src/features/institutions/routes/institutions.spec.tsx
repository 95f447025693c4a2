import { Role, type InstitutionView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeInstitution, makeSession } from '../../../test/factories';
import { renderApp, type MockRequest } from '../../../test/render';

const page = (items: InstitutionView[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const seoul = makeInstitution({ id: 'inst-seoul', code: 'LG-001', name: '서울특별시', nameEn: 'Seoul Metropolitan Government', type: 'LOCAL', sector: '행정', yearlyGoodsPurchases: 820_000_000_000, targetRate: 0.0125 });

describe('the ADMIN’s institution pages', () => {
  it('lists the institutions with their type, purchases and target, filtered through the address', async () => {
    const { api } = renderApp('/admin/institutions?type=LOCAL', {
      session: makeSession(Role.ADMIN),
      api: { 'GET /institutions': { body: page([seoul]) } },
    });
    const row = await screen.findByTestId('institution-row-LG-001');
    expect(row).toHaveTextContent('서울특별시');
    expect(row).toHaveTextContent('지방자치단체');
    expect(row).toHaveTextContent('₩820,000,000,000');
    expect(row).toHaveTextContent('1.25%');
    expect(within(row).getByRole('link', { name: '서울특별시 수정' })).toHaveAttribute('href', '/admin/institutions/inst-seoul/edit');
    expect(api.find('GET', '/institutions')[0].query.get('type')).toBe('LOCAL');
    expect(screen.getByTestId('nav-institutions')).toHaveAttribute('href', '/admin/institutions');
  });

  it('checks the fields by the API’s rules before sending, in the reader’s language', async () => {
    const { api } = renderApp('/admin/institutions/new', { session: makeSession(Role.ADMIN), api: {} });
    const user = userEvent.setup();
    await screen.findByTestId('institution-form');
    expect(screen.getByTestId('institution-targetRatePercent')).toHaveValue('1');
    await user.type(screen.getByTestId('institution-code'), 'cg 1!');
    await user.type(screen.getByTestId('institution-name'), '가');
    await user.clear(screen.getByTestId('institution-targetRatePercent'));
    await user.type(screen.getByTestId('institution-targetRatePercent'), '12.5');
    await user.click(screen.getByTestId('institution-submit'));

    expect(screen.getByTestId('institution-code')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('institution-name-error')).toHaveTextContent('기관명은 2자에서 200자 사이로 입력하세요.');
    expect(document.getElementById('institution-sector-error')).toBeInTheDocument();
    expect(document.getElementById('institution-yearlyGoodsPurchases-error')).toBeInTheDocument();
    expect(document.getElementById('institution-targetRatePercent-error')).toHaveTextContent('0.1%에서 10% 사이');
    expect(api.find('POST', '/institutions')).toHaveLength(0);
  });

  it('creates an institution, then opens it for editing', async () => {
    const created = makeInstitution({ id: 'inst-new', code: 'PB-901', name: '한국시험공사', nameEn: 'Korea Test Corporation', type: 'PUBLIC_BODY', sector: '에너지', yearlyGoodsPurchases: 120_000_000_000, targetRate: 0.017 });
    const { api, router } = renderApp('/admin/institutions/new', {
      session: makeSession(Role.ADMIN),
      api: { 'POST /institutions': { status: 201, body: created }, 'GET /institutions/:id': { body: created } },
    });
    const user = userEvent.setup();
    await screen.findByTestId('institution-form');
    await user.type(screen.getByTestId('institution-code'), 'pb-901');
    await user.type(screen.getByTestId('institution-name'), '한국시험공사');
    await user.type(screen.getByTestId('institution-nameEn'), 'Korea Test Corporation');
    await user.selectOptions(screen.getByTestId('institution-type'), 'PUBLIC_BODY');
    await user.type(screen.getByTestId('institution-sector'), '에너지');
    await user.type(screen.getByTestId('institution-yearlyGoodsPurchases'), '120,000,000,000');
    await user.clear(screen.getByTestId('institution-targetRatePercent'));
    await user.type(screen.getByTestId('institution-targetRatePercent'), '1.7');
    await user.click(screen.getByTestId('institution-submit'));

    expect(await screen.findByTestId('institution-status')).toHaveTextContent('‘한국시험공사’ 기관을 추가했습니다.');
    expect(router.state.location.pathname).toBe('/admin/institutions/inst-new/edit');
    expect(api.find('POST', '/institutions')[0].body).toEqual({
      code: 'PB-901', name: '한국시험공사', nameEn: 'Korea Test Corporation', type: 'PUBLIC_BODY', sector: '에너지', yearlyGoodsPurchases: 120_000_000_000, targetRate: 0.017,
    });
    expect(screen.getByTestId('institution-targetRatePercent')).toHaveValue('1.7');
  });

  it('sends only what changed, and shows a code in use beside the code', async () => {
    const saves: MockRequest[] = [];
    renderApp('/admin/institutions/inst-seoul/edit', {
      session: makeSession(Role.ADMIN),
      api: {
        'GET /institutions/:id': { body: seoul },
        'PATCH /institutions/:id': (request) => {
          saves.push(request);
          const body = request.body as Partial<InstitutionView>;
          return body.code
            ? { status: 409, body: { statusCode: 409, error: 'Conflict', code: 'DUPLICATE_CODE', message: `An institution with the code ${body.code} already exists` } }
            : { body: { ...seoul, ...body } };
        },
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('institution-form');
    expect(screen.getByTestId('institution-targetRatePercent')).toHaveValue('1.25');
    await user.clear(screen.getByTestId('institution-targetRatePercent'));
    await user.type(screen.getByTestId('institution-targetRatePercent'), '1.5');
    await user.click(screen.getByTestId('institution-submit'));
    expect(await screen.findByTestId('institution-status')).toHaveTextContent('‘서울특별시’ 기관 정보를 저장했습니다.');
    expect(saves[0].body).toEqual({ targetRate: 0.015 });

    await user.clear(screen.getByTestId('institution-code'));
    await user.type(screen.getByTestId('institution-code'), 'CG-001');
    await user.click(screen.getByTestId('institution-submit'));
    await waitFor(() => expect(document.getElementById('institution-code-error')).toHaveTextContent('기관 코드 CG-001는 이미 다른 기관이 쓰고 있습니다.'));
  });

  it('is the ADMIN’s alone', async () => {
    renderApp('/admin/institutions', { session: makeSession(Role.OPERATOR), api: { 'GET /institutions': { body: page([seoul]) } } });
    await waitFor(() => expect(screen.queryByTestId('institutions-table')).not.toBeInTheDocument());
    expect(screen.queryByTestId('nav-institutions')).not.toBeInTheDocument();
  });
});
