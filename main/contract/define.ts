// How a channel of the contract is defined: name `area:verb-noun`, zod input and output, and who
// may call it. Pure: shared by the main process (dispatcher) and the renderer (typed client).
import { z } from 'zod';

export const roles = ['cashier', 'social-worker', 'coordinator'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** `public`: callable before login (login itself, first-run setup); otherwise the roles allowed. */
export type Access = 'public' | readonly [Role, ...Role[]];

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}

export const channelNamePattern = /^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/;

export const ALL_ROLES = ['cashier', 'social-worker', 'coordinator'] as const satisfies readonly Role[];

export const errorCodes = [
  'invalid-input',
  'not-signed-in',
  'session-locked',
  'forbidden',
  'not-found',
  'conflict',
  'refused',
  'unknown-channel',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorSchema = z.object({ path: z.string(), code: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const callErrorSchema = z.object({
  code: z.enum(errorCodes),
  /** A reason code the renderer translates (e.g. `pin-wrong`, `card-blocked`), when more precise than `code`. */
  reason: z.string().optional(),
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type CallError = z.infer<typeof callErrorSchema>;

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** What a transport sends for one call. The session token comes from `auth:login`. */
export const callEnvelopeSchema = z.object({
  channel: z.string().max(100),
  input: z.unknown(),
  session: z.string().max(200).optional(),
});
export type CallEnvelope = z.infer<typeof callEnvelopeSchema>;
