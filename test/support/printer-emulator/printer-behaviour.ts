// One behaviour suite for every ReceiptPrinter: run against the fake always, over a pty pair with
// the serial transport in integration, and against a real printer with TILL_HARDWARE=1.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../hardware/printer/escpos-encoder';
import type { ReceiptPrinter } from '../../../hardware/printer/printer';
import type { ReceiptDocument } from '../../../hardware/printer/receipt-document';
import { isReadyToPrint } from '../../../hardware/printer/status';

export type RigFault = 'paper-out' | 'cover-open' | 'port-closed';

export interface PrinterRig {
  printer: ReceiptPrinter;
  inject(fault: RigFault): Promise<void>;
  clear(): Promise<void>;
  /** Text lines of the receipts that came out whole, in order. */
  printedReceipts(): Promise<string[][]>;
  drawerKicks(): Promise<number>;
}

export const sampleReceipt: ReceiptDocument = {
  items: [
    { kind: 'text', text: 'Sociale kruidenier', align: 'center', bold: true, size: 'double' },
    { kind: 'columns', left: 'Crème fraîche', right: '€ 1,25' },
    { kind: 'rule' },
    { kind: 'barcode', data: 'T1-000042' },
    { kind: 'cut' },
    { kind: 'drawer' },
  ],
};

export function printerBehaviour(name: string, makeRig: () => Promise<PrinterRig>): void {
  describe(`ReceiptPrinter behaviour: ${name}`, () => {
    let rig: PrinterRig;
    beforeEach(async () => {
      rig = await makeRig();
    });

    it('reports ready when healthy', async () => {
      const status = await rig.printer.status();
      expect(isReadyToPrint(status)).toBe(true);
    });

    it.each(['cp858', 'wpc1252'] as const)(
      'prints a receipt with the euro sign and accents through %s',
      async (codePage) => {
        await rig.printer.print(encodeReceipt(sampleReceipt, { columns: 48, codePage }));
        await expect.poll(() => rig.printedReceipts(), { timeout: 3000 }).toHaveLength(1);
        const [lines = []] = await rig.printedReceipts();
        expect(lines).toContain(`Crème fraîche${' '.repeat(29)}€ 1,25`);
        await expect.poll(() => rig.drawerKicks(), { timeout: 3000 }).toBe(1);
      },
    );

    it('reports paper out, and ready again once paper is loaded', async () => {
      await rig.inject('paper-out');
      expect(await rig.printer.status()).toMatchObject({ reachable: true, paperEnd: true, online: false });
      await rig.clear();
      expect(isReadyToPrint(await rig.printer.status())).toBe(true);
    });

    it('reports the cover open', async () => {
      await rig.inject('cover-open');
      expect(await rig.printer.status()).toMatchObject({ reachable: true, coverOpen: true });
      await rig.clear();
      expect(isReadyToPrint(await rig.printer.status())).toBe(true);
    });

    it('reports an unreachable printer within the timeout, and recovers when it is back', async () => {
      await rig.inject('port-closed');
      const started = performance.now();
      expect(await rig.printer.status()).toMatchObject({ reachable: false });
      expect(performance.now() - started).toBeLessThan(3000);
      await rig.clear();
      expect(isReadyToPrint(await rig.printer.status())).toBe(true);
    });
  });
}
