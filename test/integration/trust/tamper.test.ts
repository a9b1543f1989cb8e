// Someone with the file drops the append-only triggers and edits committed sales, lines, payments
// or journal rows at random (1,000 tries). `till verify` must fail on every edit and name the entry.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/connect';
import type { App } from '../../../main/app';
import { verifyDatabase } from '../../../main/services/verify';
import { aTestApp, tempDbPath } from '../../support/builders';
import { aShopWithSales } from '../../support/trust-builders';

type Table = 'sales' | 'sale_lines' | 'payments' | 'journal';
interface Edit {
  table: Table;
  sql: string;
  /** The journal number(s) of the sale the edit touched: the fault must name one of them. */
  entries: number[];
  saleId: number;
  column: string;
}

// Every column of the four tables is fair game; ids are row identity, and moving a row to another
// sale is caught through both sales. newValue() always returns a different value.
let path = '';
let raw: Database.Database;
let rnd = 424242;
const random = (n: number) => {
  rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0;
  return (rnd >>> 8) % n;
};

beforeAll(async () => {
  path = tempDbPath('till-tamper-');
  const app: App = await aTestApp({ dbPath: path });
  await aShopWithSales(app, 6);
  await app.close();
  raw = connect(path).raw;
  // foreign_keys is a per-connection switch: someone editing the file turns it off too.
  raw.pragma('foreign_keys = OFF');
  for (const t of ['sales', 'sale_lines', 'payments', 'journal', 'budget_ledger'])
    raw.exec(`DROP TRIGGER IF EXISTS ${t}_no_update; DROP TRIGGER IF EXISTS ${t}_no_delete;`);
});
afterAll(() => raw?.close());

function columnsOf(table: Table): string[] {
  return (raw.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

function newValue(old: unknown): string {
  if (old === null) return String(1 + random(5));
  if (typeof old === 'number') {
    const delta = [1, -1, 100, -old, 7][random(5)] ?? 1;
    return String(old + (delta === 0 ? 1 : delta));
  }
  const s = String(old);
  const pick = random(3);
  if (pick === 0) return `'${s.slice(0, -1)}${s.endsWith('0') ? '1' : '0'}'`;
  if (pick === 1) return 'NULL';
  return `'${s}x'`;
}

function numberOfSale(saleId: number): number {
  return (raw.prepare('SELECT number FROM journal WHERE sale_id = ?').pluck().get(saleId) as number | undefined) ?? -1;
}

function randomEdit(): Edit {
  const table = (['sales', 'sale_lines', 'payments', 'journal'] as const)[random(4)] ?? 'sales';
  const rows = raw.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
  const row = rows[random(rows.length)] ?? {};
  const id = Number(row.id);
  const saleId = table === 'sales' ? id : Number(row.sale_id);
  const n = numberOfSale(saleId);
  const entries = [n, n + 1];
  const kind = random(10);
  if (kind === 0) return { table, sql: `DELETE FROM ${table} WHERE id = ${id}`, entries, saleId, column: '(delete)' };
  if (kind === 1 && table !== 'sales' && table !== 'journal') {
    const cols = columnsOf(table).filter((c) => c !== 'id');
    const values = cols.map((c) => (c === 'line_no' ? 'line_no + 50' : c));
    return {
      table,
      sql: `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE id = ${id}`,
      entries,
      saleId,
      column: '(insert copy)',
    };
  }
  const columns = columnsOf(table).filter((c) => c !== 'id');
  const column = columns[random(columns.length)] ?? 'id';
  const value = newValue(row[column]);
  // A row moved to another sale breaks that sale too, and may be the first break the chain meets.
  if (column === 'sale_id') entries.push(numberOfSale(Number(value)), numberOfSale(Number(value)) + 1);
  // A renumbered journal entry is named by the number it now carries.
  if (table === 'journal' && column === 'number') entries.push(Number(value));
  return {
    table,
    sql: `UPDATE ${table} SET ${column} = ${value} WHERE id = ${id}`,
    entries,
    saleId,
    column,
  };
}

describe('tamper detection', () => {
  it('the untouched file verifies', () => {
    expect(verifyDatabase(raw).ok).toBe(true);
  });

  it('fails verify on every random edit of sales, lines, payments and journal, naming the entry', () => {
    let applied = 0;
    let detected = 0;
    let named = 0;
    const missed: string[] = [];
    const columns = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const edit = randomEdit();
      raw.exec('SAVEPOINT tamper');
      try {
        try {
          const changes = raw.prepare(edit.sql).run().changes;
          if (changes === 0) continue;
        } catch {
          continue; // A NOT NULL, CHECK or UNIQUE constraint refused the edit: nothing changed.
        }
        const report = verifyDatabase(raw);
        applied++;
        columns.add(`${edit.table}.${edit.column}`);
        if (report.ok) {
          missed.push(edit.sql);
          continue;
        }
        detected++;
        const fault = report.firstFault ?? '';
        const isNamed =
          edit.entries.some((n) => fault.includes(`#${n}`)) ||
          fault.includes(`sale ${edit.saleId}`) ||
          /foreign-keys: .* row \d+/.test(fault);
        if (isNamed) named++;
        else missed.push(`not named: ${edit.sql} → ${fault}`);
      } finally {
        raw.exec('ROLLBACK TO tamper');
        raw.exec('RELEASE tamper');
      }
    }
    console.log(
      `tamper: ${applied} content edits applied, ${detected} detected, ${named} naming the entry ` +
        `(${((100 * detected) / Math.max(1, applied)).toFixed(1)} % detected) over ${columns.size} columns and row deletes/copies`,
    );
    expect(missed).toEqual([]);
    expect(applied).toBeGreaterThan(600);
    expect(named).toBe(applied);
  });

  // Columns that reference other rows (card, proxy, rule set, category) are in the hash too: an edit
  // that keeps foreign keys valid still fails `till verify`.
  it.each([
    ['sales.card_id', 'UPDATE sales SET card_id = (SELECT MAX(id) FROM cards) WHERE id = 1'],
    [
      'sales.proxy_id',
      'UPDATE sales SET proxy_id = NULL WHERE proxy_id IS NOT NULL AND id = (SELECT MIN(id) FROM sales WHERE proxy_id IS NOT NULL)',
    ],
    ['sales.rule_set_id', 'UPDATE sales SET rule_set_id = 42 WHERE id = 2'],
    ['sale_lines.category_id', 'UPDATE sale_lines SET category_id = 42 WHERE id = 2'],
  ])('an edit of %s fails verify', (_column, sql) => {
    raw.exec('SAVEPOINT gap');
    try {
      expect(raw.prepare(sql).run().changes).toBe(1);
      expect(verifyDatabase(raw).ok).toBe(false);
    } finally {
      raw.exec('ROLLBACK TO gap');
      raw.exec('RELEASE gap');
    }
  });
});
