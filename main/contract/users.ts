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

const userId = z.number().int().positive();
const nameSchema = z.string().trim().min(1).max(80);
const badgeSchema = z.string().trim().min(4).max(64);

export const userChannels = {
  'users:list-users': channel({
    input: z.object({}),
    output: z.array(userSummarySchema),
    access: ['coordinator'],
  }),
  'users:create-user': channel({
    input: z.object({
      name: nameSchema,
      roles: z.array(roleSchema).min(1),
      pin: pinSchema,
      language: languageSchema,
      badge: badgeSchema.optional(),
    }),
    output: z.object({ userId: z.number().int() }),
    access: ['coordinator'],
  }),
  'users:update-user': channel({
    input: z.object({
      userId,
      name: nameSchema,
      roles: z.array(roleSchema).min(1),
      language: languageSchema,
      /** A new badge code, null to take the badge away, absent to keep the current one. */
      badge: badgeSchema.nullable().optional(),
    }),
    output: z.object({}),
    access: ['coordinator'],
  }),
  /** The coordinator chooses the new PIN and tells the user; it also lifts a lock after wrong PINs. */
  'users:set-pin': channel({
    input: z.object({ userId, pin: pinSchema }),
    output: z.object({}),
    access: ['coordinator'],
  }),
  /** Deactivated users leave the sign-in list and cannot sign in; their sales and audit entries stay. */
  'users:set-active': channel({
    input: z.object({ userId, active: z.boolean() }),
    output: z.object({}),
    access: ['coordinator'],
  }),
};
