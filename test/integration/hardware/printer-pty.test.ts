// The printer behaviour suite over a real pseudo-terminal pair: the till's serial transport on one
// end, the ESC/POS emulator on the other, socat in between.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../hardware/printer/escpos-encoder';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer';
import { SerialTransport } from '../../../hardware/printer/serial-transport';
import { isReadyToPrint } from '../../../hardware/printer/status';
import { printerBehaviour, sampleReceipt } from '../../support/printer-emulator/printer-behaviour';
import { type PtyPair, startPtyPair } from '../../support/printer-emulator/pty-pair';
import { SerialPrinterEmulator } from '../../support/printer-emulator/serial-emulator';

let pair: PtyPair;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  pair = await startPtyPair();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});
afterAll(async () => {
  await pair?.stop();
});

async function rigParts() {
  const emulator = new SerialPrinterEmulator(pair.printerPath);
  await emulator.open();
  const printer = new EscPosPrinter(new SerialTransport({ path: pair.tillPath, baudRate: 115200 }), {
    statusMs: 300,
    printMs: 2000,
  });
  opened.push(printer, emulator);
  return { emulator, printer };
}

printerBehaviour('serial transport over a socat pty pair', async () => {
  const { emulator, printer } = await rigParts();
  return {
    printer,
    inject: async (fault) => {
      if (fault === 'port-closed') await emulator.close();
      else emulator.emulator.inject(fault);
    },
    clear: async () => {
      emulator.emulator.clear();
      if (!emulator.transport.isOpen) await emulator.reconnect();
    },
    printedReceipts: async () => emulator.emulator.receipts.map((r) => r.lines),
    drawerKicks: async () => emulator.emulator.drawerKicks,
  };
});

describe('serial printer faults over the pty pair', () => {
  it('loses the rest of a job when the cable is pulled mid-job, and prints the reprint after reconnect', async () => {
    const { emulator, printer } = await rigParts();
    const job = encodeReceipt(sampleReceipt, { columns: 48, codePage: 'cp858' });
    emulator.closeAfter(30);
    await printer.print(job); // the bytes leave the till; the printer never gets them all
    expect(await printer.status()).toMatchObject({ reachable: false, reason: 'timeout' });
    await emulator.reconnect();
    expect(isReadyToPrint(await printer.status())).toBe(true);
    await printer.print(job);
    await expect.poll(() => emulator.emulator.receipts.length, { timeout: 3000 }).toBe(1);
    expect(emulator.emulator.spoiled).toHaveLength(0);
  });

  it('marks a receipt spoiled when paper runs out half-way', async () => {
    const { emulator, printer } = await rigParts();
    emulator.emulator.injectAfter('paper-out', 40);
    await printer.print(encodeReceipt(sampleReceipt, { columns: 48, codePage: 'cp858' }));
    expect(await printer.status()).toMatchObject({ paperEnd: true });
    await expect.poll(() => emulator.emulator.spoiled.length, { timeout: 3000 }).toBe(1);
    expect(emulator.emulator.receipts).toHaveLength(0);
  });

  it('reports disconnected when the till side port does not exist', async () => {
    const printer = new EscPosPrinter(new SerialTransport({ path: '/dev/pts/does-not-exist' }), { statusMs: 200 });
    expect(await printer.status()).toEqual({ reachable: false, reason: 'disconnected' });
    await expect(printer.print(Uint8Array.of(0x41))).rejects.toMatchObject({ code: 'disconnected' });
  });
});
