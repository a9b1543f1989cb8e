import { z } from 'zod';
import { pinSchema } from './auth';
import { channel, roleSchema } from './define';
import { languageSchema } from './money';

const userSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  roles: z.array(roleSchema),
  language: languageSchema,
  active: z.boolean(),
  hasBadge: z.boolean(),
  lockedUntil: z.string().nullable(),
});

export const userChannels = {
  'users:list-users': channel({
    input: z.object({}),
    output: z.array(userSummarySchema),
    access: ['coordinator'],
  }),
  'users:create-user': channel({
    input: z.object({
      name: z.string().trim().min(1).max(80),
      roles: z.array(roleSchema).min(1),
      pin: pinSchema,
      language: languageSchema,
      badge: z.string().trim().min(4).max(64).optional(),
    }),
    output: z.object({ userId: z.number().int() }),
    access: ['coordinator'],
  }),
};
