import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting and leaves numbers as they are', () => {
    expect(toCsv(['월', '지정 건수'], [[1, 3], ['2, "봄"', null]])).toBe('월,지정 건수\r\n1,3\r\n"2, ""봄""",\r\n');
  });
});
