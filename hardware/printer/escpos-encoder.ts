// Encodes a ReceiptDocument into ESC/POS bytes (Epson command set, which nearly every thermal
// receipt printer follows). Pure. Written by hand rather than with an encoder library so the
// bytes are pinned by golden tests and code-page fallbacks (U+202F → space) are ours to choose.
import { encodeText, escPosCodePageNumber } from './code-pages';
import type { PrinterProfile, ReceiptDocument, ReceiptItem, TextAlign, TextSize } from './receipt-document';

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export const commands = {
  initialize: [ESC, 0x40],
  align: (a: TextAlign) => [ESC, 0x61, { left: 0, center: 1, right: 2 }[a]],
  bold: (on: boolean) => [ESC, 0x45, on ? 1 : 0],
  size: (s: TextSize) => [GS, 0x21, s === 'double' ? 0x11 : 0x00],
  codePage: (n: number) => [ESC, 0x74, n],
  /** GS V 66 n: feed n lines so the text clears the blade, then partial cut. */
  feedAndCut: [GS, 0x56, 0x42, 0x03],
  /** ESC p 0 t1 t2: pulse drawer pin 2 for 50 ms on, 500 ms off. */
  drawerKick: [ESC, 0x70, 0x00, 0x19, 0xfa],
} as const;

/** Splits text into lines of at most `width` characters, breaking at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    while (rest.length > width) {
      const space = rest.lastIndexOf(' ', width);
      const cut = space > 0 ? space : width;
      lines.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    lines.push(rest);
  }
  return lines;
}

/** Left text and right text on one line; a long left side wraps and the amount goes on its last line. */
export function columnsLine(left: string, right: string, width: number): string[] {
  const room = Math.max(1, width - right.length - 1);
  const lines = wrap(left, room);
  const last = lines.pop() ?? '';
  return [...lines, `${last}${' '.repeat(Math.max(1, width - last.length - right.length))}${right}`];
}

function barcode(data: string): number[] {
  // CODE128 subset B (`{B`), HRI below, 80 dots high, module width 2: a receipt number fits in 48 mm.
  const payload = [0x7b, 0x42, ...[...data].map((c) => c.charCodeAt(0))];
  return [GS, 0x68, 80, GS, 0x77, 2, GS, 0x48, 2, GS, 0x6b, 73, payload.length, ...payload, LF];
}

function qr(data: string, moduleSize: number): number[] {
  const bytes = [...new TextEncoder().encode(data)];
  const stored = bytes.length + 3;
  return [
    ...[GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00], // model 2
    ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, moduleSize],
    ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31], // error correction M
    ...[GS, 0x28, 0x6b, stored & 0xff, stored >> 8, 0x31, 0x50, 0x30, ...bytes],
    ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30, LF],
  ];
}

function encodeItem(item: ReceiptItem, profile: PrinterProfile): number[] {
  const text = (s: string) => encodeText(s, profile.codePage);
  switch (item.kind) {
    case 'text': {
      const size = item.size ?? 'normal';
      // Double size halves the characters per line.
      const width = size === 'double' ? Math.floor(profile.columns / 2) : profile.columns;
      const lines = wrap(item.text, width).flatMap((line) => [...text(line), LF]);
      return [
        ...commands.align(item.align ?? 'left'),
        ...(item.bold ? commands.bold(true) : []),
        ...(size !== 'normal' ? commands.size(size) : []),
        ...lines,
        ...(size !== 'normal' ? commands.size('normal') : []),
        ...(item.bold ? commands.bold(false) : []),
      ];
    }
    case 'columns': {
      const lines = columnsLine(item.left, item.right, profile.columns).flatMap((l) => [...text(l), LF]);
      return [
        ...commands.align('left'),
        ...(item.bold ? commands.bold(true) : []),
        ...lines,
        ...(item.bold ? commands.bold(false) : []),
      ];
    }
    case 'rule':
      return [...commands.align('left'), ...text('-'.repeat(profile.columns)), LF];
    case 'feed':
      return [ESC, 0x64, item.lines];
    case 'barcode':
      return [...commands.align('center'), ...barcode(item.data)];
    case 'qr':
      return [...commands.align('center'), ...qr(item.data, item.moduleSize ?? 6)];
    case 'cut':
      return [...commands.feedAndCut];
    case 'drawer':
      return [...commands.drawerKick];
    default:
      return item satisfies never;
  }
}

/** The full job: initialise, select the code page, then each item. */
export function encodeReceipt(document: ReceiptDocument, profile: PrinterProfile): Uint8Array {
  const bytes: number[] = [...commands.initialize, ...commands.codePage(escPosCodePageNumber[profile.codePage])];
  for (const item of document.items) bytes.push(...encodeItem(item, profile));
  return Uint8Array.from(bytes);
}
