import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayIso } from './format';
import { formatKoreaDateTime, isoToKoreaLocal, koreaLocalToIso } from './korea-time';

describe('Korea time', () => {
  it('reads a datetime-local value as Korea time', () => {
    expect(koreaLocalToIso('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+09:00');
    expect(new Date(koreaLocalToIso('2026-12-01T09:00')!).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(koreaLocalToIso('')).toBeNull();
    expect(koreaLocalToIso('2026-13-40T99:00')).toBeNull();
  });

  it('shows an instant in Korea time whatever the browser zone, and names the zone', () => {
    expect(formatKoreaDateTime('2026-12-15T09:00:00.000Z', 'en')).toBe('15 Dec 2026, 18:00 KST');
    expect(formatKoreaDateTime('2026-12-14T15:30:00.000Z', 'ko')).toMatch(/^2026\. 12\. 15\. .*KST$/);
  });

  describe('with the browser in UTC', () => {
    const zone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'UTC';
    });
    afterAll(() => {
      process.env.TZ = zone;
    });

    it('still shows times, days and today in Korea', () => {
      expect(new Date('2026-12-14T15:30:00.000Z').getHours()).toBe(15);
      expect(formatKoreaDateTime('2026-12-14T15:30:00.000Z', 'en')).toBe('15 Dec 2026, 00:30 KST');
      expect(formatDate('2026-12-14T15:30:00.000Z', 'en')).toBe('15 Dec 2026');
      expect(todayIso(new Date('2026-12-14T15:30:00.000Z'))).toBe('2026-12-15');
    });
  });

  it('turns an instant back into a Korea-time input value', () => {
    expect(isoToKoreaLocal('2026-12-14T15:30:00.000Z')).toBe('2026-12-15T00:30');
  });
});
