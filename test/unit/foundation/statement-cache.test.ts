import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statementCache, withStatementCache } from '../../../db/statement-cache';

describe('the prepared-statement cache', () => {
  const open = () => {
    const raw = new Database(':memory:');
    raw.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)');
    return raw;
  };

  it('hands back the same statement for the same SQL, usable again after a stream ended early', () => {
    const db = withStatementCache(open());
    const first = db.prepare('SELECT n FROM t');
    expect(db.prepare('SELECT n FROM t')).toBe(first);
    const rows = first.iterate([]);
    rows.next();
    rows.return?.(); // a stream the caller stopped reading releases the statement
    expect(db.prepare('SELECT n FROM t').all([])).toHaveLength(3);
    db.close();
  });

  it('forgets the least recently used statement beyond its limit', () => {
    const raw = open();
    const db = withStatementCache(raw, statementCache(raw, 2));
    const a = db.prepare('SELECT 1');
    db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(a); // refreshes 'SELECT 1'
    db.prepare('SELECT 3'); // evicts 'SELECT 2'
    expect(db.prepare('SELECT 1')).toBe(a);
    const b = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 2')).toBe(b);
    db.close();
  });

  it('still runs a cached statement after the table it reads was altered', () => {
    const raw = open();
    const db = withStatementCache(raw);
    expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    raw.exec('ALTER TABLE t ADD COLUMN m INTEGER DEFAULT 0');
    expect(db.prepare('SELECT * FROM t').all([])[0]).toEqual({ n: 1, m: 0 });
    db.close();
  });
});
