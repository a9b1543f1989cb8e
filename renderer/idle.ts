import { useEffect } from 'react';

/**
 * Locks the screen after `minutes` without a key, pointer or touch: a volunteer who walks away
 * leaves no client file open. The main process refuses the next call anyway; this hides the screen.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (minutes === null) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const events = ['keydown', 'pointerdown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last > minutes * 60_000) onIdle();
    }, 10_000);
    return () => {
      for (const e of events) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [minutes, onIdle]);
}
