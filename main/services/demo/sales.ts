// The demo's shop days: a shift per opening session, appointments in its slots, and for each
// attended appointment a sale written like the till writes one (lines, payments, journal chain,
// budget ledger, stock movements).
import type Database from 'better-sqlite3';
import { roundCash } from '../../contract/money';
import { type BudgetRuleSet, computeBudget } from '../../domain/budget';
import {
  addDays,
  localDateTimeToUtc as localToUtc,
  mondayOf,
  isoWeekday as weekday,
  weekKeyOf,
} from '../../domain/calendar';
import { GENESIS_HASH } from '../../domain/journal-content';
import { journalHash, toJournalSale } from '../journal';
import type { DemoHousehold } from './households';
import type { DemoProduct } from './products';
import type { Random } from './random';

export interface DemoSession {
  weekday: number;
  start: string;
  end: string;
  slotMinutes: number;
  capacity: number;
}

export interface ShopDaysOptions {
  tillId: string;
  tz: string;
  from: string;
  today: string;
  sessions: readonly DemoSession[];
  fill: number;
  lines: readonly [min: number, max: number];
  cashierIds: number[];
  households: DemoHousehold[];
  products: DemoProduct[];
  ruleSetId: number;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The demo's rule set, as stored in rule_sets by build.ts. */
export const demoRuleSet: BudgetRuleSet = {
  id: '1',
  effectiveFrom: '2020-01-01',
  period: 'week',
  baseCents: 1500,
  perAdultCents: 750,
  perChildCents: 500,
  childAgeLimit: 18,
  capCents: 6000,
};

function activeOn(h: DemoHousehold, date: string): boolean {
  return h.periods.some((p) => p.from <= date && date <= p.until);
}

export function insertShopDays(
  raw: Database.Database,
  rnd: Random,
  o: ShopDaysOptions,
): { sales: number; lines: number } {
  const st = {
    shift: raw.prepare(
      'INSERT INTO shifts (till_id, user_id, opened_at, float_cents, float_counts) VALUES (?, ?, ?, ?, ?)',
    ),
    closeShift: raw.prepare(
      'UPDATE shifts SET closed_at = ?, counted_cents = ?, counted_counts = ?, expected_cents = ?, variance_cents = ?, z_report = ? WHERE id = ?',
    ),
    appointment: raw.prepare(
      'INSERT INTO appointments (household_id, slot_start, slot_end, status, created_by, created_at, checked_in_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    sale: raw.prepare(
      `INSERT INTO sales (till_id, number, kind, shift_id, household_id, card_id, user_id, at, period_key, rule_set_id, total_cents, budget_cents, reference_cents, rounding_cents)
       VALUES (?, ?, 'sale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    line: raw.prepare(
      `INSERT INTO sale_lines (sale_id, line_no, product_id, category_id, quantity, unit_price_cents, amount_cents, reference_cents, vat_rate, in_budget)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    payment: raw.prepare(
      'INSERT INTO payments (sale_id, method, amount_cents, tendered_cents, change_cents) VALUES (?, ?, ?, ?, ?)',
    ),
    journal: raw.prepare(
      'INSERT INTO journal (till_id, number, kind, sale_id, at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    ledger: raw.prepare(
      'INSERT INTO budget_ledger (household_id, sale_id, period_key, amount_cents, at) VALUES (?, ?, ?, ?, ?)',
    ),
    stock: raw.prepare(
      "INSERT INTO stock_movements (product_id, at, user_id, kind, quantity, sale_id) VALUES (?, ?, ?, 'sold', ?, ?)",
    ),
  };
  let number = 0;
  let prevHash = GENESIS_HASH;
  let lineCount = 0;
  const visitedWeek = new Map<number, string>();
  const spent = new Map<string, number>();

  for (let date = o.from; date <= addDays(o.today, 14); date = addDays(date, 1)) {
    const past = date < o.today;
    for (const session of o.sessions.filter((s) => s.weekday === weekday(date))) {
      const cashier = rnd.pick(o.cashierIds);
      const opened = localToUtc(date, hhmm(minutes(session.start) - 15), o.tz).toISOString();
      const shiftId = past
        ? Number(
            st.shift.run(o.tillId, cashier, opened, 10_000, '{"2000":2,"1000":3,"500":4,"200":5,"100":10}')
              .lastInsertRowid,
          )
        : null;
      const byMethod: Record<string, number> = { cash: 0, card: 0, voucher: 0, account: 0 };
      let cashNet = 0;
      let shiftSales = 0;
      const monday = mondayOf(date);
      const weekKey = weekKeyOf(date);
      for (let m = minutes(session.start); m + session.slotMinutes <= minutes(session.end); m += session.slotMinutes) {
        const slotStart = localToUtc(date, hhmm(m), o.tz);
        const slotEnd = new Date(slotStart.getTime() + session.slotMinutes * 60_000).toISOString();
        for (let seat = 0; seat < session.capacity; seat++) {
          if (!rnd.chance(o.fill)) continue;
          let household: DemoHousehold | undefined;
          for (let attempt = 0; attempt < 4 && !household; attempt++) {
            const candidate = rnd.pick(o.households);
            if (activeOn(candidate, date) && visitedWeek.get(candidate.id) !== weekKey) household = candidate;
          }
          if (!household) continue;
          visitedWeek.set(household.id, weekKey);
          const bookedAt = new Date(slotStart.getTime() - rnd.int(2, 14) * 86_400_000).toISOString();
          if (!past) {
            st.appointment.run(household.id, slotStart.toISOString(), slotEnd, 'booked', null, bookedAt, null, null);
            continue;
          }
          const fate = rnd.next();
          if (fate < 0.08) {
            st.appointment.run(
              household.id,
              slotStart.toISOString(),
              slotEnd,
              fate < 0.03 ? 'cancelled' : 'no-show',
              null,
              bookedAt,
              null,
              bookedAt,
            );
            continue;
          }
          const at = new Date(
            slotStart.getTime() + rnd.int(1, session.slotMinutes - 1) * 60_000 + rnd.int(0, 59_000),
          ).toISOString();
          st.appointment.run(household.id, slotStart.toISOString(), slotEnd, 'completed', null, bookedAt, at, at);

          // The basket: stop adding what the week's budget cannot carry.
          const key = `${household.id}|${weekKey}`;
          let remaining = computeBudget(household.birthDates, demoRuleSet, monday).amountCents - (spent.get(key) ?? 0);
          const wanted = rnd.int(o.lines[0], o.lines[1]);
          const lines: { p: DemoProduct; qty: number; amount: number; reference: number }[] = [];
          for (let k = 0; k < wanted * 2 && lines.length < wanted; k++) {
            const p = rnd.pick(o.products);
            const qty = p.unit === 'kg' ? rnd.int(3, 25) * 100 : rnd.chance(0.8) ? 1 : rnd.int(2, 3);
            const amount = p.unit === 'kg' ? Math.floor((p.socialCents * qty) / 1000 + 0.5) : p.socialCents * qty;
            const reference =
              p.unit === 'kg' ? Math.floor((p.referenceCents * qty) / 1000 + 0.5) : p.referenceCents * qty;
            if (p.inBudget && amount > remaining) continue;
            if (p.inBudget) remaining -= amount;
            lines.push({ p, qty, amount, reference });
          }
          if (lines.length === 0) continue;
          const total = lines.reduce((s, l) => s + l.amount, 0);
          const budget = lines.reduce((s, l) => s + (l.p.inBudget ? l.amount : 0), 0);
          const referenceTotal = lines.reduce((s, l) => s + l.reference, 0);
          const r = rnd.next();
          const method = r < 0.68 ? 'cash' : r < 0.9 ? 'card' : r < 0.95 ? 'split' : 'account';
          const cash = roundCash(total);
          const rounding = method === 'cash' ? cash - total : 0;
          number++;
          const saleId = Number(
            st.sale.run(
              o.tillId,
              number,
              shiftId,
              household.id,
              household.cardId,
              cashier,
              at,
              weekKey,
              o.ruleSetId,
              total,
              budget,
              referenceTotal,
              rounding,
            ).lastInsertRowid,
          );
          const lineRows = lines.map((l, i) => {
            const row = {
              line_no: i + 1,
              product_id: l.p.id,
              category_id: l.p.categoryId,
              quantity: l.qty,
              unit_price_cents: l.p.socialCents,
              amount_cents: l.amount,
              reference_cents: l.reference,
              vat_rate: l.p.vat,
              in_budget: l.p.inBudget ? 1 : 0,
              override_id: null,
            };
            st.line.run(
              saleId,
              row.line_no,
              row.product_id,
              row.category_id,
              row.quantity,
              row.unit_price_cents,
              row.amount_cents,
              row.reference_cents,
              row.vat_rate,
              row.in_budget,
            );
            st.stock.run(l.p.id, at, cashier, -l.qty, saleId);
            return row;
          });
          lineCount += lines.length;
          const payments: {
            method: string;
            amount_cents: number;
            tendered_cents: number | null;
            change_cents: number | null;
          }[] = [];
          if (method === 'cash') {
            const tendered = Math.ceil(cash / 500) * 500;
            payments.push({
              method: 'cash',
              amount_cents: cash,
              tendered_cents: tendered,
              change_cents: tendered - cash,
            });
          } else if (method === 'split' && total > 300) {
            payments.push({ method: 'voucher', amount_cents: 300, tendered_cents: null, change_cents: null });
            payments.push({ method: 'card', amount_cents: total - 300, tendered_cents: null, change_cents: null });
          } else {
            payments.push({
              method: method === 'account' ? 'account' : 'card',
              amount_cents: total,
              tendered_cents: null,
              change_cents: null,
            });
          }
          for (const p of payments) {
            st.payment.run(saleId, p.method, p.amount_cents, p.tendered_cents, p.change_cents);
            byMethod[p.method] = (byMethod[p.method] ?? 0) + p.amount_cents;
            if (p.method === 'cash') cashNet += p.amount_cents;
          }
          const saleRow = {
            id: saleId,
            till_id: o.tillId,
            number,
            kind: 'sale' as const,
            at,
            original_sale_id: null,
            shift_id: shiftId,
            household_id: household.id,
            card_id: household.cardId,
            proxy_id: null,
            user_id: cashier,
            total_cents: total,
            budget_cents: budget,
            reference_cents: referenceTotal,
            rounding_cents: rounding,
            period_key: weekKey,
            rule_set_id: o.ruleSetId,
          };
          const hash = journalHash(prevHash, toJournalSale(saleRow, lineRows, payments));
          st.journal.run(o.tillId, number, 'sale', saleId, at, prevHash, hash);
          prevHash = hash;
          if (budget > 0) {
            st.ledger.run(household.id, saleId, weekKey, budget, at);
            spent.set(key, (spent.get(key) ?? 0) + budget);
          }
          shiftSales++;
        }
      }
      if (shiftId !== null) {
        const expected = 10_000 + cashNet;
        const variance = rnd.chance(0.85) ? 0 : rnd.pick([-200, -50, -10, 5, 20, 100]);
        const closed = localToUtc(date, hhmm(minutes(session.end) + 10), o.tz).toISOString();
        const z = JSON.stringify({
          sales: shiftSales,
          byMethod,
          expectedCents: expected,
          countedCents: expected + variance,
          varianceCents: variance,
        });
        st.closeShift.run(closed, expected + variance, '{}', expected, variance, z, shiftId);
      }
    }
  }
  return { sales: number, lines: lineCount };
}
