// Real devices, only with TILL_HARDWARE=1 (and TILL_PRINTER_PORT / TILL_SCANNER_VID+PID set):
// the same printer behaviour suite against a real printer, and scanner discovery through node-hid.
// The driver files are imported lazily so runs without devices never load the native modules.
import { describe, expect, it } from 'vitest';
import { isReadyToPrint } from '../../../hardware/printer/status';

const enabled = process.env.TILL_HARDWARE === '1';
const printerPort = process.env.TILL_PRINTER_PORT;

describe.skipIf(!enabled)('real hardware (TILL_HARDWARE=1)', () => {
  it.skipIf(!printerPort)('asks the real printer its status and prints the test receipt', async () => {
    const { EscPosPrinter } = await import('../../../hardware/printer/escpos-printer');
    const { SerialTransport } = await import('../../../hardware/printer/serial-transport');
    const { encodeReceipt } = await import('../../../hardware/printer/escpos-encoder');
    const { testReceipt } = await import('../../../hardware/printer/test-receipt');
    const baudRate = Number(process.env.TILL_PRINTER_BAUD ?? 9600);
    const printer = new EscPosPrinter(new SerialTransport({ path: printerPort ?? '', baudRate }));
    try {
      const status = await printer.status();
      expect(isReadyToPrint(status)).toBe(true);
      const profile = { columns: 48, codePage: 'cp858' } as const;
      await printer.print(encodeReceipt(testReceipt('TILL_HARDWARE test', profile), profile));
      expect(isReadyToPrint(await printer.status())).toBe(true);
    } finally {
      await printer.close();
    }
  });

  it('lists HID devices and finds scanner candidates through node-hid', async () => {
    const { nodeHidModule } = await import('../../../hardware/scanner/node-hid-driver');
    const { discoverScanners } = await import('../../../hardware/scanner/hid-module');
    const candidates = await discoverScanners(nodeHidModule);
    console.info('scanner candidates', candidates);
    expect(Array.isArray(candidates)).toBe(true);
  });

  it.skipIf(!process.env.TILL_SCANNER_VID)(
    'reads one scan from the chosen scanner (scan something within 20 s)',
    async () => {
      const { createHidScanner } = await import('../../../hardware/scanner/node-hid-driver');
      const scanner = createHidScanner({
        selection: { vendorId: Number(process.env.TILL_SCANNER_VID), productId: Number(process.env.TILL_SCANNER_PID) },
        mode: process.env.TILL_SCANNER_MODE === 'keyboard' ? 'keyboard' : 'hid-pos',
      });
      const scan = new Promise((resolve) => scanner.on('scan', resolve));
      await scanner.start();
      try {
        expect(await scan).toHaveProperty('code');
      } finally {
        await scanner.stop();
      }
    },
    25_000,
  );
});
