// Turns boot-protocol keyboard reports (8 bytes: modifiers, reserved, six key usages) from a
// scanner in keyboard mode into barcodes. Pure: no Node, no device.
import { type KeyboardLayout, layoutTables } from './keyboard-layouts';

export const ENTER = 0x28;
export const TAB = 0x2b;
const KEYPAD_ENTER = 0x58;
const SHIFT_MASK = 0x22; // left (bit 1) or right (bit 5) Shift
const ALT_GR_MASK = 0x40; // right Alt, which AZERTY layouts use as AltGr
const CTRL_MASK = 0x11;

export type Terminator = 'enter' | 'tab';

export interface BootKeyboardOptions {
  layout: KeyboardLayout;
  terminator: Terminator;
}

/**
 * Accumulates characters until the terminator key. Keys are taken on press only: a usage that
 * was already down in the previous report is a held key, not a new character, and an all-zero
 * report releases everything (scanners send one after each key so repeated digits come through).
 */
export class BootKeyboardDecoder {
  #previous = new Set<number>();
  #buffer = '';

  constructor(private readonly options: BootKeyboardOptions) {}

  /** Returns the completed code when the terminator is pressed, otherwise undefined. */
  push(report: Uint8Array): string | undefined {
    // Some devices prefix a report ID; a boot report is exactly 8 bytes.
    const keys = report.length === 9 ? report.subarray(1) : report;
    const modifiers = keys[0] ?? 0;
    const pressed = new Set<number>();
    let completed: string | undefined;
    for (const usage of keys.subarray(2, 8)) {
      // 0 = no key, 1 = roll-over error: a phantom state, skip it whole.
      if (usage === 1) return undefined;
      if (usage === 0) continue;
      pressed.add(usage);
      if (this.#previous.has(usage)) continue;
      const done = this.#press(usage, modifiers);
      if (done !== undefined) completed = done;
    }
    this.#previous = pressed;
    return completed;
  }

  reset(): void {
    this.#previous.clear();
    this.#buffer = '';
  }

  #press(usage: number, modifiers: number): string | undefined {
    const isTerminator =
      this.options.terminator === 'enter' ? usage === ENTER || usage === KEYPAD_ENTER : usage === TAB;
    if (isTerminator) {
      const code = this.#buffer;
      this.#buffer = '';
      return code.length > 0 ? code : undefined;
    }
    if (modifiers & CTRL_MASK) return undefined; // control sequences are scanner prefixes, not data
    const chars = layoutTables[this.options.layout].get(usage);
    if (!chars) return undefined;
    const typed = modifiers & ALT_GR_MASK ? chars[2] : modifiers & SHIFT_MASK ? chars[1] : chars[0];
    if (typed) this.#buffer += typed;
    return undefined;
  }
}

/** Builds the boot reports a US-configured scanner would send for `text`: press, release, …, terminator. */
export function encodeBootReports(text: string, layout: KeyboardLayout, terminator: Terminator): Uint8Array[] {
  const reverse = new Map<string, [number, number]>();
  for (const [usage, chars] of layoutTables[layout]) {
    chars.forEach((c, level) => {
      const modifier = [0, 0x02, 0x40][level] ?? 0;
      if (c && !reverse.has(c)) reverse.set(c, [usage, modifier]);
    });
  }
  const reports: Uint8Array[] = [];
  for (const c of text) {
    const key = reverse.get(c);
    if (!key) throw new Error(`layout ${layout} cannot type ${JSON.stringify(c)}`);
    reports.push(Uint8Array.of(key[1], 0, key[0], 0, 0, 0, 0, 0), new Uint8Array(8));
  }
  reports.push(Uint8Array.of(0, 0, terminator === 'enter' ? ENTER : TAB, 0, 0, 0, 0, 0), new Uint8Array(8));
  return reports;
}
