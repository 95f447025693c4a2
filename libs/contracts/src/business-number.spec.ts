import { isValidBusinessNumber, normalizeBusinessNumber, withCheckDigit } from './business-number';

describe('business registration number', () => {
  it('accepts real-format numbers whose check digit matches', () => {
    // 220-81-62517 is a widely published valid number (Naver Corp.).
    expect(isValidBusinessNumber('220-81-62517')).toBe(true);
    expect(isValidBusinessNumber('2208162517')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and non-digits', () => {
    expect(isValidBusinessNumber('220-81-62518')).toBe(false);
    expect(isValidBusinessNumber('220-81-6251')).toBe(false);
    expect(isValidBusinessNumber('22a-81-62517')).toBe(false);
    expect(isValidBusinessNumber('')).toBe(false);
  });

  it('normalizes to XXX-XX-XXXXX', () => {
    expect(normalizeBusinessNumber(' 2208162517 ')).toBe('220-81-62517');
    expect(normalizeBusinessNumber('22081-62517')).toBe('220-81-62517');
    expect(normalizeBusinessNumber('abc')).toBeNull();
  });

  it('completes nine digits with a valid check digit', () => {
    for (const nine of ['123456789', '000000000', '999999999', '220816251']) {
      const full = withCheckDigit(nine);
      expect(isValidBusinessNumber(full)).toBe(true);
    }
    expect(withCheckDigit('220816251')).toBe('220-81-62517');
  });
});
