// The one dispatcher both transports (Electron IPC and the browser bridge) hand calls to: parse the
// envelope and input, check the session and role, run the handler, check the output, wrap the result.
import type { z } from 'zod';
import type { SessionUser } from '../contract/auth';
import { type CallResult, callEnvelopeSchema, type FieldError, type Role } from '../contract/define';
import {
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
  channels,
  isChannelName,
} from '../contract/index';
import type { RefusalReason } from '../contract/refusals';
import type { Clock } from './clock';
import { TillError } from './errors';
import type { SessionStore } from './sessions';

export interface CallContext {
  /** Null only on public channels called before login. */
  user: SessionUser | null;
  session: string | undefined;
  now: Date;
}

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  ctx: CallContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };

export interface Dispatcher {
  call(envelope: unknown): Promise<CallResult<unknown>>;
}

export interface DispatcherDeps {
  handlers: Handlers;
  sessions: SessionStore;
  clock: Clock;
  onInternalError?: (channel: string, error: unknown) => void;
}

export function zodFields(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(input)', code: issue.code }));
}

function refuse(
  code: TillError['code'],
  reason: RefusalReason,
  message: string,
  fields?: FieldError[],
): CallResult<never> {
  return { ok: false, error: { code, reason, message, ...(fields ? { fields } : {}) } };
}

export function allowed(userRoles: readonly Role[], access: readonly Role[]): boolean {
  return userRoles.some((role) => access.includes(role));
}

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  async function call(envelope: unknown): Promise<CallResult<unknown>> {
    const parsedEnvelope = callEnvelopeSchema.safeParse(envelope);
    if (!parsedEnvelope.success) return refuse('invalid-input', 'bad-envelope', 'malformed call');
    const { channel, input, session } = parsedEnvelope.data;
    if (!isChannelName(channel)) return refuse('unknown-channel', 'unknown-channel', `unknown channel ${channel}`);
    const def = channels[channel];

    let user: SessionUser | null = null;
    if (def.access !== 'public') {
      const lookup = deps.sessions.touch(session);
      switch (lookup.state) {
        case 'none':
          return refuse('not-signed-in', 'not-signed-in', 'sign in first');
        case 'locked':
          return refuse('session-locked', 'idle', 'the session was locked after inactivity');
        case 'active':
          user = lookup.session.user;
          break;
        default:
          return lookup satisfies never;
      }
      if (!allowed(user.roles, def.access))
        return refuse('forbidden', 'forbidden', `${channel} is not allowed for this user`);
    } else if (session) {
      const lookup = deps.sessions.touch(session);
      if (lookup.state === 'active') user = lookup.session.user;
    }

    const parsedInput = def.input.safeParse(input ?? {});
    if (!parsedInput.success)
      return refuse('invalid-input', 'invalid-fields', 'invalid input', zodFields(parsedInput.error));

    try {
      const handler = deps.handlers[channel] as Handler<ChannelName>;
      const ctx: CallContext = { user, session, now: deps.clock.now() };
      const value = await handler(parsedInput.data as never, ctx);
      // Parsing the output strips any field the contract does not name: a service cannot leak one.
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        deps.onInternalError?.(channel, checked.error);
        return refuse('internal', 'bad-output', 'the till produced an unexpected answer');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof TillError) return { ok: false, error: error.toCallError() };
      deps.onInternalError?.(channel, error);
      return refuse('internal', 'internal', 'something went wrong; nothing was changed');
    }
  }
  return { call };
}
