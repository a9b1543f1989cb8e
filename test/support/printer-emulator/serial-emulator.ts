// The emulator on the printer's end of a pty pair, through the same serial transport the till uses.
import { SerialTransport } from '../../../hardware/printer/serial-transport';
import { PrinterEmulator } from './emulator';

export class SerialPrinterEmulator {
  readonly transport: SerialTransport;
  #closeAfter: number | undefined;
  #closing: Promise<void> | undefined;

  constructor(
    path: string,
    readonly emulator = new PrinterEmulator(),
  ) {
    this.transport = new SerialTransport({ path, baudRate: 115200 });
    this.transport.onData((chunk) => this.#receive(chunk));
  }

  open(): Promise<void> {
    return this.transport.open();
  }

  /** Pulls the printer's cable after `bytes` more bytes: the rest of the job goes nowhere. */
  closeAfter(bytes: number): void {
    this.#closeAfter = bytes;
  }

  /** Cable back in; the printer restarted, so it has forgotten any half-received job. */
  async reconnect(): Promise<void> {
    await this.#closing;
    this.#closeAfter = undefined;
    this.emulator.reset();
    await this.transport.open();
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  #receive(chunk: Uint8Array): void {
    if (this.#closing) return;
    let bytes = chunk;
    if (this.#closeAfter !== undefined) {
      bytes = chunk.subarray(0, this.#closeAfter);
      this.#closeAfter -= bytes.length;
      if (this.#closeAfter <= 0) {
        this.#closeAfter = undefined;
        this.#closing = this.transport.close().finally(() => {
          this.#closing = undefined;
        });
      }
    }
    const replies = this.emulator.receive(bytes);
    if (replies.length > 0 && !this.#closing)
      void this.transport.write(Uint8Array.from(replies)).catch(() => undefined);
  }
}
