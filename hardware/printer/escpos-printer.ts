// A ReceiptPrinter over any ByteTransport: sends jobs and asks DLE EOT status, with timeouts.
import {
  type ByteTransport,
  defaultPrinterTimeouts,
  PrinterError,
  type PrinterTimeouts,
  type ReceiptPrinter,
} from './printer';
import { DLE_EOT, decodeStatus, isStatusByte, type PrinterStatus, statusRequests } from './status';

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class EscPosPrinter implements ReceiptPrinter {
  readonly #timeouts: PrinterTimeouts;
  #received: number[] = [];
  #waiter: (() => void) | undefined;
  // Status requests and jobs must not interleave on the wire: everything goes through one chain.
  #chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly transport: ByteTransport,
    timeouts: Partial<PrinterTimeouts> = {},
  ) {
    this.#timeouts = { ...defaultPrinterTimeouts, ...timeouts };
    transport.onData((chunk) => {
      this.#received.push(...chunk);
      this.#waiter?.();
    });
  }

  status(): Promise<PrinterStatus> {
    return this.#serialised(() => this.#queryStatus());
  }

  print(bytes: Uint8Array): Promise<void> {
    return this.#serialised(async () => {
      await this.#open();
      await withTimeout(this.transport.write(bytes), this.#timeouts.printMs, () => {
        // Close so the stale half-job is discarded with the port buffer, not printed later.
        void this.transport.close();
        return new PrinterError('timeout', 'printer did not accept the job in time');
      });
    });
  }

  close(): Promise<void> {
    return this.#serialised(() => this.transport.close());
  }

  #serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(task, task);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #open(): Promise<void> {
    if (this.transport.isOpen) return;
    try {
      await this.transport.open();
    } catch (error) {
      throw new PrinterError('disconnected', `cannot open printer: ${(error as Error).message}`);
    }
  }

  async #queryStatus(): Promise<PrinterStatus> {
    try {
      await this.#open();
    } catch {
      return { reachable: false, reason: 'disconnected' };
    }
    const answers: number[] = [];
    for (const n of statusRequests) {
      this.#received = []; // a late answer to an earlier, timed-out request must not count
      try {
        await this.transport.write(DLE_EOT(n));
        answers.push(await this.#nextStatusByte());
      } catch (error) {
        const reason = error instanceof PrinterError && error.code === 'timeout' ? 'timeout' : 'disconnected';
        return { reachable: false, reason };
      }
    }
    const [printer = 0, offline = 0, error = 0, paper = 0] = answers;
    return { reachable: true, ...decodeStatus(printer, offline, error, paper) };
  }

  #nextStatusByte(): Promise<number> {
    const found = new Promise<number>((resolve) => {
      const check = () => {
        const index = this.#received.findIndex(isStatusByte);
        if (index < 0) return;
        const byte = this.#received[index] ?? 0;
        this.#received = this.#received.slice(index + 1);
        this.#waiter = undefined;
        resolve(byte);
      };
      this.#waiter = check;
      check();
    });
    return withTimeout(found, this.#timeouts.statusMs, () => {
      this.#waiter = undefined;
      return new PrinterError('timeout', 'printer did not answer a status request');
    });
  }
}
