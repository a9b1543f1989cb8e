// The trust service of a running till: scheduled and on-demand backups with progress, rotation of
// the backup folder, and the full integrity check in the background after start-up and with every
// backup. Timers are unref'd: they never keep a process alive, and `stop()` ends them.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { rawSync } from '../../../db/sync-transaction';
import type { Clock } from '../../api/clock';
import { TillError } from '../../api/errors';
import type { EventBus } from '../../api/event-bus';
import type { BackupRecord, BackupStatus, IntegrityStatus } from '../../contract/trust';
import { audit } from '../audit';
import { readSettings } from '../settings';
import { backupFileName, backupFolderProblem, backupToFile } from './backup';
import type { BackupKey } from './crypto';
import { checkFileInChunks } from './integrity';
import { anonymiseHouseholds, retentionCandidates, retentionCutoff } from './retention';
import { backupsToDelete } from './rotation';

export interface TrustDeps {
  db: Kysely<DB>;
  raw: Database.Database;
  dbPath: string;
  clock: Clock;
  events: EventBus;
  /** Electron's better-sqlite3 build, for the check's worker thread. */
  nativeBinding?: string | undefined;
}

export async function storedBackupKey(db: Kysely<DB>): Promise<BackupKey | null> {
  const row = await db.selectFrom('backup_key').select(['salt', 'key']).where('id', '=', 1).executeTakeFirst();
  return row ? { salt: Buffer.from(row.salt, 'base64'), key: Buffer.from(row.key, 'base64') } : null;
}

export class TrustService {
  integrity: IntegrityStatus = { state: 'not-run', checkedAt: null, fault: null, progress: 0 };
  private running = false;
  private progress = 0;
  private timers: NodeJS.Timeout[] = [];
  private integrityRun: Promise<IntegrityStatus> | null = null;

  constructor(private readonly deps: TrustDeps) {}

  /** After start-up: the full check once the till is up, then a look every 10 minutes whether a backup is due. */
  start(options: { integrityDelayMs?: number; scheduleEveryMs?: number } = {}): void {
    const first = setTimeout(() => void this.runIntegrity(), options.integrityDelayMs ?? 5_000);
    const schedule = setInterval(
      () => {
        void this.backupIfDue().then(() => this.retentionIfDue());
      },
      options.scheduleEveryMs ?? 10 * 60_000,
    );
    for (const t of [first, schedule]) t.unref();
    this.timers.push(first, schedule);
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  private setIntegrity(status: IntegrityStatus): void {
    this.integrity = status;
    this.deps.events.emit('integrity:status', status);
  }

  runIntegrity(): Promise<IntegrityStatus> {
    if (this.integrityRun) return this.integrityRun;
    this.setIntegrity({ ...this.integrity, state: 'running', progress: 0 });
    this.integrityRun = checkFileInChunks(
      this.deps.dbPath,
      (progress) => {
        this.integrity = { ...this.integrity, progress };
      },
      { nativeBinding: this.deps.nativeBinding },
    )
      .then((check) => {
        const status: IntegrityStatus = {
          state: check.ok ? 'ok' : 'failed',
          checkedAt: this.deps.clock.now().toISOString(),
          fault: check.fault,
          progress: 1,
        };
        this.setIntegrity(status);
        return status;
      })
      .finally(() => {
        this.integrityRun = null;
      });
    return this.integrityRun;
  }

  async status(): Promise<BackupStatus> {
    const settings = await readSettings(this.deps.db);
    const recent = await this.deps.db.selectFrom('backup_log').selectAll().orderBy('id', 'desc').limit(10).execute();
    const lastOk = recent.find((r) => r.ok === 1 && r.kind !== 'pre-migration');
    const next = lastOk
      ? new Date(Date.parse(lastOk.at) + settings.backupIntervalHours * 3_600_000).toISOString()
      : settings.backupFolder
        ? this.deps.clock.now().toISOString()
        : null;
    return {
      folder: settings.backupFolder,
      folderProblem: settings.backupFolder ? backupFolderProblem(settings.backupFolder) : null,
      intervalHours: settings.backupIntervalHours,
      encrypted: settings.backupPassphraseSet,
      running: this.running,
      progress: this.progress,
      nextDueAt: next,
      recent: recent.map((r) => ({
        at: r.at,
        kind: r.kind,
        file: r.file,
        bytes: r.bytes,
        encrypted: r.encrypted === 1,
        ok: r.ok === 1,
        detail: r.detail,
      })),
      integrity: this.integrity,
    };
  }

  async backupIfDue(): Promise<void> {
    const status = await this.status();
    if (!status.folder || this.running || !status.nextDueAt) return;
    if (status.nextDueAt <= this.deps.clock.now().toISOString()) await this.runBackup('scheduled').catch(() => {});
  }

  /**
   * Anonymises households past the retention period on its own, but only at night in the shop's
   * time zone (22:00–06:00): the file scrub (VACUUM) would hold up a till that is selling.
   */
  async retentionIfDue(): Promise<number> {
    const settings = await readSettings(this.deps.db);
    const now = this.deps.clock.now();
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now),
    );
    if (hour >= 6 && hour < 22) return 0;
    const cutoff = retentionCutoff(now, settings.retentionMonths);
    // Under the connection lock: never inside another call's open transaction (see rawSync).
    const done = await rawSync(this.deps.db, (raw) =>
      anonymiseHouseholds(
        raw,
        retentionCandidates(raw, cutoff).map((c) => c.householdId),
        now,
      ),
    );
    if (done === 0) return 0;
    await audit(this.deps.db, {
      at: now,
      userId: null,
      action: 'retention.anonymise',
      details: { households: done, automatic: true },
    });
    return done;
  }

  async runBackup(kind: BackupRecord['kind']): Promise<BackupRecord> {
    const settings = await readSettings(this.deps.db);
    const folder = settings.backupFolder;
    if (!folder) throw new TillError('refused', 'backup-folder-missing', 'choose a backup folder first');
    if (this.running) throw new TillError('conflict', 'backup-running', 'a backup is already running');
    this.running = true;
    const setProgress = (progress: number) => {
      this.progress = progress;
      this.deps.events.emit('backup:progress', { running: this.running, progress });
    };
    setProgress(0);
    const now = this.deps.clock.now();
    const key = settings.backupPassphraseSet ? await storedBackupKey(this.deps.db) : null;
    let record: BackupRecord;
    let checkFailed = false;
    try {
      // Never created here (see backupFolderProblem): a missing stick is a failed backup, shown and
      // retried at the next look of the schedule, never a copy on the till's own disk.
      const problem = backupFolderProblem(folder);
      if (problem) throw new Error(problem);
      const file = join(folder, backupFileName(now, key !== null));
      const result = await backupToFile(this.deps.raw, file, {
        key,
        onProgress: setProgress,
        nativeBinding: this.deps.nativeBinding,
      });
      record = { at: now.toISOString(), kind, ...result };
      checkFailed = !result.ok;
      if (result.ok) this.rotate(folder, now, settings.retentionMonths);
    } catch (error) {
      // A missing USB stick or a full disk: logged and shown, never thrown at the till.
      record = {
        at: now.toISOString(),
        kind,
        file: folder,
        bytes: 0,
        encrypted: key !== null,
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      };
    } finally {
      this.running = false;
      setProgress(1);
    }
    await this.deps.db
      .insertInto('backup_log')
      .values({ ...record, encrypted: record.encrypted ? 1 : 0, ok: record.ok ? 1 : 0 })
      .execute();
    this.deps.events.emit('backup:result', { ok: record.ok });
    // The copy of the live file failed its check: the live file has the same fault.
    if (checkFailed) this.setIntegrity({ state: 'failed', checkedAt: record.at, fault: record.detail, progress: 1 });
    return record;
  }

  private rotate(folder: string, now: Date, retentionMonths: number): void {
    for (const name of backupsToDelete(readdirSync(folder), now, retentionMonths))
      rmSync(join(folder, name), { force: true });
  }
}
