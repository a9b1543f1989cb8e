import { describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../hardware/printer/escpos-encoder';
import { decodeStatus } from '../../../hardware/printer/status';
import { PrinterEmulator } from '../../support/printer-emulator/emulator';
import { sampleReceipt } from '../../support/printer-emulator/printer-behaviour';

describe('printer emulator', () => {
  it('decodes text, code page, bold, barcode, cut and drawer kick, even byte by byte', () => {
    const emulator = new PrinterEmulator();
    for (const byte of encodeReceipt(sampleReceipt, { columns: 32, codePage: 'wpc1252' })) emulator.receive([byte]);
    expect(emulator.receipts).toHaveLength(1);
    expect(emulator.receipts[0]).toMatchObject({ codePage: 16, barcodes: ['T1-000042'], boldLines: 2 });
    expect(emulator.receipts[0]?.lines[2]).toBe(`Crème fraîche${' '.repeat(13)}€ 1,25`);
    expect(emulator.drawerKicks).toBe(1);
  });

  it('reads QR data', () => {
    const emulator = new PrinterEmulator();
    emulator.receive(
      encodeReceipt({ items: [{ kind: 'qr', data: 'T1-42' }, { kind: 'cut' }] }, { columns: 48, codePage: 'cp858' }),
    );
    expect(emulator.receipts[0]?.qrCodes).toEqual(['T1-42']);
  });

  it('answers DLE EOT with its condition and loses a job when paper runs out mid-way', () => {
    const emulator = new PrinterEmulator();
    const job = encodeReceipt(sampleReceipt, { columns: 48, codePage: 'cp858' });
    emulator.injectAfter('paper-out', 20);
    emulator.receive(job);
    const answers = [1, 2, 3, 4].flatMap((n) => emulator.receive([0x10, 0x04, n]));
    expect(decodeStatus(...(answers as [number, number, number, number]))).toMatchObject({ paperEnd: true });
    expect(emulator.receipts).toHaveLength(0);
    expect(emulator.spoiled).toHaveLength(1);
  });
});
