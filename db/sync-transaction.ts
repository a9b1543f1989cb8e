// A sale's commit as one synchronous `BEGIN IMMEDIATE` transaction of prepared statements on the
// connection behind a Kysely instance. Through Kysely every statement is built, compiled and
// awaited; a 20-line sale took twice the time of the same rows written directly (till.commit's
// `ratio`). Run synchronously, no other call's query can run between two statements of the sale.
// Kysely's connection lock is held meanwhile, so no Kysely transaction is open on the connection.
import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from './schema';

type Table = keyof DB & string;
export type SqlValue = string | number | bigint | null;

interface Handle {
  raw: BetterSqlite3.Database;
  prepare: (sql: string) => BetterSqlite3.Statement;
}

const handles = new WeakMap<Kysely<DB>, Handle>();

/** Called by `connect` for every Kysely instance it makes. */
export function registerConnection(db: Kysely<DB>, handle: Handle): void {
  handles.set(db, handle);
}

/** A row naming only columns of its table: checked for variables too, not only for literals. */
type RowOf<T extends Table, R> = R & { [K in Exclude<keyof R, keyof Insertable<DB[T]>>]: never };
/** `work` must finish before the transaction does: a promise would let its later writes escape it. */
type NotPromise<T> = T extends PromiseLike<unknown> ? never : T;

export interface SyncWriter {
  /** Inserts one row (columns as given, undefined ones left to their default); returns its rowid. */
  insert<T extends Table, R extends Insertable<DB[T]>>(table: T, row: RowOf<T, R>): number;
  /** Inserts rows that all name the same columns, through one prepared statement. */
  insertAll<T extends Table, R extends Insertable<DB[T]>>(table: T, rows: readonly RowOf<T, R>[]): void;
  /** The first row of a query, or undefined. */
  get<R>(sql: string, ...params: SqlValue[]): R | undefined;
  run(sql: string, ...params: SqlValue[]): void;
}

const insertTexts = new Map<string, string>();
const identifier = /^[a-z_][a-z0-9_]*$/;

function insertText(table: string, columns: readonly string[]): string {
  const key = `${table}|${columns.join(',')}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    // Names go into the SQL text: only plain identifiers, whatever object a caller passes.
    for (const name of [table, ...columns]) if (!identifier.test(name)) throw new TypeError(`not a column: ${name}`);
    const names = columns.map((c) => `"${c}"`).join(', ');
    text = `insert into "${table}" (${names}) values (${columns.map(() => '?').join(', ')})`;
    insertTexts.set(key, text);
  }
  return text;
}

const columnsOf = (row: object) =>
  Object.entries(row)
    .filter(([, value]) => value !== undefined)
    .map(([column]) => column);

function valuesOf(table: string, row: object, columns: readonly string[]): SqlValue[] {
  const given = columnsOf(row);
  if (given.length !== columns.length || given.some((column, i) => column !== columns[i]))
    throw new TypeError(`${table}: rows name different columns`);
  return columns.map((column) => {
    const value: unknown = (row as Record<string, unknown>)[column];
    if (!isSqlValue(value)) throw new TypeError(`${table}.${column}: not a value SQLite stores`);
    return value;
  });
}

function isSqlValue(value: unknown): value is SqlValue {
  return value === null || ['string', 'number', 'bigint'].includes(typeof value);
}

function writer({ prepare }: Handle, isOpen: () => boolean): SyncWriter {
  const statement = (sql: string) => {
    if (!isOpen()) throw new Error('the transaction is over: nothing more can be written in it');
    return prepare(sql);
  };
  return {
    insert(table, row) {
      const columns = columnsOf(row);
      return Number(statement(insertText(table, columns)).run(valuesOf(table, row, columns)).lastInsertRowid);
    },
    insertAll(table, rows) {
      const first = rows[0];
      if (first === undefined) return;
      const columns = columnsOf(first);
      const insert = statement(insertText(table, columns));
      for (const row of rows) insert.run(valuesOf(table, row, columns));
    },
    get: <R>(sql: string, ...params: SqlValue[]) => statement(sql).get(params) as R | undefined,
    run: (sql, ...params) => void statement(sql).run(params),
  };
}

/** Runs `work` in one `BEGIN IMMEDIATE` transaction; a throw rolls everything back. */
export async function immediateSync<T>(db: Kysely<DB>, work: (w: SyncWriter) => NotPromise<T>): Promise<T> {
  const handle = handles.get(db);
  if (!handle) throw new Error('immediateSync needs a database opened with connect()');
  return db.connection().execute(async () => {
    let open = true;
    try {
      return handle.raw.transaction(() => work(writer(handle, () => open))).immediate();
    } finally {
      open = false;
    }
  });
}

/**
 * Runs synchronous `work` on the raw better-sqlite3 handle while holding Kysely's connection lock.
 * There is one connection, and another call's Kysely transaction holds that lock from BEGIN to
 * COMMIT or ROLLBACK: work on the handle without the lock runs inside that transaction, so its
 * writes are rolled back when that call is refused and its reads see rows never committed.
 * Every direct use of the handle in a running app goes through here (or `immediateSync`).
 */
export async function rawSync<T>(db: Kysely<DB>, work: (raw: BetterSqlite3.Database) => NotPromise<T>): Promise<T> {
  const handle = handles.get(db);
  if (!handle) throw new Error('rawSync needs a database opened with connect()');
  return db.connection().execute(async () => work(handle.raw));
}
