import { Role, type CompanyView } from '@inno/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeInstitution, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

describe('my organisation pages', () => {
  it("shows the supplier's company profile", async () => {
    const company: CompanyView = {
      id: 'company-1',
      name: '(주)혁신',
      businessNumber: '220-81-62517',
      size: 'SME',
      region: '대전',
      address: '대전광역시 유성구 과학로 1',
      representative: null,
      sanctionedUntil: null,
    };
    const { api } = renderApp('/my/company', {
      session: makeSession(Role.SUPPLIER),
      api: { 'GET /companies/:id': (request) => ({ body: { ...company, id: request.params.id } }), 'GET /companies/:id/sanctions': { body: [] } },
    });
    expect(await screen.findByTestId('company-businessNumber')).toHaveTextContent('220-81-62517');
    expect(screen.getByTestId('company-size')).toHaveTextContent('중소기업');
    expect(screen.getByTestId('company-representative')).toHaveTextContent('없음');
    expect(api.find('GET', '/companies/company-1')).toHaveLength(1);
  });

  it("shows the buyer's institution", async () => {
    const institution = makeInstitution({ id: 'institution-1', name: '조달청', type: 'CENTRAL', targetRate: 0.015 });
    renderApp('/my/institution', {
      session: makeSession(Role.BUYER),
      api: { 'GET /institutions/:id': { body: institution } },
    });
    expect(await screen.findByTestId('institution-name')).toHaveTextContent('조달청');
    expect(screen.getByTestId('institution-type')).toHaveTextContent('중앙행정기관');
    expect(screen.getByTestId('institution-targetRate')).toHaveTextContent('1.5%');
  });
});
