// A coordinator's changes to an existing user. Each one checks and writes in one immediate
// transaction, so two coordinators demoting each other at once cannot leave the shop without one.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { immediateTransaction } from '../../db/transaction';
import { invalidFields, notFound } from '../api/errors';
import type { Role } from '../contract/define';
import type { Language } from '../contract/money';
import { audit } from './audit';
import { rolesOf } from './users-repo';

export interface EditContext {
  now: Date;
  /** The coordinator making the change. */
  actorId: number | null;
}

export interface UserChange {
  userId: number;
  name: string;
  roles: Role[];
  language: Language;
  badge?: string | null | undefined;
}

async function mustExist(trx: Kysely<DB>, userId: number) {
  const row = await trx
    .selectFrom('users')
    .select(['id', 'name', 'language', 'active', 'badge_code'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('user');
  return row;
}

/** Active coordinators other than `userId`. */
async function otherActiveCoordinators(trx: Kysely<DB>, userId: number): Promise<number> {
  const row = await trx
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_roles.role', '=', 'coordinator')
    .where('users.active', '=', 1)
    .where('users.id', '!=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function updateUser(db: Kysely<DB>, change: UserChange, context: EditContext): Promise<void> {
  return immediateTransaction(db, async (trx) => {
    const before = await mustExist(trx, change.userId);
    const rolesBefore = await rolesOf(trx, change.userId);
    const losesCoordinator = rolesBefore.includes('coordinator') && !change.roles.includes('coordinator');
    if (losesCoordinator && before.active === 1 && (await otherActiveCoordinators(trx, change.userId)) === 0)
      throw invalidFields([{ path: 'roles', code: 'last-coordinator' }]);
    if (change.badge) {
      const taken = await trx
        .selectFrom('users')
        .select('id')
        .where('badge_code', '=', change.badge)
        .where('id', '!=', change.userId)
        .executeTakeFirst();
      if (taken) throw invalidFields([{ path: 'badge', code: 'taken' }]);
    }
    await trx
      .updateTable('users')
      .set({
        name: change.name,
        language: change.language,
        ...(change.badge !== undefined ? { badge_code: change.badge } : {}),
      })
      .where('id', '=', change.userId)
      .execute();
    await trx.deleteFrom('user_roles').where('user_id', '=', change.userId).execute();
    await trx
      .insertInto('user_roles')
      .values([...new Set(change.roles)].map((role) => ({ user_id: change.userId, role })))
      .execute();
    await audit(trx, {
      at: context.now,
      userId: context.actorId,
      action: 'user.update',
      entity: 'user',
      entityId: change.userId,
      // Codes only: the name itself stays out of the log.
      details: {
        renamed: before.name !== change.name,
        roles: [...new Set(change.roles)].join(','),
        language: change.language,
        badgeChanged: change.badge !== undefined && change.badge !== before.badge_code,
      },
    });
  });
}

/** Stores the hash of a PIN the coordinator chose; also lifts a lockout. The PIN is never logged. */
export function setPin(db: Kysely<DB>, userId: number, pinHash: string, context: EditContext): Promise<void> {
  return immediateTransaction(db, async (trx) => {
    await mustExist(trx, userId);
    await trx
      .updateTable('users')
      .set({ pin_hash: pinHash, failed_attempts: 0, locked_until: null })
      .where('id', '=', userId)
      .execute();
    await audit(trx, {
      at: context.now,
      userId: context.actorId,
      action: 'user.set-pin',
      entity: 'user',
      entityId: userId,
    });
  });
}

export function setActive(db: Kysely<DB>, userId: number, active: boolean, context: EditContext): Promise<void> {
  return immediateTransaction(db, async (trx) => {
    const before = await mustExist(trx, userId);
    if ((before.active === 1) === active) return;
    if (!active) {
      if (userId === context.actorId) throw invalidFields([{ path: 'active', code: 'self-deactivate' }]);
      const isCoordinator = (await rolesOf(trx, userId)).includes('coordinator');
      if (isCoordinator && (await otherActiveCoordinators(trx, userId)) === 0)
        throw invalidFields([{ path: 'active', code: 'last-coordinator' }]);
    }
    await trx
      .updateTable('users')
      .set({ active: active ? 1 : 0 })
      .where('id', '=', userId)
      .execute();
    await audit(trx, {
      at: context.now,
      userId: context.actorId,
      action: active ? 'user.reactivate' : 'user.deactivate',
      entity: 'user',
      entityId: userId,
    });
  });
}
