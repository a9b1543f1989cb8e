import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SessionUser } from '../contract/auth';
import { type Role, roleSchema } from '../contract/define';
import { type Language, languageSchema } from '../contract/money';

export async function rolesOf(db: Kysely<DB>, userId: number): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return rows.flatMap((r) => {
    const parsed = roleSchema.safeParse(r.role);
    return parsed.success ? [parsed.data] : [];
  });
}

export function asLanguage(value: string): Language {
  const parsed = languageSchema.safeParse(value);
  return parsed.success ? parsed.data : 'nl';
}

export async function sessionUserOf(db: Kysely<DB>, userId: number): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'language'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const roles = await rolesOf(db, userId);
  const [first, ...rest] = roles;
  if (!first) return undefined;
  return { id: row.id, name: row.name, roles: [first, ...rest], language: asLanguage(row.language) };
}

export interface NewUser {
  name: string;
  roles: Role[];
  pinHash: string;
  language: Language;
  badge?: string | undefined;
  createdAt: Date;
}

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<number> {
  const { id } = await db
    .insertInto('users')
    .values({
      name: user.name,
      pin_hash: user.pinHash,
      language: user.language,
      badge_code: user.badge ?? null,
      created_at: user.createdAt.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('user_roles')
    .values(user.roles.map((role) => ({ user_id: id, role })))
    .execute();
  return id;
}
