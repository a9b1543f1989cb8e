// A second person's PIN (a coordinator approving a line at the till) with the same lockout as
// sign-in: MAX_PIN_ATTEMPTS wrong tries lock the user for LOCKOUT_MS, every failure audited.
// Exported so sign-in can share it rather than keep its own copy of the counting.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { TillError } from '../../api/errors';
import { audit } from '../audit';
import { LOCKOUT_MS, MAX_PIN_ATTEMPTS } from '../auth';
import { verifyPin } from '../pin-hash';

/** Throws user-locked / pin-wrong (with attemptsLeft) / unknown-user; resets the count on success. */
export async function verifyPinWithLockout(
  db: Kysely<DB>,
  userId: number,
  pin: string,
  now: Date,
  failAction: string,
): Promise<void> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'pin_hash', 'failed_attempts', 'locked_until'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!row) throw new TillError('refused', 'unknown-user', 'unknown user');
  if (row.locked_until && row.locked_until > now.toISOString()) {
    throw new TillError('refused', 'user-locked', 'too many wrong PINs; try again later', { until: row.locked_until });
  }
  if (!(await verifyPin(row.pin_hash, pin))) {
    const attempts = row.failed_attempts + 1;
    const lock = attempts >= MAX_PIN_ATTEMPTS;
    const until = lock ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
    await db
      .updateTable('users')
      .set({ failed_attempts: lock ? 0 : attempts, locked_until: until })
      .where('id', '=', row.id)
      .execute();
    await audit(db, {
      at: now,
      userId: row.id,
      action: lock ? 'auth.lockout' : failAction,
      entity: 'user',
      entityId: row.id,
    });
    if (lock) throw new TillError('refused', 'user-locked', 'too many wrong PINs; try again later', { until });
    throw new TillError('refused', 'pin-wrong', 'wrong PIN', { attemptsLeft: MAX_PIN_ATTEMPTS - attempts });
  }
  if (row.failed_attempts > 0 || row.locked_until !== null) {
    await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', row.id).execute();
  }
}
