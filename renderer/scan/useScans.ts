// Every way a barcode reaches a screen, as one stream of reads: the HID scanner (pushed from the
// main process as scanner:read) and the keyboard-wedge fallback (fast keydowns while no text field
// has focus). A bad read (a GS1 code whose check digit fails) plays its own sound and arrives as
// kind 'bad-read' so the screen can say "scan again"; it never reaches a product lookup.
import { useEffect, useRef } from 'react';
import { onEvent } from '../api/client';
import { playScanAgain } from '../sounds';
import { classifyRead, type ScanRead } from './read';
import { isTextField, WedgeDetector } from './wedge';

export type { ScanRead } from './read';

/** Calls `onRead` for each scan while the screen is mounted (and `enabled`). */
export function useScans(onRead: (read: ScanRead) => void, enabled = true): void {
  const latest = useRef(onRead);
  latest.current = onRead;
  useEffect(() => {
    if (!enabled) return;
    const deliver = (read: ScanRead) => {
      if (read.kind === 'bad-read') playScanAgain();
      latest.current(read);
    };
    const detector = new WedgeDetector();
    const onKey = (event: KeyboardEvent) => {
      // Never steal input: whatever is typed into a field belongs to that field.
      if (isTextField(document.activeElement as HTMLElement | null)) return detector.reset();
      const verdict = detector.push(event);
      if (verdict.kind !== 'scan') return;
      // The Enter or Tab ending the scan must not also press the focused button or move focus.
      event.preventDefault();
      deliver(classifyRead(verdict.code, 'wedge'));
    };
    window.addEventListener('keydown', onKey, true);
    const offScanner = onEvent('scanner:read', (read) => deliver(classifyRead(read.code, 'scanner', read.symbology)));
    return () => {
      window.removeEventListener('keydown', onKey, true);
      offScanner();
    };
  }, [enabled]);
}
