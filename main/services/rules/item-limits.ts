// Item limits as the coordinator manages them: listed with their product or category name, added
// with field-level refusals, ended (kept as a row with active = 0; the audit log says who and when).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { invalidFields } from '../../api/errors';
import type { FieldError } from '../../contract/define';
import { audit } from '../audit';

type ItemLimitHandlers = Pick<Handlers, 'rules:list-item-limits' | 'rules:add-item-limit' | 'rules:end-item-limit'>;

export function itemLimitHandlers({ db }: { db: Kysely<DB> }): ItemLimitHandlers {
  return {
    'rules:list-item-limits': async () => {
      const [rows, categories] = await Promise.all([
        db
          .selectFrom('item_limits as l')
          .leftJoin('products as p', 'p.id', 'l.product_id')
          .leftJoin('categories as c', 'c.id', 'l.category_id')
          .select([
            'l.id',
            'l.product_id',
            'l.category_id',
            'l.per_visit',
            'l.per_period',
            'l.period',
            'l.scaling',
            'l.child_under_age',
            'p.name_nl as product_nl',
            'p.name_fr as product_fr',
            'c.name_nl as category_nl',
            'c.name_fr as category_fr',
          ])
          .where('l.active', '=', 1)
          .orderBy('l.id')
          .execute(),
        db.selectFrom('categories').select(['id', 'name_nl', 'name_fr']).orderBy('name_nl').execute(),
      ]);
      return {
        limits: rows.map((row) => {
          const isProduct = row.product_id !== null;
          return {
            id: row.id,
            targetKind: isProduct ? ('product' as const) : ('category' as const),
            targetId: (isProduct ? row.product_id : row.category_id) ?? 0,
            targetNameNl: (isProduct ? row.product_nl : row.category_nl) ?? '',
            targetNameFr: (isProduct ? row.product_fr : row.category_fr) ?? '',
            perVisit: row.per_visit,
            perPeriod: row.per_period,
            period: row.period,
            scaling: row.scaling,
            childUnderAge: row.child_under_age,
          };
        }),
        categories: categories.map((c) => ({ id: c.id, nameNl: c.name_nl, nameFr: c.name_fr })),
      };
    },
    'rules:add-item-limit': async (input, ctx) => {
      const fields: FieldError[] = [];
      // A limit that caps nothing and restricts nobody would be a row that does nothing.
      if (input.perVisit === null && input.perPeriod === null && input.childUnderAge === null)
        fields.push({ path: 'perVisit', code: 'no-limit' });
      if (input.perVisit !== null && input.perPeriod !== null && input.perPeriod < input.perVisit)
        fields.push({ path: 'perPeriod', code: 'below-per-visit' });
      const table = input.targetKind === 'product' ? 'products' : 'categories';
      const target = await db.selectFrom(table).select('id').where('id', '=', input.targetId).executeTakeFirst();
      if (!target) fields.push({ path: 'targetId', code: 'target-not-found' });
      if (fields.length > 0) throw invalidFields(fields);
      const row = await db
        .insertInto('item_limits')
        .values({
          product_id: input.targetKind === 'product' ? input.targetId : null,
          category_id: input.targetKind === 'category' ? input.targetId : null,
          per_visit: input.perVisit,
          per_period: input.perPeriod,
          per_person: input.scaling === 'per-person' ? 1 : 0,
          child_under_age: input.childUnderAge,
          period: input.period,
          scaling: input.scaling,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'rules.add-item-limit',
        entity: 'item_limit',
        entityId: row.id,
      });
      return { id: row.id };
    },
    'rules:end-item-limit': async (input, ctx) => {
      const result = await db
        .updateTable('item_limits')
        .set({ active: 0 })
        .where('id', '=', input.limitId)
        .where('active', '=', 1)
        .executeTakeFirst();
      const ended = Number(result.numUpdatedRows) > 0;
      if (ended)
        await audit(db, {
          at: ctx.now,
          userId: ctx.user?.id ?? null,
          action: 'rules.end-item-limit',
          entity: 'item_limit',
          entityId: input.limitId,
        });
      return { ended };
    },
  };
}
