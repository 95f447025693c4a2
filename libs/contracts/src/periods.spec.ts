import { addCalendarMonths, addDays, extendPeriod, periodEnd } from './periods';

describe('periods (Civil Act arts. 157, 160)', () => {
  it('ends the day before the corresponding day: 3 years from 2026-11-16 end on 2029-11-15', () => {
    expect(periodEnd('2026-11-16', { years: 3 })).toBe('2029-11-15');
    expect(periodEnd('2026-01-01', { years: 1 })).toBe('2026-12-31');
    expect(periodEnd('2026-03-01', { years: 1 })).toBe('2027-02-28');
    expect(periodEnd('2027-03-01', { years: 1 })).toBe('2028-02-29');
  });

  it('ends on the last day of the month when it has no corresponding day (29 February, the 31st)', () => {
    expect(periodEnd('2028-02-29', { years: 3 })).toBe('2031-02-28');
    expect(periodEnd('2028-02-29', { years: 4 })).toBe('2032-02-28');
    expect(periodEnd('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(periodEnd('2026-03-31', { months: 6 })).toBe('2026-09-30');
  });

  it('runs months: a 12-month pilot from 2026-05-10 ends on 2027-05-09', () => {
    expect(periodEnd('2026-05-10', { months: 12 })).toBe('2027-05-09');
    expect(periodEnd('2026-12-01', { months: 1 })).toBe('2026-12-31');
  });

  it('extends from the day after the current end', () => {
    expect(extendPeriod('2029-11-15', { years: 1 })).toBe('2030-11-15');
    expect(extendPeriod('2030-11-15', { years: 2 })).toBe('2032-11-15');
    // 3 + 1 + 2 years in all: six years from the start, to the day before.
    expect(extendPeriod(extendPeriod(periodEnd('2026-11-16', { years: 3 }), { years: 1 }), { years: 2 })).toBe('2032-11-15');
    expect(extendPeriod('2031-02-28', { years: 1 })).toBe('2032-02-29');
  });

  it('refuses a period of no length', () => {
    expect(() => periodEnd('2026-01-01', {})).toThrow(RangeError);
    expect(() => periodEnd('2026-01-01', { months: 1.5 })).toThrow(RangeError);
  });

  it('adds calendar months and days', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
