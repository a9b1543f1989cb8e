// A HidModule with a device list you edit by hand: how the hot-plug logic is tested, since no
// virtual HID device can be created on the CI kernel.
import type { HidConnection, HidDeviceInfo, HidModule } from './hid-module';

class FakeConnection implements HidConnection {
  readonly #data = new Set<(report: Uint8Array) => void>();
  readonly #errors = new Set<(error: Error) => void>();
  closed = false;

  onData(listener: (report: Uint8Array) => void): void {
    this.#data.add(listener);
  }
  onError(listener: (error: Error) => void): void {
    this.#errors.add(listener);
  }
  close(): void {
    this.closed = true;
  }
  send(report: Uint8Array): void {
    if (!this.closed) for (const listener of this.#data) listener(report);
  }
  fail(error: Error): void {
    for (const listener of this.#errors) listener(error);
  }
}

export class FakeHidModule implements HidModule {
  #devices: HidDeviceInfo[];
  readonly #open = new Map<string, FakeConnection>();
  opens = 0;

  constructor(devices: HidDeviceInfo[] = []) {
    this.#devices = [...devices];
  }

  async devices(): Promise<HidDeviceInfo[]> {
    return [...this.#devices];
  }

  async open(path: string): Promise<HidConnection> {
    if (!this.#devices.some((d) => d.path === path)) throw new Error(`cannot open ${path}`);
    const connection = new FakeConnection();
    this.#open.set(path, connection);
    this.opens++;
    return connection;
  }

  plug(device: HidDeviceInfo): void {
    this.#devices = [...this.#devices.filter((d) => d.path !== device.path), device];
  }

  /** Removes the device from the list; an open handle errors, as hidraw does on unplug. */
  unplug(path: string, { handleErrors = true } = {}): void {
    this.#devices = this.#devices.filter((d) => d.path !== path);
    const connection = this.#open.get(path);
    this.#open.delete(path);
    if (connection && handleErrors) connection.fail(new Error('could not read from HID device'));
  }

  /** Sends reports from a device as if a barcode was read; false when nothing has it open. */
  send(path: string, reports: Uint8Array[]): boolean {
    const connection = this.#open.get(path);
    if (!connection || connection.closed) return false;
    for (const report of reports) connection.send(report);
    return true;
  }
}
