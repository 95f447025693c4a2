import { Role, type AuditListItem } from '@inno/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

const event: AuditListItem = {
  id: 'evt-1',
  occurredAt: '2025-03-01T09:00:00.000Z',
  actorId: 'user-9',
  actorName: '김운영',
  actorRole: 'OPERATOR',
  action: 'user.approve',
  entityType: 'user',
  entityId: 'user-3',
  fromState: 'PENDING',
  toState: 'ACTIVE',
  data: {},
  requestId: 'req-1',
  hash: 'abcdef0123456789abcdef',
};

describe('audit page', () => {
  it('shows that the chain is intact and lists the events', async () => {
    const { api } = renderApp('/audit', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /audit/verify': { body: { ok: true, checked: 12, unkeyed: 0, checkpoint: null, firstBroken: null } },
        'GET /audit/events': { body: { items: [event], total: 1, page: 1, pageSize: 50 } },
        'GET /audit/filter-options': { body: { entityTypes: ['company', 'user'], actions: ['company.registered', 'pilot.start-use', 'user.approve'] } },
      },
    });
    expect(await screen.findByTestId('audit-verification-result')).toHaveTextContent('12건을 확인했습니다');
    const row = await screen.findByTestId('audit-event-evt-1');
    // In words, not codes: the action, the states, and who by name and role.
    expect(row).toHaveTextContent('사용자 · 승인');
    expect(row).toHaveTextContent('승인 대기 → 활성');
    expect(row).toHaveTextContent('김운영 (운영자)');
    expect(row).not.toHaveTextContent('user-9');
    // In Korea time, named so (09:00 UTC is 18:00 KST).
    expect(row).toHaveTextContent('2025. 3. 1. PM 6:00 KST');

    const user = userEvent.setup();
    await screen.findByRole('option', { name: '기업' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^대상 유형/ }), 'company');
    await user.selectOptions(screen.getByRole('combobox', { name: /^동작/ }), 'company.registered');
    await user.click(screen.getByRole('button', { name: '필터 적용' }));
    await waitFor(() => expect(api.find('GET', '/audit/events').at(-1)?.query.get('entityType')).toBe('company'));
    expect(api.find('GET', '/audit/events').at(-1)?.query.get('action')).toBe('company.registered');
    expect(screen.getByRole('option', { name: '시범구매 · 사용 시작' })).toHaveValue('pilot.start-use');
  });

  it('names the first broken link', async () => {
    renderApp('/audit', {
      session: makeSession(Role.ADMIN),
      api: {
        'GET /audit/verify': { body: { ok: false, checked: 7, unkeyed: 0, checkpoint: null, firstBroken: { id: 'evt-5', reason: 'HASH_MISMATCH' } } },
        'GET /audit/events': { body: { items: [], total: 0, page: 1, pageSize: 50 } },
      },
    });
    const result = await screen.findByTestId('audit-verification-result');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent('evt-5');
    expect(result).toHaveTextContent('항목의 해시가 내용과 다릅니다');
  });

  it('names a log cut short of its signed checkpoint, and the checkpoint it was held to', async () => {
    renderApp('/audit', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /audit/verify': {
          body: { ok: false, checked: 7, unkeyed: 0, checkpoint: { linkCount: 9, headId: 'evt-9', signedAt: '2025-03-01T09:00:00.000Z' }, firstBroken: { id: 'evt-9', reason: 'HEAD_BEHIND_CHECKPOINT' } },
        },
        'GET /audit/events': { body: { items: [], total: 0, page: 1, pageSize: 50 } },
      },
    });
    const result = await screen.findByTestId('audit-verification-result');
    expect(result).toHaveTextContent('evt-9');
    expect(result).toHaveTextContent('최근 항목이 지워졌습니다');
    expect(screen.getByTestId('audit-verification-checkpoint')).toHaveTextContent('체크포인트(9건)');
  });
});
