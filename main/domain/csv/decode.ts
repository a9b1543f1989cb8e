// Bytes → text for spreadsheets exported by Belgian Excel: UTF-8 (with or without BOM) or Windows-1252.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Strict UTF-8 first (fatal, so an invalid sequence throws), because Windows-1252 bytes for é/è/ç
 * (0xE9, 0xE8, 0xE7) are never valid UTF-8 on their own. Only when that fails do we fall back to
 * Windows-1252, which maps every byte and so cannot fail.
 */
export function decodeSpreadsheetBytes(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/**
 * Node builds without full ICU decode 'windows-1252' as ISO-8859-1 (0x80 → U+0080 instead of €),
 * so the 0x80–0x9F block is mapped here explicitly; everything else is Latin-1 and identical.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? (windows1252High[byte - 0x80] ?? '') : String.fromCharCode(byte);
  }
  return text;
}
