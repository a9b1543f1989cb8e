import type Database from 'better-sqlite3';
import { withCheckDigit } from '../../contract/barcode';
import { addDays } from '../../domain/calendar';
import { childNames, demoPostalCodes, firstNames, lastNames, organisations } from './names';
import type { Random } from './random';
import { searchKey } from './search-key';

export interface DemoHousehold {
  id: number;
  cardId: number;
  birthDates: string[];
  periods: { from: string; until: string }[];
}

const bases = ['income-check', 'debt-settlement', 'living-wage', 'other'] as const;

function birthDate(rnd: Random, today: string, minAge: number, maxAge: number): string {
  return addDays(today, -(minAge * 365 + rnd.int(0, (maxAge - minAge) * 365)));
}

/** Card numbers: EAN-13 in GS1's 049 range (internal use), never read as a product barcode. */
export function demoCardNumber(sequence: number): string {
  return withCheckDigit(`049${String(sequence).padStart(9, '0')}`);
}

export function insertHouseholds(
  raw: Database.Database,
  rnd: Random,
  options: { count: number; rangeStart: string; today: string; socialWorkerIds: number[]; createdAt: string },
): DemoHousehold[] {
  const insertOrg = raw.prepare('INSERT INTO referring_organisations (name, kind) VALUES (?, ?)');
  const orgIds = organisations.map(([name, kind]) => Number(insertOrg.run(name, kind).lastInsertRowid));
  const insertHousehold = raw.prepare(
    'INSERT INTO households (postal_code, municipality, language, phone, notes, search_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertMember = raw.prepare(
    'INSERT INTO members (household_id, is_reference, first_name, last_name, birth_date, search_name) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertEnrolment = raw.prepare(
    `INSERT INTO enrolments (household_id, valid_from, valid_until, organisation_id, social_worker_id, basis, referral_date, kind, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCard = raw.prepare('INSERT INTO cards (household_id, number, issued_at) VALUES (?, ?, ?)');
  const households: DemoHousehold[] = [];
  const span = Math.round((Date.parse(options.today) - Date.parse(options.rangeStart)) / 86_400_000);

  for (let n = 0; n < options.count; n++) {
    const [postal, municipality] = rnd.pick(demoPostalCodes);
    const language = postal.startsWith('1')
      ? rnd.pick(['fr', 'fr', 'nl', 'en'] as const)
      : rnd.pick(['nl', 'nl', 'nl', 'fr', 'en'] as const);
    const lastName = rnd.pick(lastNames);
    const refFirst = rnd.pick(firstNames);
    const members: { first: string; last: string; birth: string; ref: boolean }[] = [
      { first: refFirst, last: lastName, birth: birthDate(rnd, options.today, 20, 80), ref: true },
    ];
    if (rnd.chance(0.4))
      members.push({
        first: rnd.pick(firstNames),
        last: rnd.pick(lastNames),
        birth: birthDate(rnd, options.today, 20, 70),
        ref: false,
      });
    const children = rnd.chance(0.55) ? rnd.int(1, 4) : 0;
    for (let c = 0; c < children; c++)
      members.push({
        first: rnd.pick(childNames),
        last: lastName,
        birth: birthDate(rnd, options.today, 0, 17),
        ref: false,
      });
    const phone = rnd.chance(0.7) ? `04${rnd.digits(2)} ${rnd.digits(2)} ${rnd.digits(2)} ${rnd.digits(2)}` : null;
    const search = searchKey(members.map((m) => `${m.first} ${m.last}`).join(' '));
    const householdId = Number(
      insertHousehold.run(postal, municipality, language, phone, null, search, options.createdAt).lastInsertRowid,
    );
    for (const m of members)
      insertMember.run(householdId, m.ref ? 1 : 0, m.first, m.last, m.birth, searchKey(`${m.first} ${m.last}`));

    // Enrolled some time before or during the demo's range, renewed every 6 months; some lapse.
    const periods: { from: string; until: string }[] = [];
    let from = addDays(options.rangeStart, rnd.int(-300, Math.round(span * 0.7)));
    const lapses = rnd.chance(0.15);
    const orgId = rnd.pick(orgIds);
    const worker = rnd.pick(options.socialWorkerIds);
    const basis = rnd.pick(bases);
    for (let k = 0; k < 12; k++) {
      const until = addDays(from, 182);
      periods.push({ from, until });
      insertEnrolment.run(
        householdId,
        from,
        until,
        orgId,
        worker,
        basis,
        addDays(from, -rnd.int(3, 20)),
        k === 0 ? 'new' : 'renewal',
        worker,
        `${from}T10:00:00.000Z`,
      );
      if (until >= options.today || (lapses && k >= 1)) break;
      from = addDays(until, 1);
    }
    const cardId = Number(
      insertCard.run(
        householdId,
        demoCardNumber(householdId),
        `${periods[0]?.from ?? options.rangeStart}T10:00:00.000Z`,
      ).lastInsertRowid,
    );
    households.push({ id: householdId, cardId, birthDates: members.map((m) => m.birth), periods });
  }
  return households;
}
