// Renew (a new period, history kept), suspend (reason, until) and end an enrolment.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { invalidFields, TillError } from '../../api/errors';
import { parseDateCell } from '../../domain/csv/values';
import { addDays, lastValidDay } from '../../domain/enrolment-status';
import { checkPeriod } from '../../domain/household-input';
import { loadPeriods } from './status-data';
import { periodEnd } from './status-summary';

export interface PeriodContext {
  readonly today: string;
  readonly enrolmentMonths: number;
}

/**
 * Default: starts the day after the latest period ends (or today when that lies in the past). Call it
 * in the transaction that inserts the period, or two renewals at once plan the same one.
 */
export async function planRenewal(
  db: Kysely<DB>,
  householdId: number,
  input: { validFrom?: string | undefined; validUntil?: string | undefined },
  context: PeriodContext,
): Promise<{ validFrom: string; validUntil: string; organisationId: number | null; basis: string | null }> {
  const periods = await loadPeriods(db, householdId);
  const latest = periods.map(lastValidDay).sort().at(-1);
  const continued = latest && latest >= context.today ? addDays(latest, 1) : context.today;
  // One click on "renew" plans the next period; a second (a double click, another screen) must not
  // plan the one after it too. A later period can still be given with its own dates.
  const planned = periods.some((p) => p.validFrom > context.today && lastValidDay(p) >= p.validFrom);
  if (planned && !input.validFrom?.trim()) {
    throw new TillError('conflict', 'already-renewed', 'the next period is already planned');
  }
  const rawFrom = input.validFrom?.trim() || continued;
  const from = parseDateCell(rawFrom);
  const rawUntil = input.validUntil?.trim() || (from ? periodEnd(from, context.enrolmentMonths) : '');
  const check = checkPeriod(rawFrom, rawUntil);
  if (!check.ok) throw invalidFields(check.errors.map((e) => ({ path: e.field, code: e.code })));
  // Periods never overlap: a renewal covers days no period covers yet (one ended early frees its rest).
  const overlapped = periods.some((p) => {
    const last = lastValidDay(p);
    return last >= p.validFrom && p.validFrom <= check.validUntil && check.validFrom <= last;
  });
  if (overlapped) throw invalidFields([{ path: 'validFrom', code: 'overlaps-period' }]);
  const previous = await db
    .selectFrom('enrolments')
    .select(['organisation_id', 'basis'])
    .where('household_id', '=', householdId)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  return {
    validFrom: check.validFrom,
    validUntil: check.validUntil,
    organisationId: previous?.organisation_id ?? null,
    basis: previous?.basis ?? null,
  };
}

export function checkSuspension(reason: string, rawUntil: string, today: string): { reason: string; until: string } {
  const until = parseDateCell(rawUntil);
  const errors: { path: string; code: string }[] = [];
  if (reason.trim() === '') errors.push({ path: 'reason', code: 'required' });
  if (rawUntil.trim() === '') errors.push({ path: 'until', code: 'required' });
  else if (until === undefined) errors.push({ path: 'until', code: 'bad-date' });
  else if (until < today) errors.push({ path: 'until', code: 'until-before-from' });
  if (errors.length > 0 || until === undefined) throw invalidFields(errors);
  return { reason: reason.trim(), until };
}

/** The period to end: the one covering `endedOn`, else refused. */
export async function periodToEnd(
  db: Kysely<DB>,
  householdId: number,
  rawEndedOn: string,
): Promise<{ id: number; endedOn: string }> {
  const endedOn = parseDateCell(rawEndedOn);
  if (endedOn === undefined)
    throw invalidFields([{ path: 'endedOn', code: rawEndedOn.trim() ? 'bad-date' : 'required' }]);
  const periods = await loadPeriods(db, householdId);
  const target = periods.find((p) => p.validFrom <= endedOn && endedOn <= addDays(lastValidDay(p), 1));
  if (!target)
    throw new TillError('refused', 'no-period-to-end', 'no enrolment period covers that date', undefined, [
      { path: 'endedOn', code: 'no-period' },
    ]);
  return { id: Number(target.id), endedOn };
}

/** Proxy shoppers: up to 2, each with a name and an end date not in the past. */
export function checkProxies(
  proxies: readonly { name: string; validUntil: string }[],
  today: string,
): { name: string; validUntil: string }[] {
  const errors: { path: string; code: string }[] = [];
  const result = proxies.map((proxy, index) => {
    const until = parseDateCell(proxy.validUntil);
    if (proxy.name.trim() === '') errors.push({ path: `proxies.${index}.name`, code: 'required' });
    if (proxy.validUntil.trim() === '') errors.push({ path: `proxies.${index}.validUntil`, code: 'required' });
    else if (until === undefined) errors.push({ path: `proxies.${index}.validUntil`, code: 'bad-date' });
    else if (until < today) errors.push({ path: `proxies.${index}.validUntil`, code: 'until-before-from' });
    return { name: proxy.name.trim(), validUntil: until ?? '' };
  });
  if (errors.length > 0) throw invalidFields(errors);
  return result;
}
