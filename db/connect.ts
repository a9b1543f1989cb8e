// Opens the till's SQLite file with the pragmas the data promises rest on.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema';
import { statementCache, withStatementCache } from './statement-cache';
import { registerConnection } from './sync-transaction';

export interface ConnectOptions {
  /** Open without creating or writing (reports, verify). */
  readonly?: boolean;
  /** Refuse to create the file when it does not exist yet. */
  mustExist?: boolean;
  /** Electron loads a better-sqlite3 build for its own ABI (see main/shell/electron-native.ts). */
  nativeBinding?: string;
}

export interface Connection {
  db: Kysely<DB>;
  raw: Database.Database;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {}

/** Applies and reads back the pragmas; a file that cannot keep them is refused. */
export function applyPragmas(raw: Database.Database, readonly: boolean): void {
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  raw.pragma('trusted_schema = OFF');
  if (!readonly) {
    const mode = raw.pragma('journal_mode = WAL', { simple: true });
    if (String(mode).toLowerCase() !== 'wal') throw new DatabaseOpenError(`journal_mode is ${mode}, not wal`);
  }
  raw.pragma('synchronous = FULL');
  // synchronous=FULL reads back as 2; anything else means a committed sale could be lost.
  const sync = raw.pragma('synchronous', { simple: true });
  if (sync !== 2) throw new DatabaseOpenError(`synchronous is ${String(sync)}, not FULL (2): refusing to open`);
  if (raw.pragma('foreign_keys', { simple: true }) !== 1)
    throw new DatabaseOpenError('foreign_keys could not be enabled');
}

export function openRaw(path: string, options: ConnectOptions = {}): Database.Database {
  const raw = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.mustExist ?? options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyPragmas(raw, options.readonly ?? false);
  } catch (error) {
    raw.close();
    throw error;
  }
  return raw;
}

export function connect(path: string, options: ConnectOptions = {}): Connection {
  const raw = openRaw(path, options);
  // One statement cache for Kysely's queries and the synchronous commit (sync-transaction.ts).
  const prepare = statementCache(raw);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(raw, prepare) }) });
  registerConnection(db, { raw, prepare });
  return {
    db,
    raw,
    close: async () => {
      await db.destroy();
    },
  };
}
