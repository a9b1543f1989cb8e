// Referring organisations: a managed list. A form or a spreadsheet that names only the kind gets the
// shop's first organisation of that kind, created with a generic name when there is none yet.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
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
