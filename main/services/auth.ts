// Sign-in with a PIN: argon2id hashes, 5 wrong tries lock the user for 5 minutes, every attempt
// audited. Roles come from the database, never from the renderer.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { immediateTransaction } from '../../db/transaction';
import type { Handlers } from '../api/dispatcher';
import { TillError } from '../api/errors';
import type { SessionStore } from '../api/sessions';
import { audit } from './audit';
import { hashPin, type PinHashCost } from './pin-hash';
import { verifyPinWithLockout } from './pin-lockout';
import { readSettings } from './settings';
import { insertUser, sessionUserOf } from './users-repo';

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
      const refuse = () => new TillError('forbidden', 'setup-done', 'the till already has a coordinator');
      if ((await coordinatorCount(db)) > 0) throw refuse();
      const pinHash = await hashPin(input.pin, pinHashCost);
      // Counted again with the insert: two first-run forms sent at once made two coordinators.
      return immediateTransaction(db, async (trx) => {
        if ((await coordinatorCount(trx)) > 0) throw refuse();
        const userId = await insertUser(trx, { ...input, roles: ['coordinator'], pinHash, createdAt: ctx.now });
        await audit(trx, {
          at: ctx.now,
          userId,
          action: 'user.create-first-coordinator',
          entity: 'user',
          entityId: userId,
        });
        return { userId };
      });
    },

    'auth:list-users': async () =>
      db.selectFrom('users').select(['id', 'name']).where('active', '=', 1).orderBy('name').execute(),

    'auth:login': async (input, ctx) => {
      const query = db.selectFrom('users').select('id').where('active', '=', 1);
      const row = await ('userId' in input
        ? query.where('id', '=', input.userId)
        : query.where('badge_code', '=', input.badge)
      ).executeTakeFirst();
      if (!row) throw new TillError('refused', 'unknown-user', 'unknown user or badge');
      await verifyPinWithLockout(db, row.id, input.pin, ctx.now, 'auth.login-failed');
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
