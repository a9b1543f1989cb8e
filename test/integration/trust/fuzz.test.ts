// Random and malformed payloads to EVERY contract channel through the real dispatcher, as every role
// and as no one: never an internal error, nothing written for input the schema refuses, and a role
// outside a channel's access list always refused.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { ALL_ROLES, type Role } from '../../../main/contract/define';
import { type ChannelName, channels } from '../../../main/contract/index';
import { hashPin, testOnlyPinHashCost } from '../../../main/services/pin-hash';
import { aTestApp, aUser, signIn } from '../../support/builders';
import { aShopWithSales } from '../../support/trust-builders';
import { arbitraryFor } from '../../support/zod-arbitrary';

type Caller = Role | 'nobody';
const callers: readonly Caller[] = ['nobody', ...ALL_ROLES];
const NUM_RUNS = Number(process.env.TILL_FUZZ_RUNS ?? '25');

let app: App;
const users = new Map<Role, number>();
const tokens = new Map<Role, string>();
const figures = { calls: 0, invalid: 0, invalidThatWrote: 0, internal: 0, leaks: 0 };
const offences: string[] = [];

beforeAll(async () => {
  app = await aTestApp();
  await aShopWithSales(app, 2);
  for (const role of ALL_ROLES) users.set(role, (await aUser(app, [role], `Fuzz ${role}`, '1234')).id);
}, 120_000);
afterAll(async () => {
  console.log(
    `fuzz: ${figures.calls} calls, ${figures.invalid} invalid payloads, ${figures.invalidThatWrote} invalid payloads that wrote, ` +
      `${figures.internal} internal errors, ${figures.leaks} answers beyond the allow-list`,
  );
  await app.close();
});

/**
 * A session for the role, signed in again if a fuzzed call ended it: a logout, a lockout, or a
 * coordinator's fuzzed user change (deactivated, another PIN, other roles), which is put back first.
 */
async function sessionOf(role: Role): Promise<string> {
  const token = tokens.get(role);
  if (token && app.sessions.touch(token).state === 'active') return token;
  const userId = users.get(role) ?? 0;
  await app.db
    .updateTable('users')
    .set({ failed_attempts: 0, locked_until: null, active: 1, pin_hash: await hashPin('1234', testOnlyPinHashCost) })
    .where('id', '=', userId)
    .execute();
  await app.db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  await app.db.insertInto('user_roles').values({ user_id: userId, role }).execute();
  const fresh = await signIn(app, userId);
  tokens.set(role, fresh);
  return fresh;
}

/** A cheap fingerprint of every write: SQLite's count of changed rows on the app's connection. */
const writes = () => Number(app.connection.raw.prepare('SELECT total_changes()').pluck().get());

const names = Object.keys(channels) as ChannelName[];

describe('input fuzzing of every channel', () => {
  it('refuses malformed envelopes without writing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (envelope) => {
        const before = writes();
        const result = await app.dispatcher.call(envelope);
        if (result.ok) return typeof envelope === 'object';
        return result.error.code !== 'internal' && writes() === before;
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it.each(names)('%s: no crash, no write for invalid input, no answer beyond the allow-list', async (name) => {
    const def = channels[name];
    const start = offences.length;
    for (const caller of callers) {
      await fc.assert(
        fc.asyncProperty(arbitraryFor(def.input), async (input) => {
          const session = caller === 'nobody' ? undefined : await sessionOf(caller);
          const schemaOk = def.input.safeParse(input ?? {}).success;
          const before = writes();
          const result = await app.dispatcher.call({ channel: name, input, ...(session ? { session } : {}) });
          figures.calls++;
          const where = `${name} as ${caller} with ${JSON.stringify(input)?.slice(0, 200)}`;
          if (!result.ok && result.error.code === 'internal') {
            figures.internal++;
            offences.push(`internal: ${where}: ${result.error.message}`);
          }
          const allowedCaller =
            def.access === 'public' || (caller !== 'nobody' && (def.access as readonly Role[]).includes(caller));
          if (!allowedCaller) {
            const expected = caller === 'nobody' ? 'not-signed-in' : 'forbidden';
            if (result.ok || result.error.code !== expected) {
              figures.leaks++;
              offences.push(`not refused: ${where}`);
            }
          }
          if (!schemaOk) {
            figures.invalid++;
            if (writes() !== before) {
              figures.invalidThatWrote++;
              offences.push(`wrote on invalid input: ${where}`);
            }
            if (result.ok) offences.push(`accepted invalid input: ${where}`);
          }
          return true;
        }),
        { numRuns: NUM_RUNS, seed: name.length * 31 + caller.length },
      );
    }
    expect(offences.slice(start)).toEqual([]);
  });
});
