// A ByteTransport to a network printer on TCP port 9100 ("raw" / JetDirect printing).
import { createConnection, type Socket } from 'node:net';
import { z } from 'zod';
import type { ByteTransport } from './printer';

export const tcpSettingsSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).default(9100),
  connectTimeoutMs: z.number().int().positive().default(3000),
});
export type TcpSettings = z.infer<typeof tcpSettingsSchema>;

export class TcpTransport implements ByteTransport {
  #socket: Socket | undefined;
  readonly #listeners = new Set<(chunk: Uint8Array) => void>();
  readonly #settings: TcpSettings;

  constructor(settings: z.input<typeof tcpSettingsSchema>) {
    this.#settings = tcpSettingsSchema.parse(settings);
  }

  get isOpen(): boolean {
    const socket = this.#socket;
    return socket !== undefined && !socket.destroyed && socket.readyState === 'open';
  }

  async open(): Promise<void> {
    if (this.isOpen) return;
    this.#socket?.destroy();
    const { host, port, connectTimeoutMs } = this.#settings;
    const socket = createConnection({ host, port });
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      for (const listener of this.#listeners) listener(chunk);
    });
    socket.on('error', () => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no connection to ${host}:${port}`));
      }, connectTimeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('close', () => {
        clearTimeout(timer);
        reject(new Error(`connection to ${host}:${port} closed`));
      });
    });
  }

  async write(bytes: Uint8Array): Promise<void> {
    const socket = this.#socket;
    if (!socket || !this.isOpen) throw new Error('printer connection is not open');
    await new Promise<void>((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    const socket = this.#socket;
    this.#socket = undefined;
    if (!socket || socket.destroyed) return;
    await new Promise<void>((resolve) => socket.end(() => resolve()));
    socket.destroy();
  }
}
