// A coordinator lets one refused line through: their PIN is checked, the reason kept in
// line_overrides and the audit log (ids and codes only).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { TillError } from '../../api/errors';
import { audit } from '../audit';
import { verifyPin } from '../pin-hash';
import type { PendingRefusal } from './desk';

export async function approverList(db: Kysely<DB>): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.name'])
    .where('user_roles.role', '=', 'coordinator')
    .where('users.active', '=', 1)
    .orderBy('users.name')
    .execute();
}

export async function overridePending(
  db: Kysely<DB>,
  input: {
    approverId: number;
    approverPin: string;
    reason: string;
    cashierId: number;
    householdId: number | null;
    pending: PendingRefusal;
    now: Date;
  },
): Promise<number> {
  if (input.pending.decision.reason === 'not-eligible')
    throw new TillError('refused', 'not-overridable', 'cannot be overridden');
  const approvers = await approverList(db);
  const approver = approvers.find((a) => a.id === input.approverId);
  const row = approver
    ? await db.selectFrom('users').select('pin_hash').where('id', '=', approver.id).executeTakeFirst()
    : undefined;
  if (!row || !(await verifyPin(row.pin_hash, input.approverPin))) {
    await audit(db, {
      at: input.now,
      userId: input.cashierId,
      action: 'till.override-denied',
      details: { approverId: input.approverId },
    });
    throw new TillError('refused', 'override-pin-wrong', 'coordinator PIN not accepted', undefined, [
      { path: 'approverPin', code: 'wrong' },
    ]);
  }
  const { id } = await db
    .insertInto('line_overrides')
    .values({
      at: input.now.toISOString(),
      approver_id: input.approverId,
      cashier_id: input.cashierId,
      household_id: input.householdId,
      product_id: input.pending.line.productId,
      refusal: input.pending.decision.reason,
      reason: input.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, {
    at: input.now,
    userId: input.approverId,
    action: 'till.override-line',
    entity: 'line_override',
    entityId: id,
    details: {
      cashierId: input.cashierId,
      productId: input.pending.line.productId,
      refusal: input.pending.decision.reason,
    },
  });
  return id;
}
