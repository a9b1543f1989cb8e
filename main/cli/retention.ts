import { rawSync } from '../../db/sync-transaction';
import { fixedClock, systemClock } from '../api/clock';
import { createApp } from '../app';
import { audit } from '../services/audit';
import { anonymiseHouseholds, retentionCandidates, retentionCutoff } from '../services/trust/retention';
import { CliError, EXIT_OK, parseFlags, requireExistingFile, requireFlag } from './command';

export async function runRetention(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    db: { type: 'string' },
    'dry-run': { type: 'boolean' },
    now: { type: 'string' },
  });
  const path = requireExistingFile(requireFlag(flags.db, 'db'));
  if (flags.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.now)) throw new CliError(`bad --now ${flags.now}`);
  const clock = flags.now ? fixedClock(`${flags.now}T12:00:00Z`) : systemClock;
  const app = await createApp({ dbPath: path, mustExist: true, clock, background: false });
  try {
    const now = clock.now();
    const months = app.settings().retentionMonths;
    const cutoff = retentionCutoff(now, months);
    const due = await rawSync(app.db, (raw) => retentionCandidates(raw, cutoff));
    console.log(`retention ${months} months: households whose last enrolment ended before ${cutoff}`);
    for (const c of due)
      console.log(
        `  household ${c.householdId}  ${c.municipality ?? '-'}  ended ${c.lastEnrolmentEnded ?? '(never enrolled)'}  ${c.members} members, ${c.sales} sales`,
      );
    if (flags['dry-run']) {
      console.log(`dry run: ${due.length} household(s) would be anonymised; nothing changed`);
      return EXIT_OK;
    }
    const ids = due.map((c) => c.householdId);
    const done = await rawSync(app.db, (raw) => anonymiseHouseholds(raw, ids, now));
    await audit(app.db, { at: now, userId: null, action: 'retention.anonymise', details: { households: done } });
    console.log(`${done} household(s) anonymised; the file was scrubbed (secure delete, WAL truncated, VACUUM)`);
    return EXIT_OK;
  } finally {
    await app.close();
  }
}
