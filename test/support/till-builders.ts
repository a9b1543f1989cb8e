// Builders for till tests: a shopping household (enrolment, card, rule set) and a signed-in caller
// whose calls return typed views.
import type { App } from '../../main/app';
import type { ChannelName, ChannelOutput } from '../../main/contract/index';
import { cardNumberForSerial } from '../../main/domain/card-number';
import { aHousehold, aUser, signIn } from './builders';
import { anEnrolment } from './rules-builders';

export async function aShopper(app: App, birthDates: string[] = ['1980-05-01']) {
  const householdId = await aHousehold(app, birthDates);
  await anEnrolment(app, householdId);
  const number = cardNumberForSerial(householdId);
  await app.db
    .insertInto('cards')
    .values({
      household_id: householdId,
      number,
      issued_at: app.clock.now().toISOString(),
      blocked_at: null,
      block_reason: null,
    })
    .execute();
  return { householdId, card: number };
}

export type TillCall = <C extends ChannelName>(channel: C, input: unknown) => Promise<ChannelOutput<C>>;

export async function aTillCaller(app: App, roles: ('cashier' | 'coordinator')[] = ['cashier'], name = 'Anna Cashier') {
  const user = await aUser(app, roles, name);
  const session = await signIn(app, user.id);
  const call: TillCall = async (channel, input) => {
    const result = await app.dispatcher.call({ channel, input, session });
    if (!result.ok)
      throw Object.assign(new Error(`${channel}: ${result.error.reason ?? result.error.code}`), {
        reason: result.error.reason,
      });
    return result.value as never;
  };
  const attempt = async (channel: ChannelName, input: unknown) => app.dispatcher.call({ channel, input, session });
  return { user, call, attempt };
}
