// A PIN check with a lockout, shared by sign-in and a coordinator's approval at the till:
// MAX_PIN_ATTEMPTS wrong tries lock the user for LOCKOUT_MS, every failure audited.
//
// The attempt is counted before the slow hash check, in one UPDATE that also refuses a locked user
// or one whose tries are used up. Counting after the check let guesses sent at once all read the
// same count and pass the limit (31 parallel tries were all checked, and none locked the user).
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { TillError } from '../api/errors';
import type { AuditAction } from '../contract/audit-actions';
import { type AuditEntry, audit } from './audit';
import { verifyPin } from './pin-hash';

export const MAX_PIN_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60_000;

const locked = (until: string | null) =>
  new TillError('refused', 'user-locked', 'too many wrong PINs; try again later', { until });

/** Throws user-locked / pin-wrong (with attemptsLeft) / unknown-user; resets the count on success. */
export async function verifyPinWithLockout(
  db: Kysely<DB>,
  userId: number,
  pin: string,
  now: Date,
  failAction: AuditAction,
  auditDetails?: AuditEntry['details'],
): Promise<void> {
  const stamp = now.toISOString();
  const counted = await db
    .updateTable('users')
    .set({ failed_attempts: sql`failed_attempts + 1`, locked_until: null })
    .where('id', '=', userId)
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', stamp)]))
    .where('failed_attempts', '<', MAX_PIN_ATTEMPTS)
    .returning(['pin_hash', 'failed_attempts'])
    .executeTakeFirst();
  if (!counted) {
    const row = await db
      .selectFrom('users')
      .select('locked_until')
      .where('id', '=', userId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!row) throw new TillError('refused', 'unknown-user', 'unknown user');
    // Locked, or the last tries are being checked right now.
    throw locked(row.locked_until);
  }
  if (await verifyPin(counted.pin_hash, pin)) {
    await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', userId).execute();
    return;
  }
  const attempts = counted.failed_attempts;
  const lock = attempts >= MAX_PIN_ATTEMPTS;
  if (lock) {
    const until = new Date(now.getTime() + LOCKOUT_MS).toISOString();
    await db.updateTable('users').set({ failed_attempts: 0, locked_until: until }).where('id', '=', userId).execute();
  }
  await audit(db, {
    at: now,
    userId,
    action: lock ? 'auth.lockout' : failAction,
    entity: 'user',
    entityId: userId,
    ...(auditDetails ? { details: auditDetails } : {}),
  });
  if (lock) throw locked(new Date(now.getTime() + LOCKOUT_MS).toISOString());
  throw new TillError('refused', 'pin-wrong', 'wrong PIN', { attemptsLeft: MAX_PIN_ATTEMPTS - attempts });
}
