// Sign-in with a PIN: argon2id hashes, 5 wrong tries lock the user for 5 minutes, every attempt
// audited. Roles come from the database, never from the renderer.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Handlers } from '../api/dispatcher';
import { TillError } from '../api/errors';
import type { SessionStore } from '../api/sessions';
import { audit } from './audit';
import { hashPin, type PinHashCost, verifyPin } from './pin-hash';
import { readSettings } from './settings';
import { insertUser, sessionUserOf } from './users-repo';

export const MAX_PIN_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60_000;

export interface AuthDeps {
  db: Kysely<DB>;
  sessions: SessionStore;
  pinHashCost: PinHashCost;
}

type AuthHandlers = Pick<
  Handlers,
  | 'setup:get-status'
  | 'setup:create-coordinator'
  | 'auth:list-users'
  | 'auth:login'
  | 'auth:logout'
  | 'auth:get-session'
  | 'auth:set-language'
>;

async function coordinatorCount(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('user_roles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'coordinator')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function authHandlers({ db, sessions, pinHashCost }: AuthDeps): AuthHandlers {
  return {
    'setup:get-status': async () => {
      const settings = await readSettings(db);
      return {
        needsFirstCoordinator: (await coordinatorCount(db)) === 0,
        shopName: settings.shopName,
        practiceMode: settings.practiceMode,
        idleLockMinutes: settings.idleLockMinutes,
        timeZone: settings.timeZone,
      };
    },

    'setup:create-coordinator': async (input, ctx) => {
      // Only the very first run may create a user without signing in.
      if ((await coordinatorCount(db)) > 0)
        throw new TillError('forbidden', 'setup-done', 'the till already has a coordinator');
      const pinHash = await hashPin(input.pin, pinHashCost);
      const userId = await insertUser(db, { ...input, roles: ['coordinator'], pinHash, createdAt: ctx.now });
      await audit(db, {
        at: ctx.now,
        userId,
        action: 'user.create-first-coordinator',
        entity: 'user',
        entityId: userId,
      });
      return { userId };
    },

    'auth:list-users': async () =>
      db.selectFrom('users').select(['id', 'name']).where('active', '=', 1).orderBy('name').execute(),

    'auth:login': async (input, ctx) => {
      const query = db
        .selectFrom('users')
        .select(['id', 'pin_hash', 'failed_attempts', 'locked_until'])
        .where('active', '=', 1);
      const row = await ('userId' in input
        ? query.where('id', '=', input.userId)
        : query.where('badge_code', '=', input.badge)
      ).executeTakeFirst();
      if (!row) throw new TillError('refused', 'unknown-user', 'unknown user or badge');
      if (row.locked_until && row.locked_until > ctx.now.toISOString()) {
        throw new TillError('refused', 'user-locked', 'too many wrong PINs; try again later', {
          until: row.locked_until,
        });
      }
      if (!(await verifyPin(row.pin_hash, input.pin))) {
        const attempts = row.failed_attempts + 1;
        const lock = attempts >= MAX_PIN_ATTEMPTS;
        const until = lock ? new Date(ctx.now.getTime() + LOCKOUT_MS).toISOString() : null;
        await db
          .updateTable('users')
          .set({ failed_attempts: lock ? 0 : attempts, locked_until: until })
          .where('id', '=', row.id)
          .execute();
        await audit(db, {
          at: ctx.now,
          userId: row.id,
          action: lock ? 'auth.lockout' : 'auth.login-failed',
          entity: 'user',
          entityId: row.id,
        });
        if (lock) throw new TillError('refused', 'user-locked', 'too many wrong PINs; try again later', { until });
        throw new TillError('refused', 'pin-wrong', 'wrong PIN', {
          attemptsLeft: MAX_PIN_ATTEMPTS - attempts,
        });
      }
      await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', row.id).execute();
      const user = await sessionUserOf(db, row.id);
      if (!user) throw new TillError('refused', 'no-roles', 'this user has no role');
      const session = sessions.open(user);
      await audit(db, {
        at: ctx.now,
        userId: user.id,
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
      });
      const settings = await readSettings(db);
      return { session: session.token, user, idleLockMinutes: settings.idleLockMinutes };
    },

    'auth:logout': async (_input, ctx) => {
      if (ctx.session) sessions.close(ctx.session);
      await audit(db, { at: ctx.now, userId: ctx.user?.id ?? null, action: 'auth.logout' });
      return {};
    },

    'auth:get-session': async (_input, ctx) => {
      if (!ctx.user) throw new TillError('not-signed-in', 'not-signed-in', 'sign in first');
      return ctx.user;
    },

    'auth:set-language': async (input, ctx) => {
      if (!ctx.user || !ctx.session) throw new TillError('not-signed-in', 'not-signed-in', 'sign in first');
      await db.updateTable('users').set({ language: input.language }).where('id', '=', ctx.user.id).execute();
      sessions.update(ctx.session, { ...ctx.user, language: input.language });
      return {};
    },
  };
}
