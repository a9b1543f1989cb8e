// A backup taken while another connection keeps committing sales restores to a file `till verify`
// accepts; restore refuses a wrong passphrase, a changed byte and a tampered journal, and keeps the
// file it replaces.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { fixedClock } from '../../../main/api/clock';
import { type App, createApp } from '../../../main/app';
import { RestoreRefused, restoreBackup } from '../../../main/services/trust/restore';
import { verifyDatabase } from '../../../main/services/verify';
import { aUser, signIn, tempDbPath } from '../../support/builders';
import { buildCrashShop } from '../../support/crash/scenario';

const PASSPHRASE = 'a long shop passphrase';
let path = '';
let folder = '';
let app: App;
let worker: ChildProcess;
let reported = 0;

const sales = (file: string) => {
  const { raw } = connect(file, { readonly: true });
  try {
    return Number(raw.prepare('SELECT COUNT(*) FROM sales').pluck().get());
  } finally {
    raw.close();
  }
};

beforeAll(async () => {
  path = tempDbPath('till-backup-');
  folder = join(dirname(path), 'stick');
  mkdirSync(folder); // the stick is plugged in: a folder that is not there is refused
  await buildCrashShop(path);
  app = await createApp({ dbPath: path, clock: fixedClock('2026-11-24T18:00:00Z'), background: false });
  const coordinator = await aUser(app, ['coordinator'], 'Backup coordinator');
  const session = await signIn(app, coordinator.id);
  const set = await app.dispatcher.call({
    channel: 'backup:set-config',
    input: { folder, intervalHours: 24, passphrase: PASSPHRASE },
    session,
  });
  expect(set.ok).toBe(true);
  // The shift: another process sells through the real commitSale the whole time.
  worker = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash/worker.ts', path], {
    env: { ...process.env, TILL_CRASH_SEED: '5' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  worker.stdout?.on('data', (chunk: Buffer) => {
    reported += chunk
      .toString()
      .split('\n')
      .filter((l) => l.startsWith('committed')).length;
  });
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (reported >= 15) {
        clearInterval(poll);
        resolve();
      }
    }, 50);
  });
}, 120_000);
afterAll(async () => {
  worker?.kill('SIGKILL');
  await app?.close();
});

describe('backups', () => {
  let backupFile = '';

  it('takes an encrypted backup during a running shift', async () => {
    const before = reported;
    const record = await app.trust.runBackup('manual');
    expect(record).toMatchObject({ ok: true, encrypted: true, kind: 'manual' });
    expect(reported).toBeGreaterThan(before); // sales kept going while the backup ran
    backupFile = record.file;
    expect(readdirSync(folder)).toEqual([record.file.split('/').pop()]);
    expect(readFileSync(backupFile).subarray(0, 8).toString()).toBe('TILLBAK1');
    const status = await app.trust.status();
    expect(status.recent[0]).toMatchObject({ ok: true, kind: 'manual' });
  });

  it('restores it to a database that till verify accepts', async () => {
    const target = join(dirname(path), 'restored.db');
    const result = await restoreBackup(backupFile, target, {
      passphrase: PASSPHRASE,
      now: new Date('2026-11-24T19:00:00Z'),
    });
    expect(result.previous).toBeNull();
    const { raw } = connect(target, { readonly: true });
    const report = verifyDatabase(raw);
    raw.close();
    expect(report.firstFault).toBeUndefined();
    expect(sales(target)).toBeGreaterThanOrEqual(15);
  });

  it('refuses a wrong passphrase and a changed byte, changing nothing', async () => {
    const target = join(dirname(path), 'untouched.db');
    writeFileSync(target, 'keep me');
    await expect(
      restoreBackup(backupFile, target, { passphrase: 'not the passphrase!', now: new Date() }),
    ).rejects.toThrow(RestoreRefused);
    const bytes = readFileSync(backupFile);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(middle) ^ 0x01) & 0xff, middle);
    const damaged = join(folder, 'damaged.tillbak');
    writeFileSync(damaged, bytes);
    await expect(restoreBackup(damaged, target, { passphrase: PASSPHRASE, now: new Date() })).rejects.toThrow(
      /decrypted/,
    );
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('refuses a backup whose journal was tampered with, and keeps the file it replaces', async () => {
    const plain = join(dirname(path), 'plain.db');
    await restoreBackup(backupFile, plain, { passphrase: PASSPHRASE, now: new Date() });
    const tampered = join(dirname(path), 'tampered.db');
    await restoreBackup(backupFile, tampered, { passphrase: PASSPHRASE, now: new Date() });
    const { raw } = connect(tampered);
    raw.exec('DROP TRIGGER sale_lines_no_update; UPDATE sale_lines SET amount_cents = 1 WHERE id = 3');
    raw.close();
    await expect(restoreBackup(tampered, plain, { now: new Date() })).rejects.toThrow(/hash mismatch/);
    // A damaged page: SQLite's own check (on its worker thread) refuses it.
    const broken = join(dirname(path), 'broken.db');
    const pageSize = 4096;
    const good = readFileSync(plain);
    const bad = Buffer.from(good);
    bad.fill(0x5a, pageSize * 2, pageSize * 6); // b-tree pages of the first tables
    writeFileSync(broken, bad);
    await expect(restoreBackup(broken, plain, { now: new Date() })).rejects.toThrow(
      /integrity|could not be read|malformed/,
    );
    // A good restore over an existing file keeps that file under a before-restore name.
    const result = await restoreBackup(backupFile, plain, {
      passphrase: PASSPHRASE,
      now: new Date('2026-11-24T20:00:00Z'),
    });
    expect(result.previous).toBe(`${plain}.before-restore-20261124T200000Z`);
    expect(existsSync(result.previous ?? '')).toBe(true);
    expect(sales(result.previous ?? '')).toBe(sales(plain));
  });
});
