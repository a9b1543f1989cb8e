// A small ESC/POS printer in memory: decodes what the till sends (text, code page, cut, drawer
// kick, barcodes, QR), answers DLE EOT status, and fails on command. Transport-free, so the same
// emulator sits behind a pty (serial-emulator.ts) or reads a fake printer's bytes.
import { type CodePage, decodeText } from '../../../hardware/printer/code-pages';
import { encodeStatus, type PrinterCondition } from '../../../hardware/printer/status';

export interface EmulatedReceipt {
  lines: string[];
  barcodes: string[];
  qrCodes: string[];
  codePage: number;
  boldLines: number;
}

export type EmulatorFault = 'paper-out' | 'cover-open';

const codePageNames: Record<number, CodePage> = { 16: 'wpc1252', 19: 'cp858' };
const ready: PrinterCondition = { online: true, coverOpen: false, paperEnd: false, paperNearEnd: false, error: false };

export class PrinterEmulator {
  /** Receipts that came out whole and were cut. */
  readonly receipts: EmulatedReceipt[] = [];
  /** Receipts that were cut after part of them was lost to a fault. */
  readonly spoiled: EmulatedReceipt[] = [];
  drawerKicks = 0;
  statusRequests = 0;
  condition: PrinterCondition = { ...ready };
  #pending: number[] = [];
  #current = PrinterEmulator.#blank(0);
  #line: number[] = [];
  #bold = false;
  #lineBold = false;
  #lost = false;
  #faultAfter: { fault: EmulatorFault; bytes: number } | undefined;

  static #blank(codePage: number): EmulatedReceipt {
    return { lines: [], barcodes: [], qrCodes: [], codePage, boldLines: 0 };
  }

  get isReady(): boolean {
    const c = this.condition;
    return c.online && !c.coverOpen && !c.paperEnd && !c.error;
  }

  inject(fault: EmulatorFault): void {
    this.condition =
      fault === 'paper-out'
        ? { ...this.condition, paperEnd: true, paperNearEnd: true, online: false }
        : { ...this.condition, coverOpen: true, online: false };
  }

  /** The fault strikes after `bytes` more bytes have arrived: a fault in the middle of a job. */
  injectAfter(fault: EmulatorFault, bytes: number): void {
    this.#faultAfter = { fault, bytes };
  }

  clear(): void {
    this.condition = { ...ready };
    this.#faultAfter = undefined;
  }

  /** Feeds bytes from the wire; returns the bytes the printer answers. */
  receive(bytes: Iterable<number>): number[] {
    const replies: number[] = [];
    for (const byte of bytes) {
      if (this.#faultAfter && --this.#faultAfter.bytes < 0) {
        this.inject(this.#faultAfter.fault);
        this.#faultAfter = undefined;
      }
      this.#pending.push(byte);
      this.#parse(replies);
    }
    return replies;
  }

  /** A power cycle: the half-received command and the unfinished receipt are gone. */
  reset(): void {
    this.#pending = [];
    this.#line = [];
    this.#current = PrinterEmulator.#blank(this.#current.codePage);
    this.#lost = false;
  }

  #parse(replies: number[]): void {
    const p = this.#pending;
    const need = commandLength(p);
    if (need === undefined || p.length < need) return;
    this.#pending = [];
    const [first = 0, second = 0, third = 0] = p;
    if (first === 0x10 && second === 0x04) {
      // Real-time: answered even when offline, and never printed.
      this.statusRequests++;
      const answers = encodeStatus(this.condition);
      replies.push(answers[Math.min(Math.max(third, 1), 4) - 1] ?? 0x12);
      return;
    }
    if (!this.isReady) {
      this.#lost = true; // no paper or cover open: whatever arrives now never reaches paper
      if (!(first === 0x1d && second === 0x56)) return;
    }
    this.#execute(p, first, second, third);
  }

  #execute(p: number[], first: number, second: number, third: number): void {
    if (first >= 0x20) {
      this.#line.push(first);
      if (this.#bold) this.#lineBold = true;
    } else if (first === 0x0a) this.#endLine();
    else if (first === 0x1b && second === 0x40) {
      this.#bold = false;
      this.#current = PrinterEmulator.#blank(0);
    } else if (first === 0x1b && second === 0x74) this.#current.codePage = third;
    else if (first === 0x1b && second === 0x45) this.#bold = third === 1;
    else if (first === 0x1b && second === 0x70) this.drawerKicks++;
    else if (first === 0x1d && second === 0x56) this.#cut();
    else if (first === 0x1d && second === 0x6b && third >= 65)
      this.#current.barcodes.push(ascii(p.slice(4)).replace(/^\{B/, ''));
    else if (first === 0x1d && second === 0x28 && p[6] === 0x50)
      this.#current.qrCodes.push(new TextDecoder().decode(Uint8Array.from(p.slice(8))));
  }

  #endLine(): void {
    const page = codePageNames[this.#current.codePage] ?? 'cp858';
    this.#current.lines.push(decodeText(this.#line, page));
    if (this.#lineBold) this.#current.boldLines++;
    this.#line = [];
    this.#lineBold = false;
  }

  #cut(): void {
    if (this.#line.length > 0) this.#endLine();
    (this.#lost ? this.spoiled : this.receipts).push(this.#current);
    this.#current = PrinterEmulator.#blank(this.#current.codePage);
    this.#lost = false;
  }
}

function ascii(bytes: number[]): string {
  return String.fromCharCode(...bytes);
}

/** Bytes the command at the start of `p` takes, or undefined while that is not yet known. */
function commandLength(p: number[]): number | undefined {
  const [first = 0, second, third, fourth] = p;
  if (first !== 0x10 && first !== 0x1b && first !== 0x1d) return 1;
  if (second === undefined) return undefined;
  if (first === 0x10) return second === 0x04 ? 3 : 2;
  if (first === 0x1b) return second === 0x40 ? 2 : second === 0x70 ? 5 : 3;
  if (second === 0x56) return third === undefined ? undefined : third >= 65 ? 4 : 3;
  if (second === 0x6b) {
    if (third === undefined) return undefined;
    if (third >= 65) return fourth === undefined ? undefined : 4 + fourth;
    const end = p.indexOf(0, 3);
    return end < 0 ? undefined : end + 1;
  }
  if (second === 0x28) {
    const [, , , low, high] = p;
    return low === undefined || high === undefined ? undefined : 5 + low + high * 256;
  }
  return 3;
}

/** Decodes a whole byte stream at once: how tests read what a FakePrinter was sent. */
export function emulate(jobs: Iterable<Uint8Array>): PrinterEmulator {
  const emulator = new PrinterEmulator();
  for (const job of jobs) emulator.receive(job);
  return emulator;
}
