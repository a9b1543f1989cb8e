// The computed status as the screens and the till need it: a kind and the dates that explain it.
import type { EnrolmentStatus } from '../../domain/enrolment-status';
import { validUntilOf } from './card-lookup';

export interface StatusSummary {
  kind: EnrolmentStatus['kind'];
  validUntil: string | null;
  daysLeft: number | null;
  suspendedUntil: string | null;
}

export function summariseStatus(status: EnrolmentStatus): StatusSummary {
  const daysLeft =
    status.kind === 'active' || status.kind === 'expiring' || status.kind === 'suspended' ? status.daysLeft : null;
  return {
    kind: status.kind,
    validUntil: validUntilOf(status),
    daysLeft,
    suspendedUntil: status.kind === 'suspended' ? status.until : null,
  };
}

/**
 * Last day of a period of n calendar months: the day before the same date n months later (1 Jan →
 * 30 Jun). When that date does not exist (31 Aug + 6 months), the period ends on the month's last day.
 */
export function periodEnd(validFrom: string, months: number): string {
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const end = d > lastDay ? Date.UTC(year, month - 1, lastDay) : Date.UTC(year, month - 1, d) - 86_400_000;
  return new Date(end).toISOString().slice(0, 10);
}
