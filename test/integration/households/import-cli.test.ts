import { describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { aTestApp, tempDbPath } from '../../support/builders';
import { runTill } from '../../support/cli';

const fixtures = 'test/fixtures/households';

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
    return (raw.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
  } finally {
    void close();
  }
}

describe('import households (CLI)', () => {
  it('imports a Dutch UTF-8-with-BOM file: exit 0, members grouped, cards issued', async () => {
    const db = await emptyDb();
    const r = till('import', 'households', '--db', db, '--file', `${fixtures}/valid.csv`, '--now', '2026-11-24');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('3 row(s), 2 valid household(s) with 3 people');
    expect(count(db)).toBe(2);
  }, 120_000);

  it('a bad row (French, Windows-1252): exit 1, line named, nothing written; --valid-only writes the good one', async () => {
    const db = await emptyDb();
    const r = till('import', 'households', '--db', db, '--file', `${fixtures}/one-bad-1252.csv`, '--now', '2026-11-24');
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 3: future-date-of-birth');
    expect(r.err).toContain('line 3: unknown-postal-code');
    expect(count(db)).toBe(0);
    const dry = till(
      'import',
      'households',
      '--db',
      db,
      '--file',
      `${fixtures}/one-bad.csv`,
      '--valid-only',
      '--dry-run',
      '--now',
      '2026-11-24',
    );
    expect(dry.code).toBe(1);
    expect(count(db)).toBe(0);
    const partial = till(
      'import',
      'households',
      '--db',
      db,
      '--file',
      `${fixtures}/one-bad.csv`,
      '--valid-only',
      '--now',
      '2026-11-24',
    );
    expect(partial.code).toBe(1);
    expect(count(db)).toBe(1);
  }, 120_000);

  it('an unreadable file: exit 2', async () => {
    const db = await emptyDb();
    expect(till('import', 'households', '--db', db, '--file', `${fixtures}/missing.csv`).code).toBe(2);
    expect(till('import', 'households', '--db', db, '--file', 'README.md').code).toBe(2);
  }, 120_000);
});
