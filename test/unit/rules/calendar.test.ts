import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  localDate,
  localDateTimeToUtc,
  localTime,
  periodBounds,
  periodKeyAt,
  periodKeyOf,
  weekKeyOf,
} from '../../../main/domain/calendar';

const tz = 'Europe/Brussels';

describe('calendar', () => {
  it('gives the local date in Brussels, not UTC', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'), tz)).toBe('2026-11-23');
    expect(localDate(new Date('2026-07-05T22:30:00Z'), tz)).toBe('2026-07-06');
  });

  it('uses ISO week keys and month keys', () => {
    expect(weekKeyOf('2026-11-23')).toBe('2026-W48');
    expect(weekKeyOf('2026-11-29')).toBe('2026-W48');
    expect(weekKeyOf('2027-01-01')).toBe('2026-W53');
    expect(weekKeyOf('2026-01-01')).toBe('2026-W01');
    expect(periodKeyOf('month', '2026-11-30')).toBe('2026-11');
  });

  it('converts local wall time to UTC on both sides of DST changes', () => {
    expect(localDateTimeToUtc('2026-03-28', '13:00', tz).toISOString()).toBe('2026-03-28T12:00:00.000Z');
    expect(localDateTimeToUtc('2026-03-30', '13:00', tz).toISOString()).toBe('2026-03-30T11:00:00.000Z');
    // Gap: 02:30 does not exist on 29 March, it moves to 03:30 CEST.
    expect(localDateTimeToUtc('2026-03-29', '02:30', tz).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Overlap: 02:30 happens twice on 25 October; the earlier one wins.
    expect(localDateTimeToUtc('2026-10-25', '02:30', tz).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads an instant as shop-local wall time, winter and summer', () => {
    expect(localTime(new Date('2026-11-24T12:00:00Z'), tz)).toBe('13:00');
    expect(localTime(new Date('2026-06-02T12:05:00Z'), tz)).toBe('14:05');
    expect(localTime(new Date('2026-11-24T23:30:00Z'), tz)).toBe('00:30');
    // Round trip with the slot maker, across the autumn change.
    expect(localTime(localDateTimeToUtc('2026-10-26', '09:15', tz), tz)).toBe('09:15');
  });

  it('bounds periods at local midnight, with a 167-hour week over the spring change', () => {
    const week = periodBounds('2026-W13', tz);
    expect(week?.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(week?.endExclusive.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const october = periodBounds('2026-10', tz);
    expect(october?.start.toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(october?.endExclusive.toISOString()).toBe('2026-10-31T23:00:00.000Z');
  });

  it('a sale at 00:30 on the Monday after a DST Sunday is in the new week', () => {
    for (const sunday of ['2026-03-29', '2026-10-25']) {
      const monday = addDays(sunday, 1);
      const sale = localDateTimeToUtc(monday, '00:30', tz);
      expect(periodKeyAt('week', sale, tz)).toBe(weekKeyOf(monday));
      expect(periodKeyAt('week', sale, tz)).not.toBe(weekKeyOf(sunday));
    }
  });

  it('property: any time on a Monday (00:00–00:59 included) belongs to the week starting that Monday', () => {
    // Mondays after the DST Sundays of 2026 are drawn often; the rest range over ten years of Mondays.
    const mondays = fc.oneof(
      fc.constantFrom('2026-03-30', '2026-10-26'),
      fc.integer({ min: 0, max: 520 }).map((weeks) => addDays('2024-01-01', weeks * 7)),
    );
    fc.assert(
      fc.property(mondays, fc.integer({ min: 0, max: 59 }), (monday, minute) => {
        const sale = localDateTimeToUtc(monday, `00:${String(minute).padStart(2, '0')}`, tz);
        const bounds = periodBounds(weekKeyOf(monday), tz);
        expect(periodKeyAt('week', sale, tz)).toBe(weekKeyOf(monday));
        expect(bounds?.start.getTime()).toBeLessThanOrEqual(sale.getTime());
        expect(sale.getTime()).toBeLessThan(bounds?.endExclusive.getTime() ?? 0);
        // The previous minute-of-Sunday instant just before the bound belongs to the previous week.
        const before = new Date((bounds?.start.getTime() ?? 0) - 1);
        expect(periodKeyAt('week', before, tz)).toBe(weekKeyOf(addDays(monday, -1)));
      }),
    );
  });

  it('property: every instant lies within the bounds of its own week and month', () => {
    const instants = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instants, (instant) => {
        for (const kind of ['week', 'month'] as const) {
          const bounds = periodBounds(periodKeyAt(kind, instant, tz), tz);
          expect(bounds?.start.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime()).toBeLessThan(bounds?.endExclusive.getTime() ?? 0);
        }
      }),
    );
  });

  it('counts age in whole years', () => {
    expect(ageOn('2008-11-29', '2026-11-28')).toBe(17);
    expect(ageOn('2008-11-29', '2026-11-29')).toBe(18);
    expect(ageOn('2024-02-29', '2025-02-28')).toBe(0);
    expect(ageOn('2024-02-29', '2025-03-01')).toBe(1);
  });
});
