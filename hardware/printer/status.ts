// DLE EOT real-time status (Epson ESC/POS): the printer answers these even while its buffer is
// full or it is offline, which is what makes them usable before and after every job. Pure.

export const DLE_EOT = (n: 1 | 2 | 3 | 4): Uint8Array => Uint8Array.of(0x10, 0x04, n);

/** The four requests the till sends, in order: printer, offline cause, error cause, paper sensor. */
export const statusRequests = [1, 2, 3, 4] as const;

export interface PrinterCondition {
  online: boolean;
  coverOpen: boolean;
  paperEnd: boolean;
  paperNearEnd: boolean;
  /** A cutter jam or other error that stops printing. */
  error: boolean;
}

export type PrinterStatus =
  | ({ reachable: true } & PrinterCondition)
  | { reachable: false; reason: 'timeout' | 'disconnected' };

/** A status byte always has bit 1 and bit 4 set and bits 0 and 7 clear. */
export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/** Decodes the answers to DLE EOT 1, 2, 3 and 4. */
export function decodeStatus(printer: number, offline: number, error: number, paper: number): PrinterCondition {
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (offline & 0x04) !== 0,
    paperEnd: (offline & 0x20) !== 0 || (paper & 0x60) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
    error: (offline & 0x40) !== 0 || (error & 0x68) !== 0,
  };
}

/** Encodes the answers the other way round: used by the printer emulator and the fake. */
export function encodeStatus(c: PrinterCondition): [number, number, number, number] {
  const offline = !c.online || c.coverOpen || c.paperEnd || c.error;
  return [
    0x12 | (offline ? 0x08 : 0),
    0x12 | (c.coverOpen ? 0x04 : 0) | (c.paperEnd ? 0x20 : 0) | (c.error ? 0x40 : 0),
    0x12 | (c.error ? 0x08 : 0),
    0x12 | (c.paperNearEnd || c.paperEnd ? 0x0c : 0) | (c.paperEnd ? 0x60 : 0),
  ];
}

export function isReadyToPrint(status: PrinterStatus): boolean {
  return status.reachable && status.online && !status.coverOpen && !status.paperEnd && !status.error;
}

export function describeStatus(status: PrinterStatus): string {
  if (!status.reachable) return status.reason === 'timeout' ? 'printer not answering' : 'printer disconnected';
  if (status.coverOpen) return 'cover open';
  if (status.paperEnd) return 'paper out';
  if (status.error) return 'printer error';
  if (!status.online) return 'printer offline';
  return status.paperNearEnd ? 'paper low' : 'ready';
}
