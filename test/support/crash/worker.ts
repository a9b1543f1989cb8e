// Crash-harness worker: commits sales through the real `commitSale`, one after another, and writes
// `committed <id> <number> <hash>` to stdout only after COMMIT has returned — synchronously, so the
// line is in the pipe before any kill can land. With TILL_CRASH_STEP set it SIGKILLs itself at that
// step of the checkout transaction once TILL_CRASH_AFTER sales are committed.
import { writeSync } from 'node:fs';
import { connect } from '../../../db/connect';
import { type CommitLine, type CommitStepHook, commitSale } from '../../../main/services/checkout/commit';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: worker DB');
const crashStep = process.env.TILL_CRASH_STEP;
const crashAfter = Number(process.env.TILL_CRASH_AFTER ?? '0');
const maxSales = Number(process.env.TILL_CRASH_MAX_SALES ?? '1000000');
let seed = Number(process.env.TILL_CRASH_SEED ?? '1') >>> 0 || 1;
const random = (n: number) => {
  // xorshift32: deterministic per seed, no dependency.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

const { db, raw } = connect(path, { mustExist: true });
const products = raw
  .prepare('SELECT id, social_price_cents AS price, reference_price_cents AS ref, in_budget FROM products ORDER BY id')
  .all() as { id: number; price: number; ref: number; in_budget: number }[];
const households = (raw.prepare('SELECT id FROM households ORDER BY id').all() as { id: number }[]).map((h) => h.id);
const userId = (raw.prepare('SELECT id FROM users ORDER BY id LIMIT 1').get() as { id: number }).id;
const base = Date.parse('2026-11-24T10:00:00Z');

/** A pipe the parent drains slowly answers EAGAIN: try again (a line under 4 KiB is written whole). */
function report(line: string): void {
  for (;;) {
    try {
      writeSync(1, line);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

let committed = 0;
const hook: CommitStepHook = (step) => {
  if (step === crashStep && committed >= crashAfter) process.kill(process.pid, 'SIGKILL');
};

report('ready\n');
while (committed < maxSales) {
  const lines: CommitLine[] = [];
  const count = 1 + random(6);
  for (let i = 0; i < count; i++) {
    const p = products[random(products.length)];
    if (!p) continue;
    const quantity = 1 + random(3);
    lines.push({
      productId: p.id,
      categoryId: null,
      quantity,
      unitPriceCents: p.price,
      amountCents: p.price * quantity,
      referenceCents: p.ref * quantity,
      vatRate: 6,
      inBudget: p.in_budget === 1,
      overrideId: null,
    });
  }
  const total = lines.reduce((s, l) => s + l.amountCents, 0);
  const household = random(4) === 0 ? null : (households[random(households.length)] ?? null);
  const result = await commitSale(
    db,
    {
      tillId: 'till-1',
      kind: 'sale',
      originalSaleId: null,
      shiftId: null,
      householdId: household,
      cardId: null,
      proxyId: null,
      userId,
      at: new Date(base + Number(raw.prepare('SELECT COUNT(*) AS n FROM sales').pluck().get()) * 1000),
      periodKey: household === null ? null : '2026-11-23',
      ruleSetId: null,
      roundingCents: 0,
      lines,
      payments: [
        { method: random(2) === 0 ? 'cash' : 'card', amountCents: total, tenderedCents: null, changeCents: null },
      ],
      receipt: () => ({ lines: lines.length }),
    },
    hook,
  );
  committed++;
  report(`committed ${result.saleId} ${result.number} ${result.hash} ${lines.length}\n`);
}
await db.destroy();
