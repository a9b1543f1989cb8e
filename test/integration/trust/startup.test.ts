// Start-up: a backup before any migration of an existing file; the full check in the background,
// in chunks that let the event loop run, reporting a fault as a push event with the entry named.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { fixedClock } from '../../../main/api/clock';
import { createApp } from '../../../main/app';
import type { EventName } from '../../../main/contract/events';
import { writeSetting } from '../../../main/services/settings';
import { sqliteChecksInWorker } from '../../../main/services/trust/sqlite-check-worker';
import { verifyDatabase } from '../../../main/services/verify';
import { aTestApp, tempDbPath } from '../../support/builders';
import { aShopWithSales } from '../../support/trust-builders';

describe('start-up', () => {
  it('backs an existing file up before migrating it, and logs the backup', async () => {
    const path = tempDbPath('till-premigrate-');
    const first = await aTestApp({ dbPath: path });
    await aShopWithSales(first, 2);
    await first.close();
    // Pretend migration 0030 is new: undo it, as a file from the previous release would look.
    const { raw } = connect(path);
    raw.exec(`DROP TABLE backup_log; DROP TABLE backup_key; DROP TRIGGER audit_log_no_update;
      DROP TRIGGER audit_log_no_delete; DELETE FROM kysely_migration WHERE name = '0030_trust';`);
    raw.close();
    const app = await createApp({ dbPath: path, clock: fixedClock('2026-11-24T07:00:00Z'), background: false });
    const folder = join(dirname(path), 'till-backups');
    expect(readdirSync(folder)).toEqual(['till-backup-20261124T070000Z-pre-migration.db']);
    const log = await app.db.selectFrom('backup_log').selectAll().execute();
    expect(log).toMatchObject([{ kind: 'pre-migration', ok: 1, encrypted: 0 }]);
    await app.close();
    const backup = connect(join(folder, 'till-backup-20261124T070000Z-pre-migration.db'), { readonly: true });
    expect(verifyDatabase(backup.raw).ok).toBe(true);
    expect(backup.raw.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'backup_log'").get()).toBeUndefined();
    backup.raw.close();
    // A second start has nothing to migrate: no second backup.
    const again = await createApp({ dbPath: path, background: false });
    await again.close();
    expect(readdirSync(folder).filter((n) => n.endsWith('.db'))).toHaveLength(1);
  });

  it('takes a scheduled backup when one is due, and not again before the interval', async () => {
    const path = tempDbPath('till-schedule-');
    const clock = fixedClock('2026-11-24T07:00:00Z');
    const app = await createApp({ dbPath: path, clock, background: false });
    await app.trust.backupIfDue(); // no folder chosen: nothing
    const folder = join(dirname(path), 'usb');
    mkdirSync(folder); // the stick is plugged in
    await writeSetting(app.db, 'backupFolder', folder);
    await app.trust.backupIfDue();
    clock.advance(3_600_000);
    await app.trust.backupIfDue(); // 1 h later: not due (every 24 h)
    expect(readdirSync(folder)).toEqual(['till-backup-20261124T070000Z.db']);
    clock.advance(24 * 3_600_000);
    await app.trust.backupIfDue();
    expect(readdirSync(folder)).toHaveLength(2);
    expect((await app.trust.status()).recent.map((r) => r.kind)).toEqual(['scheduled', 'scheduled']);
    await app.close();
  });

  it('a new file needs no backup', async () => {
    const path = tempDbPath('till-fresh-');
    const app = await aTestApp({ dbPath: path });
    await app.close();
    expect(existsSync(join(dirname(path), 'till-backups'))).toBe(false);
  });

  it('checks the file in the background in chunks and reports a fault with the entry', async () => {
    const path = tempDbPath('till-monitor-');
    const app = await aTestApp({ dbPath: path });
    await aShopWithSales(app, 5);
    const events: [EventName, unknown][] = [];
    app.events.subscribe((name, payload) => events.push([name, payload]));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    // SQLite's own checks run on a worker thread (not the fallback) in this runtime too.
    expect(await sqliteChecksInWorker(path)).toEqual({ ok: true, fault: null });
    const ok = await app.trust.runIntegrity();
    expect(ok).toMatchObject({ state: 'ok', fault: null });
    expect(ticks).toBeGreaterThan(3); // the event loop kept running during the check
    app.connection.raw.exec('DROP TRIGGER payments_no_update; UPDATE payments SET amount_cents = 5 WHERE sale_id = 3');
    const failed = await app.trust.runIntegrity();
    clearInterval(ticker);
    expect(failed.state).toBe('failed');
    expect(failed.fault).toMatch(/till-1#3: hash mismatch/);
    expect(events.at(-1)).toEqual(['integrity:status', failed]);
    const status = await app.dispatcher.call({ channel: 'integrity:get-status', input: {} });
    expect(status.ok).toBe(false); // coordinators only
    await app.close();
  });
});
