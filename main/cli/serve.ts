import { isLoopbackHost } from '../security/policy';
import { startBrowserMode } from '../shell/browser-mode';
import { CliError, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runServe(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  });
  const host = flags.host ?? '127.0.0.1';
  if (!isLoopbackHost(host))
    throw new CliError(`refusing host ${host}: browser mode listens on loopback only (127.0.0.1, ::1, localhost)`);
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`bad --port ${flags.port}`);
  const db = requireExistingFile(requireFlag(flags.db, 'db'));
  await startBrowserMode({ dbPath: db, host, port, mustExist: true });
  return new Promise<number>(() => {}); // serves until interrupted
}
