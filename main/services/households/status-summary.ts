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

/** Calendar months later, clamped to the month's last day, minus one day: 6 months from 1 Jan ends 30 Jun. */
export function periodEnd(validFrom: string, months: number): string {
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const start = Date.UTC(year, month - 1, Math.min(d, lastDay));
  return new Date(start - 86_400_000).toISOString().slice(0, 10);
}
