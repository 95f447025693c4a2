import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../../test/api-mock';
import { makeInstitution, makeUser } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render';
import { SignUpForm } from './sign-up-form';

const bnInput = () => screen.getByRole('textbox', { name: /^사업자등록번호/ });

async function fillSupplier(user: ReturnType<typeof userEvent.setup>, businessNumber: string) {
  await user.click(screen.getByRole('radio', { name: '공급기업' }));
  await user.type(screen.getByRole('textbox', { name: /^이메일/ }), 'ceo@innotech.kr');
  await user.type(screen.getByLabelText(/^비밀번호/), 'a-long-password');
  await user.type(screen.getByRole('textbox', { name: /^이름/ }), '김혁신');
  await user.type(screen.getByRole('textbox', { name: /^회사명/ }), '(주)이노테크');
  await user.type(bnInput(), businessNumber);
  await user.selectOptions(screen.getByRole('combobox', { name: /^기업 규모/ }), 'SME');
  await user.type(screen.getByRole('textbox', { name: /^지역/ }), '대전');
}

describe('SignUpForm', () => {
  it.each([
    ['password12', '너무 흔히 쓰여 쉽게 추측되는 비밀번호입니다'],
    ['aaaaaaaaaa', '같은 문자나 짧은 패턴을 되풀이한 비밀번호는 쓸 수 없습니다'],
    ['1234567890', '나란히 놓인 글자는 비밀번호로 쓸 수 없습니다'],
    ['gildong-2026-pw', '이메일 주소의 @ 앞부분을 넣을 수 없습니다'],
  ])('refuses the easily guessed password %s on its field, saying why, before calling the API', async (password, reason) => {
    const user = userEvent.setup();
    const { api } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: '국민' }));
    await user.type(screen.getByRole('textbox', { name: /^이메일/ }), 'gildong@innotech.kr');
    await user.type(screen.getByLabelText(/^비밀번호/), password);
    await user.type(screen.getByRole('textbox', { name: /^이름/ }), '김혁신');
    await user.click(screen.getByRole('button', { name: '가입하기' }));

    expect(screen.getByLabelText(/^비밀번호/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^비밀번호/)).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(api.find('POST', '/auth/signup')).toHaveLength(0);
  });

  it('refuses a business number whose check digit is wrong, inline, before calling the API', async () => {
    const user = userEvent.setup();
    const { api } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fillSupplier(user, '220-81-62518');
    await user.tab(); // leaving the field checks it

    expect(bnInput()).toHaveAttribute('aria-invalid', 'true');
    expect(bnInput()).toHaveAccessibleDescription(expect.stringContaining('올바른 사업자등록번호가 아닙니다'));
    expect(screen.getByText(/올바른 사업자등록번호가 아닙니다/).closest('[role="alert"]')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: '가입하기' }));
    expect(api.find('POST', '/auth/signup')).toHaveLength(0);
  });

  it('accepts a valid number, clears the message and sends it normalized', async () => {
    const user = userEvent.setup();
    const onSignedUp = vi.fn();
    const { api } = renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />, {
      api: {
        'POST /auth/signup': (request) => ({
          status: 201,
          body: { user: makeUser({ role: 'SUPPLIER', email: (request.body as { email: string }).email }), canSignIn: true },
        }),
      },
    });
    await fillSupplier(user, '12345');
    await user.tab();
    expect(bnInput()).toHaveAttribute('aria-invalid', 'true');

    await user.clear(bnInput());
    await user.type(bnInput(), '2208162517');
    await user.tab();
    expect(bnInput()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/올바른 사업자등록번호가 아닙니다/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '가입하기' }));
    await waitFor(() => expect(onSignedUp).toHaveBeenCalled());
    expect(api.find('POST', '/auth/signup')[0].body).toEqual({
      email: 'ceo@innotech.kr',
      password: 'a-long-password',
      name: '김혁신',
      role: 'SUPPLIER',
      company: { name: '(주)이노테크', businessNumber: '220-81-62517', size: 'SME', region: '대전' },
    });
  });

  it('shows nested API field errors (company.businessNumber) beside the matching field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />, {
      api: {
        'POST /auth/signup': apiError(400, 'Validation failed', {
          'company.businessNumber': ['this business number is already registered'],
          password: ['password is too common'],
        }),
      },
    });
    await fillSupplier(user, '220-81-62517');
    await user.click(screen.getByRole('button', { name: '가입하기' }));

    await waitFor(() => expect(bnInput()).toHaveAccessibleDescription(expect.stringContaining('already registered')));
    expect(screen.getByLabelText(/^비밀번호/)).toHaveAccessibleDescription(expect.stringContaining('password is too common'));
  });

  it('shows the field of a 409 "already registered" and the API message above the form', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />, {
      api: {
        'POST /auth/signup': apiError(409, 'This company is already registered; its administrator adds new members', {
          'company.businessNumber': ['is already registered'],
        }),
      },
    });
    await fillSupplier(user, '220-81-62517');
    await user.click(screen.getByRole('button', { name: '가입하기' }));

    expect(await screen.findByTestId('form-error')).toHaveTextContent('This company is already registered');
    expect(bnInput()).toHaveAccessibleDescription(expect.stringContaining('is already registered'));
  });

  it('applies the shared password rule', async () => {
    const user = userEvent.setup();
    const { api } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: '국민' }));
    await user.type(screen.getByLabelText(/^비밀번호/), 'short');
    await user.click(screen.getByRole('button', { name: '가입하기' }));
    expect(screen.getByLabelText(/^비밀번호/)).toHaveAccessibleDescription(expect.stringContaining('10자 이상이어야'));
    expect(api.find('POST', '/auth/signup')).toHaveLength(0);
  });

  it('lets a buyer search and pick an institution', async () => {
    const user = userEvent.setup();
    const onSignedUp = vi.fn();
    const seoul = makeInstitution({ id: 'inst-seoul', name: '서울특별시', code: '6110000' });
    const pps = makeInstitution({ id: 'inst-pps', name: '조달청', code: '1230000' });
    const { api } = renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />, {
      api: {
        'GET /institutions': (request) => {
          const q = request.query.get('q') ?? '';
          const items = [seoul, pps].filter((i) => i.name.includes(q));
          return { body: { items, total: items.length, page: 1, pageSize: 20 } };
        },
        'POST /auth/signup': (request) => ({
          status: 201,
          body: { user: makeUser({ role: 'BUYER', status: 'PENDING', email: (request.body as { email: string }).email }), canSignIn: false },
        }),
      },
    });
    await user.click(screen.getByRole('radio', { name: '수요기관' }));
    await user.type(screen.getByRole('searchbox', { name: /^기관 검색/ }), '조달');
    await waitFor(() => expect(screen.getByTestId('institution-search-status')).toHaveTextContent('1곳'));
    const select = screen.getByRole('combobox', { name: /^기관/ });
    await user.selectOptions(select, 'inst-pps');

    await user.type(screen.getByRole('textbox', { name: /^이메일/ }), 'buyer@pps.go.kr');
    await user.type(screen.getByLabelText(/^비밀번호/), 'a-long-password');
    await user.type(screen.getByRole('textbox', { name: /^이름/ }), '박구매');
    await user.click(screen.getByRole('button', { name: '가입하기' }));

    await waitFor(() => expect(onSignedUp).toHaveBeenCalledWith(expect.objectContaining({ canSignIn: false })));
    expect(api.find('GET', '/institutions').some((r) => r.query.get('q') === '조달' && r.query.get('pageSize') === '20')).toBe(true);
    expect(api.find('POST', '/auth/signup')[0].body).toMatchObject({ role: 'BUYER', institutionId: 'inst-pps' });
  });
});
