// The full check of a database file (integrity, foreign keys, the journal's numbers and hash chain)
// done in small chunks on its own read-only connection, yielding to the event loop between chunks,
// so a check of the live file after start-up or of a fresh backup never delays the till.
import { setImmediate as tick } from 'node:timers/promises';
import { openRaw } from '../../../db/connect';
import { GENESIS_HASH } from '../../domain/journal-content';
import { journalHash, toJournalSale } from '../journal';
import { sqliteChecksInWorker } from './sqlite-check-worker';

export interface FileCheck {
  ok: boolean;
  fault: string | null;
}

type JournalRow = {
  till_id: string;
  number: number;
  kind: string;
  sale_id: number;
  at: string;
  prev_hash: string;
  hash: string;
};
type SaleArg = Parameters<typeof toJournalSale>[0];

const CHUNK = 100;

export async function checkFileInChunks(
  path: string,
  onProgress: (done: number) => void = () => {},
  options: { nativeBinding?: string | undefined } = {},
): Promise<FileCheck> {
  // SQLite's checks on a worker thread; if a thread cannot start here, table by table instead.
  let sqliteChecked = false;
  try {
    const sqlite = await sqliteChecksInWorker(path, options.nativeBinding);
    if (!sqlite.ok) return sqlite;
    sqliteChecked = true;
  } catch {
    sqliteChecked = false;
  }
  onProgress(0.5);
  const raw = openRaw(path, {
    readonly: true,
    mustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const tables = raw
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const journalCount = Number(raw.prepare('SELECT COUNT(*) FROM journal').pluck().get());
    const steps = (sqliteChecked ? 0 : tables.length * 2) + Math.ceil(journalCount / CHUNK) + 1;
    let done = 0;
    const step = async () => {
      done++;
      onProgress(0.5 + Math.min(0.5, done / steps / 2));
      await tick();
    };
    for (const table of sqliteChecked ? [] : tables) {
      // One table (and its indexes) per chunk: `integrity_check(T)` limits the work to T.
      const rows = raw.pragma(`integrity_check("${table.replaceAll('"', '""')}")`) as { integrity_check: string }[];
      const bad = rows.filter((r) => r.integrity_check !== 'ok');
      if (bad.length > 0) return { ok: false, fault: `integrity: ${table}: ${bad[0]?.integrity_check}` };
      await step();
    }
    for (const table of sqliteChecked ? [] : tables) {
      const fk = raw.pragma(`foreign_key_check("${table.replaceAll('"', '""')}")`) as {
        rowid: number;
        parent: string;
      }[];
      if (fk[0]) return { ok: false, fault: `foreign-keys: ${table} row ${fk[0].rowid} → ${fk[0].parent}` };
      await step();
    }
    const page = raw.prepare(
      `SELECT till_id, number, kind, sale_id, at, prev_hash, hash FROM journal
       WHERE (till_id, number) > (?, ?) ORDER BY till_id, number LIMIT ${CHUNK}`,
    );
    const saleById = raw.prepare('SELECT * FROM sales WHERE id = ?');
    const linesOf = raw.prepare('SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no');
    const paymentsOf = raw.prepare('SELECT * FROM payments WHERE sale_id = ? ORDER BY id');
    let till = '';
    let expected = 1;
    let prev = GENESIS_HASH;
    let cursor: [string, number] = ['', 0];
    for (;;) {
      const rows = page.all(...cursor) as JournalRow[];
      if (rows.length === 0) break;
      for (const e of rows) {
        if (e.till_id !== till) {
          till = e.till_id;
          expected = 1;
          prev = GENESIS_HASH;
        }
        const name = `journal entry ${e.till_id}#${e.number}`;
        if (e.number !== expected) return { ok: false, fault: `journal: ${name}: expected number ${expected}` };
        if (e.prev_hash !== prev) return { ok: false, fault: `journal: ${name}: previous hash does not match` };
        const sale = saleById.get(e.sale_id) as SaleArg | undefined;
        if (!sale || sale.till_id !== e.till_id || sale.number !== e.number || sale.at !== e.at || sale.kind !== e.kind)
          return { ok: false, fault: `journal: ${name}: its sale ${e.sale_id} is missing or does not match` };
        const content = toJournalSale(
          sale,
          linesOf.all(e.sale_id) as Parameters<typeof toJournalSale>[1],
          paymentsOf.all(e.sale_id) as Parameters<typeof toJournalSale>[2],
        );
        if (journalHash(prev, content) !== e.hash)
          return { ok: false, fault: `journal: ${name}: hash mismatch — sale ${e.sale_id} or this entry was changed` };
        prev = e.hash;
        expected++;
      }
      const last = rows[rows.length - 1];
      if (last) cursor = [last.till_id, last.number];
      await step();
    }
    const orphan = raw
      .prepare('SELECT s.id FROM sales s LEFT JOIN journal j ON j.sale_id = s.id WHERE j.id IS NULL LIMIT 1')
      .pluck()
      .get() as number | undefined;
    if (orphan !== undefined) return { ok: false, fault: `journal: sale ${orphan} has no journal entry` };
    await step();
    return { ok: true, fault: null };
  } catch (error) {
    return {
      ok: false,
      fault: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    raw.close();
  }
}
