// Handlers of the products:* channels.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import type { ProductImportSummary } from '../../contract/products';
import { catalogueHandlers } from './catalogue-handlers';
import { exportProducts } from './export';
import { importProducts, type ProductImportResult } from './import';
import { trackImport } from './import-progress';
import { searchProducts } from './lookup';
import { stockHandlers } from './stock-handlers';

type ProductHandlers = Pick<
  Handlers,
  | 'products:search-products'
  | 'products:preview-import'
  | 'products:import-products'
  | 'products:export-products'
  | keyof ReturnType<typeof catalogueHandlers>
  | keyof ReturnType<typeof stockHandlers>
>;

function summary(result: ProductImportResult): ProductImportSummary {
  return {
    rowCount: result.rowCount,
    valid: result.products.length,
    fileProblems: result.fileProblems.map((p) =>
      p.reason === 'missing-column' ? { reason: p.reason, column: p.column } : p,
    ),
    problems: result.problems.map((p) => ({ ...p })),
    written: result.written,
    created: result.created,
    updated: result.updated,
    priceChanges: result.priceChanges,
  };
}

export function productHandlers({ db }: { db: Kysely<DB> }): ProductHandlers {
  return {
    ...catalogueHandlers({ db }),
    ...stockHandlers({ db }),
    'products:search-products': async ({ query, limit }, ctx) => {
      const hits = await searchProducts(db, query, ctx.user?.language ?? 'nl', limit);
      return hits.map((hit) => ({
        id: hit.id,
        name: hit.name,
        socialPriceCents: hit.socialPriceCents,
        unit: hit.unit,
        barcode: hit.barcode ?? hit.storeCode,
      }));
    },
    'products:preview-import': async ({ base64 }, ctx) =>
      summary(
        await importProducts(db, Buffer.from(base64, 'base64'), {
          dryRun: true,
          validOnly: false,
          now: ctx.now,
          userId: ctx.user?.id ?? null,
        }),
      ),
    'products:import-products': async ({ base64, validOnly }, ctx) => {
      const progress = trackImport(ctx.session);
      try {
        return summary(
          await importProducts(db, Buffer.from(base64, 'base64'), {
            dryRun: false,
            validOnly,
            now: ctx.now,
            userId: ctx.user?.id ?? null,
            onProgress: progress.onProgress,
          }),
        );
      } finally {
        progress.finish();
      }
    },
    'products:export-products': async () => ({ csv: await exportProducts(db) }),
  };
}
