// How far the running import of each session is, for the screen's progress bar. In memory: a
// progress report is worthless after a restart, and the import itself is one transaction anyway.
const running = new Map<string, { done: number; total: number }>();

export function importProgress(session: string | undefined): { active: boolean; done: number; total: number } {
  const entry = session ? running.get(session) : undefined;
  return entry ? { active: true, ...entry } : { active: false, done: 0, total: 0 };
}

/** Marks an import as started (0 of 0: still reading the file) and returns its progress callback. */
export function trackImport(session: string | undefined): {
  onProgress: (done: number, total: number) => Promise<void>;
  finish: () => void;
} {
  const key = session ?? '';
  running.set(key, { done: 0, total: 0 });
  return {
    onProgress: (done, total) => {
      running.set(key, { done, total });
      // Let the event loop answer a progress poll between two batches.
      return new Promise((resolve) => setImmediate(resolve));
    },
    finish: () => running.delete(key),
  };
}
