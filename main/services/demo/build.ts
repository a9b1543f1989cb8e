// `till init --demo small|large`: deterministic, realistic data. Same seed and `--now`, same rows.
import { rawSync } from '../../../db/sync-transaction';
import type { App } from '../../app';
import type { Role } from '../../contract/define';
import { addDays } from '../../domain/calendar';
import { hashPin, productionPinHashCost } from '../pin-hash';
import { writeSetting } from '../settings';
import { insertHouseholds } from './households';
import { demoUsers } from './names';
import { insertProducts } from './products';
import { Random } from './random';
import { type DemoSession, demoRuleSet, insertShopDays } from './sales';

export type DemoSize = 'small' | 'large';
export const DEFAULT_DEMO_NOW = '2026-11-24';

interface SizeSpec {
  households: number;
  products: number;
  days: number;
  sessions: DemoSession[];
  fill: number;
  lines: readonly [number, number];
}

const sizes: Record<DemoSize, SizeSpec> = {
  small: {
    households: 150,
    products: 800,
    days: 91,
    sessions: [
      { weekday: 2, start: '13:00', end: '17:00', slotMinutes: 15, capacity: 2 },
      { weekday: 4, start: '09:00', end: '12:00', slotMinutes: 15, capacity: 2 },
      { weekday: 6, start: '09:30', end: '12:30', slotMinutes: 15, capacity: 2 },
    ],
    fill: 0.85,
    lines: [3, 8],
  },
  large: {
    households: 5000,
    products: 20_000,
    days: 3 * 365,
    sessions: [1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      start: '09:00',
      end: '17:00',
      slotMinutes: 15,
      capacity: 8,
    })),
    fill: 0.92,
    lines: [3, 8],
  },
};

export interface DemoSummary {
  text: string;
  pins: { name: string; roles: readonly Role[]; pin: string }[];
}

export async function buildDemo(
  app: App,
  options: { size: DemoSize; seed: number; now: string; log?: (line: string) => void },
): Promise<DemoSummary> {
  const spec = sizes[options.size];
  const rnd = new Random(options.seed);
  const createdAt = `${addDays(options.now, -spec.days)}T08:00:00.000Z`;
  const log = options.log ?? (() => {});

  // PIN hashes first (async); everything else in one synchronous transaction.
  const pins = demoUsers.map((u) => ({ ...u, pin: String(rnd.int(1000, 9999)) }));
  const hashes = await Promise.all(pins.map((u) => hashPin(u.pin, productionPinHashCost, rnd.bytes(16))));

  await writeSetting(app.db, 'shopName', 'Sociale Kruidenier De Buurt');
  // Under the connection lock (rawSync): the practice mode builds into a running app.
  const counts = await rawSync(app.db, (raw) => {
    const built = raw.transaction(() => {
      const insertUser = raw.prepare(
        'INSERT INTO users (name, pin_hash, language, badge_code, created_at) VALUES (?, ?, ?, ?, ?)',
      );
      const insertRole = raw.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
      const userIds = pins.map((u, i) => {
        const id = Number(
          insertUser.run(
            u.name,
            hashes[i],
            i % 3 === 1 ? 'fr' : 'nl',
            `BADGE${String(i + 1).padStart(4, '0')}`,
            createdAt,
          ).lastInsertRowid,
        );
        for (const role of u.roles) insertRole.run(id, role);
        return id;
      });
      const idsWith = (role: Role) =>
        userIds.filter((_, i) => (pins[i]?.roles as readonly Role[] | undefined)?.includes(role));
      const ruleSetId = Number(
        raw
          .prepare(
            'INSERT INTO rule_sets (effective_from, period, base_cents, per_adult_cents, per_child_cents, child_age_limit, cap_cents, visit_limit, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            demoRuleSet.effectiveFrom,
            demoRuleSet.period,
            demoRuleSet.baseCents,
            demoRuleSet.perAdultCents,
            demoRuleSet.perChildCents,
            demoRuleSet.childAgeLimit,
            demoRuleSet.capCents,
            1,
            userIds[0],
            createdAt,
          ).lastInsertRowid,
      );
      const insertSession = raw.prepare(
        'INSERT INTO opening_sessions (weekday, start_time, end_time, slot_minutes, capacity) VALUES (?, ?, ?, ?, ?)',
      );
      for (const s of spec.sessions) insertSession.run(s.weekday, s.start, s.end, s.slotMinutes, s.capacity);
      raw
        .prepare('INSERT INTO closing_days (date, reason) VALUES (?, ?)')
        .run(`${options.now.slice(0, 4)}-12-25`, 'Kerstmis / Noël');

      log(`demo: ${spec.products} products…`);
      const products = insertProducts(raw, rnd, spec.products, createdAt);
      const insertStock = raw.prepare(
        "INSERT INTO stock_movements (product_id, at, user_id, kind, quantity, source, supplier, cost_cents, best_before) VALUES (?, ?, ?, 'received', ?, ?, ?, ?, ?)",
      );
      for (const p of products) {
        const donated = rnd.chance(0.6);
        const qty = p.unit === 'kg' ? rnd.int(50, 400) * 1000 : rnd.int(40, 400) * (options.size === 'large' ? 10 : 1);
        insertStock.run(
          p.id,
          createdAt,
          userIds[0],
          qty,
          donated ? 'donation' : 'purchase',
          donated ? 'Voedselbank' : 'Groothandel',
          donated ? 0 : Math.round(p.socialCents * 0.7) * (p.unit === 'kg' ? qty / 1000 : qty),
          addDays(options.now, rnd.int(-5, 200)),
        );
      }
      log(`demo: ${spec.households} households…`);
      const households = insertHouseholds(raw, rnd, {
        count: spec.households,
        rangeStart: addDays(options.now, -spec.days),
        today: options.now,
        socialWorkerIds: idsWith('social-worker'),
        createdAt,
      });
      log(`demo: ${spec.days} days of appointments, shifts and sales…`);
      const result = insertShopDays(raw, rnd, {
        tillId: app.settings().tillId,
        tz: app.settings().timeZone,
        from: addDays(options.now, -spec.days),
        today: options.now,
        sessions: spec.sessions,
        fill: spec.fill,
        lines: spec.lines,
        cashierIds: idsWith('cashier'),
        households,
        products,
        ruleSetId,
      });
      raw.exec(
        'UPDATE products SET stock_quantity = (SELECT COALESCE(SUM(quantity), 0) FROM stock_movements m WHERE m.product_id = products.id)',
      );
      return { ...result, households: households.length, products: products.length };
    })();
    // The file is created "at" --now: its migration records say so too, so two builds are identical.
    raw.prepare('UPDATE kysely_migration SET timestamp = ?').run(createdAt);
    raw.pragma('optimize');
    return built;
  });

  const text = [
    `demo (${options.size}, seed ${options.seed}, now ${options.now}): ${counts.households} households, ${counts.products} products, ${counts.sales} sales, ${counts.lines} sale lines`,
    'users (name — roles — PIN — badge):',
    ...pins.map((u, i) => `  ${u.name} — ${u.roles.join(', ')} — ${u.pin} — BADGE${String(i + 1).padStart(4, '0')}`),
  ].join('\n');
  return { text, pins };
}
