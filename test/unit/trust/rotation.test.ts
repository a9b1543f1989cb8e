import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../main/services/trust/backup';
import { backupsToDelete, preMigrationBackupsToDelete, stampOf } from '../../../main/services/trust/rotation';

const now = new Date('2026-11-24T12:00:00Z');
const hoursAgo = (h: number) => backupFileName(new Date(now.getTime() - h * 3_600_000), false);

describe('backup rotation', () => {
  it('names backups so they sort by time and parse back', () => {
    expect(backupFileName(now, true)).toBe('till-backup-20261124T120000Z.tillbak');
    expect(stampOf('till-backup-20261124T120000Z-pre-migration.db')?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(stampOf('notes.txt')).toBeNull();
  });

  it('keeps every backup of the last week, one a day to 60 days, one a month after, none past retention', () => {
    const names = [
      ...Array.from({ length: 7 * 24 }, (_, h) => hoursAgo(h)), // hourly for a week
      ...Array.from({ length: 50 * 4 }, (_, i) => hoursAgo(7 * 24 + i * 6)), // 4 a day for 50 days
      ...Array.from({ length: 24 }, (_, m) => hoursAgo((80 + m * 30) * 24)), // monthly, ~2.6 years back
      'unrelated.txt',
    ];
    const gone = new Set(backupsToDelete(names, now, 24));
    const kept = names.filter((n) => !gone.has(n) && n !== 'unrelated.txt');
    expect(gone.has('unrelated.txt')).toBe(false);
    // Everything from the last 7 days stays.
    for (let h = 0; h < 7 * 24; h++) expect(gone.has(hoursAgo(h))).toBe(false);
    // Older ones: at most one per day (to 60 days) or per month.
    const buckets = kept
      .map((n) => stampOf(n) as Date)
      .filter((d) => now.getTime() - d.getTime() >= 7 * 86_400_000)
      .map((d) =>
        now.getTime() - d.getTime() < 60 * 86_400_000 ? d.toISOString().slice(0, 10) : d.toISOString().slice(0, 7),
      );
    expect(new Set(buckets).size).toBe(buckets.length);
    // Nothing older than the retention period survives.
    for (const n of kept) expect((stampOf(n) as Date) >= new Date('2024-11-24T12:00:00Z')).toBe(true);
    expect(kept.length).toBeLessThan(7 * 24 + 50 + 24);
  });

  it('keeps the newest three backups taken before a migration', () => {
    const names = [1, 2, 3, 4, 5].map((h) => hoursAgo(h).replace('.db', '-pre-migration.db'));
    expect(preMigrationBackupsToDelete([...names, hoursAgo(9)])).toEqual([names[3], names[4]]);
  });
});
