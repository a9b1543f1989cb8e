// Prints queued jobs in order, and never drops one. Storage-agnostic: the SQLite queue (jobs
// written in the sale's own transaction) implements PrintQueueStore; tests use the memory one.
//
// Each job is printed only when the printer says it is ready, and counts as printed only when the
// printer still says so afterwards. A fault during a job (paper out, cover open, cable pulled)
// leaves it pending, and it is printed again in full once the printer is back. A receipt may thus
// come out twice in a rare case (the printer stops answering right after a complete job), but it
// is never lost.
import { encodeReceipt } from './escpos-encoder';
import type { ReceiptPrinter } from './printer';
import type { PrinterProfile, ReceiptDocument, ReceiptItem } from './receipt-document';
import { describeStatus, isReadyToPrint } from './status';

export interface PrintJob {
  id: number;
  document: ReceiptDocument;
  /** A reprint asked for by the cashier: rendered with a COPY header line. */
  isCopy: boolean;
}

export interface PrintQueueStore {
  /** The oldest pending job; the same one again until it is marked printed (or skipped elsewhere). */
  nextPending(): Promise<PrintJob | undefined>;
  markPrinted(id: number): Promise<void>;
  /** Records a failed attempt and its reason; the job stays pending. */
  markFailed(id: number, error: string): Promise<void>;
}

export type PrintQueueState =
  | { kind: 'idle' }
  | { kind: 'printing'; jobId: number }
  | { kind: 'waiting'; jobId: number | undefined; reason: string; retryInMs: number };

export type PrintOutcome =
  | { kind: 'idle' }
  | { kind: 'printed'; jobId: number }
  | { kind: 'failed'; jobId: number | undefined; reason: string };

export interface PrintQueueOptions {
  profile: PrinterProfile;
  copyLabel?: string;
  /** How often an empty queue is looked at; wake() skips the wait when a job is added. */
  idleMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  onState?: (state: PrintQueueState) => void;
  /** Injected so tests need no wall clock. Resolves early when the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The document as printed: a reprint gets a COPY header so it cannot pass for the original. */
export function renderJob(job: PrintJob, profile: PrinterProfile, copyLabel = 'COPY'): Uint8Array {
  const header: ReceiptItem = { kind: 'text', text: copyLabel, align: 'center', bold: true, size: 'double' };
  const items = job.isCopy ? [header, ...job.document.items] : job.document.items;
  return encodeReceipt({ items }, profile);
}

export class PrintQueueWorker {
  readonly #options: Required<Omit<PrintQueueOptions, 'onState'>> & Pick<PrintQueueOptions, 'onState'>;
  #running: Promise<void> | undefined;
  #stopped = true;
  #wakeUp = new AbortController();

  constructor(
    private readonly store: PrintQueueStore,
    private readonly printer: ReceiptPrinter,
    options: PrintQueueOptions,
  ) {
    this.#options = {
      copyLabel: 'COPY',
      idleMs: 2000,
      backoff: { initialMs: 500, maxMs: 30_000 },
      sleep: abortableSleep,
      ...options,
    };
  }

  /** One attempt at the oldest pending job. */
  async printNext(): Promise<PrintOutcome> {
    const job = await this.store.nextPending();
    if (!job) return { kind: 'idle' };
    const fail = async (reason: string): Promise<PrintOutcome> => {
      await this.store.markFailed(job.id, reason);
      return { kind: 'failed', jobId: job.id, reason };
    };
    const before = await this.printer.status();
    if (!isReadyToPrint(before)) return fail(describeStatus(before));
    this.#options.onState?.({ kind: 'printing', jobId: job.id });
    try {
      await this.printer.print(renderJob(job, this.#options.profile, this.#options.copyLabel));
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    const after = await this.printer.status();
    if (!isReadyToPrint(after)) return fail(`${describeStatus(after)} during printing`);
    await this.store.markPrinted(job.id);
    return { kind: 'printed', jobId: job.id };
  }

  start(): void {
    if (this.#running) return;
    this.#stopped = false;
    this.#running = this.#loop().finally(() => {
      this.#running = undefined;
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wakeUp.abort();
    await this.#running;
  }

  /** A job was queued, or the cashier pressed retry: stop waiting and try now. */
  wake(): void {
    this.#wakeUp.abort();
  }

  async #loop(): Promise<void> {
    const { backoff, idleMs, sleep, onState } = this.#options;
    let delay = backoff.initialMs;
    while (!this.#stopped) {
      // A fresh signal before looking at the queue, so a wake() that comes while a job is read or
      // printed makes the sleep below end at once instead of being forgotten.
      if (this.#wakeUp.signal.aborted) this.#wakeUp = new AbortController();
      let outcome: PrintOutcome;
      try {
        outcome = await this.printNext();
      } catch (error) {
        // The store itself failed (database busy): nothing was marked, so nothing is lost.
        outcome = { kind: 'failed', jobId: undefined, reason: error instanceof Error ? error.message : String(error) };
      }
      if (this.#stopped) return;
      let wait: number;
      switch (outcome.kind) {
        case 'printed':
          delay = backoff.initialMs;
          continue;
        case 'idle':
          delay = backoff.initialMs;
          wait = idleMs;
          onState?.({ kind: 'idle' });
          break;
        case 'failed':
          wait = delay;
          delay = Math.min(delay * 2, backoff.maxMs);
          onState?.({ kind: 'waiting', jobId: outcome.jobId, reason: outcome.reason, retryInMs: wait });
          break;
        default:
          return outcome satisfies never;
      }
      await sleep(wait, this.#wakeUp.signal);
      if (this.#wakeUp.signal.aborted) delay = backoff.initialMs;
    }
  }
}
