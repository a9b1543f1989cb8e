// Synthetic keydown timelines for the renderer's keyboard-wedge detector.
import { describe, expect, it } from 'vitest';
import { classifyRead } from '../../../renderer/scan/read';
import { decodeLayoutMismatch, isTextField, WedgeDetector, type WedgeVerdict } from '../../../renderer/scan/wedge';

/** Types `text` then `end`, one key every `gapMs`, starting at `t0`; returns the last verdict. */
function type(detector: WedgeDetector, text: string, gapMs: number, end = 'Enter', t0 = 1000): WedgeVerdict {
  const keys = [...text];
  for (const [i, key] of keys.entries()) detector.push({ key, timeStamp: t0 + (i + 1) * gapMs });
  return detector.push({ key: end, timeStamp: t0 + (keys.length + 1) * gapMs });
}

describe('keyboard wedge', () => {
  it('takes a fast burst ending in Enter as a scan, with its check-digit verdict', () => {
    const verdict = type(new WedgeDetector(), '5449000000996', 8);
    expect(verdict).toMatchObject({ kind: 'scan', code: '5449000000996', layoutFix: 'none', check: { ok: true } });
  });

  it('flags a bad check digit so the till can say "scan again"', () => {
    expect(type(new WedgeDetector(), '5449000000995', 8)).toMatchObject({
      check: { ok: false, reason: 'bad-check-digit' },
    });
  });

  it('takes human typing as typing, however long', () => {
    expect(type(new WedgeDetector(), '5449000000996', 120)).toEqual({ kind: 'typing' });
  });

  it('needs at least six characters and accepts Tab as terminator', () => {
    expect(type(new WedgeDetector(), '12345', 5)).toEqual({ kind: 'typing' });
    expect(type(new WedgeDetector(), '123456', 5, 'Tab')).toMatchObject({ kind: 'scan', code: '123456' });
  });

  it('starts over when a pause splits slow typing from a following scan', () => {
    const detector = new WedgeDetector();
    detector.push({ key: 'a', timeStamp: 0 });
    detector.push({ key: 'b', timeStamp: 200 });
    expect(type(detector, '96385074', 10, 'Enter', 500)).toMatchObject({ kind: 'scan', code: '96385074' });
  });

  it('tolerates Shift keydowns between digits (a scanner set to AZERTY)', () => {
    const detector = new WedgeDetector();
    [...'40123455'].forEach((digit, i) => {
      detector.push({ key: 'Shift', timeStamp: i * 6 });
      detector.push({ key: digit, timeStamp: i * 6 + 3 });
    });
    expect(detector.push({ key: 'Enter', timeStamp: 50 })).toMatchObject({ kind: 'scan', code: '40123455' });
  });

  it('decodes a QWERTY scanner read on a Belgian and on a French AZERTY PC', () => {
    expect(type(new WedgeDetector(), '&é"\'(§è!çà', 6)).toMatchObject({ code: '1234567890', layoutFix: 'azerty-be' });
    expect(type(new WedgeDetector(), '&é"\'(-è_çà', 6)).toMatchObject({ code: '1234567890', layoutFix: 'azerty-fr' });
    // An EAN-13 on a Belgian PC: 5449000000996 arrives as (''çààààààçç§ and still passes its check digit.
    expect(type(new WedgeDetector(), "(''çààààààçç§", 6)).toMatchObject({
      code: '5449000000996',
      layoutFix: 'azerty-be',
      check: { ok: true },
    });
    // Only characters both layouts share: the digits are certain, the layout is not.
    expect(decodeLayoutMismatch("(''çààààààçç")).toEqual({ code: '544900000099', layoutFix: 'azerty' });
  });

  it('leaves alphanumeric codes with a dash alone', () => {
    expect(decodeLayoutMismatch('AB-1234')).toEqual({ code: 'AB-1234', layoutFix: 'none' });
  });

  it('drops the burst on a shortcut (Ctrl+key) but lets AltGr (Ctrl+Alt) type', () => {
    const detector = new WedgeDetector();
    detector.push({ key: '1', timeStamp: 0 });
    expect(detector.push({ key: 'v', timeStamp: 5, ctrlKey: true })).toEqual({ kind: 'ignored' });
    expect(detector.push({ key: '@', timeStamp: 10, ctrlKey: true, altKey: true })).toEqual({ kind: 'pending' });
  });
});

describe('isTextField', () => {
  it('protects text inputs, textareas, selects and contenteditable', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT' })).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'SELECT' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('lets scans through buttons, checkboxes, read-only fields and the page body', () => {
    expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false);
    expect(isTextField({ tagName: 'BODY' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('classifyRead', () => {
  it('turns a GS1-looking code with a wrong check digit into a bad read, whatever its source', () => {
    expect(classifyRead('5449000000995', 'wedge')).toEqual({
      kind: 'bad-read',
      code: '5449000000995',
      source: 'wedge',
    });
    expect(classifyRead('96385075', 'scanner', 'ean8')).toMatchObject({ kind: 'bad-read' });
    expect(classifyRead('5449000000996', 'scanner', 'ean13')).toMatchObject({ kind: 'good' });
  });

  it('leaves codes that are not EAN/UPC alone (a receipt number, a Code 128 read)', () => {
    expect(classifyRead('T1-000042', 'wedge')).toMatchObject({ kind: 'good', code: 'T1-000042' });
    expect(classifyRead('1234567890123', 'scanner', 'code128')).toMatchObject({ kind: 'good' });
  });
});
