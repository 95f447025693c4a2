import { Role, type MailPreferencesView } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

describe('mail preferences page', () => {
  it('saves the language and the kinds the user unticks', async () => {
    let saved: MailPreferencesView = { language: 'ko', mutedKinds: [] };
    const { api } = renderApp('/my/mail', {
      session: makeSession(Role.SUPPLIER),
      api: {
        'GET /me/mail-preferences': () => ({ body: saved }),
        'PUT /me/mail-preferences': (request) => {
          saved = request.body as MailPreferencesView;
          return { body: saved };
        },
      },
    });
    const form = within(await screen.findByTestId('mail-preferences-form'));
    const user = userEvent.setup();
    await user.selectOptions(form.getByLabelText(/^메일 언어/), 'en');
    await user.click(form.getByRole('checkbox', { name: '제재' }));
    await user.click(form.getByRole('checkbox', { name: '알림: 지정 만료 90일·30일 전' }));
    await user.click(form.getByRole('button', { name: '저장' }));

    expect(await form.findByRole('status')).toHaveTextContent('메일 알림 설정을 저장했습니다.');
    expect(api.find('PUT', '/me/mail-preferences')[0].body).toEqual({ language: 'en', mutedKinds: ['NOTE_SANCTION', 'REMIND_DESIGNATION_EXPIRING'] });
    expect(form.getByRole('checkbox', { name: '제재' })).not.toBeChecked();
    expect(form.getByRole('checkbox', { name: '제재 해제' })).toBeChecked();
  });
});
