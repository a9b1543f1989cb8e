// Issue 4 item 6: a cashier calling each enrolment channel never gets notes, the referral basis,
// a surname or an address.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { householdChannels } from '../../../main/contract/households';
import { aTestApp } from '../../support/builders';
import { aCaller, aHouseholdForm } from '../../support/household-builders';

let app: App;
afterEach(async () => app?.close());

describe('privacy toward cashiers', () => {
  it('no enrolment channel returns notes, basis, surname or postal code to a cashier', async () => {
    app = await aTestApp();
    const worker = await aCaller(app, ['social-worker']);
    const cashier = await aCaller(app, ['cashier']);
    const { householdId, cardNumber } = (await worker.call('households:enrol-household', { form: aHouseholdForm() }))
      .value as { householdId: number; cardNumber: string };
    const inputs: Record<keyof typeof householdChannels, unknown> = {
      'households:search-households': { query: 'Zoë' },
      'households:get-household': { householdId },
      'households:check-duplicates': { form: aHouseholdForm() },
      'households:enrol-household': { form: aHouseholdForm(), confirmedDifferent: [householdId] },
      'households:renew-enrolment': { householdId },
      'households:suspend-household': { householdId, reason: 'x', until: '2027-01-01' },
      'households:end-enrolment': { householdId, endedOn: '2026-12-01' },
      'households:replace-card': { householdId },
      'households:card-pdf': { householdId },
      'households:set-proxies': { householdId, proxies: [] },
      'households:update-household': {
        householdId,
        details: {
          referencePerson: { firstName: 'Zoë', lastName: 'X', dateOfBirth: '1980-01-01' },
          members: [],
          postalCode: '9000',
          language: 'nl',
          phone: '',
        },
      },
      'households:lift-suspension': { householdId, suspensionId: 1 },
      'households:list-organisations': {},
      'households:update-organisation': { id: 1, name: 'CAW', kind: 'caw', active: false },
      'households:add-organisation': { name: 'CAW Oost', kind: 'caw' },
      'households:import-households': { csvBase64: '', dryRun: true, validOnly: false },
      'households:lookup-card': { code: cardNumber },
    };
    let answered = 0;
    for (const [channel, input] of Object.entries(inputs)) {
      const result = await cashier.call(channel, input);
      const text = JSON.stringify(result);
      for (const secret of [
        'Confidential note',
        'income-check',
        'Vandenbroucke',
        '9000',
        'Gent',
        '0470',
        'notes',
        'basis',
      ])
        expect(text, `${channel} leaks ${secret}`).not.toContain(secret);
      if (result.ok) answered++;
      else expect(result.error?.code, channel).toBe('forbidden');
    }
    expect(answered).toBe(1);
    expect((await cashier.call('households:lookup-card', { code: cardNumber })).value).toMatchObject({
      firstName: 'Zoë',
    });
  });
});
