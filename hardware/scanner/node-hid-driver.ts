// The one file that imports node-hid: adapts it to HidModule and builds the real scanner.
import { devicesAsync, HIDAsync } from 'node-hid';
import type { z } from 'zod';
import type { HidConnection, HidDeviceInfo, HidModule } from './hid-module';
import { HidScanner, type hidScannerSettingsSchema } from './hid-scanner';

export const nodeHidModule: HidModule = {
  async devices(): Promise<HidDeviceInfo[]> {
    const listed = await devicesAsync();
    // Devices without a path cannot be opened again after a replug, so they are not offered.
    return listed.flatMap((d) => {
      if (!d.path) return [];
      const info: HidDeviceInfo = {
        path: d.path,
        vendorId: d.vendorId,
        productId: d.productId,
        interface: d.interface,
      };
      if (d.product) info.product = d.product;
      if (d.manufacturer) info.manufacturer = d.manufacturer;
      if (d.serialNumber) info.serialNumber = d.serialNumber;
      if (d.usagePage !== undefined) info.usagePage = d.usagePage;
      if (d.usage !== undefined) info.usage = d.usage;
      return [info];
    });
  },
  async open(path: string): Promise<HidConnection> {
    const device = await HIDAsync.open(path);
    return {
      onData: (listener) => device.on('data', (data: Buffer) => listener(new Uint8Array(data))),
      onError: (listener) => device.on('error', (error: Error) => listener(error)),
      close: () => void device.close().catch(() => undefined),
    };
  },
};

export function createHidScanner(settings: z.input<typeof hidScannerSettingsSchema>): HidScanner {
  return new HidScanner(nodeHidModule, settings);
}
