// Report channels touch the SQLite handle directly. Kysely keeps other calls out of an open
// transaction by a lock on its one connection; work on the handle that skips that lock runs inside
// whatever transaction another call has open. Each case starts a call at every offset (0..39
// microtask turns) against another call's transaction that is then rolled back: a month close must
// keep its snapshot, and the figures must never count rows that were never committed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { aProduct, aTestApp, aUser, signIn } from '../../support/builders';

let app: App;
let session = '';
let userId = 0;
const call = (channel: string, input: unknown) => app.dispatcher.call({ channel, input, session });
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

/** Another call's transaction: writes `minutes` of volunteer time in 2021-05, then rolls back. */
const rolledBackHours = () =>
  app.db
    .transaction()
    .execute(async (trx) => {
      await trx
        .insertInto('volunteer_time')
        .values({ user_id: userId, work_date: '2021-05-10', minutes: 600, activity: 'rolled back', created_at: '' })
        .execute();
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('refused');
    })
    .catch(() => 'rolled back');

beforeAll(async () => {
  app = await aTestApp();
  userId = (await aUser(app, ['coordinator'])).id;
  session = await signIn(app, userId);
});
afterAll(async () => app?.close());

describe('reports and another call’s open transaction', () => {
  it('a month close that answers ok keeps its snapshot when a refused write-off rolls back meanwhile', async () => {
    const productId = await aProduct(app, { stock: 5 });
    const lost: string[] = [];
    for (let k = 0; k < 40; k++) {
      const month = `${2010 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
      // Refused (more than in stock): its BEGIN IMMEDIATE transaction rolls back.
      const writeOff = call('products:write-off-stock', { productId, quantity: '999', reason: 'damaged' });
      await turns(k);
      const closed = await call('reports:close-month', { month });
      expect((await writeOff).ok).toBe(false);
      expect(closed.ok).toBe(true);
      const kept = await app.db.selectFrom('report_snapshots').select('month').where('month', '=', month).execute();
      if (kept.length !== 1) lost.push(`offset ${k}: ${month}`);
    }
    expect(lost).toEqual([]);
  });

  it('the monthly figures and the JSON export never count rows another call then rolls back', async () => {
    const seen: string[] = [];
    for (let k = 0; k < 40; k++) {
      const other = rolledBackHours();
      await turns(k);
      const [figures, exported] = await Promise.all([
        call('reports:get-monthly', { month: '2021-05', lang: 'nl' }),
        call('reports:export-monthly', { month: '2021-05', format: 'json', lang: 'nl', csvStyle: 'excel-be' }),
      ]);
      expect(await other).toBe('rolled back');
      if (!figures.ok || !exported.ok) throw new Error('a report call failed');
      const rows = (figures.value as { rows: { figure: string; value: number }[] }).rows;
      const hours = rows.find((r) => r.figure === 'hoursWorked')?.value;
      expect(hours).toBeDefined();
      if (hours !== 0) seen.push(`offset ${k}: get-monthly counted ${hours} h`);
      const json = JSON.parse(Buffer.from((exported.value as { base64: string }).base64, 'base64').toString('utf8'));
      if (json.figures.coproduction.hoursWorked !== 0) seen.push(`offset ${k}: export counted hours`);
    }
    expect(seen).toEqual([]);
  });
});
