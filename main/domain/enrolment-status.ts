// Enrolment status: computed, never stored (DOMAIN.md). One pure function of periods, suspensions and today.
// Dates are local calendar dates 'YYYY-MM-DD' (Europe/Brussels by default); the caller turns `now` into `today`.

export interface EnrolmentPeriod {
  readonly id: string;
  /** First day of eligibility, inclusive. */
  readonly validFrom: string;
  /** Last day of eligibility, inclusive. */
  readonly validUntil: string;
  /** Set when a social worker ended the enrolment early: eligibility stops the day BEFORE this date. */
  readonly endedOn?: string | null;
  readonly endedReason?: string | null;
}

export interface Suspension {
  readonly id: string;
  readonly from: string;
  /** Last suspended day, inclusive; null = until lifted. */
  readonly until: string | null;
  readonly reason: string;
  /** Set when a social worker lifted it early: no longer suspended from this date on. */
  readonly liftedOn?: string | null;
}

export type EnrolmentStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'not-yet-valid'; readonly next: EnrolmentPeriod; readonly daysUntilStart: number }
  | {
      readonly kind: 'active';
      readonly current: EnrolmentPeriod;
      readonly daysLeft: number;
      readonly next?: EnrolmentPeriod;
    }
  | {
      readonly kind: 'expiring';
      readonly current: EnrolmentPeriod;
      readonly daysLeft: number;
      readonly next?: EnrolmentPeriod;
    }
  | {
      readonly kind: 'suspended';
      readonly current: EnrolmentPeriod;
      readonly daysLeft: number;
      readonly reason: string;
      readonly until: string | null;
      readonly suspension: Suspension;
    }
  | { readonly kind: 'ended'; readonly last: EnrolmentPeriod; readonly endedOn: string; readonly reason: string | null }
  | { readonly kind: 'expired'; readonly last: EnrolmentPeriod; readonly daysSinceExpiry: number };

export type EnrolmentStatusKind = EnrolmentStatus['kind'];

export interface StatusOptions {
  /** 'expiring' when daysLeft ≤ this many days (daysLeft = 0 on the last valid day). Default 14. */
  readonly expiringWithinDays?: number;
}

export const defaultExpiringWithinDays = 14;

/** Whole days from a to b (b − a) between two 'YYYY-MM-DD' dates, DST-proof because it uses UTC midnight. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The last day a period is valid, taking an early end into account. */
export function lastValidDay(period: EnrolmentPeriod): string {
  if (!period.endedOn || period.endedOn > period.validUntil) return period.validUntil;
  return addDays(period.endedOn, -1);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Precedence: a current period (valid today, not ended) → suspended if a suspension covers today,
 * else expiring/active. Without a current period: a future period → not-yet-valid (a renewal that
 * starts later wins over "expired"); else the latest past period → ended (if ended early) or expired.
 * A renewal that continues the current period without a gap counts toward daysLeft, so a household
 * renewed in time is not shown as expiring.
 */
export function enrolmentStatus(
  periods: readonly EnrolmentPeriod[],
  suspensions: readonly Suspension[],
  today: string,
  options: StatusOptions = {},
): EnrolmentStatus {
  const expiringWithin = options.expiringWithinDays ?? defaultExpiringWithinDays;
  const usable = periods.filter((period) => lastValidDay(period) >= period.validFrom);
  const sorted = [...usable].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = sorted.find((period) => period.validFrom <= today && today <= lastValidDay(period));
  const next = sorted.find((period) => period.validFrom > today);
  if (current) {
    const suspension = suspensions.find((candidate) => suspensionCovers(candidate, today));
    const coveredUntil = continuousUntil(current, sorted);
    const daysLeft = daysBetween(today, coveredUntil);
    if (suspension) {
      return {
        kind: 'suspended',
        current,
        daysLeft,
        reason: suspension.reason,
        until: suspensionEnd(suspension),
        suspension,
      };
    }
    const kind = daysLeft <= expiringWithin ? 'expiring' : 'active';
    return next ? { kind, current, daysLeft, next } : { kind, current, daysLeft };
  }
  if (next) return { kind: 'not-yet-valid', next, daysUntilStart: daysBetween(today, next.validFrom) };
  const past = sorted.filter((period) => lastValidDay(period) < today);
  const last = past.sort((a, b) => lastValidDay(a).localeCompare(lastValidDay(b))).at(-1);
  if (!last) return { kind: 'none' };
  if (last.endedOn && last.endedOn <= last.validUntil) {
    return { kind: 'ended', last, endedOn: last.endedOn, reason: last.endedReason ?? null };
  }
  return { kind: 'expired', last, daysSinceExpiry: daysBetween(last.validUntil, today) };
}

function suspensionEnd(suspension: Suspension): string | null {
  if (suspension.liftedOn) {
    const dayBeforeLift = addDays(suspension.liftedOn, -1);
    return suspension.until === null || dayBeforeLift < suspension.until ? dayBeforeLift : suspension.until;
  }
  return suspension.until;
}

function suspensionCovers(suspension: Suspension, today: string): boolean {
  const end = suspensionEnd(suspension);
  return suspension.from <= today && (end === null || today <= end);
}

/** Follows renewals that start on or before the day after the current coverage ends. */
function continuousUntil(current: EnrolmentPeriod, sorted: readonly EnrolmentPeriod[]): string {
  let until = lastValidDay(current);
  let dayAfter = addDays(until, 1); // recomputed only when coverage grows: this runs for every search hit
  for (const period of sorted) {
    if (period.validFrom > dayAfter) continue;
    const last = lastValidDay(period);
    if (last > until) {
      until = last;
      dayAfter = addDays(until, 1);
    }
  }
  return until;
}
