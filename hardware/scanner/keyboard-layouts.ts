// What a PC with a given keyboard layout types for each HID keyboard usage (HID Usage Tables,
// page 0x07). A scanner in keyboard mode sends key positions, not characters, so decoding needs the
// layout the scanner was configured for. Only the keys a barcode can contain are mapped.
import { z } from 'zod';

export const keyboardLayouts = ['us', 'be', 'fr'] as const;
export type KeyboardLayout = (typeof keyboardLayouts)[number];
export const keyboardLayoutSchema = z.enum(keyboardLayouts);

/** [plain, shifted, AltGr] for one key. */
export type KeyChars = readonly [string, string, string?];
export type LayoutTable = ReadonlyMap<number, KeyChars>;

const letterUsages = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [0x04 + i, c] as const);

function table(entries: Record<number, KeyChars>, letterSwaps: Record<string, string> = {}): LayoutTable {
  const map = new Map<number, KeyChars>();
  for (const [usage, letter] of letterUsages) {
    const typed = letterSwaps[letter] ?? letter;
    map.set(usage, [typed, typed.toUpperCase()]);
  }
  for (const [usage, chars] of Object.entries(entries)) map.set(Number(usage), chars);
  // The keypad types the same on every layout (with Num Lock on, as scanners assume).
  for (const [i, d] of [...'1234567890'].entries()) map.set(0x59 + i, [d, d]);
  map.set(0x54, ['/', '/']);
  map.set(0x55, ['*', '*']);
  map.set(0x56, ['-', '-']);
  map.set(0x57, ['+', '+']);
  map.set(0x2c, [' ', ' ']);
  return map;
}

const usDigits: Record<number, KeyChars> = {};
'1234567890'.split('').forEach((d, i) => {
  usDigits[0x1e + i] = [d, '!@#$%^&*()'[i] ?? ''];
});

const us = table({
  ...usDigits,
  45: ['-', '_'],
  46: ['=', '+'],
  47: ['[', '{'],
  48: [']', '}'],
  49: ['\\', '|'],
  51: [';', ':'],
  52: ["'", '"'],
  53: ['`', '~'],
  54: [',', '<'],
  55: ['.', '>'],
  56: ['/', '?'],
});

// AZERTY: digits need Shift; the unshifted row is the `&é"'(…` that layout mix-ups produce.
function azertyDigits(row: string, altGr: Record<number, string>): Record<number, KeyChars> {
  const keys: Record<number, KeyChars> = {};
  [...row].forEach((c, i) => {
    keys[0x1e + i] = [c, '1234567890'[i] ?? '', altGr[i]];
  });
  return keys;
}

const azertyLetters = { a: 'q', q: 'a', w: 'z', z: 'w', m: ',' };

const be = table(
  {
    ...azertyDigits('&é"\'(§è!çà', { 0: '|', 1: '@', 2: '#', 8: '{', 9: '}' }),
    16: [',', '?'],
    45: [')', '°'],
    46: ['-', '_'],
    47: ['^', '¨', '['],
    48: ['$', '*', ']'],
    49: ['µ', '£'],
    50: ['µ', '£'],
    51: ['m', 'M'],
    52: ['ù', '%'],
    53: ['²', '³'],
    54: [';', '.'],
    55: [':', '/'],
    56: ['=', '+', '~'],
    100: ['<', '>', '\\'],
  },
  azertyLetters,
);

const fr = table(
  {
    ...azertyDigits('&é"\'(-è_çà', { 1: '~', 2: '#', 3: '{', 4: '[', 5: '|', 6: '`', 7: '\\', 8: '^', 9: '@' }),
    16: [',', '?'],
    45: [')', '°', ']'],
    46: ['=', '+', '}'],
    47: ['^', '¨'],
    48: ['$', '£'],
    49: ['*', 'µ'],
    50: ['*', 'µ'],
    51: ['m', 'M'],
    52: ['ù', '%'],
    53: ['²', ''],
    54: [';', '.'],
    55: [':', '/'],
    56: ['!', '§'],
    100: ['<', '>'],
  },
  azertyLetters,
);

export const layoutTables: Record<KeyboardLayout, LayoutTable> = { us, be, fr };
