// The interface the till sees for a receipt printer, and the byte transport that real printers
// (serial, TCP 9100) sit on.
import type { PrinterStatus } from './status';

export type { PrinterStatus } from './status';

export type PrinterErrorCode = 'timeout' | 'disconnected';

export class PrinterError extends Error {
  constructor(
    readonly code: PrinterErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}

export interface ReceiptPrinter {
  /** Asks the printer for its real-time status; never rejects: an absent printer is a status too. */
  status(): Promise<PrinterStatus>;
  /** Sends one encoded job. Rejects with PrinterError when it cannot be delivered in time. */
  print(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** A byte pipe to a printer. Implementations reopen on the next open() after a close or unplug. */
export interface ByteTransport {
  readonly isOpen: boolean;
  open(): Promise<void>;
  /** Resolves once the bytes have left the process (drained), not when they are printed. */
  write(bytes: Uint8Array): Promise<void>;
  onData(listener: (chunk: Uint8Array) => void): () => void;
  close(): Promise<void>;
}

export interface PrinterTimeouts {
  /** Per DLE EOT answer. Printers answer within milliseconds; a second means it is gone. */
  statusMs: number;
  /** For a whole job to drain, which a flow-controlled printer holds up while offline. */
  printMs: number;
}

export const defaultPrinterTimeouts: PrinterTimeouts = { statusMs: 1000, printMs: 15_000 };
