// Referring organisations: a managed list. A form or a spreadsheet that names only the kind gets the
// kind's generic entry ("OCMW/CPAS"), created on first use: never another organisation of that kind,
// which would count a household referred from Brussels under the OCMW of Gent in the reports.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { immediateTransaction } from '../../../db/transaction';
import { invalidFields, notFound } from '../../api/errors';
import type { ReferringOrganisation } from '../../domain/household-input';
import { audit } from '../audit';

const genericNames: Record<ReferringOrganisation, string> = {
  'ocmw-cpas': 'OCMW/CPAS',
  caw: 'CAW',
  'debt-counselling': 'Schuldbemiddeling / Médiation de dettes',
  other: 'Andere / Autre',
};

export async function organisationForKind(db: Kysely<DB>, kind: ReferringOrganisation): Promise<number> {
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

async function nameInUse(db: Kysely<DB>, name: string, exceptId: number | null): Promise<boolean> {
  let query = db.selectFrom('referring_organisations').select('id').where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

interface Actor {
  readonly now: Date;
  readonly userId: number | null;
}

/**
 * Adds an organisation. The name check, the insert and the audit entry share one transaction: the
 * same name added twice at once gets the field error the second time, not the UNIQUE constraint's
 * generic failure.
 */
export function addOrganisation(
  db: Kysely<DB>,
  input: { name: string; kind: ReferringOrganisation },
  actor: Actor,
): Promise<{ id: number }> {
  return immediateTransaction(db, async (trx) => {
    if (await nameInUse(trx, input.name, null)) throw invalidFields([{ path: 'name', code: 'name-in-use' }]);
    const { id } = await trx
      .insertInto('referring_organisations')
      .values({ name: input.name, kind: input.kind })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      at: actor.now,
      userId: actor.userId,
      action: 'organisation.add',
      entity: 'referring_organisation',
      entityId: id,
    });
    return { id };
  });
}

/**
 * Rename, change the kind, (de)activate. A deactivated one stays on old periods but is no longer
 * offered. Checked, written and audited in one transaction, like adding.
 */
export function updateOrganisation(
  db: Kysely<DB>,
  change: { id: number; name: string; kind: ReferringOrganisation; active: boolean },
  actor: Actor,
): Promise<{ id: number }> {
  return immediateTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom('referring_organisations')
      .select(['name', 'kind', 'active'])
      .where('id', '=', change.id)
      .executeTakeFirst();
    if (!before) throw notFound('organisation');
    if (await nameInUse(trx, change.name, change.id)) throw invalidFields([{ path: 'name', code: 'name-in-use' }]);
    await trx
      .updateTable('referring_organisations')
      .set({ name: change.name, kind: change.kind, active: change.active ? 1 : 0 })
      .where('id', '=', change.id)
      .execute();
    await audit(trx, {
      at: actor.now,
      userId: actor.userId,
      action: 'organisation.update',
      entity: 'referring_organisation',
      entityId: change.id,
      details: { renamed: before.name !== change.name, kind: change.kind, active: change.active },
    });
    return { id: change.id };
  });
}
