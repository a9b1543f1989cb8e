// The CLI: backup with a passphrase file, restore keeping the previous file, a refused restore that
// changes nothing, and the retention dry run.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { verifyDatabase } from '../../../main/services/verify';
import { aTestApp, tempDbPath } from '../../support/builders';
import { runTill } from '../../support/cli';
import { aShopWithSales } from '../../support/trust-builders';

const till = (...args: string[]) => runTill(args);

let db = '';
let dir = '';
beforeAll(async () => {
  db = tempDbPath('till-cli-');
  dir = dirname(db);
  const app = await aTestApp({ dbPath: db });
  await aShopWithSales(app, 2);
  await app.close();
  writeFileSync(join(dir, 'pass.txt'), 'the shop passphrase\n');
  writeFileSync(join(dir, 'wrong.txt'), 'not the passphrase!\n');
}, 60_000);

describe('till backup / restore / retention', () => {
  it('backs up encrypted, restores keeping the previous file, and verify accepts the result', () => {
    const out = join(dir, 'b.tillbak');
    const backup = till('backup', '--db', db, '--out', out, '--passphrase-file', join(dir, 'pass.txt'));
    expect(backup.out).toMatch(/encrypted\), checked/);
    expect(backup.code).toBe(0);
    const refused = till('restore', '--from', out, '--db', db, '--passphrase-file', join(dir, 'wrong.txt'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/restore refused, nothing changed/);
    expect(readdirSync(dir).some((n) => n.includes('before-restore'))).toBe(false);
    const before = readFileSync(db);
    const restored = till('restore', '--from', out, '--db', db, '--passphrase-file', join(dir, 'pass.txt'));
    expect(restored.code).toBe(0);
    const kept = /kept as (.*)$/m.exec(restored.out)?.[1] ?? '';
    expect(existsSync(kept)).toBe(true);
    expect(readFileSync(kept).equals(before)).toBe(true);
    const { raw } = connect(db, { readonly: true });
    expect(verifyDatabase(raw).firstFault).toBeUndefined();
    raw.close();
  }, 150_000);

  it('lists what retention would anonymise without changing anything', () => {
    const dry = till('retention', '--db', db, '--dry-run', '--now', '2026-11-24');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/household 1 {2}Gent {2}ended 2023-06-30/);
    expect(dry.out).toMatch(/dry run: 1 household\(s\) would be anonymised/);
    expect(readFileSync(db).toString('latin1')).toContain('Quispelaar');
  }, 90_000);
});
