// The interface the till sees for any barcode scanner, whatever its transport.
import type { TypedEmitter } from '../events';

export const symbologies = [
  'ean13',
  'ean8',
  'upca',
  'upce',
  'code128',
  'code39',
  'itf',
  'qr',
  'datamatrix',
  'other',
] as const;
export type Symbology = (typeof symbologies)[number];

/** Where a scan came from: lets the UI say which scanner read it and how. */
export type ScanSource = 'hid-pos' | 'hid-keyboard' | 'keyboard-wedge' | 'fake';

export interface ScanEvent {
  code: string;
  symbology?: Symbology;
  source: ScanSource;
  /** The device path or name, when the scanner knows it. */
  device?: string;
}

export interface ScannerDevice {
  path: string;
  vendorId: number;
  productId: number;
  product?: string;
}

export type ScannerEvents = {
  scan: ScanEvent;
  connected: ScannerDevice;
  disconnected: ScannerDevice;
  error: Error;
};

export interface BarcodeScanner extends Pick<TypedEmitter<ScannerEvents>, 'on' | 'off'> {
  /** Starts watching for the device and delivering scans; resolves once watching has begun. */
  start(): Promise<void>;
  /** Stops watching and closes the device. Idempotent. */
  stop(): Promise<void>;
  readonly connected: boolean;
}
