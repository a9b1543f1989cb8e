// A coordinator edits, re-PINs, deactivates and reactivates users; the shop never loses its last
// active coordinator, and every change is audited without the PIN.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aTestApp, aUser, signIn } from '../../support/builders';

let app: App;
let anna: { id: number };
let session: string;
beforeEach(async () => {
  app = await aTestApp();
  anna = await aUser(app, ['coordinator'], 'Anna', '2468');
  session = await signIn(app, anna.id, '2468');
});
afterEach(async () => app.close());

const call = (channel: string, input: Record<string, unknown>, as = session) =>
  app.dispatcher.call({ channel, input, session: as });
const login = (userId: number, pin: string) => app.dispatcher.call({ channel: 'auth:login', input: { userId, pin } });
const signInList = async () => {
  const result = await app.dispatcher.call({ channel: 'auth:list-users', input: {} });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { name: string }[]).map((u) => u.name);
};
const auditOf = (userId: number) =>
  app.db
    .selectFrom('audit_log')
    .select(['action', 'user_id', 'details'])
    .where('entity', '=', 'user')
    .where('entity_id', '=', userId)
    .where('action', 'like', 'user.%')
    .orderBy('id')
    .execute();

describe('editing a user', () => {
  it('changes name, roles, language and badge, and audits codes only', async () => {
    const jan = await aUser(app, ['cashier'], 'Jan De Smet');
    const result = await call('users:update-user', {
      userId: jan.id,
      name: 'Jan De Smedt',
      roles: ['cashier', 'social-worker'],
      language: 'fr',
      badge: 'BADGE-42',
    });
    expect(result).toMatchObject({ ok: true });
    const list = await call('users:list-users', {});
    expect(list.ok && list.value).toContainEqual(
      expect.objectContaining({
        id: jan.id,
        name: 'Jan De Smedt',
        roles: ['cashier', 'social-worker'],
        language: 'fr',
        hasBadge: true,
      }),
    );
    const [entry] = await auditOf(jan.id);
    expect(entry).toMatchObject({ action: 'user.update', user_id: anna.id });
    expect(JSON.parse(entry?.details ?? '{}')).toEqual({
      renamed: true,
      roles: 'cashier,social-worker',
      language: 'fr',
      badgeChanged: true,
    });
    expect(entry?.details).not.toContain('Smedt');
  });

  it('refuses a badge another user has, on the badge field, and changes nothing', async () => {
    await call('users:create-user', { name: 'Els', roles: ['cashier'], pin: '1111', language: 'nl', badge: 'B-1234' });
    const jan = await aUser(app, ['cashier'], 'Jan');
    const result = await call('users:update-user', {
      userId: jan.id,
      name: 'Jan 2',
      roles: ['cashier'],
      language: 'nl',
      badge: 'B-1234',
    });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'badge', code: 'taken' }] } });
    expect(await signInList()).toContain('Jan');
    expect(await auditOf(jan.id)).toEqual([]);
  });

  it('refuses taking the coordinator role from the last active coordinator', async () => {
    const result = await call('users:update-user', {
      userId: anna.id,
      name: 'Anna',
      roles: ['cashier'],
      language: 'nl',
    });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'roles', code: 'last-coordinator' }] } });
    const roles = await app.db.selectFrom('user_roles').select('role').where('user_id', '=', anna.id).execute();
    expect(roles.map((r) => r.role)).toEqual(['coordinator']);
  });

  it('lets one of two coordinators step down, but not both at once', async () => {
    const bert = await aUser(app, ['coordinator'], 'Bert', '1357');
    const bertSession = await signIn(app, bert.id, '1357');
    const results = await Promise.all([
      call('users:update-user', { userId: anna.id, name: 'Anna', roles: ['cashier'], language: 'nl' }),
      call('users:update-user', { userId: bert.id, name: 'Bert', roles: ['cashier'], language: 'nl' }, bertSession),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { fields: [{ code: 'last-coordinator' }] } });
  });

  it('is for coordinators only', async () => {
    const cashier = await aUser(app, ['cashier'], 'Kassa', '1111');
    const result = await call(
      'users:set-active',
      { userId: anna.id, active: false },
      await signIn(app, cashier.id, '1111'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses an unknown user and bad input', async () => {
    expect(await call('users:set-active', { userId: 999, active: false })).toMatchObject({
      ok: false,
      error: { reason: 'user-not-found' },
    });
    expect(await call('users:set-pin', { userId: anna.id, pin: '12' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('a new PIN', () => {
  it('replaces the old one, lifts a lockout, and is never written to the audit log', async () => {
    const jan = await aUser(app, ['cashier'], 'Jan', '1111');
    for (let i = 0; i < 5; i++) await login(jan.id, '9999');
    expect(await login(jan.id, '1111')).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
    expect(await call('users:set-pin', { userId: jan.id, pin: '86420' })).toMatchObject({ ok: true });
    expect(await login(jan.id, '1111')).toMatchObject({ ok: false, error: { reason: 'pin-wrong' } });
    expect(await login(jan.id, '86420')).toMatchObject({ ok: true });
    const entries = await app.db.selectFrom('audit_log').selectAll().execute();
    expect(entries.some((e) => e.action === 'user.set-pin' && e.entity_id === jan.id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('86420');
  });
});

describe('deactivating', () => {
  it('takes the duplicate off the sign-in list and out of sign-in, keeps its audit entries, and can be undone', async () => {
    const jan = await aUser(app, ['cashier'], 'Jan De Smet', '1111');
    const duplicate = await aUser(app, ['cashier'], 'Jan De Smet', '2222');
    const janSession = await signIn(app, duplicate.id, '2222');
    expect(await call('users:set-active', { userId: duplicate.id, active: false })).toMatchObject({ ok: true });
    expect((await signInList()).filter((n) => n === 'Jan De Smet')).toHaveLength(1);
    expect(await login(duplicate.id, '2222')).toMatchObject({ ok: false, error: { reason: 'unknown-user' } });
    // An open session of the deactivated user ends.
    expect(await app.dispatcher.call({ channel: 'auth:get-session', input: {}, session: janSession })).toMatchObject({
      ok: false,
    });
    expect(await login(jan.id, '1111')).toMatchObject({ ok: true });
    const loginsKept = await app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.login')
      .where('user_id', '=', duplicate.id)
      .execute();
    expect(loginsKept).toHaveLength(1);
    expect(await call('users:set-active', { userId: duplicate.id, active: true })).toMatchObject({ ok: true });
    expect(await login(duplicate.id, '2222')).toMatchObject({ ok: true });
    expect((await auditOf(duplicate.id)).map((e) => e.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('refuses a coordinator deactivating themselves', async () => {
    await aUser(app, ['coordinator'], 'Bert');
    const result = await call('users:set-active', { userId: anna.id, active: false });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'active', code: 'self-deactivate' }] } });
    expect(await signInList()).toContain('Anna');
  });

  it('refuses deactivating the last active coordinator, also when two coordinators try it on each other at once', async () => {
    const bert = await aUser(app, ['coordinator'], 'Bert', '1357');
    const bertSession = await signIn(app, bert.id, '1357');
    const carl = await aUser(app, ['coordinator'], 'Carl', '1111');
    expect(await call('users:set-active', { userId: carl.id, active: false })).toMatchObject({ ok: true });
    const results = await Promise.all([
      call('users:set-active', { userId: bert.id, active: false }),
      call('users:update-user', { userId: anna.id, name: 'Anna', roles: ['cashier'], language: 'nl' }, bertSession),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const active = await app.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select('users.id')
      .where('role', '=', 'coordinator')
      .where('active', '=', 1)
      .execute();
    expect(active).toHaveLength(1);
  });
});
