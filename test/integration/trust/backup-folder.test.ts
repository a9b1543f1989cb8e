// The backup folder is usually a USB stick's mount point: it is never created. Saving a folder that
// is not there is refused with a field error; a scheduled backup while the stick is out fails in
// the log and in the status, writes nothing anywhere, and is retried at the next look.
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { fixedClock } from '../../../main/api/clock';
import { type App, createApp } from '../../../main/app';
import { writeSetting } from '../../../main/services/settings';
import { aUser, signIn, tempDbPath } from '../../support/builders';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function setup() {
  const path = tempDbPath('till-backup-folder-');
  const clock = fixedClock('2026-11-24T07:00:00Z');
  app = await createApp({ dbPath: path, clock, background: false });
  const coordinator = await aUser(app, ['coordinator'], 'Folder coordinator');
  const session = await signIn(app, coordinator.id);
  const setConfig = (folder: string, intervalHours = 24) =>
    (app as App).dispatcher.call({ channel: 'backup:set-config', input: { folder, intervalHours }, session });
  return { app, clock, setConfig, root: dirname(path) };
}

describe('backup folder', () => {
  it('refuses a folder that is not there, a file, and an interval of 0 hours, and saves nothing', async () => {
    const { app, setConfig, root } = await setup();
    const stick = join(root, 'media', 'STICK');
    expect(await setConfig(stick)).toMatchObject({
      ok: false,
      error: { reason: 'invalid-fields', fields: [{ path: 'folder', code: 'folder-missing' }] },
    });
    expect(existsSync(stick)).toBe(false);
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    expect(await setConfig(file)).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'folder', code: 'not-a-folder' }] },
    });
    mkdirSync(stick, { recursive: true });
    expect(await setConfig(stick, 0)).toMatchObject({ ok: false, error: { fields: [{ path: 'intervalHours' }] } });
    expect((await app.trust.status()).folder).toBeNull();
    expect(await setConfig(stick)).toEqual({ ok: true, value: {} });
    expect(await app.trust.status()).toMatchObject({ folder: stick, folderProblem: null });
  });

  it('refuses a folder it cannot write to', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const { setConfig, root } = await setup();
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    expect(await setConfig(locked)).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'folder', code: 'folder-not-writable' }] },
    });
  });

  it('a scheduled backup with the stick out fails visibly, writes nowhere, and is retried', async () => {
    const { app, clock, root } = await setup();
    const stick = join(root, 'media', 'STICK');
    await writeSetting(app.db, 'backupFolder', stick); // chosen while plugged in, pulled out since
    const results: unknown[] = [];
    app.events.subscribe((name, payload) => name === 'backup:result' && results.push(payload));
    await app.trust.backupIfDue();
    expect(results).toEqual([{ ok: false }]); // every open screen's warning looks again
    expect(existsSync(stick)).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('till-backup-'))).toEqual([]);
    const failed = await app.trust.status();
    expect(failed.folderProblem).toBe('folder-missing');
    expect(failed.recent).toMatchObject([{ kind: 'scheduled', ok: false, detail: 'folder-missing' }]);
    // Still due: the next look (10 minutes later) tries again and succeeds once the stick is back.
    expect(failed.nextDueAt).toBe('2026-11-24T07:00:00.000Z');
    mkdirSync(stick, { recursive: true });
    clock.advance(10 * 60_000);
    await app.trust.backupIfDue();
    expect(readdirSync(stick)).toEqual(['till-backup-20261124T071000Z.db']);
    const after = await app.trust.status();
    expect(after.folderProblem).toBeNull();
    expect(after.recent.map((r) => r.ok)).toEqual([true, false]);
  });

  it('the backup before a migration does not create a missing stick folder either: it goes next to the file', async () => {
    const { app: first, root } = await setup();
    const stick = join(root, 'media', 'STICK');
    await writeSetting(first.db, 'backupFolder', stick);
    const path = first.connection.raw.name;
    await first.close();
    app = null;
    // Pretend migration 0030 is new, as in startup.test.ts.
    const { raw } = connect(path);
    raw.exec(`DROP TABLE backup_log; DROP TABLE backup_key; DROP TRIGGER audit_log_no_update;
      DROP TRIGGER audit_log_no_delete; DELETE FROM kysely_migration WHERE name = '0030_trust';`);
    raw.close();
    app = await createApp({ dbPath: path, clock: fixedClock('2026-11-24T08:00:00Z'), background: false });
    expect(existsSync(stick)).toBe(false);
    expect(readdirSync(join(root, 'till-backups'))).toEqual(['till-backup-20261124T080000Z-pre-migration.db']);
  });
});
