// Handlers of the stock channels (contract/stock.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { localDate } from '../../domain/calendar';
import { readSettings } from '../settings';
import { countStock, listMovements, receiveStock, writeOffStock } from './stock';
import { stockOverview } from './stock-overview';

type StockHandlers = Pick<
  Handlers,
  | 'products:receive-stock'
  | 'products:count-stock'
  | 'products:write-off-stock'
  | 'products:list-movements'
  | 'products:stock-overview'
>;

export function stockHandlers({ db }: { db: Kysely<DB> }): StockHandlers {
  const context = (ctx: { now: Date; user: { id: number } | null }) => ({ now: ctx.now, userId: ctx.user?.id ?? null });
  return {
    'products:receive-stock': ({ productId, ...input }, ctx) => receiveStock(db, productId, input, context(ctx)),
    'products:count-stock': ({ productId, counted }, ctx) => countStock(db, productId, counted, context(ctx)),
    'products:write-off-stock': ({ productId, quantity, reason }, ctx) =>
      writeOffStock(db, productId, quantity, reason, context(ctx)),
    'products:list-movements': ({ productId, limit }) => listMovements(db, productId, limit),
    'products:stock-overview': async ({ days }, ctx) => {
      const settings = await readSettings(db);
      return stockOverview(db, {
        today: localDate(ctx.now, settings.timeZone),
        days,
        lang: ctx.user?.language ?? 'nl',
      });
    },
  };
}
