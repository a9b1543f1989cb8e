// A save or a payment must happen once however often it is tapped: while the first call is on its
// way, further calls are ignored (the main process refuses a second one too; this spares the
// volunteer a confusing "already done" message).
import { useRef } from 'react';

export function useSingleFlight<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): (...args: A) => Promise<void> {
  const running = useRef(false);
  return async (...args) => {
    if (running.current) return;
    running.current = true;
    try {
      await action(...args);
    } finally {
      running.current = false;
    }
  };
}
