// The print queue over the print_jobs table. Sales and Z reports insert their job in their own
// transaction; this store only reads the oldest pending job and records the outcome, so a printer
// fault can never undo or block a sale.
import type { Kysely } from 'kysely';
import type { DB, PrintJobKind } from '../../../db/schema';
import type { PrintJob, PrintQueueStore } from '../../../hardware/printer/print-queue';
import { type ReceiptDocument, receiptDocumentSchema } from '../../../hardware/printer/receipt-document';
import type { WaitingJob } from '../../contract/devices';

export class SqlitePrintQueue implements PrintQueueStore {
  constructor(
    readonly db: Kysely<DB>,
    private readonly now: () => Date,
  ) {}

  async nextPending(): Promise<PrintJob | undefined> {
    for (;;) {
      const row = await this.db
        .selectFrom('print_jobs')
        .select(['id', 'payload', 'is_copy'])
        .where('status', '=', 'pending')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!row) return undefined;
      const document = parseDocument(row.payload);
      if (document) return { id: row.id, document, isCopy: row.is_copy === 1 };
      // An unreadable payload (e.g. erased by retention) would hold up every later receipt forever.
      await this.db
        .updateTable('print_jobs')
        .set({ status: 'failed', last_error: 'unreadable document' })
        .where('id', '=', row.id)
        .execute();
    }
  }

  async markPrinted(id: number): Promise<void> {
    await this.db
      .updateTable('print_jobs')
      .set({ status: 'printed', printed_at: this.now().toISOString(), last_error: null })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.db
      .updateTable('print_jobs')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 200) }))
      .where('id', '=', id)
      .execute();
  }

  async enqueue(kind: PrintJobKind, document: ReceiptDocument, options: { isCopy?: boolean; saleId?: number } = {}) {
    const row = await this.db
      .insertInto('print_jobs')
      .values({
        created_at: this.now().toISOString(),
        kind,
        payload: JSON.stringify(document),
        is_copy: options.isCopy ? 1 : 0,
        sale_id: options.saleId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A copy of the sale's original receipt, queued again with the COPY header. */
  async reprintSale(saleId: number): Promise<number | undefined> {
    const original = await this.db
      .selectFrom('print_jobs')
      .select(['payload'])
      .where('sale_id', '=', saleId)
      .where('kind', '=', 'receipt')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    const document = original && parseDocument(original.payload);
    if (!document) return undefined;
    return this.enqueue('receipt', document, { isCopy: true, saleId });
  }

  /** Pending jobs, oldest first: what the cashier sees as "receipts waiting". */
  async waiting(): Promise<WaitingJob[]> {
    const rows = await this.db
      .selectFrom('print_jobs')
      .leftJoin('sales', 'sales.id', 'print_jobs.sale_id')
      .select([
        'print_jobs.id',
        'print_jobs.kind',
        'print_jobs.created_at',
        'print_jobs.attempts',
        'print_jobs.last_error',
        'print_jobs.is_copy',
        'print_jobs.sale_id',
        'sales.number as sale_number',
      ])
      .where('print_jobs.status', '=', 'pending')
      .orderBy('print_jobs.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      createdAt: r.created_at,
      attempts: r.attempts,
      lastError: r.last_error,
      isCopy: r.is_copy === 1,
      saleId: r.sale_id,
      saleNumber: r.sale_number,
    }));
  }

  waitingCount(): Promise<number> {
    return waitingPrintJobs(this.db);
  }

  /** The cashier gave up on a waiting receipt; it stays in the table, marked skipped. */
  async skip(id: number): Promise<boolean> {
    const result = await this.db
      .updateTable('print_jobs')
      .set({ status: 'skipped' })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async isPending(id: number): Promise<boolean> {
    const row = await this.db.selectFrom('print_jobs').select('status').where('id', '=', id).executeTakeFirst();
    return row?.status === 'pending';
  }
}

function parseDocument(payload: string): ReceiptDocument | undefined {
  try {
    const parsed = receiptDocumentSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Receipts and reports not printed yet (the till's "waiting" line and the health badge). */
export async function waitingPrintJobs(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('print_jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
