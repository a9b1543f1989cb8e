// `till print-test` against the printer emulator on a pty pair: exit 0 and a decoded test
// receipt when ready, 1 when the paper is out, 2 when the port cannot be opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPrintTest } from '../../../main/cli/print-test';
import { type PtyPair, startPtyPair } from '../../support/printer-emulator/pty-pair';
import { SerialPrinterEmulator } from '../../support/printer-emulator/serial-emulator';

let pair: PtyPair;
let emulator: SerialPrinterEmulator;
beforeAll(async () => {
  pair = await startPtyPair();
  emulator = new SerialPrinterEmulator(pair.printerPath);
  await emulator.open();
});
afterAll(async () => {
  await emulator?.close();
  await pair?.stop();
});

describe('print-test', () => {
  it('prints the test receipt and exits 0', async () => {
    const code = await runPrintTest([
      '--port',
      pair.tillPath,
      '--baud',
      '115200',
      '--columns',
      '32',
      '--codepage',
      'wpc1252',
    ]);
    expect(code).toBe(0);
    await expect.poll(() => emulator.emulator.receipts.length).toBe(1);
    const receipt = emulator.emulator.receipts[0];
    expect(receipt?.lines.join('\n')).toContain('Crème fraîche');
    expect(receipt?.lines.join('\n')).toContain('€ 1,25');
    expect(receipt?.barcodes).toEqual(['TEST-0001']);
  });

  it('exits 1 when the printer is out of paper', async () => {
    emulator.emulator.inject('paper-out');
    try {
      expect(await runPrintTest(['--port', pair.tillPath, '--baud', '115200'])).toBe(1);
    } finally {
      emulator.emulator.clear();
    }
  });

  it('exits 2 when the port cannot be opened', async () => {
    expect(await runPrintTest(['--port', '/dev/nonexistent-printer'])).toBe(2);
  });
});
