import { Role, UserStatus } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../../../test/factories';
import { renderApp } from '../../../test/render';

describe('sign-up done page', () => {
  it('tells a supplier joining an already-registered company to wait for its administrator', async () => {
    renderApp('/sign-up', {
      api: {
        'POST /auth/signup': {
          status: 201,
          body: { user: makeUser({ role: Role.SUPPLIER, status: UserStatus.PENDING }), canSignIn: false },
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: '공급기업' }));
    await user.type(screen.getByRole('textbox', { name: /^이메일/ }), 'second@innotech.kr');
    await user.type(screen.getByLabelText(/^비밀번호/), 'a-long-password');
    await user.type(screen.getByRole('textbox', { name: /^이름/ }), '박신입');
    await user.type(screen.getByRole('textbox', { name: /^회사명/ }), '(주)이노테크');
    await user.type(screen.getByRole('textbox', { name: /^사업자등록번호/ }), '220-81-62517');
    await user.selectOptions(screen.getByRole('combobox', { name: /^기업 규모/ }), 'SME');
    await user.type(screen.getByRole('textbox', { name: /^지역/ }), '대전');
    await user.click(screen.getByRole('button', { name: '가입하기' }));

    const done = await screen.findByTestId('sign-up-done');
    expect(done).toHaveAttribute('data-can-sign-in', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('회사 관리자가 승인한 뒤에 로그인할 수 있습니다');
    expect(within(done).queryByRole('link', { name: '로그인' })).toBeNull();
    expect(done).not.toHaveTextContent('운영자가 기관 소속을 승인');
  });
});
