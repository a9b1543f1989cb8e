// A BarcodeScanner you push scans into and unplug: for tests, the bench and browser mode.
import { TypedEmitter } from '../events';
import type { BarcodeScanner, ScanEvent, ScannerDevice, ScannerEvents } from './scanner';

export class FakeScanner extends TypedEmitter<ScannerEvents> implements BarcodeScanner {
  #started = false;
  #plugged = true;
  #connected = false;

  constructor(readonly device: ScannerDevice = { path: 'fake:0', vendorId: 0x0c2e, productId: 0x0200 }) {
    super();
  }

  get connected(): boolean {
    return this.#connected;
  }

  async start(): Promise<void> {
    this.#started = true;
    this.#sync();
  }

  async stop(): Promise<void> {
    if (this.#connected) this.emit('disconnected', this.device);
    this.#connected = false;
    this.#started = false;
  }

  /** Delivers a read as the scanner would; ignored while unplugged or stopped, as with a real one. */
  scan(code: string, extra: Partial<Omit<ScanEvent, 'code'>> = {}): boolean {
    if (!this.#connected) return false;
    this.emit('scan', { code, source: 'fake', device: this.device.path, ...extra });
    return true;
  }

  unplug(): void {
    this.#plugged = false;
    this.#sync();
  }

  plug(): void {
    this.#plugged = true;
    this.#sync();
  }

  #sync(): void {
    const shouldBeConnected = this.#started && this.#plugged;
    if (shouldBeConnected === this.#connected) return;
    this.#connected = shouldBeConnected;
    this.emit(shouldBeConnected ? 'connected' : 'disconnected', this.device);
  }
}
