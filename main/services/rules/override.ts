// A coordinator lets one refused line through at the till: their PIN and a reason, one
// line_overrides row the sale line points at, and an audit entry (ids and codes only).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema';
import { invalidFields, TillError } from '../../api/errors';
import type { RefusalReason } from '../../domain/eligibility-decision';
import { audit } from '../audit';
import { verifyPinWithLockout } from '../pin-lockout';
import { rolesOf } from '../users-repo';

export interface OverrideLineInput {
  approverUserId: number;
  approverPin: string;
  cashierId: number;
  householdId: number | null;
  productId: number | null;
  refusal: RefusalReason;
  reason: string;
  now: Date;
}

const reasonSchema = z.string().trim().min(3).max(300);

/** Returns the line_overrides id to store on the sale line. Not-eligible is never overridable. */
export async function overrideLine(db: Kysely<DB>, input: OverrideLineInput): Promise<number> {
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success) throw invalidFields([{ path: 'reason', code: 'too-short' }]);
  if (input.refusal === 'not-eligible') {
    throw new TillError('refused', 'not-overridable', 'a household that is not eligible cannot be let through');
  }
  const roles = await rolesOf(db, input.approverUserId);
  if (!roles.includes('coordinator')) {
    throw new TillError('forbidden', 'approver-not-coordinator', 'only a coordinator can approve an override');
  }
  await verifyPinWithLockout(db, input.approverUserId, input.approverPin, input.now, 'rules.override-pin-failed', {
    cashierId: input.cashierId,
  });
  const row = await db
    .insertInto('line_overrides')
    .values({
      at: input.now.toISOString(),
      approver_id: input.approverUserId,
      cashier_id: input.cashierId,
      household_id: input.householdId,
      product_id: input.productId,
      refusal: input.refusal,
      reason: reason.data,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, {
    at: input.now,
    userId: input.approverUserId,
    action: 'rules.line-override',
    entity: 'line_override',
    entityId: row.id,
    details: {
      cashierId: input.cashierId,
      householdId: input.householdId,
      productId: input.productId,
      refusal: input.refusal,
    },
  });
  return row.id;
}
