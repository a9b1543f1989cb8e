// The one file that imports serialport: a ByteTransport over a serial port (USB-serial or a pty).
import { SerialPort } from 'serialport';
import { z } from 'zod';
import type { ByteTransport } from './printer';

export const serialSettingsSchema = z.object({
  path: z.string().min(1),
  baudRate: z.number().int().positive().default(9600),
});
export type SerialSettings = z.infer<typeof serialSettingsSchema>;

/** The serial ports the system sees, for the device screen's picker. */
export async function listSerialPorts(): Promise<{ path: string; manufacturer?: string }[]> {
  const ports = await SerialPort.list();
  return ports.map((p) => ({ path: p.path, ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}) }));
}

export class SerialTransport implements ByteTransport {
  #port: SerialPort | undefined;
  readonly #listeners = new Set<(chunk: Uint8Array) => void>();
  readonly #settings: SerialSettings;

  constructor(settings: z.input<typeof serialSettingsSchema>) {
    this.#settings = serialSettingsSchema.parse(settings);
  }

  get isOpen(): boolean {
    return this.#port?.isOpen ?? false;
  }

  async open(): Promise<void> {
    if (this.isOpen) return;
    // Keep the old port's error listener: an unplugged port may still emit one, and an unheard
    // 'error' event would crash the main process.
    this.#port?.removeAllListeners('data');
    const port = new SerialPort({ path: this.#settings.path, baudRate: this.#settings.baudRate, autoOpen: false });
    port.on('data', (chunk: Buffer) => {
      for (const listener of this.#listeners) listener(chunk);
    });
    // An unplugged USB-serial adapter errors or closes; either way the next open() starts afresh.
    port.on('error', () => undefined);
    this.#port = port;
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  }

  async write(bytes: Uint8Array): Promise<void> {
    const port = this.#port;
    if (!port?.isOpen) throw new Error('serial port is not open');
    await new Promise<void>((resolve, reject) => {
      port.write(Buffer.from(bytes), (error) => {
        if (error) reject(error);
      });
      port.drain((error) => (error ? reject(error) : resolve()));
    });
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    const port = this.#port;
    this.#port = undefined;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
