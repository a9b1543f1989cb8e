// Date fields open on the shop's day, not the computer's or UTC's.
import { describe, expect, it } from 'vitest';
import { addDays, monthBefore, todayIn } from '../../../renderer/dates';

describe('screen dates', () => {
  it("gives the shop's date when UTC is still on the day before", () => {
    // 23:30 UTC on 30 November is already 1 December in Brussels (UTC+1 in winter).
    const lateEvening = new Date('2026-11-30T23:30:00Z');
    expect(todayIn('Europe/Brussels', lateEvening)).toBe('2026-12-01');
    expect(todayIn('UTC', lateEvening)).toBe('2026-11-30');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-11-30');
  });

  it('moves days across months, years and the clock change, and finds the month before', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(monthBefore('2026-12-01')).toBe('2026-11');
    expect(monthBefore('2027-01-31')).toBe('2026-12');
    expect(monthBefore('2026-03-31')).toBe('2026-02');
  });
});
