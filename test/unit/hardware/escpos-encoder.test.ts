// Golden bytes: each expectation spells the ESC/POS command out, so a change in the encoder shows
// up as a readable diff of commands.
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText } from '../../../hardware/printer/code-pages';
import { columnsLine, encodeReceipt, wrap } from '../../../hardware/printer/escpos-encoder';
import type { PrinterProfile, ReceiptDocument } from '../../../hardware/printer/receipt-document';
import { testReceipt } from '../../../hardware/printer/test-receipt';
import { formatMoney } from '../../../main/contract/money';
import { emulate } from '../../support/printer-emulator/emulator';

const wide: PrinterProfile = { columns: 48, codePage: 'cp858' };
const narrow: PrinterProfile = { columns: 32, codePage: 'wpc1252' };
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const header = (n: number) => [0x1b, 0x40, 0x1b, 0x74, n];

describe('ESC/POS encoding', () => {
  it('encodes centred, bold, double-size text with the code page selected first', () => {
    const doc: ReceiptDocument = {
      items: [{ kind: 'text', text: 'Shop', align: 'center', bold: true, size: 'double' }],
    };
    expect([...encodeReceipt(doc, wide)]).toEqual([
      ...header(19),
      ...[0x1b, 0x61, 1], // ESC a 1: centre
      ...[0x1b, 0x45, 1], // ESC E 1: bold
      ...[0x1d, 0x21, 0x11], // GS ! 0x11: double width and height
      ...ascii('Shop'),
      0x0a,
      ...[0x1d, 0x21, 0x00],
      ...[0x1b, 0x45, 0],
    ]);
  });

  it('puts the euro sign and accents through CP858 and WPC1252', () => {
    expect(encodeText('€ Crème fraîche', 'cp858')).toEqual([
      0xd5,
      0x20,
      ...ascii('Cr'),
      0x8a,
      ...ascii('me fra'),
      0x8c,
      ...ascii('che'),
    ]);
    expect(encodeText('€ Crème fraîche', 'wpc1252')).toEqual([
      0x80,
      0x20,
      ...ascii('Cr'),
      0xe8,
      ...ascii('me fra'),
      0xee,
      ...ascii('che'),
    ]);
    expect(decodeText(encodeText('Épicerie sociale à Liège', 'cp858'), 'cp858')).toBe('Épicerie sociale à Liège');
  });

  it('turns the spaces Intl puts in money amounts into plain spaces', () => {
    const fr = formatMoney(125, 'fr'); // "1,25 €" with U+202F or U+00A0
    expect(encodeText(fr, 'cp858')).toEqual([...ascii('1,25 '), 0xd5]);
    expect(encodeText(formatMoney(125, 'nl'), 'wpc1252')).toEqual([0x80, ...ascii(' 1,25')]);
    expect(encodeText('\u00a0x\u202f', 'cp858')).toEqual(ascii(' x '));
  });

  it('strips accents the page lacks and prints ? for what it cannot approximate', () => {
    expect(encodeText('Łódź ő 中', 'cp858')).toEqual([0x3f, 0xa2, ...ascii('dz o ?')]);
  });

  it('lays out label/amount columns to the printer width', () => {
    expect(columnsLine('Melk', '€ 1,25', 32)).toEqual([`Melk${' '.repeat(22)}€ 1,25`]);
    const long = columnsLine('Confiture de fraises extra biologique du pays', '12,50', 32);
    expect(long.every((l) => l.length <= 32)).toBe(true);
    expect(long.at(-1)?.endsWith(' 12,50')).toBe(true);
    expect(wrap('a b c', 3)).toEqual(['a b', 'c']);
  });

  it('encodes a rule, a columns line, a Code 128 receipt number, cut and drawer kick on 32 columns', () => {
    const doc: ReceiptDocument = {
      items: [
        { kind: 'rule' },
        { kind: 'columns', left: 'Total', right: '9,95' },
        { kind: 'barcode', data: 'T1-000042' },
        { kind: 'cut' },
        { kind: 'drawer' },
      ],
    };
    expect([...encodeReceipt(doc, narrow)]).toEqual([
      ...header(16),
      ...[0x1b, 0x61, 0],
      ...ascii('-'.repeat(32)),
      0x0a,
      ...[0x1b, 0x61, 0],
      ...ascii(`Total${' '.repeat(23)}9,95`),
      0x0a,
      ...[0x1b, 0x61, 1],
      ...[0x1d, 0x68, 80, 0x1d, 0x77, 2, 0x1d, 0x48, 2], // height, module width, HRI below
      ...[0x1d, 0x6b, 73, 11, 0x7b, 0x42, ...ascii('T1-000042')], // GS k 73: CODE128, subset B
      0x0a,
      ...[0x1d, 0x56, 0x42, 0x03], // GS V 66 3: feed and partial cut
      ...[0x1b, 0x70, 0x00, 0x19, 0xfa], // ESC p 0: drawer pin 2
    ]);
  });

  it('encodes a QR code of the receipt number through GS ( k', () => {
    const bytes = [...encodeReceipt({ items: [{ kind: 'qr', data: 'T1-42', moduleSize: 4 }] }, wide)];
    expect(bytes.slice(5)).toEqual([
      ...[0x1b, 0x61, 1],
      ...[0x1d, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0],
      ...[0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, 4],
      ...[0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31],
      ...[0x1d, 0x28, 0x6b, 8, 0, 0x31, 0x50, 0x30, ...ascii('T1-42')],
      ...[0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30, 0x0a],
    ]);
  });

  it('wraps double-size text at half the columns', () => {
    const bytes = encodeReceipt(
      { items: [{ kind: 'text', text: 'Sociale kruidenier Noord', size: 'double' }] },
      narrow,
    );
    const lines = decodeText(bytes, 'wpc1252').split('\n');
    expect(lines.some((l) => l.endsWith('Sociale'))).toBe(true);
  });
});

describe('test receipt', () => {
  it('shows the euro amount, accents and full width through the emulator', () => {
    const printed = emulate([encodeReceipt(testReceipt('Sociale kruidenier', narrow), narrow)]).receipts[0];
    expect(printed?.lines).toContain(`Crème fraîche${' '.repeat(13)}€ 1,25`);
    expect(printed?.lines).toContain('01234567890123456789012345678901');
    expect(printed?.barcodes).toEqual(['TEST-0001']);
  });
});
