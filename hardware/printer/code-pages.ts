// Single-byte code pages for ESC/POS text. Pure: the tables are written out because neither
// TextEncoder nor Node can encode to CP858 or Windows-1252.
import { z } from 'zod';

export const codePages = ['cp858', 'wpc1252'] as const;
export type CodePage = (typeof codePages)[number];
export const codePageSchema = z.enum(codePages);

/** The `n` of ESC t n on Epson-compatible printers. */
export const escPosCodePageNumber: Record<CodePage, number> = { cp858: 19, wpc1252: 16 };

// Bytes 0x80–0xFF, in order. CP858 is CP850 with the euro sign at 0xD5. Unassigned 1252 bytes are U+FFFD.
const highHalves: Record<CodePage, string> = {
  cp858:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0',
  wpc1252:
    '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
};

const encoders = new Map<CodePage, Map<string, number>>();

function encoderFor(page: CodePage): Map<string, number> {
  let map = encoders.get(page);
  if (!map) {
    map = new Map();
    [...highHalves[page]].forEach((c, i) => {
      if (c !== '\ufffd') map?.set(c, 0x80 + i);
    });
    encoders.set(page, map);
  }
  return map;
}

// Every Unicode space becomes a plain space: Intl puts U+202F and U+00A0 in money amounts, and
// thermal printers draw code-page no-break spaces unreliably even where the page has one.
const unicodeSpaces = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Encodes text for the printer; a character the page lacks loses its accent, or becomes `?`. */
export function encodeText(text: string, page: CodePage): number[] {
  const map = encoderFor(page);
  const bytes: number[] = [];
  for (const c of text.replace(unicodeSpaces, ' ')) {
    const code = c.codePointAt(0) ?? 0x3f;
    if (code >= 0x20 && code < 0x7f) {
      bytes.push(code);
      continue;
    }
    const mapped = map.get(c);
    if (mapped !== undefined) {
      bytes.push(mapped);
      continue;
    }
    const base = c.normalize('NFD').replace(/\p{Mn}/gu, '');
    const baseCode = base.length === 1 ? base.charCodeAt(0) : 0;
    bytes.push(baseCode >= 0x20 && baseCode < 0x7f ? baseCode : (map.get(base) ?? 0x3f));
  }
  return bytes;
}

/** Decodes printer bytes back to text: used by the printer emulator and by tests. */
export function decodeText(bytes: Iterable<number>, page: CodePage): string {
  const high = [...highHalves[page]];
  let text = '';
  for (const b of bytes) text += b < 0x80 ? String.fromCharCode(b) : (high[b - 0x80] ?? '\ufffd');
  return text;
}
