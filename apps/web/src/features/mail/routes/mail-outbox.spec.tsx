import { MailStatus, Role, type OutboxMailView } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const mail: OutboxMailView = {
  id: '5d0f7a9e-2f7c-4a51-9d0c-3f1e6b2a7c11',
  to: 'supplier@test.kr',
  kind: 'NOTE_SANCTION',
  language: 'en',
  subject: 'Sanction: 16 Nov 2026 – 15 May 2027',
  body: 'Forged tender documents\n\nOpen: http://localhost:3000/my/company',
  link: 'http://localhost:3000/my/company',
  status: MailStatus.OUTBOX,
  attempts: 0,
  lastError: null,
  createdAt: '2026-11-16T01:00:00.000Z',
  sentAt: null,
};

describe('mail outbox page', () => {
  it('shows each mail with its recipient, kind, language, status, subject and body', async () => {
    renderApp('/admin/mail-outbox', {
      session: makeSession(Role.ADMIN),
      api: { 'GET /mail/outbox': { body: { items: [mail], total: 1, page: 1, pageSize: 20 } } },
    });
    const item = within(await screen.findByTestId('outbox-mail'));
    expect(item.getByRole('heading', { name: mail.subject })).toBeInTheDocument();
    expect(item.getByText('supplier@test.kr')).toBeInTheDocument();
    expect(item.getByText('제재')).toBeInTheDocument();
    expect(item.getByText('English')).toBeInTheDocument();
    expect(item.getByText('보관함 (메일 서버 없음)')).toBeInTheDocument();
    expect(item.getByText(/Open: http:\/\/localhost:3000\/my\/company/)).toBeInTheDocument();
  });
});
