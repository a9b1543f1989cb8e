import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { withCheckDigit } from '../../../main/contract/barcode';
import { aTestApp, tempDbPath } from '../../support/builders';
import { runTill } from '../../support/cli';

const till = (...args: string[]) => runTill(args);

async function emptyDb(): Promise<string> {
  const path = tempDbPath();
  const app = await aTestApp({ dbPath: path });
  await app.close();
  return path;
}

function count(path: string): number {
  const { raw, close } = connect(path, { readonly: true });
  try {
    return (raw.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
  } finally {
    void close();
  }
}

const good = withCheckDigit('541000000002');
const wrong = `${good.slice(0, 12)}${(Number(good.at(-1)) + 1) % 10}`;
const header = 'streepjescode;naam;franse naam;categorie;eenheid;sociale prijs;referentieprijs;btw;in budget';

describe('import / export products (CLI)', () => {
  it('exit 1 with the bad line named and nothing written; --valid-only writes the rest; export imports back', async () => {
    const db = await emptyDb();
    const csv = `${tempDbPath('products-')}.csv`;
    writeFileSync(
      csv,
      `${header}\r\n${withCheckDigit('541000000001')};Melk;Lait;;stuk;1,00;1,50;6;ja\r\n${wrong};Fout;Faux;;stuk;1;2;6;ja\r\n`,
    );
    const bad = till('import', 'products', '--db', db, '--file', csv);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('line 3: bad-check-digit');
    expect(count(db)).toBe(0);
    expect(till('import', 'products', '--db', db, '--file', csv, '--valid-only', '--dry-run').code).toBe(1);
    expect(count(db)).toBe(0);
    expect(till('import', 'products', '--db', db, '--file', csv, '--valid-only').code).toBe(1);
    expect(count(db)).toBe(1);
    const out = `${csv}.out.csv`;
    expect(till('export', 'products', '--db', db, '--out', out).code).toBe(0);
    const again = till('import', 'products', '--db', db, '--file', out);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('0 new, 1 updated, 0 price change(s)');
    expect(readFileSync(out, 'utf8')).toContain('Melk;Lait;;stuk;1,00;1,50;6;ja');
  }, 60_000);

  it('never creates the database: exit 2', () => {
    const missing = `${tempDbPath()}-missing.db`;
    const r = till('import', 'products', '--db', missing, '--file', 'README.md');
    expect(r.code).toBe(2);
    expect(existsSync(missing)).toBe(false);
  }, 30_000);
});
