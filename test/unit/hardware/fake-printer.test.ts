import { describe, expect, it } from 'vitest';
import { FakePrinter } from '../../../hardware/printer/fake-printer';
import { emulate } from '../../support/printer-emulator/emulator';
import { printerBehaviour } from '../../support/printer-emulator/printer-behaviour';

printerBehaviour('FakePrinter', async () => {
  const printer = new FakePrinter();
  return {
    printer,
    inject: async (fault) => printer.inject(fault),
    clear: async () => printer.clear(),
    printedReceipts: async () => emulate(printer.printed).receipts.map((r) => r.lines),
    drawerKicks: async () => emulate(printer.printed).drawerKicks,
  };
});

describe('FakePrinter faults', () => {
  it('swallows a job sent while out of paper, as a real printer does', async () => {
    const printer = new FakePrinter();
    printer.inject('paper-out');
    await printer.print(Uint8Array.of(0x41));
    expect(printer.printed).toEqual([]);
    expect(printer.spoiled).toHaveLength(1);
  });

  it('fails a job mid-way when told to', async () => {
    const printer = new FakePrinter();
    printer.failDuringNextJob('port-closed');
    await expect(printer.print(Uint8Array.of(1, 2, 3, 4))).rejects.toMatchObject({ code: 'disconnected' });
    expect(await printer.status()).toEqual({ reachable: false, reason: 'disconnected' });
  });
});
