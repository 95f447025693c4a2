import { Role, type CompanyDocumentView, type CompanyMemberView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, type MockRequest } from '../../../test/api-mock';
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
  representative: '김대표',
  certifications: ['벤처기업'],
  sanctionedUntil: null,
};

function member(overrides: Partial<CompanyMemberView>): CompanyMemberView {
  return { userId: 'u-x', name: '구성원', email: 'x@innotech.kr', status: 'ACTIVE', companyAdmin: false, ...overrides };
}

const licence: CompanyDocumentView = {
  id: 'doc-1',
  kind: 'BUSINESS_LICENCE',
  title: '사업자등록증',
  number: null,
  expiresOn: '2020-01-01',
  file: { id: 'f-1', name: 'licence.pdf', contentType: 'application/pdf', size: 204_800, url: '/api/v1/files/f-1' },
  createdAt: '2025-03-01T09:00:00.000Z',
};

function pdf(name = 'iso.pdf', size?: number): File {
  const file = new File(['%PDF-1.7'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('my company', () => {
  it('lets the company administrator edit the profile, sending only what changed and showing API errors beside fields', async () => {
    const session = makeSession(Role.SUPPLIER);
    let current = company;
    let patches = 0;
    const { api } = renderApp('/my/company', {
      session,
      api: {
        'GET /companies/:id': () => ({ body: current }),
        'GET /companies/:id/members': { body: [member({ userId: session.user.id, email: session.user.email, companyAdmin: true })] },
        'GET /companies/:id/documents': { body: [] },
        'GET /companies/:id/sanctions': { body: [] },
        'PATCH /companies/:id': (request: MockRequest) => {
          patches += 1;
          if (patches === 1) return apiError(400, 'Validation failed', { name: ['name is already used by another company'] });
          current = { ...current, ...(request.body as Partial<CompanyProfileView>) };
          return { body: current };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('company-edit'));
    const form = within(screen.getByTestId('company-form'));
    expect(form.getByRole('textbox', { name: /^회사명/ })).toHaveFocus();

    await user.clear(form.getByRole('textbox', { name: /^지역/ }));
    await user.click(screen.getByTestId('company-save'));
    expect(form.getByRole('textbox', { name: /^지역/ })).toHaveAccessibleDescription('필수 입력 항목입니다.');
    expect(api.find('PATCH', '/companies/company-1')).toHaveLength(0);

    await user.type(form.getByRole('textbox', { name: /^지역/ }), '세종');
    await user.type(form.getByRole('textbox', { name: /^보유 인증/ }), '\nISO 9001');
    await user.click(screen.getByTestId('company-save'));
    await waitFor(() =>
      expect(form.getByRole('textbox', { name: /^회사명/ })).toHaveAccessibleDescription('name is already used by another company'),
    );
    expect(screen.getByTestId('form-error')).toHaveTextContent('입력 내용을 확인하세요.');

    await user.click(screen.getByTestId('company-save'));
    expect(await screen.findByTestId('company-saved')).toHaveTextContent('회사 정보를 저장했습니다.');
    expect(api.find('PATCH', '/companies/company-1').at(-1)?.body).toEqual({ region: '세종', certifications: ['벤처기업', 'ISO 9001'] });
    expect(screen.getByTestId('company-region')).toHaveTextContent('세종');
    expect(screen.getByTestId('company-certifications')).toHaveTextContent('ISO 9001');
    expect(screen.getByTestId('company-edit')).toHaveFocus();
  });

  it('is read-only for a member who is not the administrator (the members list answers 403)', async () => {
    renderApp('/my/company', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /companies/:id': { body: company },
        'GET /companies/:id/members': apiError(403, 'Only the company administrator'),
        'GET /companies/:id/documents': { body: [] },
        'GET /companies/:id/sanctions': {
          body: [
            {
              id: 's-1', companyId: 'company-1', startsOn: '2026-11-16', endsOn: '2027-05-15', reason: '입찰 서류 위조', legalBasis: '국가계약법 제27조',
              imposedBy: 'op-1', imposedAt: '2026-11-16T01:00:00.000Z', liftedOn: '2026-12-01', liftedReason: '행정심판 인용', liftedBy: 'op-1', inForce: false,
            },
          ],
        },
      },
    });
    // Its own sanctions, read-only: nothing to record or lift.
    expect(await screen.findByTestId('sanction-s-1')).toHaveTextContent('2026. 12. 1. 해제: 행정심판 인용');
    expect(screen.queryByTestId('sanction-impose-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('sanction-lift')).not.toBeInTheDocument();
    expect(await screen.findByTestId('company-certifications')).toHaveTextContent('벤처기업');
    expect(await screen.findByTestId('members-admin-only')).toHaveTextContent('회사 관리자만');
    expect(screen.getByTestId('company-read-only')).toBeInTheDocument();
    expect(screen.queryByTestId('company-edit')).not.toBeInTheDocument();
  });

  it('lets the administrator approve a member waiting to join', async () => {
    const session = makeSession(Role.SUPPLIER);
    let waiting = member({ userId: 'u-2', name: '박신입', email: 'new@innotech.kr', status: 'PENDING' });
    const { api } = renderApp('/my/company', {
      session,
      api: {
        'GET /companies/:id': { body: company },
        'GET /companies/:id/members': () => ({
          body: [member({ userId: session.user.id, email: session.user.email, companyAdmin: true }), waiting],
        }),
        'GET /companies/:id/documents': { body: [] },
        'GET /companies/:id/sanctions': { body: [] },
        'POST /companies/:id/members/:userId/approve': () => {
          waiting = { ...waiting, status: 'ACTIVE' };
          return { body: waiting };
        },
      },
    });
    const user = userEvent.setup();
    const row = await screen.findByTestId('member-row-new@innotech.kr');
    expect(row).toHaveTextContent('승인 대기');
    expect(within(screen.getByTestId(`member-row-${session.user.email}`)).queryByRole('button')).toBeNull();

    await user.click(within(row).getByRole('button', { name: '승인: 박신입 (new@innotech.kr)' }));
    expect(await screen.findByTestId('member-action-status')).toHaveTextContent('박신입님을 승인했습니다.');
    expect(api.find('POST', '/companies/company-1/members/u-2/approve')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('member-row-new@innotech.kr')).toHaveAttribute('data-status', 'ACTIVE'));
    expect(within(screen.getByTestId('member-row-new@innotech.kr')).queryByTestId('member-approve')).toBeNull();
  });

  it('keeps documents in the locker: checks the file, uploads it as multipart, and deletes after confirmation', async () => {
    let documents: CompanyDocumentView[] = [licence];
    let uploads = 0;
    const { api } = renderApp('/my/company', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /companies/:id': { body: company },
        'GET /companies/:id/members': apiError(403, 'Only the company administrator'),
        'GET /companies/:id/documents': () => ({ body: documents }),
        'GET /companies/:id/sanctions': { body: [] },
        'POST /companies/:id/documents': (request: MockRequest) => {
          uploads += 1;
          if (uploads === 1) return apiError(413, 'Payload Too Large');
          const form = request.body as FormData;
          const file = form.get('file') as File;
          const stored: CompanyDocumentView = {
            id: 'doc-2',
            kind: form.get('kind') as CompanyDocumentView['kind'],
            title: String(form.get('title')),
            number: String(form.get('number')),
            expiresOn: String(form.get('expiresOn')),
            file: { id: 'f-2', name: file.name, contentType: file.type, size: file.size, url: '/api/v1/files/f-2' },
            createdAt: '2025-05-01T09:00:00.000Z',
          };
          documents = [...documents, stored];
          return { status: 201, body: stored };
        },
        'DELETE /companies/:id/documents/:documentId': (request: MockRequest) => {
          documents = documents.filter((document) => document.id !== request.params.documentId);
          return { status: 204 };
        },
      },
    });
    const user = userEvent.setup();
    const row = await screen.findByTestId('document-row-doc-1');
    expect(row).toHaveTextContent('사업자등록증');
    expect(row).toHaveTextContent('만료됨');
    expect(within(row).getByRole('link', { name: 'licence.pdf' })).toHaveAttribute('href', '/api/v1/files/f-1');

    const form = within(screen.getByTestId('document-upload-form'));
    const fileInput = screen.getByTestId('document-file');
    await user.click(screen.getByTestId('document-submit'));
    expect(form.getByRole('textbox', { name: /^서류명/ })).toHaveAccessibleDescription('필수 입력 항목입니다.');
    expect(fileInput).toHaveAccessibleDescription(expect.stringContaining('파일을 선택하세요.'));

    await user.selectOptions(form.getByRole('combobox', { name: /^서류 종류/ }), 'CERTIFICATE');
    await user.type(form.getByRole('textbox', { name: /^서류명/ }), 'ISO 9001 인증서');
    await user.type(form.getByRole('textbox', { name: /^번호/ }), 'KR-9001-77');
    await user.type(form.getByLabelText(/^만료일/), '2027-12-31');

    await user.upload(fileInput, new File(['x'], 'photo.png', { type: 'image/png' }));
    Object.defineProperty((fileInput as HTMLInputElement).files![0], 'size', { value: 6 * 1024 * 1024 });
    await user.click(screen.getByTestId('document-submit'));
    expect(fileInput).toHaveAccessibleDescription(expect.stringContaining('최대 5 MB까지'));

    // A browser lets "all files" be picked whatever `accept` says.
    await userEvent.setup({ applyAccept: false }).upload(fileInput, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await user.click(screen.getByTestId('document-submit'));
    expect(fileInput).toHaveAccessibleDescription(expect.stringContaining('PDF 또는 JPEG, PNG, WebP 이미지만'));
    expect(api.find('POST', '/companies/company-1/documents')).toHaveLength(0);

    await user.upload(fileInput, pdf('iso.pdf', 19 * 1024 * 1024));
    await user.click(screen.getByTestId('document-submit'));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('파일이 너무 큽니다.');

    await user.click(screen.getByTestId('document-submit'));
    expect(await screen.findByTestId('document-uploaded')).toHaveTextContent('ISO 9001 인증서');
    const sent = api.find('POST', '/companies/company-1/documents').at(-1)!;
    expect(sent.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const body = sent.body as FormData;
    expect(Object.fromEntries([...body.entries()].filter(([key]) => key !== 'file'))).toEqual({
      kind: 'CERTIFICATE',
      title: 'ISO 9001 인증서',
      number: 'KR-9001-77',
      expiresOn: '2027-12-31',
    });
    expect((body.get('file') as File).name).toBe('iso.pdf');
    expect(await screen.findByTestId('document-row-doc-2')).toHaveTextContent('ISO 9001 인증서');
    expect(form.getByRole('textbox', { name: /^서류명/ })).toHaveValue('');

    await user.click(within(screen.getByTestId('document-row-doc-1')).getByTestId('document-delete'));
    expect(api.find('DELETE', '/companies/company-1/documents/doc-1')).toHaveLength(0);
    await user.click(within(screen.getByTestId('document-row-doc-1')).getByTestId('document-delete-confirm'));
    expect(await screen.findByTestId('document-deleted')).toHaveTextContent('사업자등록증');
    await waitFor(() => expect(screen.queryByTestId('document-row-doc-1')).not.toBeInTheDocument());
    expect(api.find('DELETE', '/companies/company-1/documents/doc-1')).toHaveLength(1);
  });
});
