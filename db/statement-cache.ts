// Kysely's SQLite driver prepares every query afresh. The till runs the same few dozen statements
// over and over (a scan, a commit), so keep the prepared ones, keyed by their SQL text: SQLite
// re-prepares a cached statement by itself after a schema change. (better-sqlite3 runs one
// statement at a time per connection, so a cached statement is never handed out while in use.)
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

export function statementCache(raw: BetterSqlite3.Database, limit = 500): (sql: string) => BetterSqlite3.Statement {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql) => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql); // re-insert: the Map's order is the least-recently-used order
      cache.set(sql, hit);
      return hit;
    }
    const statement = raw.prepare(sql);
    cache.set(sql, statement);
    if (cache.size > limit) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return statement;
  };
}

/** better-sqlite3 for Kysely's SQLite dialect, with `prepare` going through the cache. */
export function withStatementCache(
  raw: BetterSqlite3.Database,
  prepare: (sql: string) => BetterSqlite3.Statement = statementCache(raw),
): SqliteDatabase {
  return { close: () => raw.close(), prepare };
}
