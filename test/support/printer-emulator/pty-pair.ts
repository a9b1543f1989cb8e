// Starts `socat` with two linked pseudo-terminals: the till opens one end as its serial port, the
// printer emulator the other. Paths come from socat's stderr ("N PTY is /dev/pts/N").
import { type ChildProcess, spawn } from 'node:child_process';

export interface PtyPair {
  tillPath: string;
  printerPath: string;
  stop(): Promise<void>;
}

export interface PtyPairOptions {
  timeoutMs?: number;
  /** Stable symlinks to the two ends, so a restarted pair reappears at the same paths (a replug). */
  links?: { till: string; printer: string };
}

export function startPtyPair({ timeoutMs = 5000, links }: PtyPairOptions = {}): Promise<PtyPair> {
  const end = (link?: string) => `pty,raw,echo=0${link ? `,link=${link}` : ''}`;
  const socat: ChildProcess = spawn('socat', ['-d', '-d', end(links?.till), end(links?.printer)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // A test run that ends without afterAll (a crash, Ctrl+C) must not leave socat behind.
  const killOnExit = () => socat.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = () =>
    new Promise<void>((resolve) => {
      process.off('exit', killOnExit);
      if (socat.exitCode !== null || socat.signalCode !== null) return resolve();
      socat.once('exit', () => resolve());
      socat.kill('SIGTERM');
    });
  return new Promise<PtyPair>((resolve, reject) => {
    const paths: string[] = [];
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`socat gave no pty paths within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    socat.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socat.stderr?.setEncoding('utf8');
    socat.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      for (const match of chunk.matchAll(/PTY is (\S+)/g)) if (match[1]) paths.push(match[1]);
      // Both ptys exist once the transfer loop starts; opening earlier can race socat.
      if (paths.length >= 2 && stderr.includes('starting data transfer loop')) {
        clearTimeout(timer);
        const [tillPath = '', printerPath = ''] = paths;
        resolve({ tillPath: links?.till ?? tillPath, printerPath: links?.printer ?? printerPath, stop });
      }
    });
  });
}
