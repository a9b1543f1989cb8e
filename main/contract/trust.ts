// Trust: the audit log, backups, the background integrity check, retention (anonymisation) and a
// household's own data export. Coordinators only, except the export, which social workers also do.
import { z } from 'zod';
import { channel } from './define';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.number().int().nullable(),
  details: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const integrityStatusSchema = z.object({
  state: z.enum(['not-run', 'running', 'ok', 'failed']),
  checkedAt: z.string().nullable(),
  /** What was wrong, in English for logs; the screen shows a translated explanation and what to do. */
  fault: z.string().nullable(),
  progress: z.number().min(0).max(1),
});
export type IntegrityStatus = z.infer<typeof integrityStatusSchema>;

export const backupRecordSchema = z.object({
  at: z.string(),
  kind: z.enum(['scheduled', 'manual', 'pre-migration']),
  file: z.string(),
  bytes: z.number().int(),
  encrypted: z.boolean(),
  ok: z.boolean(),
  detail: z.string().nullable(),
});
export type BackupRecord = z.infer<typeof backupRecordSchema>;

/** Why backups cannot go into the chosen folder right now (a USB stick not plugged in, say). */
export const backupFolderProblems = ['folder-missing', 'not-a-folder', 'folder-not-writable'] as const;
export type BackupFolderProblem = (typeof backupFolderProblems)[number];

export const backupStatusSchema = z.object({
  folder: z.string().nullable(),
  folderProblem: z.enum(backupFolderProblems).nullable(),
  intervalHours: z.number().int(),
  encrypted: z.boolean(),
  running: z.boolean(),
  progress: z.number().min(0).max(1),
  nextDueAt: z.string().nullable(),
  recent: z.array(backupRecordSchema),
  integrity: integrityStatusSchema,
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const retentionCandidateSchema = z.object({
  householdId: z.number().int(),
  municipality: z.string().nullable(),
  lastEnrolmentEnded: z.string().nullable(),
  members: z.number().int(),
  sales: z.number().int(),
});

export const trustChannels = {
  'audit:list-entries': channel({
    input: z.object({
      userId: z.number().int().positive().optional(),
      action: z.string().trim().min(1).max(60).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      entries: z.array(auditEntrySchema),
      actions: z.array(z.string()),
      users: z.array(z.object({ id: z.number().int(), name: z.string() })),
      /** The shop's time zone, to show the UTC times in. */
      timeZone: z.string(),
    }),
    access: ['coordinator'],
  }),
  'backup:get-status': channel({
    input: z.object({}),
    output: backupStatusSchema,
    access: ['coordinator'],
  }),
  'backup:run-now': channel({
    input: z.object({}),
    output: backupRecordSchema,
    access: ['coordinator'],
  }),
  'backup:set-config': channel({
    input: z.object({
      // An absolute path (a relative one would depend on where the till was started from).
      folder: z
        .string()
        .trim()
        .max(500)
        .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/),
      intervalHours: z.number().int().min(1).max(168),
      /** A new passphrase (12+ characters), null to stop encrypting, absent to keep the current one. */
      passphrase: z.string().min(12).max(200).nullable().optional(),
    }),
    output: z.object({}),
    access: ['coordinator'],
  }),
  'integrity:get-status': channel({
    input: z.object({}),
    output: integrityStatusSchema,
    access: ['coordinator'],
  }),
  'integrity:run-now': channel({
    input: z.object({}),
    output: integrityStatusSchema,
    access: ['coordinator'],
  }),
  'retention:preview': channel({
    input: z.object({}),
    output: z.object({
      retentionMonths: z.number().int(),
      cutoff: z.string(),
      households: z.array(retentionCandidateSchema),
    }),
    access: ['coordinator'],
  }),
  'retention:run': channel({
    input: z.object({ confirm: z.literal(true) }),
    output: z.object({ anonymised: z.number().int() }),
    access: ['coordinator'],
  }),
  'households:export-own-data': channel({
    input: z.object({ householdId: z.number().int().positive(), format: z.enum(['json', 'pdf']) }),
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
    access: ['social-worker', 'coordinator'],
  }),
};
