// Reading the audit log for the coordinator's screen: newest first, filtered by user, action and
// date (the shop's calendar days), paged by id. The log holds ids and codes; only staff names (users)
// are joined in, never a client's.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditEntryView } from '../contract/trust';

export interface AuditFilter {
  userId?: number | undefined;
  action?: string | undefined;
  /** UTC bounds of the shop's days, computed by the caller. */
  fromUtc?: string | undefined;
  toUtc?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listAuditEntries(db: Kysely<DB>, filter: AuditFilter): Promise<AuditEntryView[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'a.user_id', 'u.name', 'a.action', 'a.entity', 'a.entity_id', 'a.details'])
    .orderBy('a.id', 'desc')
    .limit(filter.limit);
  if (filter.userId !== undefined) query = query.where('a.user_id', '=', filter.userId);
  if (filter.action !== undefined) query = query.where('a.action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`);
  if (filter.fromUtc !== undefined) query = query.where('a.at', '>=', filter.fromUtc);
  if (filter.toUtc !== undefined) query = query.where('a.at', '<', filter.toUtc);
  if (filter.beforeId !== undefined) query = query.where('a.id', '<', filter.beforeId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    userName: r.name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: r.details,
  }));
}

export async function auditActions(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
