import { isCalendarDate, textProblem } from './text-input';

describe('text input', () => {
  it('refuses NUL and every other control character in a line of text', () => {
    for (const c of ['\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u007f']) expect(textProblem('name', `a${c}b`)).toMatch(/^name must not contain control characters/);
    expect(textProblem('name', '(주)스마트에어 Smart Air')).toBeNull();
  });

  it('lets long text keep tabs and line breaks, but not NUL or escapes', () => {
    expect(textProblem('description', '첫 줄\r\n둘째 줄\n\t들여쓰기', 'long')).toBeNull();
    expect(textProblem('description', 'a\u0000b', 'long')).toContain('U+0000');
    expect(textProblem('description', 'a\u001b[31m', 'long')).toContain('U+001B');
    expect(textProblem('description', 'a\u000bb', 'long')).toContain('U+000B');
  });

  it('refuses half a surrogate pair, which cannot be stored as sent, and keeps whole pairs', () => {
    expect(textProblem('name', 'a\ud800b')).toContain('U+D800');
    expect(textProblem('name', 'a\udc00')).toContain('U+DC00');
    expect(textProblem('description', '\ud83d', 'long')).toContain('unpaired surrogate');
    expect(textProblem('name', '혁신 😀 제품')).toBeNull();
  });

  it('knows real calendar days', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('0099-12-31')).toBe(true);
    expect(isCalendarDate(20260101)).toBe(false);
  });
});
