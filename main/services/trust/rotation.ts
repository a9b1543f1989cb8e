// Which backups to delete: none younger than a week; then the newest of each day up to 60 days; then
// the newest of each month; and every backup older than the retention period, so personal data that
// was anonymised in the till also leaves the backups in time. Pure.
import { BACKUP_NAME } from './backup';

const DAY = 86_400_000;

export function stampOf(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  const s = m?.[1];
  if (!s) return null;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function backupsToDelete(names: readonly string[], now: Date, retentionMonths: number): string[] {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  const dated = names
    .map((name) => ({ name, at: stampOf(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  const out: string[] = [];
  for (const b of dated) {
    const age = now.getTime() - b.at.getTime();
    if (b.at < cutoff) {
      out.push(b.name);
      continue;
    }
    if (age < 7 * DAY) continue;
    const bucket = age < 60 * DAY ? b.at.toISOString().slice(0, 10) : b.at.toISOString().slice(0, 7);
    if (kept.has(bucket)) out.push(b.name);
    else kept.add(bucket);
  }
  return out;
}

/** Backups taken before a migration: the newest `keep` are enough (scheduled backups cover the rest). */
export function preMigrationBackupsToDelete(names: readonly string[], keep = 3): string[] {
  return names
    .filter((n) => stampOf(n) !== null && n.includes('-pre-migration.'))
    .sort()
    .reverse()
    .slice(keep);
}
