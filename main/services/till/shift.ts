// Shifts: open with a counted float, close with a blind count. The Z report is computed from the
// shift's sales, payments and audit entries, stored on the shift and queued for printing in the same
// transaction; printing may fail later without keeping the shift open.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { TillError } from '../../api/errors';
import type { Language } from '../../contract/money';
import type { ZReport } from '../../contract/till';
import { countedCents } from '../../domain/till/cart';
import { audit } from '../audit';
import { zReportDocument } from './z-document';

export interface OpenShift {
  id: number;
  openedAt: string;
  floatCents: number;
  /** Who counted the float: a volunteer taking over the till sees whose shift they continue. */
  openedBy: { id: number; name: string };
}

/** Asked on every scan; the partial index `shifts_open` answers it (migration 0070). */
export function openShiftQuery(db: Kysely<DB>, tillId: string) {
  return db
    .selectFrom('shifts')
    .innerJoin('users', 'users.id', 'shifts.user_id')
    .select(['shifts.id', 'shifts.opened_at', 'shifts.float_cents', 'shifts.user_id', 'users.name as user_name'])
    .where('shifts.till_id', '=', tillId)
    .where('shifts.closed_at', 'is', null)
    .orderBy('shifts.id', 'desc');
}

export async function currentShift(db: Kysely<DB>, tillId: string): Promise<OpenShift | null> {
  const row = await openShiftQuery(db, tillId).executeTakeFirst();
  return row
    ? {
        id: row.id,
        openedAt: row.opened_at,
        floatCents: row.float_cents,
        openedBy: { id: row.user_id, name: row.user_name },
      }
    : null;
}

export async function openShift(
  db: Kysely<DB>,
  input: { tillId: string; userId: number; now: Date; counts: Record<string, number> },
): Promise<OpenShift> {
  const floatCents = countedCents(input.counts);
  const openedAt = input.now.toISOString();
  // Checked and written together: another process on this database must not open a second shift.
  return immediateTransaction(db, async (trx) => {
    if (await currentShift(trx, input.tillId)) throw new TillError('conflict', 'shift-open', 'a shift is already open');
    const { id } = await trx
      .insertInto('shifts')
      .values({
        till_id: input.tillId,
        user_id: input.userId,
        opened_at: openedAt,
        float_cents: floatCents,
        float_counts: JSON.stringify(input.counts),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      at: input.now,
      userId: input.userId,
      action: 'till.shift-open',
      entity: 'shift',
      entityId: id,
      details: { floatCents },
    });
    const opener = await trx.selectFrom('users').select('name').where('id', '=', input.userId).executeTakeFirst();
    return { id, openedAt, floatCents, openedBy: { id: input.userId, name: opener?.name ?? '' } };
  });
}

export async function computeZReport(
  db: Kysely<DB>,
  shift: OpenShift & { tillId: string },
  closedAt: string,
  counted: number,
): Promise<ZReport> {
  const sales = await db
    .selectFrom('sales')
    .select([
      'kind',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(total_cents)`.as('total'),
      sql<number>`sum(rounding_cents)`.as('rounding'),
    ])
    .where('shift_id', '=', shift.id)
    .groupBy('kind')
    .execute();
  const methods = await db
    .selectFrom('payments')
    .innerJoin('sales', 'sales.id', 'payments.sale_id')
    .select(['payments.method', sql<number>`sum(payments.amount_cents)`.as('total')])
    .where('sales.shift_id', '=', shift.id)
    .groupBy('payments.method')
    .execute();
  const overrides = await db
    .selectFrom('sale_lines')
    .innerJoin('sales', 'sales.id', 'sale_lines.sale_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('sales.shift_id', '=', shift.id)
    .where('sale_lines.override_id', 'is not', null)
    .executeTakeFirstOrThrow();
  const audits = await db
    .selectFrom('audit_log')
    .select(['action', sql<number>`count(*)`.as('n')])
    .where('entity', '=', 'shift')
    .where('entity_id', '=', shift.id)
    .where('action', 'in', ['till.void-line', 'till.cancel-sale'])
    .groupBy('action')
    .execute();
  const byMethod: Record<string, number> = {};
  for (const m of methods) byMethod[m.method] = Number(m.total);
  const kindRow = (k: 'sale' | 'return') => sales.find((s) => s.kind === k);
  const cash = byMethod.cash ?? 0;
  const expected = shift.floatCents + cash;
  return {
    shiftId: shift.id,
    tillId: shift.tillId,
    openedAt: shift.openedAt,
    closedAt,
    sales: { count: Number(kindRow('sale')?.n ?? 0), totalCents: Number(kindRow('sale')?.total ?? 0) },
    returns: { count: Number(kindRow('return')?.n ?? 0), totalCents: Number(kindRow('return')?.total ?? 0) },
    byMethod,
    voids: Number(audits.find((a) => a.action === 'till.void-line')?.n ?? 0),
    cancels: Number(audits.find((a) => a.action === 'till.cancel-sale')?.n ?? 0),
    overrides: Number(overrides.n),
    roundingCents: sales.reduce((s, r) => s + Number(r.rounding ?? 0), 0),
    floatCents: shift.floatCents,
    expectedCents: expected,
    countedCents: counted,
    varianceCents: counted - expected,
  };
}

/** Blind count: the caller sends the count before it ever sees what was expected. */
export async function closeShift(
  db: Kysely<DB>,
  input: {
    tillId: string;
    userId: number;
    now: Date;
    counts: Record<string, number>;
    lang: Language;
    shop: { name: string; timeZone: string };
    /** The closing volunteer's first name, printed on the Z report. */
    closedBy: string;
  },
): Promise<{ report: ZReport; printJobId: number }> {
  const closedAt = input.now.toISOString();
  const counted = countedCents(input.counts);
  return immediateTransaction(db, async (trx) => {
    // Read inside: a second close of the same shift must find it closed, not close it again.
    const shift = await currentShift(trx, input.tillId);
    if (!shift) throw new TillError('conflict', 'shift-not-open', 'no shift is open');
    const report = await computeZReport(trx, { ...shift, tillId: input.tillId }, closedAt, counted);
    await trx
      .updateTable('shifts')
      .set({
        closed_at: closedAt,
        counted_cents: counted,
        counted_counts: JSON.stringify(input.counts),
        expected_cents: report.expectedCents,
        variance_cents: report.varianceCents,
        z_report: JSON.stringify(report),
      })
      .where('id', '=', shift.id)
      .execute();
    const job = await trx
      .insertInto('print_jobs')
      .values({
        created_at: closedAt,
        kind: 'z-report',
        payload: JSON.stringify(zReportDocument(report, input.lang, input.shop, input.closedBy)),
        sale_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      at: input.now,
      userId: input.userId,
      action: 'till.shift-close',
      entity: 'shift',
      entityId: shift.id,
      details: { countedCents: counted, varianceCents: report.varianceCents },
    });
    return { report, printJobId: job.id };
  });
}
