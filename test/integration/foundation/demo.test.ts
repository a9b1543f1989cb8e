import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runTill } from '../../support/cli';

const tmp = mkdtempSync(join(tmpdir(), 'till-demo-'));
const till = (...args: string[]) => runTill(args);

function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  db.close();
  return out;
}

describe('till init --demo small', () => {
  const a = join(tmp, 'a.db');
  const b = join(tmp, 'b.db');

  it('builds a realistic database that till verify accepts', () => {
    const init = till('init', '--db', a, '--demo', 'small', '--seed', '7');
    expect(init.code, init.err).toBe(0);
    expect(init.out).toMatch(/150 households, 800 products, \d+ sales/);
    expect(init.out).toContain('coordinator');
    const verify = till('verify', '--db', a);
    expect(verify.code, verify.out + verify.err).toBe(0);
    expect(verify.out).toContain('hash chain valid');
    const db = new Database(a, { readonly: true });
    const roles = db.prepare('SELECT DISTINCT role FROM user_roles ORDER BY role').all();
    expect(roles).toEqual([{ role: 'cashier' }, { role: 'coordinator' }, { role: 'social-worker' }]);
    const months = db.prepare('SELECT COUNT(DISTINCT substr(at, 1, 7)) AS n FROM sales').get() as { n: number };
    expect(months.n).toBeGreaterThanOrEqual(3);
    const badCodes = db.prepare('SELECT barcode FROM products').all() as { barcode: string }[];
    expect(badCodes).toHaveLength(800);
    db.close();
  });

  it('gives identical rows in every table for the same seed and --now', () => {
    expect(till('init', '--db', b, '--demo', 'small', '--seed', '7').code).toBe(0);
    const first = dump(a);
    const second = dump(b);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const table of Object.keys(first)) expect(second[table], table).toEqual(first[table]);
  });

  it('gives different data for another seed', () => {
    const c = join(tmp, 'c.db');
    expect(till('init', '--db', c, '--demo', 'small', '--seed', '8').code).toBe(0);
    expect(dump(c).households).not.toEqual(dump(a).households);
  });
});

describe('CLI exit codes', () => {
  it('verify never creates the database it was asked to check, and exits 2', () => {
    const missing = join(tmp, 'missing.db');
    const result = till('verify', '--db', missing);
    expect(result.code).toBe(2);
    expect(result.err).toContain('not found');
    expect(existsSync(missing)).toBe(false);
  });

  it('serve refuses a non-loopback host with exit code 2', () => {
    const result = till('serve', '--db', join(tmp, 'a.db'), '--host', '0.0.0.0');
    expect(result.code).toBe(2);
    expect(result.err).toContain('loopback');
  });

  it('unknown flags and commands exit 2; --help exits 0', () => {
    expect(till('init', '--bogus').code).toBe(2);
    expect(till('frobnicate').code).toBe(2);
    const help = till('verify', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('verify --db FILE');
  });

  it('runs from its sources through npm, as the README shows (the other tests start its bundle)', () => {
    const help = spawnSync('npm', ['run', '--silent', 'till', '--', 'verify', '--help'], { encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('verify --db FILE');
  });
});
