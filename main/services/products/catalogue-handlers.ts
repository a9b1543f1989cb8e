// Handlers of the catalogue channels (contract/catalogue.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { getProduct, listCatalogue, listCategories, saveProduct } from './catalogue';
import { importProgress } from './import-progress';
import { renderShelfLabels } from './labels-pdf';

type CatalogueHandlers = Pick<
  Handlers,
  | 'products:list-catalogue'
  | 'products:get-product'
  | 'products:save-product'
  | 'products:list-categories'
  | 'products:labels-pdf'
  | 'products:import-progress'
>;

export function catalogueHandlers({ db }: { db: Kysely<DB> }): CatalogueHandlers {
  return {
    'products:list-catalogue': ({ query, limit }) => listCatalogue(db, query, limit),
    'products:get-product': ({ productId }) => getProduct(db, productId),
    'products:save-product': ({ productId, form }, ctx) =>
      saveProduct(db, productId, form, { now: ctx.now, userId: ctx.user?.id ?? null }),
    'products:list-categories': () => listCategories(db),
    'products:import-progress': (_input, ctx) => importProgress(ctx.session),
    'products:labels-pdf': async ({ productIds }, ctx) => {
      const lang = ctx.user?.language ?? 'nl';
      const rows = await db.selectFrom('products').selectAll().where('id', 'in', productIds).execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      // The sheet follows the order the coordinator chose them in.
      const labels = productIds.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        const [name, otherName] = lang === 'fr' ? [row.name_fr, row.name_nl] : [row.name_nl, row.name_fr];
        return [
          {
            name,
            otherName,
            code: row.barcode ?? row.store_code ?? '',
            unit: row.unit,
            socialPriceCents: row.social_price_cents,
            referencePriceCents: row.reference_price_cents,
          },
        ];
      });
      const pdf = await renderShelfLabels(labels, lang);
      return { pdfBase64: pdf.toString('base64') };
    },
  };
}
