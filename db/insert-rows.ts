// Multi-row inserts without the query builder: a 20-line sale's lines and stock movements are 360
// values, and building and compiling them as Kysely nodes cost more than SQLite writing them. The
// SQL text depends only on the table, the columns and the row count, so it is made once and kept
// (and the connection's statement cache keeps the prepared statement). Columns are checked against
// the schema's types; values go as parameters, never into the text.
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { DB } from './schema';

type Table = keyof DB & string;
type Row<T extends Table> = Insertable<DB[T]>;
type Value = string | number | bigint | null;

const texts = new Map<string, string>();
/** Far below SQLite's 32,766 parameters for the widest table. */
const rowsPerStatement = 500;

function insertText(table: string, columns: readonly string[], rows: number): string {
  const key = `${table}|${columns.join(',')}|${rows}`;
  let text = texts.get(key);
  if (text === undefined) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const names = columns.map((c) => `"${c}"`).join(', ');
    text = `insert into "${table}" (${names}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`;
    texts.set(key, text);
  }
  return text;
}

export async function insertRows<T extends Table, C extends keyof Row<T> & string>(
  db: Kysely<DB>,
  table: T,
  columns: readonly C[],
  rows: readonly { [K in C]: Row<T>[K] & Value }[],
): Promise<void> {
  for (let from = 0; from < rows.length; from += rowsPerStatement) {
    const chunk = rows.slice(from, from + rowsPerStatement);
    const parameters: Value[] = [];
    for (const row of chunk) for (const column of columns) parameters.push(row[column]);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, chunk.length), parameters));
  }
}
