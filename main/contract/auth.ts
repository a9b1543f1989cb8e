import { z } from 'zod';
import { channel, roleSchema } from './define';
import { languageSchema } from './money';

export const pinSchema = z.string().regex(/^\d{4,8}$/);

const sessionUserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  roles: z.array(roleSchema).min(1),
  language: languageSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const authChannels = {
  'setup:get-status': channel({
    input: z.object({}),
    output: z.object({
      needsFirstCoordinator: z.boolean(),
      shopName: z.string(),
      practiceMode: z.boolean(),
      idleLockMinutes: z.number(),
      /** The shop's IANA time zone: every time on screen is shown in it. */
      timeZone: z.string(),
    }),
    access: 'public',
  }),
  'setup:create-coordinator': channel({
    input: z.object({ name: z.string().trim().min(1).max(80), pin: pinSchema, language: languageSchema }),
    output: z.object({ userId: z.number().int() }),
    access: 'public',
  }),
  'auth:list-users': channel({
    input: z.object({}),
    output: z.array(z.object({ id: z.number().int(), name: z.string() })),
    access: 'public',
  }),
  'auth:login': channel({
    input: z.union([
      z.object({ userId: z.number().int().positive(), pin: pinSchema }),
      z.object({ badge: z.string().trim().min(4).max(64), pin: pinSchema }),
    ]),
    output: z.object({ session: z.string(), user: sessionUserSchema, idleLockMinutes: z.number() }),
    access: 'public',
  }),
  'auth:logout': channel({
    input: z.object({}),
    output: z.object({}),
    access: ['cashier', 'social-worker', 'coordinator'],
  }),
  'auth:get-session': channel({
    input: z.object({}),
    output: sessionUserSchema,
    access: ['cashier', 'social-worker', 'coordinator'],
  }),
  'auth:set-language': channel({
    input: z.object({ language: languageSchema }),
    output: z.object({}),
    access: ['cashier', 'social-worker', 'coordinator'],
  }),
};
