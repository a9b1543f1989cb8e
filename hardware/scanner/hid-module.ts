// The slice of a HID library the scanner driver needs. node-hid implements it in
// node-hid-driver.ts; tests implement it with a fake device list and recorded reports.
import { z } from 'zod';

export interface HidDeviceInfo {
  path: string;
  vendorId: number;
  productId: number;
  product?: string;
  manufacturer?: string;
  serialNumber?: string;
  usagePage?: number;
  usage?: number;
  interface?: number;
}

export interface HidConnection {
  onData(listener: (report: Uint8Array) => void): void;
  /** Called when the device goes away under an open handle (unplug). */
  onError(listener: (error: Error) => void): void;
  close(): void;
}

export interface HidModule {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidConnection>;
}

export const HID_POS_BARCODE_USAGE_PAGE = 0x8c;
export const GENERIC_DESKTOP_PAGE = 0x01;
const KEYBOARD_USAGE = 0x06;

/** How the coordinator's choice of scanner is stored: vendor/product, optionally pinned to one path. */
export const scannerSelectionSchema = z.object({
  vendorId: z.number().int().min(0).max(0xffff),
  productId: z.number().int().min(0).max(0xffff),
  path: z.string().optional(),
  serialNumber: z.string().optional(),
});
export type ScannerSelection = z.infer<typeof scannerSelectionSchema>;

export type ScannerCandidate = HidDeviceInfo & { mode: 'hid-pos' | 'keyboard' };

/** Devices worth offering as scanners: HID POS barcode interfaces and keyboards, POS first. */
export async function discoverScanners(hid: HidModule): Promise<ScannerCandidate[]> {
  const candidates: ScannerCandidate[] = [];
  for (const device of await hid.devices()) {
    if (device.usagePage === HID_POS_BARCODE_USAGE_PAGE) candidates.push({ ...device, mode: 'hid-pos' });
    else if (device.usagePage === GENERIC_DESKTOP_PAGE && device.usage === KEYBOARD_USAGE)
      candidates.push({ ...device, mode: 'keyboard' });
  }
  return candidates.sort((a, b) => Number(b.mode === 'hid-pos') - Number(a.mode === 'hid-pos'));
}

/**
 * Finds the selected device in a device list. A path changes when a scanner moves USB port, so
 * the path only wins among equals; vendor, product (and serial, when set) decide.
 */
export function findSelected(
  devices: readonly HidDeviceInfo[],
  selection: ScannerSelection,
  usagePage?: number,
): HidDeviceInfo | undefined {
  const matches = devices.filter(
    (d) =>
      d.vendorId === selection.vendorId &&
      d.productId === selection.productId &&
      (selection.serialNumber === undefined || d.serialNumber === selection.serialNumber) &&
      (usagePage === undefined || d.usagePage === undefined || d.usagePage === usagePage),
  );
  return matches.find((d) => d.path === selection.path) ?? matches[0];
}
