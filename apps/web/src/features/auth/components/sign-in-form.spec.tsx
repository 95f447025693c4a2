import { Role } from '@inno/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../../test/api-mock';
import { makeSession } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { SignInForm } from './sign-in-form';

const emailInput = () => screen.getByRole('textbox', { name: /^이메일/ });
const passwordInput = () => screen.getByLabelText(/^비밀번호/);
const submit = () => screen.getByRole('button', { name: '로그인' });

async function fillAndSubmit(email = 'kim@example.kr', password = 'correct horse battery') {
  const user = userEvent.setup();
  await user.type(emailInput(), email);
  await user.type(passwordInput(), password);
  await user.click(submit());
  return user;
}

describe('SignInForm', () => {
  it('shows the API per-field messages of a 400 next to their fields, linked and announced', async () => {
    const { api } = renderWithProviders(<SignInForm />, {
      api: {
        'POST /auth/login': apiError(400, 'Validation failed', {
          email: ['email must be an email'],
          password: ['password should not be empty'],
        }),
      },
    });
    await fillAndSubmit();

    expect(await screen.findByText('email must be an email')).toBeInTheDocument();
    expect(emailInput()).toHaveAttribute('aria-invalid', 'true');
    expect(emailInput()).toHaveAccessibleDescription('email must be an email');
    expect(passwordInput()).toHaveAccessibleDescription('password should not be empty');
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toEqual(expect.arrayContaining(['email must be an email', 'password should not be empty']));
    expect(api.find('POST', '/auth/login')[0].body).toEqual({ email: 'kim@example.kr', password: 'correct horse battery' });
  });

  it('clears a field error once the field is edited', async () => {
    renderWithProviders(<SignInForm />, {
      api: { 'POST /auth/login': apiError(400, 'Validation failed', { email: ['email is taken by the pixies'] }) },
    });
    const user = await fillAndSubmit();
    expect(await screen.findByText('email is taken by the pixies')).toBeInTheDocument();
    await user.type(emailInput(), 'x');
    expect(screen.queryByText('email is taken by the pixies')).not.toBeInTheDocument();
    expect(emailInput()).not.toHaveAttribute('aria-invalid');
  });

  it('says the credentials are wrong on a 401, without trying a token refresh', async () => {
    const { api } = renderWithProviders(<SignInForm />, {
      api: { 'POST /auth/login': apiError(401, 'Invalid email or password') },
    });
    await fillAndSubmit();

    expect(await screen.findByTestId('form-error')).toHaveTextContent('이메일 또는 비밀번호가 올바르지 않습니다.');
    // Nor did the page try one on load: nobody had signed in (no session hint cookie).
    expect(api.find('POST', '/auth/refresh')).toHaveLength(0);
  });

  it('shows the wait and its message on a 429, and the reason on a 403', async () => {
    let status = 429;
    renderWithProviders(<SignInForm />, {
      api: {
        'POST /auth/login': () =>
          status === 429
            ? apiError(429, 'Too many failed sign-ins for this e-mail from your address: try again after 2025-03-01T10:15:00Z')
            : apiError(403, 'The account waits for an operator approval'),
      },
    });
    const user = await fillAndSubmit();
    const waiting = await screen.findByTestId('form-error');
    expect(waiting).toHaveTextContent('로그인에 너무 여러 번 실패했습니다');
    expect(waiting).toHaveTextContent('try again after 2025-03-01T10:15:00Z');

    status = 403;
    await user.click(submit());
    await waitFor(() => expect(screen.getByTestId('form-error')).toHaveTextContent('지금 로그인할 수 없습니다'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('The account waits for an operator approval');
  });

  it('checks the fields on the client before calling the API', async () => {
    const { api } = renderWithProviders(<SignInForm />);
    const user = userEvent.setup();
    await user.type(emailInput(), 'not-an-email');
    await user.click(submit());

    expect(emailInput()).toHaveAccessibleDescription('올바른 이메일 주소를 입력하세요.');
    expect(passwordInput()).toHaveAccessibleDescription('필수 입력 항목입니다.');
    expect(api.find('POST', '/auth/login')).toHaveLength(0);
  });

  it('starts the session and reports success', async () => {
    const session = makeSession(Role.SUPPLIER);
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { api: { 'POST /auth/login': { body: session } } });
    await fillAndSubmit();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(session));
  });
});
