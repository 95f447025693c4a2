import { Role, type DecisionView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { page } from '../../../test/workflow-factories';

const revocation: DecisionView = {
  id: 'd-1',
  kind: 'REVOCATION',
  productId: 'prod-1',
  productName: '스마트 소화기',
  companyId: 'co-1',
  companyName: '(주)안전',
  reasons: ['안전 인증이 취소되었습니다.', '허위 자료를 제출했습니다.'],
  reasonMessages: [
    { code: 'TEXT', params: { text: '안전 인증이 취소되었습니다.' } },
    { code: 'TEXT', params: { text: '허위 자료를 제출했습니다.' } },
  ],
  decidedAt: '2026-12-20T01:00:00.000Z',
};
const designation: DecisionView = { ...revocation, id: 'd-2', kind: 'DESIGNATION', productId: 'prod-2', productName: '공기질 드론', reasons: [], reasonMessages: [] };
const sanction: DecisionView = {
  ...revocation,
  id: 'd-3',
  kind: 'SANCTION',
  productId: null,
  productName: null,
  reasons: ['입찰 서류 위조', 'Legal basis: 국가계약법 제27조', '2026-11-16 – 2027-05-15'],
  reasonMessages: [
    { code: 'TEXT', params: { text: '입찰 서류 위조' } },
    { code: 'SANCTION_LEGAL_BASIS', params: { basis: '국가계약법 제27조' } },
    { code: 'SANCTION_PERIOD', params: { startsOn: '2026-11-16', endsOn: '2027-05-15' } },
  ],
};

describe('decisions', () => {
  it('publishes each decision with its reasons, filtered by kind', async () => {
    const { api, router } = renderApp('/decisions', {
      api: { 'GET /decisions': (request) => page(request.query.get('kind') === 'REVOCATION' ? [revocation] : [revocation, designation]) },
    });
    const entry = await screen.findByTestId('decision-entry-d-1');
    expect(entry).toHaveTextContent('지정 취소');
    expect(entry).toHaveTextContent('2026. 12. 20. AM 10:00');
    expect(within(entry).getByRole('link', { name: '스마트 소화기' })).toHaveAttribute('href', '/products/prod-1');
    expect(within(entry).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['안전 인증이 취소되었습니다.', '허위 자료를 제출했습니다.']);
    expect(within(entry).queryByRole('link', { name: /지정 관리에서 열기/ })).not.toBeInTheDocument();

    await userEvent.setup().selectOptions(screen.getByTestId('decisions-kind'), 'REVOCATION');
    await waitFor(() => expect(screen.queryByTestId('decision-entry-d-2')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?kind=REVOCATION');
    expect(api.find('GET', '/decisions').at(-1)!.query.get('kind')).toBe('REVOCATION');
  });

  it('publishes coded reasons in both languages, Korean first and English beside, whatever the reader reads', async () => {
    const coded: DecisionView = {
      ...designation,
      reasons: ['Aggregate 82 from 5 scores met the overall and every group pass mark.'],
      reasonMessages: [{ code: 'DESIGNATION_PASSED', params: { aggregate: 82, scoredBy: 5 } }],
    };
    renderApp('/decisions', { api: { 'GET /decisions': page([coded, revocation]) } });
    const bothLanguages = async () => {
      const [reason] = within(await screen.findByTestId('decision-reasons-d-2')).getAllByRole('listitem');
      return [...reason.children].map((part) => [part.getAttribute('lang'), part.textContent]);
    };
    const published = [
      ['ko', '평가위원 5명의 평균 82점으로 총점과 모든 항목군의 기준을 넘었습니다.'],
      ['en', 'Aggregate 82 from 5 scores met the overall and every group pass mark.'],
    ];
    await waitFor(async () => expect(await bothLanguages()).toEqual(published));
    // A person's own words are published once, as written.
    expect([...within(screen.getByTestId('decision-reasons-d-1')).getAllByRole('listitem')[0].children].map((part) => part.textContent)).toEqual(['안전 인증이 취소되었습니다.']);

    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    await waitFor(async () => expect(await bothLanguages()).toEqual(published));
  });

  it('links an operator to the product in designations', async () => {
    renderApp('/decisions', { session: makeSession(Role.OPERATOR), api: { 'GET /decisions': page([revocation]) } });
    expect(await screen.findByRole('link', { name: '지정 관리에서 열기: 스마트 소화기' })).toHaveAttribute(
      'href',
      '/operator/designations?productId=prod-1',
    );
  });

  it('publishes a sanction under the company, and links an operator to the company page', async () => {
    renderApp('/decisions', { session: makeSession(Role.OPERATOR), api: { 'GET /decisions': page([sanction]) } });
    const entry = await screen.findByTestId('decision-entry-d-3');
    expect(entry).toHaveTextContent('제재');
    expect(within(entry).getByRole('heading', { name: '(주)안전' })).toBeInTheDocument();
    expect(within(entry).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '입찰 서류 위조',
      '법적 근거: 국가계약법 제27조 Legal basis: 국가계약법 제27조',
      '제재 기간: 2026. 11. 16. – 2027. 5. 15. Sanctioned 16 Nov 2026 – 15 May 2027',
    ]);
    expect(within(entry).getByRole('link', { name: '기업 관리에서 열기: (주)안전' })).toHaveAttribute('href', '/operator/companies/co-1');
  });
});
