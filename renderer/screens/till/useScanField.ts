// The till's scan field. It is not React state: a scanner types 13 characters in a few
// milliseconds, and a render of the whole screen per character would delay the answer's line.
//
// A code sent with Enter stays in the field until its answer: clearing it at once would make the
// browser paint a frame just before the answer arrives, and the new line would then wait for the
// frame after that one (up to 16 ms later). The answer's line and the emptied field are painted
// together instead. Anything typed meanwhile replaces the sent code, and Enter on a code that is
// still on its way does not send it twice.
import { type RefObject, useEffect, useMemo, useRef } from 'react';

export interface ScanField {
  ref: RefObject<HTMLInputElement | null>;
  focus: () => void;
  /** The code typed for Enter, or nothing when it is empty or already on its way. */
  send: () => string | undefined;
  /** `code` was answered: empty the field, unless something new was typed (or sent) since. */
  answered: (code: string) => void;
  /** Empties the field now (a quick key used the number typed in it). */
  take: () => void;
  /** A number typed before a quick key: pieces, or grams for an item sold by weight (never a code on its way). */
  typedAmount: () => number | undefined;
}

export function useScanField(): ScanField {
  const ref = useRef<HTMLInputElement>(null);
  const sent = useRef<string | null>(null);

  useEffect(() => {
    // `beforeinput` sees typing, a scanner, pasting and IME text alike (keydown misses the last two).
    const replaceSent = (event: Event) => {
      const input = ref.current;
      if (event.target !== input || !input || sent.current === null || !(event instanceof InputEvent)) return;
      // Enter (the form's submit) is not an edit of the code.
      if (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph') return;
      sent.current = null;
      input.value = '';
      // Typed text goes into the emptied field; a deletion has nothing left to delete.
      if (!event.inputType.startsWith('insert')) event.preventDefault();
    };
    document.addEventListener('beforeinput', replaceSent, true);
    return () => document.removeEventListener('beforeinput', replaceSent, true);
  }, []);

  // One object for the screen's lifetime: its functions read refs only.
  return useMemo(() => {
    const value = () => ref.current?.value.trim() ?? '';
    return {
      ref,
      focus: () => ref.current?.focus(),
      send: () => {
        const code = value();
        if (!code || code === sent.current) return undefined;
        sent.current = code;
        return code;
      },
      answered: (code) => {
        if (sent.current !== code) return;
        if (ref.current && value() === code) ref.current.value = '';
        sent.current = null;
      },
      take: () => {
        if (ref.current) ref.current.value = '';
        sent.current = null;
      },
      typedAmount: () => {
        if (sent.current !== null) return undefined;
        const typed = value();
        return /^\d{1,5}$/.test(typed) ? Number(typed) : undefined;
      },
    };
  }, []);
}
