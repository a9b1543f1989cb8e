// The synchronous transaction a sale is committed in: all or nothing, and never inside (or around)
// a Kysely transaction that is open on the same connection.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { immediateSync, type SyncWriter } from '../../../db/sync-transaction';
import { immediateTransaction } from '../../../db/transaction';
import type { App } from '../../../main/app';
import { aTestApp } from '../../support/builders';

let app: App;
afterEach(async () => app?.close());

const keys = async () =>
  (await app.db.selectFrom('settings').select('key').where('key', 'like', 'sync-%').orderBy('key').execute()).map(
    (r) => r.key,
  );

describe('immediateSync', () => {
  it('writes every row, and returns what the work returns', async () => {
    app = await aTestApp();
    const id = await immediateSync(app.db, (w) => {
      w.insertAll('settings', [
        { key: 'sync-a', value: '1' },
        { key: 'sync-b', value: '2' },
      ]);
      w.run('UPDATE settings SET value = ? WHERE key = ?', '3', 'sync-b');
      return w.insert('settings', { key: 'sync-c', value: '4' });
    });
    expect(id).toBeGreaterThan(0);
    expect(await keys()).toEqual(['sync-a', 'sync-b', 'sync-c']);
    const b = await immediateSync(app.db, (w) =>
      w.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', 'sync-b'),
    );
    expect(b?.value).toBe('3');
  });

  it('leaves nothing when the work throws part-way, or a row is not what SQLite stores', async () => {
    app = await aTestApp();
    await expect(
      immediateSync(app.db, (w) => {
        w.insert('settings', { key: 'sync-a', value: '1' });
        throw new Error('crash between two steps');
      }),
    ).rejects.toThrow('crash between two steps');
    await expect(
      immediateSync(app.db, (w) => {
        w.insert('settings', { key: 'sync-a', value: '1' });
        // A boolean (or an object) is a bug in the caller, not something to store as text.
        w.insert('settings', { key: 'sync-b', value: true as unknown as string });
      }),
    ).rejects.toThrow(/settings.value/);
    await expect(
      immediateSync(app.db, (w) =>
        w.insertAll('settings', [{ key: 'sync-a', value: '1' }, { key: 'sync-b' } as { key: string; value: string }]),
      ),
    ).rejects.toThrow(/different columns/);
    expect(await keys()).toEqual([]);
  });

  it('refuses async work, a column the table lacks, and any write after the transaction', async () => {
    app = await aTestApp();
    // Compile-time guards: tsc fails on an unused @ts-expect-error, so these lines prove them.
    // @ts-expect-error a promise would let the writes after its first await escape the transaction
    await expect(immediateSync(app.db, async () => 1)).rejects.toThrow(/promise/);
    const row = { key: 'sync-a', value: '1', colour: 'red' };
    // @ts-expect-error a row held in a variable is checked too, not only a literal
    await expect(immediateSync(app.db, (w) => w.insert('settings', row))).rejects.toThrow(/colour/);
    let kept: SyncWriter | undefined;
    await immediateSync(app.db, (w) => {
      kept = w;
    });
    expect(() => kept?.insert('settings', { key: 'sync-late', value: '1' })).toThrow(/transaction is over/);
    // A name that is not a plain identifier never reaches the SQL text.
    const sneaky = { key: 'sync-b', 'value") values (1, 2); --': 'x' } as unknown as { key: string; value: string };
    await expect(immediateSync(app.db, (w) => w.insert('settings', sneaky))).rejects.toThrow(/not a column/);
    expect(await keys()).toEqual([]);
  });

  it('waits for a Kysely transaction open on the connection instead of failing inside it', async () => {
    app = await aTestApp();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = immediateTransaction(app.db, async (trx) => {
      await trx.insertInto('settings').values({ key: 'sync-first', value: '1' }).execute();
      await held; // an import waiting on something else while its transaction is open
      await trx.insertInto('settings').values({ key: 'sync-second', value: '2' }).execute();
    });
    const sale = immediateSync(app.db, (w) => w.insert('settings', { key: 'sync-third', value: '3' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([slow, sale]);
    // Ordered by rowid: the sale's row comes after both rows of the transaction it waited for.
    const rows = await sql<{ key: string }>`SELECT key FROM settings WHERE key LIKE 'sync-%' ORDER BY rowid`.execute(
      app.db,
    );
    expect(rows.rows.map((r) => r.key)).toEqual(['sync-first', 'sync-second', 'sync-third']);
  });
});
