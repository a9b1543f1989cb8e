// An in-memory ReceiptPrinter that can be told to fail the way real ones do. Used by tests, the
// fault-injection bench and browser mode.
import { PrinterError, type ReceiptPrinter } from './printer';
import { isReadyToPrint, type PrinterCondition, type PrinterStatus } from './status';

export type PrinterFault = 'paper-out' | 'cover-open' | 'offline' | 'port-closed';

const readyCondition: PrinterCondition = {
  online: true,
  coverOpen: false,
  paperEnd: false,
  paperNearEnd: false,
  error: false,
};

export class FakePrinter implements ReceiptPrinter {
  /** Jobs that came out whole, in order. */
  readonly printed: Uint8Array[] = [];
  /** Jobs the printer took but did not (fully) print: what a lost receipt looks like. */
  readonly spoiled: Uint8Array[] = [];
  #condition: PrinterCondition = { ...readyCondition };
  #connected = true;
  #faultDuringNextJob: PrinterFault | undefined;

  async status(): Promise<PrinterStatus> {
    if (!this.#connected) return { reachable: false, reason: 'disconnected' };
    return { reachable: true, ...this.#condition };
  }

  async print(bytes: Uint8Array): Promise<void> {
    if (!this.#connected) throw new PrinterError('disconnected', 'printer disconnected');
    const fault = this.#faultDuringNextJob;
    this.#faultDuringNextJob = undefined;
    if (fault) {
      // Half the job goes out before the fault, as when paper runs out mid-receipt.
      this.spoiled.push(bytes.slice(0, bytes.length >> 1));
      this.inject(fault);
      if (fault === 'port-closed') throw new PrinterError('disconnected', 'port closed mid-job');
      return;
    }
    // Like a real printer, an unready one swallows the bytes without printing them.
    if (!isReadyToPrint({ reachable: true, ...this.#condition })) this.spoiled.push(bytes);
    else this.printed.push(bytes);
  }

  async close(): Promise<void> {}

  /** Puts the printer into a fault state until clear() is called. */
  inject(fault: PrinterFault): void {
    switch (fault) {
      case 'paper-out':
        this.#condition = { ...this.#condition, paperEnd: true, paperNearEnd: true, online: false };
        return;
      case 'cover-open':
        this.#condition = { ...this.#condition, coverOpen: true, online: false };
        return;
      case 'offline':
        this.#condition = { ...this.#condition, online: false };
        return;
      case 'port-closed':
        this.#connected = false;
        return;
      default:
        fault satisfies never;
    }
  }

  /** The next job is interrupted by `fault` halfway through. */
  failDuringNextJob(fault: PrinterFault): void {
    this.#faultDuringNextJob = fault;
  }

  /** Paper loaded, cover shut, cable back in. */
  clear(): void {
    this.#condition = { ...readyCondition };
    this.#connected = true;
  }

  setPaperNearEnd(nearEnd: boolean): void {
    this.#condition = { ...this.#condition, paperNearEnd: nearEnd };
  }
}
