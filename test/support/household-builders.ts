// Builders for household tests: a valid enrolment form and a signed-in caller of the dispatcher.
import type { App } from '../../main/app';
import type { Role } from '../../main/contract/define';
import type { HouseholdForm } from '../../main/contract/households';
import { aUser, signIn } from './builders';

export function aHouseholdForm(overrides: Partial<HouseholdForm> = {}): HouseholdForm {
  return {
    referencePerson: {
      firstName: 'Zoë',
      lastName: 'Vandenbroucke',
      dateOfBirth: '12/03/1985',
      language: 'nl',
      phone: '0470 12 34 56',
    },
    members: [
      { firstName: 'Lotte', dateOfBirth: '2016-05-01' },
      { firstName: 'Ruben', dateOfBirth: '2019-09-09' },
    ],
    postalCode: '9000',
    enrolment: { validFrom: '2026-11-01', validUntil: '2027-04-30', referringOrganisation: 'ocmw-cpas' },
    basis: 'income-check',
    referralDate: '2026-10-20',
    notes: 'Confidential note',
    ...overrides,
  };
}

export type Caller = (
  channel: string,
  input: unknown,
) => Promise<{
  ok: boolean;
  value?: unknown;
  error?: { code: string; reason?: string; fields?: { path: string; code: string }[] };
}>;

export async function aCaller(app: App, roles: Role[]): Promise<{ call: Caller; userId: number }> {
  const user = await aUser(app, roles, `Caller ${roles.join('+')}`);
  const session = await signIn(app, user.id);
  const call: Caller = async (channel, input) => {
    const result = await app.dispatcher.call({ channel, input, session });
    return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error };
  };
  return { call, userId: user.id };
}
