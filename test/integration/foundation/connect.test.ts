import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import { migrateToLatest, pendingMigrations } from '../../../db/migrate';
import { migrations } from '../../../db/migrations/index';
import { tempDbPath } from '../../support/builders';

describe('connect', () => {
  it('opens with WAL, synchronous=FULL, foreign keys on and trusted_schema off', async () => {
    const { raw, close } = connect(tempDbPath());
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(5000);
    await close();
  });

  it('refuses to create a file it was asked only to read', () => {
    const path = tempDbPath();
    expect(() => connect(path, { readonly: true })).toThrow();
    expect(existsSync(path)).toBe(false);
  });

  it('migrates a new file to the latest version, once', async () => {
    const { db, close } = connect(tempDbPath());
    expect(await pendingMigrations(db as never)).toEqual(Object.keys(migrations));
    await migrateToLatest(db as never);
    expect(await pendingMigrations(db as never)).toEqual([]);
    await migrateToLatest(db as never);
    await close();
  });
});
