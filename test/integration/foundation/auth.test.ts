import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import type { App } from '../../../main/app';
import { aTestApp, aUser, signIn } from '../../support/builders';

const clock = fixedClock('2026-11-24T09:30:00Z');
let app: App;
beforeEach(async () => {
  clock.set('2026-11-24T09:30:00Z');
  app = await aTestApp({ clock });
});
afterEach(async () => app.close());

const login = (userId: number, pin: string) => app.dispatcher.call({ channel: 'auth:login', input: { userId, pin } });

describe('first run', () => {
  it('creates the first coordinator once, then refuses', async () => {
    const status = await app.dispatcher.call({ channel: 'setup:get-status', input: {} });
    expect(status).toMatchObject({ ok: true, value: { needsFirstCoordinator: true } });
    const first = await app.dispatcher.call({
      channel: 'setup:create-coordinator',
      input: { name: 'Anna', pin: '2468', language: 'nl' },
    });
    expect(first.ok).toBe(true);
    const second = await app.dispatcher.call({
      channel: 'setup:create-coordinator',
      input: { name: 'Mallory', pin: '1111', language: 'nl' },
    });
    expect(second).toMatchObject({ ok: false, error: { reason: 'setup-done' } });
  });

  it('makes one coordinator when two first-run forms are sent at once (it made two)', async () => {
    const create = (name: string) =>
      app.dispatcher.call({ channel: 'setup:create-coordinator', input: { name, pin: '2468', language: 'nl' } });
    const results = await Promise.all([create('Anna'), create('Mallory')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { reason: 'setup-done' } });
    expect(await app.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });
});

describe('PIN login', () => {
  it('checks at most 5 of many PINs guessed at once, and locks the user (all were checked, none locked)', async () => {
    const user = await aUser(app, ['cashier'], 'Bart', '1357');
    const guesses = Array.from({ length: 30 }, (_, i) => String(1000 + i));
    const results = await Promise.all([...guesses, '1357'].map((pin) => login(user.id, pin)));
    const checked = results.filter((r) => r.ok || r.error.reason === 'pin-wrong');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(await login(user.id, '1357')).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
  });

  it('stores argon2id hashes, never the PIN', async () => {
    const user = await aUser(app, ['cashier'], 'Bart', '1357');
    const row = await app.db.selectFrom('users').select('pin_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.pin_hash).toMatch(/^\$argon2id\$/);
    expect(row.pin_hash).not.toContain('1357');
  });

  it('locks a user for 5 minutes after 5 wrong PINs, even with the right PIN, and audits it', async () => {
    const user = await aUser(app, ['cashier'], 'Bart', '1357');
    for (let i = 1; i <= 4; i++) {
      expect(await login(user.id, '0000')).toMatchObject({
        ok: false,
        error: { reason: 'pin-wrong', details: { attemptsLeft: 5 - i } },
      });
    }
    expect(await login(user.id, '0000')).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
    expect(await login(user.id, '1357')).toMatchObject({ ok: false, error: { reason: 'user-locked' } });
    clock.advance(5 * 60_000 + 1000);
    expect((await login(user.id, '1357')).ok).toBe(true);
    const actions = await app.db.selectFrom('audit_log').select('action').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual([
      'auth.login-failed',
      'auth.login-failed',
      'auth.login-failed',
      'auth.login-failed',
      'auth.lockout',
      'auth.login',
    ]);
  });

  it('signs in by badge and enforces roles in the main process', async () => {
    const coordinator = await aUser(app, ['coordinator'], 'Anna', '2468');
    const session = await signIn(app, coordinator.id, '2468');
    const created = await app.dispatcher.call({
      channel: 'users:create-user',
      input: { name: 'Bart', roles: ['cashier'], pin: '1357', language: 'fr', badge: 'BADGE0042' },
      session,
    });
    expect(created.ok).toBe(true);
    const byBadge = await app.dispatcher.call({ channel: 'auth:login', input: { badge: 'BADGE0042', pin: '1357' } });
    expect(byBadge).toMatchObject({ ok: true, value: { user: { name: 'Bart', roles: ['cashier'], language: 'fr' } } });
    const cashierSession = byBadge.ok ? (byBadge.value as { session: string }).session : '';
    const refused = await app.dispatcher.call({ channel: 'users:list-users', input: {}, session: cashierSession });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('remembers the language per user', async () => {
    const user = await aUser(app, ['cashier'], 'Bart', '1357');
    const session = await signIn(app, user.id, '1357');
    await app.dispatcher.call({ channel: 'auth:set-language', input: { language: 'fr' }, session });
    const again = await login(user.id, '1357');
    expect(again).toMatchObject({ ok: true, value: { user: { language: 'fr' } } });
  });
});
