// Decodes barcode reports from scanners in HID point-of-sale mode (usage page 0x8C, "Barcode
// Scanner", USB HID Point of Sale Usage Tables 1.02). Pure: no Node, no device.
//
// The spec defines the Scanned Data Report (usage 0x12) from these usages: three Symbology
// Identifier bytes (0xFB–0xFD, which scanners fill with the AIM identifier such as `]E0`), the
// Decoded Data field (0xFE) and a Decode Data Continued bit (0xFF) set on every report but the last
// of a long code. The spec leaves byte offsets to each device's report descriptor; the default
// layout is the 64-byte one POS-mode scanners commonly document (report ID 2, a length byte, the
// symbology bytes, 56 data bytes, the continued bit in the last byte). Offsets are a layout object
// rather than constants so another descriptor can be matched without touching the decoder.
import type { Symbology } from './scanner';

export interface HidPosReportLayout {
  reportId: number;
  lengthOffset: number;
  symbologyOffset: number;
  dataOffset: number;
  dataCapacity: number;
  continuedOffset: number;
  continuedMask: number;
}

/** 64-byte report: [id][length][sym×3][data×56][2 vendor bytes][continued bit 0]. */
export const specExampleLayout: HidPosReportLayout = {
  reportId: 0x02,
  lengthOffset: 1,
  symbologyOffset: 2,
  dataOffset: 5,
  dataCapacity: 56,
  continuedOffset: 63,
  continuedMask: 0x01,
};

export interface DecodedBarcode {
  code: string;
  /** The AIM symbology identifier as sent, e.g. `]E0`; empty when the scanner sent none. */
  symbologyId: string;
  symbology: Symbology;
}

/** Maps an AIM symbology identifier (ISO/IEC 15424) to the symbologies the till distinguishes. */
export function symbologyFromAim(aimId: string, code: string): Symbology {
  if (!aimId.startsWith(']') || aimId.length < 2) return 'other';
  switch (aimId[1]) {
    case 'E':
      if (aimId[2] === '4') return 'ean8';
      return code.length === 12 ? 'upca' : 'ean13';
    case 'C':
      return 'code128';
    case 'A':
      return 'code39';
    case 'I':
      return 'itf';
    case 'Q':
      return 'qr';
    case 'd':
      return 'datamatrix';
    default:
      return 'other';
  }
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * Joins the reports of one read. Returns the barcode when the last report of a read arrives,
 * undefined while more are expected or for reports that are not scanned data (other report IDs).
 */
export class HidPosAssembler {
  #parts: string[] = [];
  #symbologyId = '';

  constructor(private readonly layout: HidPosReportLayout = specExampleLayout) {}

  push(report: Uint8Array): DecodedBarcode | undefined {
    const l = this.layout;
    if (report[0] !== l.reportId || report.length <= l.dataOffset) return undefined;
    const length = Math.min(report[l.lengthOffset] ?? 0, l.dataCapacity);
    const symbologyBytes = report.subarray(l.symbologyOffset, l.symbologyOffset + 3).filter((b) => b !== 0);
    if (this.#parts.length === 0) this.#symbologyId = latin1(symbologyBytes);
    this.#parts.push(latin1(report.subarray(l.dataOffset, l.dataOffset + length)));
    const continued = ((report[l.continuedOffset] ?? 0) & l.continuedMask) !== 0;
    if (continued) return undefined;
    // Scanners append the configured suffix (often CR) even in POS mode; it is not part of the code.
    const code = this.#parts.join('').replace(/[\r\n\t]+$/, '');
    const symbologyId = this.#symbologyId;
    this.reset();
    return { code, symbologyId, symbology: symbologyFromAim(symbologyId, code) };
  }

  /** Drops a half-received read, e.g. after the device was unplugged mid-code. */
  reset(): void {
    this.#parts = [];
    this.#symbologyId = '';
  }
}

/** Builds spec-shaped reports for a code: used by fakes and tests, and documents the format. */
export function encodeHidPosReports(
  code: string,
  symbologyId: string,
  layout: HidPosReportLayout = specExampleLayout,
): Uint8Array[] {
  const reports: Uint8Array[] = [];
  const size = Math.max(layout.continuedOffset + 1, layout.dataOffset + layout.dataCapacity);
  for (let start = 0; start === 0 || start < code.length; start += layout.dataCapacity) {
    const chunk = code.slice(start, start + layout.dataCapacity);
    const report = new Uint8Array(size);
    report[0] = layout.reportId;
    report[layout.lengthOffset] = chunk.length;
    for (let i = 0; i < Math.min(3, symbologyId.length); i++)
      report[layout.symbologyOffset + i] = symbologyId.charCodeAt(i);
    for (let i = 0; i < chunk.length; i++) report[layout.dataOffset + i] = chunk.charCodeAt(i) & 0xff;
    if (start + layout.dataCapacity < code.length) report[layout.continuedOffset] = layout.continuedMask;
    reports.push(report);
  }
  return reports;
}
