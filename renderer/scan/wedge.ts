// Keyboard-wedge fallback: scanners that can only type (Windows keeps HID keyboards to itself)
// arrive as keydown events. A scan is a fast burst ending in Enter or Tab; a person types slower.
// Pure: the caller feeds events and acts on the verdict, so this is tested with synthetic timelines.
//
// Use: on window keydown, skip when isTextField(document.activeElement) (never steal input), feed
// the event, and on a 'scan' verdict call preventDefault() so the Enter does not also press
// whichever button has focus.
import { type BarcodeCheck, checkBarcode } from '../../main/contract/barcode';

export interface WedgeKeyEvent {
  key: string;
  /** Milliseconds, as KeyboardEvent.timeStamp. */
  timeStamp: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface WedgeOptions {
  minLength: number;
  /** Scanners send a key every 1–20 ms; even fast typists leave 50 ms or more. */
  maxGapMs: number;
  terminators: readonly ('Enter' | 'Tab')[];
}

export const defaultWedgeOptions: WedgeOptions = { minLength: 6, maxGapMs: 35, terminators: ['Enter', 'Tab'] };

export type LayoutFix = 'none' | 'azerty-be' | 'azerty-fr' | 'azerty';

export type WedgeVerdict =
  | { kind: 'pending' }
  | { kind: 'typing' }
  | { kind: 'ignored' }
  | { kind: 'scan'; code: string; raw: string; layoutFix: LayoutFix; check: BarcodeCheck };

// A QWERTY-configured scanner's digits as an AZERTY PC types them (the unshifted number row).
const azertyDigits: Record<string, string> = {
  '&': '1',
  é: '2',
  '"': '3',
  "'": '4',
  '(': '5',
  '§': '6', // Belgian
  '-': '6', // French
  è: '7',
  '!': '8', // Belgian
  _: '8', // French
  ç: '9',
  à: '0',
};

/**
 * Turns `&é"'(§è!çà` (Belgian) or `&é"'(-è_çà` (French) back into digits. Only a read made
 * entirely of digits and number-row characters is converted, so a Code 128 such as `AB-12` stays.
 */
export function decodeLayoutMismatch(raw: string): { code: string; layoutFix: LayoutFix } {
  const chars = [...raw];
  if (!chars.some((c) => c in azertyDigits) || !chars.every((c) => c in azertyDigits || (c >= '0' && c <= '9')))
    return { code: raw, layoutFix: 'none' };
  const code = chars.map((c) => azertyDigits[c] ?? c).join('');
  const belgian = chars.some((c) => c === '§' || c === '!');
  const french = chars.some((c) => c === '-' || c === '_');
  return { code, layoutFix: belgian && !french ? 'azerty-be' : french && !belgian ? 'azerty-fr' : 'azerty' };
}

export class WedgeDetector {
  readonly #options: WedgeOptions;
  #buffer = '';
  #last = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<WedgeOptions> = {}) {
    this.#options = { ...defaultWedgeOptions, ...options };
  }

  push(event: WedgeKeyEvent): WedgeVerdict {
    const { minLength, maxGapMs, terminators } = this.#options;
    const gap = event.timeStamp - this.#last;
    // Ctrl+key and Cmd+key are shortcuts; Ctrl+Alt is AltGr on Windows and still types.
    if (event.metaKey || (event.ctrlKey && !event.altKey)) {
      this.reset();
      return { kind: 'ignored' };
    }
    if ((terminators as readonly string[]).includes(event.key)) {
      const raw = this.#buffer;
      this.reset();
      if (raw.length >= minLength && gap <= maxGapMs) {
        const { code, layoutFix } = decodeLayoutMismatch(raw);
        return { kind: 'scan', code, raw, layoutFix, check: checkBarcode(code) };
      }
      return raw.length > 0 ? { kind: 'typing' } : { kind: 'ignored' };
    }
    // Shift, CapsLock, Dead and the like: a scanner on AZERTY presses Shift for every digit.
    if ([...event.key].length !== 1) return { kind: 'ignored' };
    const dismissed = this.#buffer.length > 0 && gap > maxGapMs;
    if (dismissed) this.#buffer = '';
    this.#buffer += event.key;
    this.#last = event.timeStamp;
    return dismissed ? { kind: 'typing' } : { kind: 'pending' };
  }

  reset(): void {
    this.#buffer = '';
    this.#last = Number.NEGATIVE_INFINITY;
  }
}

/** The parts of a DOM element the focus check reads; a real Element satisfies it. */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
}

const nonTextInputs = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True when keys go into an editable field, which the wedge must leave alone. */
export function isTextField(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  if (target.disabled || target.readOnly) return false;
  switch (target.tagName.toUpperCase()) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !nonTextInputs.has((target.type ?? 'text').toLowerCase());
    default:
      return false;
  }
}
