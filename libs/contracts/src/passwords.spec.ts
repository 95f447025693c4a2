import { PasswordProblem, passwordProblem, passwordProblemMessage } from './passwords';

describe('password rules', () => {
  it.each([
    ['aaaaaaaaaa', PasswordProblem.REPEATED],
    ['abababababab', PasswordProblem.REPEATED],
    ['1212121212', PasswordProblem.REPEATED],
    ['1234567890', PasswordProblem.SEQUENCE],
    ['0987654321', PasswordProblem.SEQUENCE],
    ['abcdefghijk', PasswordProblem.SEQUENCE],
    ['QWERTYUIOP', PasswordProblem.SEQUENCE],
    ['1qaz2wsx3edc', PasswordProblem.SEQUENCE],
    ['password12', PasswordProblem.COMMON],
    ['Password123!', PasswordProblem.COMMON],
    ['qwer1234!!', PasswordProblem.COMMON],
    ['1q2w3e4r!@', PasswordProblem.COMMON],
    ['iloveyou2026', PasswordProblem.COMMON],
    ['zxcvbnm123', PasswordProblem.COMMON],
    ['asdf1234!!', PasswordProblem.COMMON],
    ['tkfkdgo1234', PasswordProblem.COMMON],
    ['!@#qlalfqjsgh', PasswordProblem.COMMON],
    ['short', PasswordProblem.TOO_SHORT],
  ])('refuses %s (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password that contains the name part of the e-mail address', () => {
    expect(passwordProblem('kimhyeoksin-2026', 'KimHyeoksin@example.go.kr')).toBe(PasswordProblem.CONTAINS_EMAIL);
    expect(passwordProblem('kimhyeoksin-2026')).toBeNull();
  });

  it('accepts the test and demo passwords and other unguessable ones', () => {
    for (const password of ['correct-horse-battery', 'Innovation2026!', 'a-new-password-1', 'committee-pass-1', '조달청혁신제품구매2026']) {
      expect(passwordProblem(password, 'supplier@demo.innomarket.kr')).toBeNull();
    }
  });

  it('says why, naming the field', () => {
    expect(passwordProblemMessage(PasswordProblem.COMMON, 'newPassword')).toMatch(/^newPassword is one of the most commonly used passwords/);
  });
});
