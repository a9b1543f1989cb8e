// The print-queue worker driving the serial printer over a pty pair while faults come and go:
// every receipt comes out whole, in order, and reprints carry their COPY line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer';
import { MemoryPrintQueue } from '../../../hardware/printer/memory-print-queue';
import { PrintQueueWorker } from '../../../hardware/printer/print-queue';
import type { ReceiptDocument } from '../../../hardware/printer/receipt-document';
import { SerialTransport } from '../../../hardware/printer/serial-transport';
import { type PtyPair, startPtyPair } from '../../support/printer-emulator/pty-pair';
import { SerialPrinterEmulator } from '../../support/printer-emulator/serial-emulator';

let pair: PtyPair;
beforeAll(async () => {
  pair = await startPtyPair();
});
afterAll(async () => {
  await pair?.stop();
});

const receipt = (n: number): ReceiptDocument => ({
  items: [{ kind: 'text', text: `Ticket ${n}` }, { kind: 'barcode', data: `T1-${n}` }, { kind: 'cut' }],
});

describe('print queue over the pty pair', () => {
  it('prints every receipt in order through paper out, cover open and a pulled cable', async () => {
    const emulator = new SerialPrinterEmulator(pair.printerPath);
    await emulator.open();
    const printer = new EscPosPrinter(new SerialTransport({ path: pair.tillPath, baudRate: 115200 }), {
      statusMs: 150,
    });
    const queue = new MemoryPrintQueue();
    const waits: string[] = [];
    const worker = new PrintQueueWorker(queue, printer, {
      profile: { columns: 32, codePage: 'wpc1252' },
      idleMs: 20,
      backoff: { initialMs: 10, maxMs: 100 },
      onState: (s) => {
        if (s.kind === 'waiting') waits.push(s.reason);
      },
    });
    worker.start();
    try {
      queue.add({ document: receipt(1), isCopy: false });
      emulator.emulator.inject('paper-out');
      queue.add({ document: receipt(2), isCopy: false });
      await expect.poll(() => waits.length).toBeGreaterThan(0);
      emulator.emulator.clear();
      emulator.emulator.injectAfter('cover-open', 40);
      queue.add({ document: receipt(3), isCopy: true });
      await expect.poll(() => emulator.emulator.spoiled.length, { timeout: 5000 }).toBeGreaterThan(0);
      // Close the cover only once the worker has seen it open: cleared any earlier, the fault would
      // come and go between two status requests, which no status poll can see (a real printer
      // keeps the job in its buffer instead of dropping it, as this emulator does).
      await expect.poll(() => waits.some((w) => w.startsWith('cover open')), { timeout: 5000 }).toBe(true);
      emulator.emulator.clear();
      emulator.closeAfter(25);
      queue.add({ document: receipt(4), isCopy: false });
      await expect.poll(() => waits.some((w) => w.includes('not answering')), { timeout: 5000 }).toBe(true);
      await emulator.reconnect();
      worker.wake();
      await expect.poll(() => queue.pending, { timeout: 10_000 }).toBe(0);
    } finally {
      await worker.stop();
      await printer.close();
      await emulator.close();
    }
    const receipts = emulator.emulator.receipts;
    expect(receipts.flatMap((r) => r.barcodes)).toEqual(['T1-1', 'T1-2', 'T1-3', 'T1-4']);
    expect(receipts[2]?.lines[0]).toBe('COPY');
    expect(waits).toContain('paper out');
  });
});
