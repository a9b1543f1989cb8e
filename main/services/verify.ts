// `till verify`: SQLite integrity and foreign keys, then the sales journal — gap-free numbers per
// till, every sale journaled once, and the SHA-256 chain recomputed from each sale's content.
// Reads through raw better-sqlite3 statements because it walks every sale of the file.
import type Database from 'better-sqlite3';
import { GENESIS_HASH } from '../domain/journal-content';
import { journalHash, toJournalSale } from './journal';

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  checks: VerifyCheck[];
  firstFault?: string;
}

type JournalRow = {
  id: number;
  till_id: string;
  number: number;
  kind: 'sale' | 'return';
  sale_id: number;
  at: string;
  prev_hash: string;
  hash: string;
};

function journalFault(raw: Database.Database): { fault?: string; entries: number; tills: number } {
  const entries = raw
    .prepare('SELECT id, till_id, number, kind, sale_id, at, prev_hash, hash FROM journal ORDER BY till_id, number')
    .iterate() as IterableIterator<JournalRow>;
  const saleById = raw.prepare('SELECT * FROM sales WHERE id = ?');
  const linesOf = raw.prepare('SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no');
  const paymentsOf = raw.prepare('SELECT * FROM payments WHERE sale_id = ? ORDER BY id');
  let till = '';
  let expectedNumber = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const tills = new Set<string>();
  for (const entry of entries) {
    count++;
    if (entry.till_id !== till) {
      till = entry.till_id;
      tills.add(till);
      expectedNumber = 1;
      prevHash = GENESIS_HASH;
    }
    const name = `journal entry ${entry.till_id}#${entry.number}`;
    if (entry.number !== expectedNumber)
      return {
        fault: `${name}: expected number ${expectedNumber} (gap or duplicate)`,
        entries: count,
        tills: tills.size,
      };
    if (entry.prev_hash !== prevHash)
      return {
        fault: `${name}: previous hash does not match entry #${expectedNumber - 1}`,
        entries: count,
        tills: tills.size,
      };
    const sale = saleById.get(entry.sale_id) as Parameters<typeof toJournalSale>[0] | undefined;
    if (!sale) return { fault: `${name}: its sale ${entry.sale_id} is missing`, entries: count, tills: tills.size };
    if (
      sale.till_id !== entry.till_id ||
      sale.number !== entry.number ||
      sale.kind !== entry.kind ||
      sale.at !== entry.at
    ) {
      return {
        fault: `${name}: sale ${entry.sale_id} does not match its journal entry`,
        entries: count,
        tills: tills.size,
      };
    }
    const content = toJournalSale(
      sale,
      linesOf.all(entry.sale_id) as Parameters<typeof toJournalSale>[1],
      paymentsOf.all(entry.sale_id) as Parameters<typeof toJournalSale>[2],
    );
    if (journalHash(prevHash, content) !== entry.hash) {
      return {
        fault: `${name}: hash mismatch — sale ${entry.sale_id} or this entry was changed after commit`,
        entries: count,
        tills: tills.size,
      };
    }
    prevHash = entry.hash;
    expectedNumber++;
  }
  const orphan = raw
    .prepare(
      'SELECT s.id, s.till_id, s.number FROM sales s LEFT JOIN journal j ON j.sale_id = s.id WHERE j.id IS NULL LIMIT 1',
    )
    .get() as { id: number; till_id: string; number: number } | undefined;
  if (orphan)
    return {
      fault: `sale ${orphan.id} (${orphan.till_id}#${orphan.number}) has no journal entry`,
      entries: count,
      tills: tills.size,
    };
  const twice = raw.prepare('SELECT sale_id FROM journal GROUP BY sale_id HAVING COUNT(*) > 1 LIMIT 1').get() as
    | { sale_id: number }
    | undefined;
  if (twice) return { fault: `sale ${twice.sale_id} is journaled more than once`, entries: count, tills: tills.size };
  return { entries: count, tills: tills.size };
}

export function verifyDatabase(raw: Database.Database): VerifyReport {
  const checks: VerifyCheck[] = [];
  const integrity = raw.pragma('integrity_check') as { integrity_check: string }[];
  const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
  checks.push({
    name: 'integrity',
    ok: integrityOk,
    detail: integrityOk
      ? 'ok'
      : integrity
          .map((r) => r.integrity_check)
          .slice(0, 3)
          .join('; '),
  });
  const fk = raw.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  const first = fk[0];
  checks.push({
    name: 'foreign-keys',
    ok: fk.length === 0,
    detail: first ? `${fk.length} broken, first: ${first.table} row ${first.rowid} → ${first.parent}` : 'ok',
  });
  const journal = journalFault(raw);
  checks.push({
    name: 'journal',
    ok: !journal.fault,
    detail:
      journal.fault ?? `${journal.entries} entries on ${journal.tills} till(s): numbers gap-free, hash chain valid`,
  });
  const fault = checks.find((c) => !c.ok);
  return { ok: !fault, checks, ...(fault ? { firstFault: `${fault.name}: ${fault.detail}` } : {}) };
}
