import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Handlers } from '../api/dispatcher';
import { TillError } from '../api/errors';
import type { SessionStore } from '../api/sessions';
import { audit } from './audit';
import { hashPin, type PinHashCost } from './pin-hash';
import { setActive, setPin, updateUser } from './users-edit';
import { asLanguage, insertUser, rolesOf, sessionUserOf } from './users-repo';

type UserHandlers = Pick<
  Handlers,
  'users:list-users' | 'users:create-user' | 'users:update-user' | 'users:set-pin' | 'users:set-active'
>;

export function userHandlers({
  db,
  pinHashCost,
  sessions,
}: {
  db: Kysely<DB>;
  pinHashCost: PinHashCost;
  sessions: SessionStore;
}): UserHandlers {
  // A changed user's open sessions carry the new roles at once; a deactivated user's end.
  const refreshSessions = async (userId: number) => {
    const row = await db.selectFrom('users').select('active').where('id', '=', userId).executeTakeFirst();
    sessions.replaceUser(userId, row?.active === 1 ? await sessionUserOf(db, userId) : undefined);
  };
  return {
    'users:list-users': async () => {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'name', 'language', 'active', 'badge_code', 'locked_until'])
        .orderBy('name')
        .execute();
      return Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          name: r.name,
          roles: await rolesOf(db, r.id),
          language: asLanguage(r.language),
          active: r.active === 1,
          hasBadge: r.badge_code !== null,
          lockedUntil: r.locked_until,
        })),
      );
    },
    'users:create-user': async (input, ctx) => {
      if (input.badge) {
        const taken = await db
          .selectFrom('users')
          .select('id')
          .where('badge_code', '=', input.badge)
          .executeTakeFirst();
        if (taken)
          throw new TillError('conflict', 'badge-taken', 'this badge is already in use', undefined, [
            { path: 'badge', code: 'taken' },
          ]);
      }
      const pinHash = await hashPin(input.pin, pinHashCost);
      const userId = await insertUser(db, { ...input, pinHash, createdAt: ctx.now });
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'user.create',
        entity: 'user',
        entityId: userId,
      });
      return { userId };
    },
    'users:update-user': async (input, ctx) => {
      await updateUser(db, input, { now: ctx.now, actorId: ctx.user?.id ?? null });
      await refreshSessions(input.userId);
      return {};
    },
    'users:set-pin': async (input, ctx) => {
      // Hashed before the transaction: the slow hash must not hold the write lock.
      const pinHash = await hashPin(input.pin, pinHashCost);
      await setPin(db, input.userId, pinHash, { now: ctx.now, actorId: ctx.user?.id ?? null });
      return {};
    },
    'users:set-active': async (input, ctx) => {
      await setActive(db, input.userId, input.active, { now: ctx.now, actorId: ctx.user?.id ?? null });
      await refreshSessions(input.userId);
      return {};
    },
  };
}
