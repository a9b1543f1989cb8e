import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditAction } from '../contract/audit-actions';

export interface AuditEntry {
  at: Date;
  userId: number | null;
  action: AuditAction;
  entity?: string;
  entityId?: number;
  /** Ids and codes only — never a client's name, so anonymising needs no rewrite of the log. */
  details?: Record<string, string | number | boolean | null>;
}

export async function audit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity ?? null,
      entity_id: entry.entityId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .execute();
}
