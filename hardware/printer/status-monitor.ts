// Polls a printer's status for the live health panel and emits only changes, so the UI is not
// re-rendered every second. Requests share the printer's queue with jobs, never interleaving.
import { TypedEmitter } from '../events';
import type { ReceiptPrinter } from './printer';
import type { PrinterStatus } from './status';

export type PrinterStatusEvents = { change: PrinterStatus };

export class PrinterStatusMonitor extends TypedEmitter<PrinterStatusEvents> {
  #timer: ReturnType<typeof setInterval> | undefined;
  #current: PrinterStatus | undefined;
  #checking: Promise<void> | undefined;

  constructor(
    private readonly printer: ReceiptPrinter,
    private readonly intervalMs = 2000,
  ) {
    super();
  }

  get current(): PrinterStatus | undefined {
    return this.#current;
  }

  async start(): Promise<void> {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.check(), this.intervalMs);
    await this.check();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#checking;
  }

  /** One status request now, e.g. right after the cashier pressed "retry". */
  check(): Promise<void> {
    this.#checking ??= this.printer
      .status()
      .then((status) => {
        if (JSON.stringify(status) === JSON.stringify(this.#current)) return;
        this.#current = status;
        this.emit('change', status);
      })
      .finally(() => {
        this.#checking = undefined;
      });
    return this.#checking;
  }
}
