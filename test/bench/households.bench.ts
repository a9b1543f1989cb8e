import { copyFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { fixedClock } from '../../main/api/clock';
import { createApp } from '../../main/app';
import { searchHouseholds } from '../../main/services/households/search';
import { hashPin, testOnlyPinHashCost } from '../../main/services/pin-hash';
import { insertUser } from '../../main/services/users-repo';
import { type Benchmark, benchDir, largeDemoDb, round, timeIt } from './harness';

/** A typing mistake: two neighbouring letters swapped in the middle of the word. */
function misspell(word: string): string {
  if (word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return `${word.slice(0, i - 1)}${word[i]}${word[i - 1]}${word.slice(i + 1)}`;
}

// household.search: a social worker's search through the real dispatcher (session, zod, audit,
// status of every hit) on 5,000 households — full names, misspelled surnames, a first name alone,
// a member's name, card numbers.
export const benchmarks: Benchmark[] = [
  {
    name: 'household.search',
    async run() {
      const copy = join(benchDir, 'households.db');
      copyFileSync(largeDemoDb(), copy);
      // A throwaway copy: migrate it directly (the till's pre-migration backup is for real files).
      const direct = connect(copy);
      await migrateToLatest(direct.db as Kysely<unknown>);
      await direct.close();
      const clock = fixedClock('2026-11-24T10:00:00Z');
      const app = await createApp({ dbPath: copy, clock, pinHashCost: testOnlyPinHashCost, background: false });
      try {
        const userId = await insertUser(app.db, {
          name: 'Bench social worker',
          roles: ['social-worker'],
          pinHash: await hashPin('1234', testOnlyPinHashCost),
          language: 'nl',
          createdAt: clock.now(),
        });
        const login = await app.dispatcher.call({ channel: 'auth:login', input: { userId, pin: '1234' } });
        if (!login.ok) throw new Error('bench sign-in failed');
        const session = (login.value as { session: string }).session;
        const people = await app.db
          .selectFrom('members')
          .innerJoin('cards', 'cards.household_id', 'members.household_id')
          .select(['members.first_name', 'members.last_name', 'cards.number'])
          .orderBy('members.id')
          .limit(4000)
          .execute();
        const queries = people
          .filter((_, i) => i % 20 === 0)
          .flatMap((p) => [
            `${p.first_name} ${p.last_name}`,
            `${misspell(p.last_name ?? '')} ${p.first_name}`,
            `${p.first_name}`,
            `${p.number}`,
          ]);
        const households = await app.db
          .selectFrom('households')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst();
        const result = await timeIt(
          'household.search',
          async (i) => {
            const query = queries[i % queries.length] ?? 'peeters';
            const r = await app.dispatcher.call({ channel: 'households:search-households', input: { query }, session });
            if (!r.ok) throw new Error(`search failed: ${r.error.message}`);
          },
          { iterations: 800, warmup: 50 },
        );
        // The same queries straight on the service (no session, zod or settings read), and the machine's
        // load: on a shared 2-core box the tail mostly measures other processes.
        const service = await timeIt(
          'household.search.service',
          (i) => searchHouseholds(app.db, queries[i % queries.length] ?? 'peeters', '2026-11-24', { expiringDays: 14 }),
          { iterations: 800, warmup: 50 },
        );
        const load = round(loadavg()[0] ?? 0);
        return [
          { ...result, value: result.p99, households: Number(households?.n ?? 0), goal: 10, load },
          { ...service, value: service.p99, load },
        ];
      } finally {
        await app.close();
      }
    },
  },
];
