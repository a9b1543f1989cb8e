// Push events from the main process to the renderer, defined like channels.
import { z } from 'zod';

export const events = {
  'session:locked': z.object({ reason: z.enum(['idle', 'logout']) }),
  'scanner:read': z.object({ code: z.string(), symbology: z.string().optional(), source: z.string() }),
  'scanner:status': z.object({ connected: z.boolean(), name: z.string().optional() }),
  'printer:status': z.object({
    online: z.boolean(),
    paperOut: z.boolean(),
    paperNearEnd: z.boolean(),
    coverOpen: z.boolean(),
    waitingJobs: z.number().int(),
  }),
  'backup:progress': z.object({ running: z.boolean(), progress: z.number().min(0).max(1) }),
  /** After each backup (scheduled or by hand): screens that warn about a failed one look again. */
  'backup:result': z.object({ ok: z.boolean() }),
  'integrity:status': z.object({
    state: z.enum(['not-run', 'running', 'ok', 'failed']),
    checkedAt: z.string().nullable(),
    fault: z.string().nullable(),
    progress: z.number().min(0).max(1),
  }),
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
