import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import { createDispatcher, type Handlers } from '../../../main/api/dispatcher';
import { TillError } from '../../../main/api/errors';
import { SessionStore } from '../../../main/api/sessions';

const clock = fixedClock('2026-11-24T09:00:00Z');

function setup(overrides: Partial<Handlers> = {}) {
  const sessions = new SessionStore(clock, () => 5);
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, channel: string) =>
      (overrides as Record<string, unknown>)[channel] ??
      (() => {
        calls.push(channel);
        return {};
      }),
  });
  const internal: unknown[] = [];
  const dispatcher = createDispatcher({ handlers, sessions, clock, onInternalError: (_c, e) => internal.push(e) });
  const cashier = sessions.open({ id: 1, name: 'Bart', roles: ['cashier'], language: 'nl' }).token;
  const coordinator = sessions.open({ id: 2, name: 'Anna', roles: ['coordinator'], language: 'fr' }).token;
  return { dispatcher, sessions, cashier, coordinator, calls, internal };
}

describe('dispatcher', () => {
  it('refuses a malformed envelope and an unknown channel', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.call('nonsense')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatcher.call({ channel: 'till:steal-money', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('refuses a protected channel without a session, and a role that is not allowed', async () => {
    const { dispatcher, cashier, calls } = setup();
    expect(await dispatcher.call({ channel: 'users:list-users', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'not-signed-in' },
    });
    expect(await dispatcher.call({ channel: 'users:list-users', input: {}, session: cashier })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('parses input before the handler runs and reports the fields', async () => {
    const { dispatcher, coordinator, calls } = setup();
    const result = await dispatcher.call({
      channel: 'users:create-user',
      input: { name: '', roles: ['pirate'], pin: '12', language: 'de' },
      session: coordinator,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.fields?.map((f) => f.path).sort()).toEqual(['language', 'name', 'pin', 'roles.0']);
    }
    expect(calls).toEqual([]);
  });

  it('strips output fields the contract does not name', async () => {
    const { dispatcher, cashier } = setup({
      'auth:get-session': () =>
        ({ id: 1, name: 'Bart', roles: ['cashier'], language: 'nl', pinHash: 'secret' }) as unknown as ReturnType<
          Handlers['auth:get-session']
        >,
    });
    const result = await dispatcher.call({ channel: 'auth:get-session', input: {}, session: cashier });
    expect(result).toEqual({ ok: true, value: { id: 1, name: 'Bart', roles: ['cashier'], language: 'nl' } });
  });

  it('turns a TillError into a refusal and any other error into a generic internal error', async () => {
    const { dispatcher, coordinator, internal } = setup({
      'users:list-users': () => {
        throw new TillError('conflict', 'badge-taken', 'taken');
      },
      'auth:get-session': () => {
        throw new Error('disk on fire');
      },
    });
    expect(await dispatcher.call({ channel: 'users:list-users', input: {}, session: coordinator })).toEqual({
      ok: false,
      error: { code: 'conflict', reason: 'badge-taken', message: 'taken' },
    });
    const internalResult = await dispatcher.call({ channel: 'auth:get-session', input: {}, session: coordinator });
    expect(internalResult).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internalResult)).not.toContain('disk on fire');
    expect(internal).toHaveLength(1);
  });

  it('locks a session idle longer than the configured minutes', async () => {
    const { dispatcher, cashier } = setup();
    clock.advance(4 * 60_000);
    expect((await dispatcher.call({ channel: 'auth:logout', input: {}, session: cashier })).ok).toBe(true);
    clock.advance(5 * 60_000 + 1);
    expect(await dispatcher.call({ channel: 'auth:logout', input: {}, session: cashier })).toMatchObject({
      ok: false,
      error: { code: 'session-locked' },
    });
    // Locked means gone: the next call must sign in again.
    expect(await dispatcher.call({ channel: 'auth:logout', input: {}, session: cashier })).toMatchObject({
      ok: false,
      error: { code: 'not-signed-in' },
    });
  });
});
