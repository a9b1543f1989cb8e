// Referring organisations: a managed list. A form or a spreadsheet that names only the kind gets the
// shop's first organisation of that kind, created with a generic name when there is none yet.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { invalidFields, notFound } from '../../api/errors';
import type { ReferringOrganisation } from '../../domain/household-input';

const genericNames: Record<ReferringOrganisation, string> = {
  'ocmw-cpas': 'OCMW/CPAS',
  caw: 'CAW',
  'debt-counselling': 'Schuldbemiddeling / Médiation de dettes',
  other: 'Andere / Autre',
};

export async function organisationForKind(db: Kysely<DB>, kind: ReferringOrganisation): Promise<number> {
  const existing = await db
    .selectFrom('referring_organisations')
    .select('id')
    .where('kind', '=', kind)
    .where('active', '=', 1)
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing.id;
  const name = genericNames[kind];
  const byName = await db
    .selectFrom('referring_organisations')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (byName) return byName.id;
  const { id } = await db
    .insertInto('referring_organisations')
    .values({ name, kind })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const kinds = ['ocmw-cpas', 'caw', 'debt-counselling', 'other'] as const;

export async function listOrganisations(db: Kysely<DB>, includeInactive: boolean) {
  let query = db.selectFrom('referring_organisations').select(['id', 'name', 'kind', 'active']).orderBy('name');
  if (!includeInactive) query = query.where('active', '=', 1);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: kinds.find((k) => k === r.kind) ?? 'other',
    active: r.active === 1,
  }));
}

/** Rename, change the kind, (de)activate. A deactivated one stays on old periods but is no longer offered. */
export async function updateOrganisation(
  db: Kysely<DB>,
  change: { id: number; name: string; kind: ReferringOrganisation; active: boolean },
): Promise<{ before: { name: string; kind: string; active: number } }> {
  const before = await db
    .selectFrom('referring_organisations')
    .select(['name', 'kind', 'active'])
    .where('id', '=', change.id)
    .executeTakeFirst();
  if (!before) throw notFound('organisation');
  const clash = await db
    .selectFrom('referring_organisations')
    .select('id')
    .where('name', '=', change.name)
    .where('id', '!=', change.id)
    .executeTakeFirst();
  if (clash) throw invalidFields([{ path: 'name', code: 'name-in-use' }]);
  await db
    .updateTable('referring_organisations')
    .set({ name: change.name, kind: change.kind, active: change.active ? 1 : 0 })
    .where('id', '=', change.id)
    .execute();
  return { before };
}
