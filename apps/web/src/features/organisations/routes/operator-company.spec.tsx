import { Role, type SanctionView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import type { CompanyProfileView } from '../api/get-company';

const company: CompanyProfileView = {
  id: 'company-1',
  name: '(주)혁신',
  businessNumber: '220-81-62517',
  size: 'SME',
  region: '대전',
  address: null,
  representative: null,
  certifications: [],
  sanctionedUntil: '2099-05-15',
};

const inForce: SanctionView = {
  id: 'sanction-1',
  companyId: 'company-1',
  startsOn: '2026-11-16',
  endsOn: '2099-05-15',
  reason: '입찰 서류 위조',
  legalBasis: '국가계약법 제27조',
  imposedBy: 'operator-1',
  imposedAt: '2026-11-16T01:00:00.000Z',
  liftedOn: null,
  liftedReason: null,
  liftedBy: null,
  inForce: true,
};

describe("the operator's company page", () => {
  it('shows the sanctions, records a new one with the fields the API takes, and lifts one early with a reason', async () => {
    const { api } = renderApp('/operator/companies/company-1', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /companies/:id': { body: company },
        'GET /companies/:id/sanctions': { body: [inForce] },
        'POST /companies/:id/sanctions': { status: 201, body: inForce },
        'POST /companies/:id/sanctions/:sanctionId/lift': { body: { ...inForce, liftedOn: '2026-11-20', liftedReason: '행정심판 인용', inForce: false } },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: '(주)혁신' })).toBeInTheDocument();
    expect(await screen.findByTestId('company-sanctioned-until')).toHaveTextContent('제재 중');
    const row = await screen.findByTestId('sanction-sanction-1');
    expect(row).toHaveTextContent('입찰 서류 위조');
    expect(row).toHaveTextContent('국가계약법 제27조');

    // Client-side checks first: nothing is sent until reason and legal basis are there.
    await user.click(screen.getByTestId('sanction-impose'));
    expect(await screen.findByText('사유를 5자 이상 입력하세요.')).toBeInTheDocument();
    expect(api.find('POST', '/companies/company-1/sanctions')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/기간\(개월\)/));
    await user.type(screen.getByLabelText(/기간\(개월\)/), '3');
    await user.type(screen.getByLabelText(/^사유/), '담합 확인 (collusion)');
    await user.type(screen.getByLabelText(/^법적 근거/), '국가계약법 제27조');
    await user.click(screen.getByTestId('sanction-impose'));
    await waitFor(() => expect(api.find('POST', '/companies/company-1/sanctions')).toHaveLength(1));
    expect(api.find('POST', '/companies/company-1/sanctions')[0].body).toMatchObject({ months: 3, reason: '담합 확인 (collusion)', legalBasis: '국가계약법 제27조' });
    expect(await screen.findByTestId('sanction-done')).toHaveTextContent('제재를 등록했습니다.');

    await user.click(within(row).getByRole('button', { name: /조기 해제/ }));
    await user.type(within(row).getByLabelText(/해제 사유/), '행정심판 인용');
    await user.click(within(row).getByTestId('sanction-lift-confirm'));
    await waitFor(() => expect(api.find('POST', '/companies/company-1/sanctions/sanction-1/lift')).toHaveLength(1));
    expect(api.find('POST', '/companies/company-1/sanctions/sanction-1/lift')[0].body).toEqual({ reason: '행정심판 인용' });
  });
});
