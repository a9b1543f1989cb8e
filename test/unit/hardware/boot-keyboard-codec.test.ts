// Recorded-style boot keyboard reports: [modifiers, 0, key1..key6]. Key usages from the HID Usage
// Tables, keyboard page 0x07 (0x1E = 1 … 0x27 = 0, 0x28 Enter, 0x2B Tab, Shift = 0x02).
import { describe, expect, it } from 'vitest';
import { BootKeyboardDecoder, encodeBootReports } from '../../../hardware/scanner/boot-keyboard-codec';

const key = (usage: number, modifiers = 0) => Uint8Array.of(modifiers, 0, usage, 0, 0, 0, 0, 0);
const release = new Uint8Array(8);

function decodeAll(decoder: BootKeyboardDecoder, reports: Uint8Array[]): string[] {
  return reports.flatMap((r) => {
    const code = decoder.push(r);
    return code === undefined ? [] : [code];
  });
}

describe('boot keyboard decoding', () => {
  it('reads digits from a US-configured scanner, ended by Enter', () => {
    const reports = [
      key(0x22),
      release,
      key(0x21),
      release,
      key(0x1e),
      release,
      key(0x1e),
      release,
      key(0x28),
      release,
    ];
    expect(decodeAll(new BootKeyboardDecoder({ layout: 'us', terminator: 'enter' }), reports)).toEqual(['5411']);
  });

  it('reads digits from a scanner set to Belgian AZERTY: Shift + number row', () => {
    const reports = [key(0x22, 0x02), release, key(0x21, 0x02), key(0x28), release];
    expect(decodeAll(new BootKeyboardDecoder({ layout: 'be', terminator: 'enter' }), reports)).toEqual(['54']);
  });

  it('shows what a layout mismatch looks like: unshifted number row on AZERTY', () => {
    const row = Array.from({ length: 10 }, (_, i) => [key(0x1e + i), release]).flat();
    const be = new BootKeyboardDecoder({ layout: 'be', terminator: 'tab' });
    const fr = new BootKeyboardDecoder({ layout: 'fr', terminator: 'tab' });
    expect(decodeAll(be, [...row, key(0x2b)])).toEqual(['&é"\'(§è!çà']);
    expect(decodeAll(fr, [...row, key(0x2b)])).toEqual(['&é"\'(-è_çà']);
  });

  it('does not repeat a held key and does not end on Enter when Tab is the terminator', () => {
    const decoder = new BootKeyboardDecoder({ layout: 'us', terminator: 'tab' });
    expect(decodeAll(decoder, [key(0x1f), key(0x1f), release, key(0x1f), key(0x28), release, key(0x2b)])).toEqual([
      '22',
    ]);
  });

  it('maps AZERTY letters by position (A key types q) and reads keypad digits on any layout', () => {
    const decoder = new BootKeyboardDecoder({ layout: 'fr', terminator: 'enter' });
    expect(decodeAll(decoder, [key(0x04), release, key(0x14, 0x02), release, key(0x59), key(0x58)])).toEqual(['qA1']);
  });

  it('accepts reports with a leading report ID and skips roll-over errors', () => {
    const decoder = new BootKeyboardDecoder({ layout: 'us', terminator: 'enter' });
    const withId = (r: Uint8Array) => Uint8Array.of(1, ...r);
    const rollOver = Uint8Array.of(0, 0, 1, 1, 1, 1, 1, 1);
    expect(decodeAll(decoder, [withId(key(0x27)), rollOver, withId(release), withId(key(0x28))])).toEqual(['0']);
  });

  it.each(['us', 'be', 'fr'] as const)('round-trips an alphanumeric code on %s', (layout) => {
    const code = 'ABC-123/xyz.45';
    const decoder = new BootKeyboardDecoder({ layout, terminator: 'enter' });
    expect(decodeAll(decoder, encodeBootReports(code, layout, 'enter'))).toEqual([code]);
  });
});
