import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Handlers } from '../api/dispatcher';
import { TillError } from '../api/errors';
import { audit } from './audit';
import { hashPin, type PinHashCost } from './pin-hash';
import { asLanguage, insertUser, rolesOf } from './users-repo';

type UserHandlers = Pick<Handlers, 'users:list-users' | 'users:create-user'>;

export function userHandlers({ db, pinHashCost }: { db: Kysely<DB>; pinHashCost: PinHashCost }): UserHandlers {
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
  };
}
