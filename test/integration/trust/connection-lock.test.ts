// Retention and a household's data export work on the SQLite handle directly. Kysely keeps other
// calls out of an open transaction by a lock on its one connection; handle work that skips that
// lock runs inside another call's transaction. Each case starts the two at every offset (0..n
// microtask turns) apart; the other call's transaction is then rolled back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../main/api/clock';
import { type App, createApp } from '../../../main/app';
import { aUser, signIn, tempDbPath } from '../../support/builders';
import { aNamedHousehold } from '../../support/trust-builders';

let app: App;
let coordinator = '';
let socialWorker = '';
const call = (channel: string, input: unknown, session = coordinator) =>
  app.dispatcher.call({ channel, input, session });
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

/** Another call's transaction: changes a household's phone number, then rolls back. */
const rolledBackPhone = (householdId: number) =>
  app.db
    .transaction()
    .execute(async (trx) => {
      await trx.updateTable('households').set({ phone: 'UNCOMMITTED' }).where('id', '=', householdId).execute();
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('refused');
    })
    .catch(() => 'rolled back');

beforeAll(async () => {
  app = await createApp({
    dbPath: tempDbPath('till-lock-'),
    clock: fixedClock('2026-11-24T18:00:00Z'),
    background: false,
  });
  coordinator = await signIn(app, (await aUser(app, ['coordinator'], 'Coord')).id);
  socialWorker = await signIn(app, (await aUser(app, ['social-worker'], 'Worker')).id);
}, 60_000);
afterAll(async () => app?.close());

describe('trust channels and another call’s open transaction', () => {
  it('a household’s own data export never shows a change that was rolled back', async () => {
    const { id } = await aNamedHousehold(app, { lastName: 'Current', enrolledUntil: '2026-12-31' });
    const seen: string[] = [];
    for (let k = 0; k < 30; k++) {
      const other = rolledBackPhone(id);
      await turns(k);
      const exported = await call('households:export-own-data', { householdId: id, format: 'json' }, socialWorker);
      expect(await other).toBe('rolled back');
      if (!exported.ok) throw new Error(exported.error.message);
      const data = JSON.parse(Buffer.from((exported.value as { base64: string }).base64, 'base64').toString('utf8'));
      if (data.household.phone !== '0470 12 34 56') seen.push(`offset ${k}: ${data.household.phone}`);
    }
    expect(seen).toEqual([]);
  });

  it('retention anonymises a due household, whatever another call rolls back meanwhile', async () => {
    const failed: string[] = [];
    for (let k = 0; k < 40; k++) {
      const due = await aNamedHousehold(app, { lastName: `Due${k}`, enrolledUntil: '2023-06-30' });
      // The run reads the settings first: the other transaction starts after it, at every offset.
      const running = call('retention:run', { confirm: true });
      await turns(k);
      const other = rolledBackPhone(due.id);
      const run = await running;
      expect(await other).toBe('rolled back');
      const row = await app.db
        .selectFrom('households')
        .select(['anonymised_at', 'phone'])
        .where('id', '=', due.id)
        .executeTakeFirstOrThrow();
      if (!run.ok || row.anonymised_at === null || row.phone !== null)
        failed.push(`offset ${k}: ${run.ok ? `anonymised_at ${row.anonymised_at}` : run.error.message}`);
    }
    expect(failed).toEqual([]);
  }, 60_000);
});
