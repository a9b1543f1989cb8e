import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { HouseholdFile, SearchHit } from '../../../main/contract/households';
import { aTestApp } from '../../support/builders';
import { aCaller, aHouseholdForm } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

describe('enrolment through the dispatcher', () => {
  it('enrols, finds by misspelled name, member and card, and audits the view', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const enrolled = await call('households:enrol-household', { form: aHouseholdForm() });
    expect(enrolled.ok).toBe(true);
    const { householdId, cardNumber } = enrolled.value as { householdId: number; cardNumber: string };
    expect(cardNumber).toMatch(/^049\d{10}$/);
    for (const query of ['vandenbrouke zoe', 'ZOE', 'lote', cardNumber]) {
      const found = await call('households:search-households', { query });
      expect(
        (found.value as SearchHit[]).map((h) => h.householdId),
        query,
      ).toContain(householdId);
    }
    const file = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(file).toMatchObject({ municipality: 'Gent', adults: 1, children: 2, notes: 'Confidential note' });
    expect(file.status.kind).toBe('active');
    expect(file.enrolments[0]?.basis).toBe('income-check');
    const actions = await app.db.selectFrom('audit_log').select(['action', 'details']).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['household.enrol', 'household.view']));
    expect(JSON.stringify(actions)).not.toMatch(/Zo|Vandenbroucke|Lotte/);
  });

  it('a double tap on save enrols the household once; the second is told it is a duplicate', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const form = aHouseholdForm({ cardNumber: undefined });
    const taps = await Promise.all([
      call('households:enrol-household', { form }),
      call('households:enrol-household', { form }),
    ]);
    expect(taps.map((r) => r.ok)).toEqual([true, false]);
    expect(taps[1]?.error?.reason).toBe('duplicate-person');
    expect(await app.db.selectFrom('households').select('id').execute()).toHaveLength(1);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const form = aHouseholdForm({
      postalCode: '9999',
      enrolment: { validFrom: '2026-12-01', validUntil: '2026-11-01', referringOrganisation: 'caw' },
      cardNumber: '5410000000000',
    });
    form.members[0] = { firstName: 'Lotte', dateOfBirth: '2030-01-01' };
    const result = await call('households:enrol-household', { form });
    expect(result.error?.fields).toEqual(
      expect.arrayContaining([
        { path: 'members.0.dateOfBirth', code: 'future-date' },
        { path: 'postalCode', code: 'unknown-postal-code' },
        { path: 'enrolment.validUntil', code: 'until-before-from' },
        { path: 'cardNumber', code: 'bad-card-number' },
      ]),
    );
    expect(await app.db.selectFrom('households').select('id').execute()).toEqual([]);
  });

  it('flags a duplicate (swapped, misspelled) before saving; confirming a different person is audited', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['social-worker']);
    const first = (await call('households:enrol-household', { form: aHouseholdForm() })).value as {
      householdId: number;
    };
    const again = aHouseholdForm({
      referencePerson: { firstName: 'Vandenbrouke', lastName: 'Zoe', dateOfBirth: '1985-03-12', language: 'fr' },
      members: [],
      cardNumber: undefined,
    });
    const check = await call('households:check-duplicates', { form: again });
    expect(check.value).toEqual([
      expect.objectContaining({ householdId: first.householdId, formIndex: -1, match: 'swapped-names' }),
    ]);
    const refused = await call('households:enrol-household', { form: again });
    expect(refused.error?.reason).toBe('duplicate-person');
    const confirmed = await call('households:enrol-household', {
      form: again,
      confirmedDifferent: [first.householdId],
    });
    expect(confirmed.ok).toBe(true);
    const audit = await app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'household.duplicate-confirmed-different')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('renews, suspends, ends; replaces a lost card and blocks the old one; prints the card; proxies', async () => {
    app = await aTestApp();
    const { call } = await aCaller(app, ['coordinator']);
    const cashier = await aCaller(app, ['cashier']);
    const { householdId, cardNumber } = (await call('households:enrol-household', { form: aHouseholdForm() }))
      .value as {
      householdId: number;
      cardNumber: string;
    };
    const renewed = await call('households:renew-enrolment', { householdId });
    expect(renewed.value).toMatchObject({ validFrom: '2027-05-01', validUntil: '2027-10-31' });
    expect(
      (await call('households:suspend-household', { householdId, reason: 'fraude', until: '2026-11-01' })).error
        ?.fields,
    ).toEqual([{ path: 'until', code: 'until-before-from' }]);
    expect(
      (await call('households:suspend-household', { householdId, reason: 'no-show', until: '2026-12-15' })).ok,
    ).toBe(true);
    let file = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(file.status).toMatchObject({ kind: 'suspended', suspendedUntil: '2026-12-15' });
    expect(file.enrolments.map((e) => e.kind)).toEqual(['renewal', 'new']);
    const proxies = await call('households:set-proxies', {
      householdId,
      proxies: [
        { name: 'Buurvrouw An', validUntil: '2027-01-31' },
        { name: 'Oom Karel', validUntil: '31/03/2027' },
      ],
    });
    expect(proxies.value).toEqual({ count: 2 });
    const tooMany = await call('households:set-proxies', {
      householdId,
      proxies: [1, 2, 3].map(() => ({ name: 'x', validUntil: '2027-01-01' })),
    });
    expect(tooMany.ok).toBe(false);
    const replaced = (await call('households:replace-card', { householdId })).value as {
      number: string;
      blocked: string[];
    };
    expect(replaced.blocked).toEqual([cardNumber]);
    expect((await cashier.call('households:lookup-card', { code: cardNumber })).value).toEqual({
      kind: 'blocked',
      householdId,
    });
    const scan = (await cashier.call('households:lookup-card', { code: replaced.number })).value as Record<
      string,
      unknown
    >;
    expect(scan).toMatchObject({
      kind: 'household',
      firstName: 'Zoë',
      children: 2,
      proxies: [{ name: 'Buurvrouw An' }, { name: 'Oom Karel' }],
    });
    const pdf = (await call('households:card-pdf', { householdId })).value as { pdfBase64: string };
    const dir = mkdtempSync(join(tmpdir(), 'card-'));
    writeFileSync(join(dir, 'card.pdf'), Buffer.from(pdf.pdfBase64, 'base64'));
    const info = execFileSync('pdfinfo', [join(dir, 'card.pdf')]).toString();
    expect(info).toMatch(/Page size:\s+242\.6\d* x 153\.0\d* pts/);
    expect((await call('households:end-enrolment', { householdId, endedOn: '2026-12-01' })).ok).toBe(true);
    file = (await call('households:get-household', { householdId })).value as HouseholdFile;
    expect(file.enrolments.find((e) => e.kind === 'new')?.endedOn).toBe('2026-12-01');
  });
});
