// till verify finds a tampered sale, a broken chain and a gap, naming the entry.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { fixedClock } from '../../../main/api/clock';
import { createApp } from '../../../main/app';
import { buildDemo } from '../../../main/services/demo/build';
import { verifyDatabase } from '../../../main/services/verify';

let path = '';
beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'till-verify-')), 'till.db');
  const app = await createApp({ dbPath: path, clock: fixedClock('2026-11-24T12:00:00Z') });
  await buildDemo(app, { size: 'small', seed: 3, now: '2026-11-24' });
  await app.close();
}, 120_000);

function tamper(sql: string): string | undefined {
  const { raw } = connect(path);
  raw.exec('SAVEPOINT t');
  // Someone with the file can drop the triggers; the hash chain must still catch the edit.
  for (const t of ['sales', 'sale_lines', 'payments', 'journal']) {
    raw.exec(`DROP TRIGGER IF EXISTS ${t}_no_update; DROP TRIGGER IF EXISTS ${t}_no_delete;`);
  }
  try {
    raw.exec(sql);
    return verifyDatabase(raw).firstFault;
  } finally {
    raw.exec('ROLLBACK TO t');
    raw.close();
  }
}

describe('verify', () => {
  it('accepts the untouched file', () => {
    const { raw } = connect(path, { readonly: true });
    expect(verifyDatabase(raw).ok).toBe(true);
    raw.close();
  });

  it('refuses edits while the triggers are in place', () => {
    const { raw } = connect(path);
    expect(() => raw.exec('UPDATE sale_lines SET amount_cents = 1 WHERE id = 1')).toThrow(/append-only/);
    expect(() => raw.exec('DELETE FROM journal WHERE number = 5')).toThrow(/append-only/);
    raw.close();
  });

  it('names the entry whose line, payment or total was changed', () => {
    expect(tamper('UPDATE sale_lines SET amount_cents = amount_cents + 1 WHERE sale_id = 10')).toMatch(
      /#10: hash mismatch/,
    );
    expect(tamper("UPDATE payments SET method = 'voucher' WHERE sale_id = 20")).toMatch(/#20: hash mismatch/);
    expect(tamper('UPDATE sales SET total_cents = 0 WHERE number = 30')).toMatch(/#30/);
    expect(tamper('DELETE FROM sale_lines WHERE sale_id = 40 AND line_no = 1')).toMatch(/#40: hash mismatch/);
  });

  it('finds a gap and a rewritten chain', () => {
    expect(tamper('DELETE FROM journal WHERE number = 50')).toMatch(/expected number 50/);
    expect(tamper("UPDATE journal SET hash = 'x' WHERE number = 60")).toMatch(/#60: hash mismatch/);
  });
});
