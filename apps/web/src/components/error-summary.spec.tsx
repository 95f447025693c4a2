import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../lib/api-client';
import { useFormErrors } from '../lib/use-form-errors';
import { renderWithProviders } from '../test/render';
import { ErrorSummary } from './error-summary';
import { TextField } from './field';

const FIELDS = ['name', 'email'] as const;

/** A form as every form is built: useFormErrors, the summary on top, the shared fields. */
function ContactForm({ failure }: { failure?: ApiRequestError }) {
  const form = useFormErrors(FIELDS);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (failure) form.fail(failure);
        else form.check({ email: ['이메일 형식이 아닙니다.'], name: ['이름을 입력하세요.'] });
      }}
    >
      <ErrorSummary form={form} />
      <TextField id="contact-name" label="이름" required errors={form.errors.name} />
      <TextField id="contact-email" label="이메일" errors={form.errors.email} />
      <button type="submit">보내기</button>
    </form>
  );
}

describe('ErrorSummary', () => {
  it('shows nothing before a failed submission', () => {
    renderWithProviders(<ContactForm />);
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
  });

  it('takes the focus after a submission with errors and links each message to its field, in the fields’ order', async () => {
    renderWithProviders(<ContactForm />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '보내기' }));

    const summary = await screen.findByTestId('form-error');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('입력 내용을 확인하세요.');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['이름: 이름을 입력하세요.', '#contact-name'],
      ['이메일: 이메일 형식이 아닙니다.', '#contact-email'],
    ]);

    await user.click(links[1]);
    expect(screen.getByRole('textbox', { name: /^이메일/ })).toHaveFocus();

    // A second failed submission brings the focus back to the summary.
    await user.click(screen.getByRole('button', { name: '보내기' }));
    expect(screen.getByTestId('form-error')).toHaveFocus();
  });

  it("lists the API's per-field messages as links and the rest as text", async () => {
    const failure = new ApiRequestError({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: { email: ['email must be an email'], callId: ['the call is closed'] },
    });
    renderWithProviders(<ContactForm failure={failure} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '보내기' }));

    const summary = await screen.findByTestId('form-error');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: '이메일: email must be an email' })).toHaveAttribute('href', '#contact-email');
    expect(summary).toHaveTextContent('the call is closed');
  });

  it("words the API's field codes in the reader's language, with the rule's limits, never its English", async () => {
    const failure = new ApiRequestError({
      statusCode: 400,
      error: 'Bad Request',
      code: 'INVALID_INPUT',
      message: 'The request has invalid fields',
      details: { name: ['name must be shorter than or equal to 100 characters'], email: ['email must be an e-mail address'] },
      detailCodes: { name: [{ code: 'FIELD_TOO_LONG', params: { max: 100 } }], email: [{ code: 'FIELD_NOT_EMAIL' }] },
    });
    renderWithProviders(<ContactForm failure={failure} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: '보내기' }));

    const summary = await screen.findByTestId('form-error');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['이름: 100자 이하로 입력해 주세요.', '이메일: 이메일 주소 형식이 아닙니다.']);
    expect(summary).not.toHaveTextContent(/characters|e-mail/);
  });
});
