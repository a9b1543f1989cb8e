// The print-queue worker against the fake printer and the memory store.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakePrinter, type PrinterFault } from '../../../hardware/printer/fake-printer';
import { MemoryPrintQueue } from '../../../hardware/printer/memory-print-queue';
import { type PrintQueueState, PrintQueueWorker } from '../../../hardware/printer/print-queue';
import type { ReceiptDocument } from '../../../hardware/printer/receipt-document';
import { emulate } from '../../support/printer-emulator/emulator';

const profile = { columns: 48, codePage: 'cp858' } as const;
const receipt = (n: number): ReceiptDocument => ({
  items: [{ kind: 'text', text: `Receipt ${n}` }, { kind: 'barcode', data: `T1-${n}` }, { kind: 'cut' }],
});
const printedNumbers = (printer: FakePrinter) => emulate(printer.printed).receipts.flatMap((r) => r.barcodes);

function setup() {
  const queue = new MemoryPrintQueue();
  const printer = new FakePrinter();
  const worker = new PrintQueueWorker(queue, printer, { profile });
  return { queue, printer, worker };
}

describe('print queue worker', () => {
  it('prints pending jobs in order and marks them printed', async () => {
    const { queue, printer, worker } = setup();
    for (const n of [1, 2, 3]) queue.add({ document: receipt(n), isCopy: false });
    while ((await worker.printNext()).kind === 'printed');
    expect(printedNumbers(printer)).toEqual(['T1-1', 'T1-2', 'T1-3']);
    expect(queue.pending).toBe(0);
  });

  it('does not send a job to a printer that is out of paper, and prints it once paper is back', async () => {
    const { queue, printer, worker } = setup();
    const id = queue.add({ document: receipt(1), isCopy: false });
    printer.inject('paper-out');
    expect(await worker.printNext()).toEqual({ kind: 'failed', jobId: id, reason: 'paper out' });
    expect(printer.spoiled).toEqual([]);
    printer.clear();
    expect(await worker.printNext()).toEqual({ kind: 'printed', jobId: id });
  });

  it.each<PrinterFault>(['paper-out', 'cover-open', 'port-closed'])(
    'keeps a job interrupted by %s pending and prints it whole later',
    async (fault) => {
      const { queue, printer, worker } = setup();
      queue.add({ document: receipt(1), isCopy: false });
      printer.failDuringNextJob(fault);
      expect((await worker.printNext()).kind).toBe('failed');
      expect(queue.jobs[0]).toMatchObject({ status: 'pending', attempts: 1 });
      printer.clear();
      expect((await worker.printNext()).kind).toBe('printed');
      expect(printedNumbers(printer)).toEqual(['T1-1']);
    },
  );

  it('marks a reprint COPY in a header line', async () => {
    const { queue, printer, worker } = setup();
    queue.add({ document: receipt(7), isCopy: true });
    await worker.printNext();
    expect(emulate(printer.printed).receipts[0]?.lines[0]).toBe('COPY');
  });

  it('backs off while the printer is away, and tries at once when woken', async () => {
    const { queue, printer } = setup();
    queue.add({ document: receipt(1), isCopy: false });
    printer.inject('port-closed');
    const waits: number[] = [];
    const states: PrintQueueState[] = [];
    let worker: PrintQueueWorker | undefined;
    const sleep = async (ms: number) => {
      waits.push(ms);
      if (waits.length === 5) printer.clear();
      if (waits.length === 6) await worker?.stop();
    };
    worker = new PrintQueueWorker(queue, printer, {
      profile,
      backoff: { initialMs: 100, maxMs: 1000 },
      idleMs: 5000,
      sleep,
      onState: (s) => states.push(s),
    });
    worker.start();
    await expect.poll(() => waits.length).toBe(6);
    expect(waits).toEqual([100, 200, 400, 800, 1000, 5000]);
    expect(states[0]).toMatchObject({ kind: 'waiting', reason: 'printer disconnected' });
    expect(printedNumbers(printer)).toEqual(['T1-1']);
  });

  it('does not forget a wake that comes while it is looking at the queue', async () => {
    const queue = new MemoryPrintQueue();
    let release: () => void = () => undefined;
    const looked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let worker: PrintQueueWorker | undefined;
    let first = true;
    // The first look at the queue is slow (a busy database); a sale is queued and wakes the worker meanwhile.
    const store = {
      nextPending: async () => {
        if (first) {
          first = false;
          worker?.wake();
          await looked;
          return undefined;
        }
        return queue.nextPending();
      },
      markPrinted: (id: number) => queue.markPrinted(id),
      markFailed: (id: number, error: string) => queue.markFailed(id, error),
    };
    const woken: boolean[] = [];
    worker = new PrintQueueWorker(store, new FakePrinter(), {
      profile,
      idleMs: 5000,
      sleep: async (_ms, signal) => {
        woken.push(signal.aborted);
        await worker?.stop();
      },
    });
    worker.start();
    release();
    await expect.poll(() => woken.length).toBe(1);
    expect(woken[0]).toBe(true); // the idle wait ends at once: the new job is looked at now
  });

  it('never loses or reorders a receipt, whatever faults strike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.constantFrom<PrinterFault>('paper-out', 'cover-open', 'port-closed', 'offline')), {
          minLength: 1,
          maxLength: 30,
        }),
        async (faults) => {
          const { queue, printer, worker } = setup();
          for (const n of faults.keys()) queue.add({ document: receipt(n), isCopy: false });
          for (const fault of faults) {
            if (fault) printer.failDuringNextJob(fault);
            while ((await worker.printNext()).kind === 'failed') printer.clear();
          }
          expect(printedNumbers(printer)).toEqual(faults.map((_, n) => `T1-${n}`));
        },
      ),
      { numRuns: 50 },
    );
  });
});
