// Every call the renderer can make, defined once. Each area adds its channels in its own file and
// one spread here.
import type { z } from 'zod';
import { appointmentChannels } from './appointments';
import { authChannels } from './auth';
import type { ChannelDef } from './define';
import { deviceChannels } from './devices';
import { householdChannels } from './households';
import { productChannels } from './products';
import { reportChannels } from './reports';
import { ruleChannels } from './rules';
import { settingsChannels } from './settings';
import { tillChannels } from './till';
import { trustChannels } from './trust';
import { userChannels } from './users';

export const channels = {
  ...authChannels,
  ...appointmentChannels,
  ...userChannels,
  ...trustChannels,
  ...householdChannels,
  ...ruleChannels,
  ...productChannels,
  ...tillChannels,
  ...deviceChannels,
  ...reportChannels,
  ...settingsChannels,
} satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}
