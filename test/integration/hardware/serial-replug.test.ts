// The till's serial port itself disappears (USB-serial adapter pulled) and comes back at the same
// path: the transport notices, reports the printer disconnected, and reopens when it is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer';
import { SerialTransport } from '../../../hardware/printer/serial-transport';
import { isReadyToPrint } from '../../../hardware/printer/status';
import { type PtyPair, startPtyPair } from '../../support/printer-emulator/pty-pair';
import { SerialPrinterEmulator } from '../../support/printer-emulator/serial-emulator';

const dir = mkdtempSync(join(tmpdir(), 'till-pty-'));
const links = { till: join(dir, 'till'), printer: join(dir, 'printer') };
const pairs: PtyPair[] = [];
afterAll(async () => {
  await Promise.all(pairs.map((p) => p.stop()));
  rmSync(dir, { recursive: true, force: true });
});

describe('serial port replug', () => {
  it('reports disconnected while the port is gone and prints again once it is back', async () => {
    const first = await startPtyPair({ links });
    pairs.push(first);
    const firstEmulator = new SerialPrinterEmulator(links.printer);
    await firstEmulator.open();
    const printer = new EscPosPrinter(new SerialTransport({ path: links.till, baudRate: 115200 }), { statusMs: 200 });
    expect(isReadyToPrint(await printer.status())).toBe(true);

    await first.stop(); // the adapter is pulled: both pty ends vanish
    await firstEmulator.close();
    const gone = await printer.status();
    expect(gone.reachable).toBe(false);
    await expect(printer.print(Uint8Array.of(0x41, 0x0a))).rejects.toMatchObject({ name: 'PrinterError' });

    const second = await startPtyPair({ links });
    pairs.push(second);
    const secondEmulator = new SerialPrinterEmulator(links.printer);
    await secondEmulator.open();
    await expect.poll(async () => isReadyToPrint(await printer.status()), { timeout: 5000 }).toBe(true);
    await printer.print(Uint8Array.of(0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x42, 0x03));
    await expect.poll(() => secondEmulator.emulator.receipts.length, { timeout: 3000 }).toBe(1);
    await printer.close();
    await secondEmulator.close();
  });
});
