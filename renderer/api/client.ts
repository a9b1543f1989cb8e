import type { CallResult } from '../../main/contract/define';
import type { EventName, EventPayload } from '../../main/contract/events';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../main/contract/index';
import { transport } from './transport';

const SESSION_KEY = 'till.session';
let session: string | undefined = sessionStorage.getItem(SESSION_KEY) ?? undefined;
const lockListeners = new Set<() => void>();

export function setSession(token: string | undefined): void {
  session = token;
  if (token) sessionStorage.setItem(SESSION_KEY, token);
  else sessionStorage.removeItem(SESSION_KEY);
}

export function hasSession(): boolean {
  return session !== undefined;
}

/** Called when the main process says the session is gone (idle lock, restart). */
export function onSessionLost(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** One typed call of the contract. Never throws: failures come back as `{ ok: false, error }`. */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<CallResult<ChannelOutput<C>>> {
  const result = (await transport().call(channel, input, session)) as CallResult<ChannelOutput<C>>;
  if (!result.ok && (result.error.code === 'session-locked' || result.error.code === 'not-signed-in')) {
    setSession(undefined);
    for (const listener of lockListeners) listener();
  }
  return result;
}

export function onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  return transport().on((event, payload) => {
    if (event === name) listener(payload as EventPayload<E>);
  });
}
