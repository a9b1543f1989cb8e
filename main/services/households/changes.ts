// Changes to a household's enrolment, suspensions, card and proxies. Each one checks the state it
// depends on, writes, and records its audit entry in one `BEGIN IMMEDIATE` transaction: a second
// click (or a second screen) waits and then sees the first change, so a renewal is not planned twice
// from the same latest period, a suspension is not lifted twice, and no change is left without its
// audit entry.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { notFound, TillError } from '../../api/errors';
import type { AuditAction } from '../../contract/audit-actions';
import { audit } from '../audit';
import { replaceCard } from './cards';
import { checkProxies, checkSuspension, type PeriodContext, periodToEnd, planRenewal } from './periods';

export interface ChangeContext {
  readonly now: Date;
  readonly today: string;
  readonly userId: number | null;
}

async function mustExist(db: Kysely<DB>, householdId: number): Promise<void> {
  const row = await db
    .selectFrom('households')
    .select('id')
    .where('id', '=', householdId)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('household');
}

const record = (
  db: Kysely<DB>,
  context: ChangeContext,
  action: AuditAction,
  householdId: number,
  details: Record<string, number | string>,
) =>
  audit(db, { at: context.now, userId: context.userId, action, entity: 'household', entityId: householdId, details });

/** Runs `change` on an existing household in one immediate transaction. */
function onHousehold<T>(db: Kysely<DB>, householdId: number, change: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return immediateTransaction(db, async (trx) => {
    await mustExist(trx, householdId);
    return change(trx);
  });
}

export function renewEnrolment(
  db: Kysely<DB>,
  householdId: number,
  input: { validFrom?: string | undefined; validUntil?: string | undefined },
  context: ChangeContext & PeriodContext,
): Promise<{ enrolmentId: number; validFrom: string; validUntil: string }> {
  return onHousehold(db, householdId, async (trx) => {
    const plan = await planRenewal(trx, householdId, input, context);
    const { id } = await trx
      .insertInto('enrolments')
      .values({
        household_id: householdId,
        valid_from: plan.validFrom,
        valid_until: plan.validUntil,
        organisation_id: plan.organisationId,
        basis: plan.basis,
        social_worker_id: context.userId,
        kind: 'renewal',
        created_by: context.userId,
        created_at: context.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(trx, context, 'household.renew', householdId, { enrolmentId: id });
    return { enrolmentId: id, validFrom: plan.validFrom, validUntil: plan.validUntil };
  });
}

export function suspendHousehold(
  db: Kysely<DB>,
  householdId: number,
  input: { reason: string; until: string },
  context: ChangeContext,
): Promise<{ suspensionId: number }> {
  return onHousehold(db, householdId, async (trx) => {
    const checked = checkSuspension(input.reason, input.until, context.today);
    const { id } = await trx
      .insertInto('suspensions')
      .values({
        household_id: householdId,
        reason: checked.reason,
        from_date: context.today,
        until_date: checked.until,
        created_by: context.userId,
        created_at: context.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(trx, context, 'household.suspend', householdId, { suspensionId: id });
    return { suspensionId: id };
  });
}

export function liftSuspension(
  db: Kysely<DB>,
  householdId: number,
  suspensionId: number,
  context: ChangeContext,
): Promise<{ suspensionId: number; liftedOn: string }> {
  return onHousehold(db, householdId, async (trx) => {
    const suspension = await trx
      .selectFrom('suspensions')
      .select(['id', 'until_date', 'lifted_on'])
      .where('id', '=', suspensionId)
      .where('household_id', '=', householdId)
      .executeTakeFirst();
    if (!suspension) throw notFound('suspension');
    // Lifting is for a suspension still running (or still to come); an old one stays as it was.
    if (suspension.lifted_on !== null || suspension.until_date < context.today)
      throw new TillError('refused', 'suspension-not-running', 'that suspension is already over');
    await trx.updateTable('suspensions').set({ lifted_on: context.today }).where('id', '=', suspensionId).execute();
    await record(trx, context, 'household.suspension-lift', householdId, { suspensionId });
    return { suspensionId, liftedOn: context.today };
  });
}

export function endEnrolment(
  db: Kysely<DB>,
  householdId: number,
  endedOn: string,
  context: ChangeContext,
): Promise<{ enrolmentId: number }> {
  return onHousehold(db, householdId, async (trx) => {
    const target = await periodToEnd(trx, householdId, endedOn);
    await trx.updateTable('enrolments').set({ ended_on: target.endedOn }).where('id', '=', target.id).execute();
    await record(trx, context, 'household.end', householdId, { enrolmentId: target.id });
    return { enrolmentId: target.id };
  });
}

export function replaceHouseholdCard(
  db: Kysely<DB>,
  householdId: number,
  cardPrefix: string,
  context: ChangeContext,
): ReturnType<typeof replaceCard> {
  return onHousehold(db, householdId, async (trx) => {
    const result = await replaceCard(trx, householdId, cardPrefix, context.now.toISOString());
    await record(trx, context, 'household.card-replace', householdId, { cardId: result.cardId });
    return result;
  });
}

export function setProxies(
  db: Kysely<DB>,
  householdId: number,
  proxies: readonly { name: string; validUntil: string }[],
  context: ChangeContext,
): Promise<{ count: number }> {
  return onHousehold(db, householdId, async (trx) => {
    const checked = checkProxies(proxies, context.today);
    await trx.deleteFrom('proxies').where('household_id', '=', householdId).execute();
    for (const proxy of checked)
      await trx
        .insertInto('proxies')
        .values({ household_id: householdId, name: proxy.name, valid_until: proxy.validUntil })
        .execute();
    await record(trx, context, 'household.proxies', householdId, { count: checked.length });
    return { count: checked.length };
  });
}
