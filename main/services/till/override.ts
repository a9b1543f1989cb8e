// A coordinator lets the till's refused line through (see rules/override.ts), chosen from a list.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { overrideLine } from '../rules/override';
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

/** The till's pending refusal let through; the checks, lockout and audit are `overrideLine`'s. */
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
  return overrideLine(db, {
    approverUserId: input.approverId,
    approverPin: input.approverPin,
    cashierId: input.cashierId,
    householdId: input.householdId,
    productId: input.pending.line.productId,
    refusal: input.pending.decision.reason,
    reason: input.reason,
    now: input.now,
  });
}
