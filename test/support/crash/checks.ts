// What the parent checks after every kill: the file reopens, passes `till verify` (integrity, foreign
// keys, gap-free numbers, hash chain), holds every sale the worker reported whole, holds no partial
// sale, and its stock and budget ledgers agree with the sales.
import { connect } from '../../../db/connect';
import { verifyDatabase } from '../../../main/services/verify';

export interface ReportedSale {
  saleId: number;
  number: number;
  hash: string;
  lines: number;
}

export interface CrashCheck {
  faults: string[];
  /** Reported (committed) sales missing or not whole after the reopen. */
  lost: number;
  sales: number;
}

export function parseReported(stdout: string): ReportedSale[] {
  const out: ReportedSale[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^committed (\d+) (\d+) ([0-9a-f]{64}) (\d+)$/.exec(line);
    if (m) out.push({ saleId: Number(m[1]), number: Number(m[2]), hash: m[3] ?? '', lines: Number(m[4]) });
  }
  return out;
}

export function checkCrashDatabase(path: string, reported: readonly ReportedSale[]): CrashCheck {
  // Opening read-write lets SQLite roll the WAL forward (or back) as the till would on restart.
  const { raw } = connect(path, { mustExist: true });
  const faults: string[] = [];
  let lost = 0;
  try {
    const report = verifyDatabase(raw);
    if (!report.ok) faults.push(`verify: ${report.firstFault}`);
    const sale = raw.prepare(
      `SELECT s.number, j.hash,
         (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id) AS lines,
         (SELECT COUNT(*) FROM payments p WHERE p.sale_id = s.id) AS payments
       FROM sales s JOIN journal j ON j.sale_id = s.id WHERE s.id = ?`,
    );
    for (const r of reported) {
      const row = sale.get(r.saleId) as { number: number; hash: string; lines: number; payments: number } | undefined;
      if (!row || row.number !== r.number || row.hash !== r.hash || row.lines !== r.lines || row.payments !== 1) {
        lost++;
        faults.push(`reported sale ${r.saleId} (#${r.number}) is ${row ? 'not whole' : 'missing'}`);
      }
    }
    const partial = raw
      .prepare(
        `SELECT s.id FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
           OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = s.id)
           OR NOT EXISTS (SELECT 1 FROM journal j WHERE j.sale_id = s.id)
           OR NOT EXISTS (SELECT 1 FROM print_jobs pj WHERE pj.sale_id = s.id)
           OR (SELECT COUNT(*) FROM stock_movements m WHERE m.sale_id = s.id)
              <> (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id)
           OR s.total_cents <> (SELECT SUM(amount_cents) FROM sale_lines l WHERE l.sale_id = s.id)
           OR s.total_cents + s.rounding_cents <> (SELECT SUM(amount_cents) FROM payments p WHERE p.sale_id = s.id)
         LIMIT 1`,
      )
      .get() as { id: number } | undefined;
    if (partial) faults.push(`sale ${partial.id} is partial`);
    const gap = raw
      .prepare('SELECT till_id, COUNT(*) AS n, MAX(number) AS top FROM sales GROUP BY till_id HAVING n <> top')
      .get() as { till_id: string } | undefined;
    if (gap) faults.push(`sale numbers of ${gap.till_id} have a gap`);
    const stock = raw
      .prepare(
        `SELECT p.id FROM products p WHERE p.stock_quantity <>
           (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.product_id = p.id) LIMIT 1`,
      )
      .get() as { id: number } | undefined;
    if (stock) faults.push(`product ${stock.id}: stock_quantity is not the sum of its movements`);
    const budget = raw
      .prepare(
        `SELECT s.id FROM sales s WHERE
           (SELECT COALESCE(SUM(b.amount_cents), 0) FROM budget_ledger b WHERE b.sale_id = s.id)
           <> CASE WHEN s.household_id IS NULL OR s.period_key IS NULL THEN 0 ELSE s.budget_cents END
         LIMIT 1`,
      )
      .get() as { id: number } | undefined;
    if (budget) faults.push(`sale ${budget.id}: budget ledger does not match its budget_cents`);
    const orphanLedger = raw
      .prepare('SELECT COUNT(*) FROM budget_ledger b LEFT JOIN sales s ON s.id = b.sale_id WHERE s.id IS NULL')
      .pluck()
      .get() as number;
    if (orphanLedger > 0) faults.push(`${orphanLedger} budget ledger rows without a sale`);
    const sales = raw.prepare('SELECT COUNT(*) FROM sales').pluck().get() as number;
    return { faults, lost, sales };
  } finally {
    raw.close();
  }
}
