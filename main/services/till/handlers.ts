// The till's channel handlers. The open cart lives here, in the main process, one per till; the
// renderer only ever sees the view built from it.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Handlers } from '../../api/dispatcher';
import { TillError } from '../../api/errors';
import { audit } from '../audit';
import { readSettings, type Settings } from '../settings';
import { checkIn, clientFromCard } from './client';
import { type Cart, decide, emptyCart, newLine, refusalDetails } from './desk';
import { approverList, overridePending } from './override';
import { productByCode, productById, productName, quickKeyProducts, searchTillProducts } from './products';
import { findReturnable, returnSale } from './returns';
import { paySale } from './sale';
import { closeShift, currentShift, openShift } from './shift';
import { type DeskState, tillView } from './view';

type TillChannel = Extract<keyof Handlers, `till:${string}`>;
type TillHandlers = Pick<Handlers, TillChannel>;

export interface TillDeps {
  db: Kysely<DB>;
  /** A receipt or Z report was queued in a committed transaction: print it now, not at the next poll. */
  printQueued?: () => void;
}

/**
 * The desk (cart, parked sale) is shared by every call of this till, and a call may wait on the
 * database between reading and changing it: two calls at once (a double tap on pay, a scan during
 * a payment) could both act on the same cart, and a sale be committed twice. The till's calls run
 * one after another instead; each takes a millisecond or two.
 */
function oneAtATime(handlers: TillHandlers): TillHandlers {
  let last: Promise<unknown> = Promise.resolve();
  const queued = <I, C, O>(handler: (input: I, ctx: C) => Promise<O> | O) => {
    return (input: I, ctx: C): Promise<O> => {
      const run = last.then(() => handler(input, ctx));
      last = run.catch(() => undefined);
      return run;
    };
  };
  const serial: Partial<TillHandlers> = {};
  for (const channel of Object.keys(handlers) as TillChannel[]) {
    // Each channel keeps its own handler type; TypeScript cannot follow that through the loop.
    Object.assign(serial, { [channel]: queued(handlers[channel] as (input: unknown, ctx: unknown) => unknown) });
  }
  return serial as TillHandlers;
}

export function tillHandlers({ db, printQueued = () => undefined }: TillDeps): TillHandlers {
  const state: DeskState = { cart: emptyCart(), parked: null, nextLineId: 1, lastSale: null };
  const settings = () => readSettings(db);
  const user = (ctx: { user: { id: number; name: string; language: 'nl' | 'fr' | 'en' } | null }) => {
    if (!ctx.user) throw new TillError('not-signed-in', 'not-signed-in', 'sign in first');
    return ctx.user;
  };
  // A handler that already read the settings passes them on: one settings read per scan, not two.
  const view = async (lang: 'nl' | 'fr' | 'en', read?: Settings) =>
    tillView(db, state, read ?? (await settings()), lang);
  const shiftOrThrow = async (tillId: string) => {
    const shift = await currentShift(db, tillId);
    if (!shift) throw new TillError('refused', 'shift-not-open', 'open a shift first');
    return shift;
  };

  async function addLine(
    cart: Cart,
    line: ReturnType<typeof newLine>,
    lang: 'nl' | 'fr' | 'en',
    replaces: number | null,
    override = false,
    read?: Settings,
  ) {
    const decision = decide(cart, line, replaces, override);
    if (decision && !decision.ok) {
      cart.refusal = { decision, line, replacesLineId: replaces };
      return { view: await view(lang, read), added: false };
    }
    cart.refusal = null;
    if (replaces !== null) cart.lines = cart.lines.map((l) => (l.id === replaces ? { ...line, id: replaces } : l));
    else cart.lines.push({ ...line, id: state.nextLineId++ });
    state.lastSale = null;
    return { view: await view(lang, read), added: true };
  }

  /**
   * An identical scan of a plain piece adds to the line already there. If the larger line would be
   * refused, the new piece is refused as a line of its own, so an override covers that piece only.
   */
  async function addOrMerge(line: ReturnType<typeof newLine>, lang: 'nl' | 'fr' | 'en', read?: Settings) {
    const same = state.cart.lines.find(
      (l) =>
        l.productId === line.productId &&
        l.unit === 'piece' &&
        line.unit === 'piece' &&
        l.fixedAmountCents === undefined &&
        line.fixedAmountCents === undefined &&
        l.overrideId === null,
    );
    if (same) {
      const { id: _id, ...rest } = same;
      const merged = { ...rest, quantity: same.quantity + line.quantity };
      const decision = decide(state.cart, merged, same.id);
      if (!decision || decision.ok) return addLine(state.cart, merged, lang, same.id, false, read);
    }
    return addLine(state.cart, line, lang, null, false, read);
  }

  const handlers: TillHandlers = {
    'till:get-state': async (_input, ctx) => view(user(ctx).language),
    'till:open-shift': async (input, ctx) => {
      const s = await settings();
      await openShift(db, { tillId: s.tillId, userId: user(ctx).id, now: ctx.now, counts: input.counts });
      return view(user(ctx).language);
    },
    'till:close-shift': async (input, ctx) => {
      const s = await settings();
      if (state.cart.lines.length > 0) throw new TillError('refused', 'sale-open', 'finish or cancel the sale first');
      const closed = await closeShift(db, {
        tillId: s.tillId,
        userId: user(ctx).id,
        now: ctx.now,
        counts: input.counts,
        lang: user(ctx).language,
        shop: { name: s.shopName, timeZone: s.timeZone },
        closedBy: user(ctx).name.split(' ')[0] ?? '',
      });
      printQueued();
      return closed;
    },
    'till:scan-card': async (input, ctx) => {
      const s = await settings();
      await shiftOrThrow(s.tillId);
      if (state.cart.lines.length > 0) throw new TillError('refused', 'sale-open', 'finish or cancel the sale first');
      const client = await clientFromCard(db, input.code, ctx.now, s, user(ctx).id);
      // The household is at the counter: today's booking is checked in as its card is scanned (no
      // screen asks for it), so the day's close does not count it as a no-show. Without a booking the
      // shop's walk-in policy decides, and a walk-in let in is written down for the day list and report.
      const refused = await checkIn(db, client, ctx.now, s.timeZone);
      if (refused) throw new TillError('refused', refused, 'no appointment today, and the walk-in policy refuses');
      state.cart.client = client;
      state.lastSale = null;
      return view(user(ctx).language);
    },
    'till:choose-proxy': async (input, ctx) => {
      const client = state.cart.client;
      if (!client) throw new TillError('refused', 'no-client', 'scan a card first');
      if (input.proxyId !== null && !client.card.proxies.some((p) => p.id === input.proxyId)) {
        throw new TillError('invalid-input', 'proxy-unknown', 'not a proxy of this household');
      }
      client.proxyId = input.proxyId;
      return view(user(ctx).language);
    },
    'till:check-in': async (_input, ctx) => {
      const s = await settings();
      if (state.cart.client) await checkIn(db, state.cart.client, ctx.now, s.timeZone);
      return view(user(ctx).language, s);
    },
    'till:scan-product': async (input, ctx) => {
      const s = await settings();
      const found = await productByCode(db, input.code, s.variableMeasureRules);
      if (!found)
        throw new TillError('not-found', 'product-not-found', 'no product with this code', { code: input.code });
      const line = newLine(found.product, input.quantity ?? 1, {
        grams: found.grams,
        fixedAmountCents: found.fixedAmountCents,
      });
      return addOrMerge(line, user(ctx).language, s);
    },
    'till:add-product': async (input, ctx) => {
      const product = await productById(db, input.productId);
      if (!product) throw new TillError('not-found', 'product-not-found', 'no such product');
      const qty = input.quantity ?? (product.unit === 'kg' ? 1000 : 1);
      const line = product.unit === 'kg' ? newLine(product, 1, { grams: qty }) : newLine(product, qty);
      return addOrMerge(line, user(ctx).language);
    },
    'till:set-quantity': async (input, ctx) => {
      const current = state.cart.lines.find((l) => l.id === input.lineId);
      if (!current) throw new TillError('not-found', 'line-not-found', 'no such line');
      const { id: _id, ...rest } = current;
      return addLine(
        state.cart,
        { ...rest, quantity: input.quantity, overrideId: null },
        user(ctx).language,
        current.id,
      );
    },
    'till:search-products': async (input, ctx) =>
      (await searchTillProducts(db, input.query)).map((p) => ({
        id: p.id,
        name: productName(p, user(ctx).language),
        unit: p.unit,
        priceCents: p.socialCents,
        quickKey: p.quickKey,
      })),
    'till:quick-keys': async (_input, ctx) =>
      (await quickKeyProducts(db)).map((p) => ({
        id: p.id,
        name: productName(p, user(ctx).language),
        unit: p.unit,
        priceCents: p.socialCents,
        quickKey: p.quickKey,
      })),
    'till:void-line': async (input, ctx) => {
      const s = await settings();
      const line = state.cart.lines.find((l) => l.id === input.lineId);
      if (!line) throw new TillError('not-found', 'line-not-found', 'no such line');
      state.cart.lines = state.cart.lines.filter((l) => l.id !== input.lineId);
      const shift = await currentShift(db, s.tillId);
      await audit(db, {
        at: ctx.now,
        userId: user(ctx).id,
        action: 'till.void-line',
        entity: 'shift',
        ...(shift ? { entityId: shift.id } : {}),
        details: { productId: line.productId, quantity: line.quantity },
      });
      return view(user(ctx).language);
    },
    'till:override-line': async (input, ctx) => {
      const pending = state.cart.refusal;
      if (!pending) throw new TillError('refused', 'nothing-to-override', 'no refused line');
      const overrideId = await overridePending(db, {
        ...input,
        cashierId: user(ctx).id,
        pending,
        householdId: state.cart.client?.card.householdId ?? null,
        now: ctx.now,
      });
      const line = { ...pending.line, overrideId };
      return (await addLine(state.cart, line, user(ctx).language, pending.replacesLineId, true)).view;
    },
    'till:list-approvers': async () => approverList(db),
    'till:dismiss-refusal': async (_input, ctx) => {
      state.cart.refusal = null;
      return view(user(ctx).language);
    },
    'till:cancel-sale': async (_input, ctx) => {
      const s = await settings();
      if (state.cart.lines.length > 0) {
        const shift = await currentShift(db, s.tillId);
        await audit(db, {
          at: ctx.now,
          userId: user(ctx).id,
          action: 'till.cancel-sale',
          entity: 'shift',
          ...(shift ? { entityId: shift.id } : {}),
          details: { lines: state.cart.lines.length },
        });
      }
      state.cart = emptyCart();
      state.lastSale = null;
      return view(user(ctx).language);
    },
    'till:park-sale': async (_input, ctx) => {
      if (state.parked) throw new TillError('refused', 'already-parked', 'one sale is already parked');
      if (!state.cart.client && state.cart.lines.length === 0)
        throw new TillError('refused', 'cart-empty', 'nothing to park');
      state.parked = state.cart;
      state.cart = emptyCart();
      return view(user(ctx).language);
    },
    'till:resume-sale': async (_input, ctx) => {
      if (!state.parked) throw new TillError('refused', 'nothing-parked', 'no parked sale');
      if (state.cart.client || state.cart.lines.length > 0)
        throw new TillError('refused', 'sale-open', 'finish or park the sale first');
      state.cart = state.parked;
      state.parked = null;
      // The last sale's "done, change" line is about another customer than the one resumed.
      state.lastSale = null;
      return view(user(ctx).language);
    },
    'till:pay': async (input, ctx) => {
      const s = await settings();
      const shift = await shiftOrThrow(s.tillId);
      const u = user(ctx);
      const done = await paySale(db, {
        cart: state.cart,
        tenders: input.tenders,
        settings: s,
        shiftId: shift.id,
        cashier: u,
        now: ctx.now,
      });
      state.cart = emptyCart();
      state.lastSale = {
        saleId: done.saleId,
        number: done.number,
        changeCents: done.changeCents,
        totalCents: done.totalCents,
      };
      if (done.printJobId !== null) printQueued();
      return {
        view: await view(u.language),
        number: done.number,
        changeCents: done.changeCents,
        printJobId: done.printJobId,
      };
    },
    'till:find-sale': async (input, ctx) => {
      const s = await settings();
      const found = await findReturnable(db, s.tillId, input.number, ctx.now, s);
      return {
        saleId: found.sale.id,
        number: found.sale.number,
        at: found.sale.at,
        lines: found.lines.map((l) => ({
          lineNo: l.lineNo,
          name: user(ctx).language === 'fr' ? l.nameFr : l.name,
          unit: l.unit,
          quantity: l.quantity,
          returnable: l.returnable,
          amountCents: l.amountCents,
        })),
      };
    },
    'till:return-sale': async (input, ctx) => {
      const s = await settings();
      const shift = await shiftOrThrow(s.tillId);
      const done = await returnSale(db, {
        number: input.number,
        lines: input.lines,
        preview: input.preview ?? false,
        settings: s,
        shiftId: shift.id,
        cashier: user(ctx),
        now: ctx.now,
      });
      if (!input.preview) printQueued();
      return { number: done.number, refundCents: done.refundCents, methods: done.methods };
    },
  };
  return oneAtATime(handlers);
}

export { refusalDetails };
