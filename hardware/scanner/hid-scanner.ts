// A BarcodeScanner over HID, in POS mode or keyboard mode, surviving unplug and replug.
// node-hid has no plug events, so the device list is polled: a selected device missing from the
// list is closed and reported disconnected; when it is listed again it is reopened.
import { z } from 'zod';
import { TypedEmitter } from '../events';
import { BootKeyboardDecoder } from './boot-keyboard-codec';
import {
  findSelected,
  GENERIC_DESKTOP_PAGE,
  HID_POS_BARCODE_USAGE_PAGE,
  type HidConnection,
  type HidModule,
  scannerSelectionSchema,
} from './hid-module';
import { HidPosAssembler, type HidPosReportLayout, specExampleLayout } from './hid-pos-codec';
import { keyboardLayoutSchema } from './keyboard-layouts';
import type { BarcodeScanner, ScanEvent, ScannerDevice, ScannerEvents } from './scanner';

export const hidScannerSettingsSchema = z.object({
  selection: scannerSelectionSchema,
  mode: z.enum(['hid-pos', 'keyboard']),
  layout: keyboardLayoutSchema.default('us'),
  terminator: z.enum(['enter', 'tab']).default('enter'),
  /** 1 s keeps resume-after-replug well inside the 3 s goal at negligible CPU. */
  pollIntervalMs: z.number().int().min(50).max(10_000).default(1000),
});
export type HidScannerSettings = z.infer<typeof hidScannerSettingsSchema>;

type Decoder = (report: Uint8Array) => Omit<ScanEvent, 'device'> | undefined;

export class HidScanner extends TypedEmitter<ScannerEvents> implements BarcodeScanner {
  readonly #settings: HidScannerSettings;
  #timer: ReturnType<typeof setInterval> | undefined;
  #connection: { device: ScannerDevice; handle: HidConnection } | undefined;
  #polling: Promise<void> | undefined;

  constructor(
    private readonly hid: HidModule,
    settings: z.input<typeof hidScannerSettingsSchema>,
    private readonly posLayout: HidPosReportLayout = specExampleLayout,
  ) {
    super();
    this.#settings = hidScannerSettingsSchema.parse(settings);
  }

  get connected(): boolean {
    return this.#connection !== undefined;
  }

  async start(): Promise<void> {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.poll(), this.#settings.pollIntervalMs);
    await this.poll();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#polling;
    this.#disconnect();
  }

  /** One look at the device list. Exposed so tests and the device screen can poll on demand. */
  poll(): Promise<void> {
    // Overlapping polls would open the device twice.
    this.#polling ??= this.#pollOnce().finally(() => {
      this.#polling = undefined;
    });
    return this.#polling;
  }

  async #pollOnce(): Promise<void> {
    const { selection, mode } = this.#settings;
    try {
      const devices = await this.hid.devices();
      const usagePage = mode === 'hid-pos' ? HID_POS_BARCODE_USAGE_PAGE : GENERIC_DESKTOP_PAGE;
      const found = findSelected(devices, selection, usagePage);
      if (this.#connection && found?.path !== this.#connection.device.path) this.#disconnect();
      if (!this.#connection && found && this.#timer) {
        const device: ScannerDevice = { path: found.path, vendorId: found.vendorId, productId: found.productId };
        if (found.product) device.product = found.product;
        const handle = await this.hid.open(found.path);
        if (!this.#timer) return handle.close(); // stopped while opening
        this.#connection = { device, handle };
        const decode = this.#decoder();
        handle.onData((report) => {
          const scan = decode(report);
          if (scan) this.emit('scan', { ...scan, device: device.path });
        });
        handle.onError(() => this.#disconnect());
        this.emit('connected', device);
      }
    } catch (error) {
      // A device that is listed but will not open yet (still enumerating) is retried next poll.
      this.emit('error', error instanceof Error ? error : new Error(String(error)));
    }
  }

  #decoder(): Decoder {
    const { mode, layout, terminator } = this.#settings;
    switch (mode) {
      case 'hid-pos': {
        const assembler = new HidPosAssembler(this.posLayout);
        return (report) => {
          const read = assembler.push(report);
          return read && { code: read.code, symbology: read.symbology, source: 'hid-pos' };
        };
      }
      case 'keyboard': {
        const decoder = new BootKeyboardDecoder({ layout, terminator });
        return (report) => {
          const code = decoder.push(report);
          return code === undefined ? undefined : { code, source: 'hid-keyboard' };
        };
      }
      default:
        return mode satisfies never;
    }
  }

  #disconnect(): void {
    const connection = this.#connection;
    if (!connection) return;
    this.#connection = undefined;
    try {
      connection.handle.close();
    } catch {
      // Closing an unplugged device may throw; it is gone either way.
    }
    this.emit('disconnected', connection.device);
  }
}
