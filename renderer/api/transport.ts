// The renderer's only door to the main process: Electron's preload (`window.till`) when present,
// the browser bridge (HTTP + WebSocket on 127.0.0.1, per-launch token) otherwise.
import type { CallResult } from '../../main/contract/define';
import type { EventName } from '../../main/contract/events';

export interface TillBridge {
  call(channel: string, input: unknown, session: string | undefined): Promise<CallResult<unknown>>;
  on(listener: (event: EventName, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    till?: TillBridge;
  }
}

const TOKEN_KEY = 'till.launchToken';

/** The launch token travels in the URL once; it is kept for reloads and removed from the address bar. */
function launchToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const offline: CallResult<unknown> = {
  ok: false,
  error: { code: 'internal', reason: 'offline', message: 'the till service does not answer' },
};

const largeCallChars = 1_000_000;

async function callOverHttp(token: string, channel: string, input: unknown, session: string | undefined) {
  try {
    const response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel, input, session }),
    });
    if (response.status === 401)
      return {
        ok: false,
        error: { code: 'forbidden', reason: 'launch-token', message: 'open the link printed at start-up' },
      } satisfies CallResult<unknown>;
    return (await response.json()) as CallResult<unknown>;
  } catch {
    return offline;
  }
}

/**
 * One WebSocket carries push events and, once open, the calls (a round trip of ~2 ms instead of a
 * new HTTP request's ~9 ms on the test machine). Before it opens, or while it reconnects,
 * calls go over HTTP. A call in flight when the socket drops is answered "offline", as a failed
 * fetch is: whether it ran is not known, so it is never sent twice.
 */
function browserBridge(): TillBridge {
  const token = launchToken();
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const waiting = new Map<number, (result: CallResult<unknown>) => void>();
  let nextId = 1;
  let socket: WebSocket | undefined;
  const connect = () => {
    const ws = new WebSocket(`ws://${window.location.host}/api/events?token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as
        | { id: number; result: CallResult<unknown> }
        | { event: EventName; payload: unknown };
      if ('id' in data) {
        waiting.get(data.id)?.(data.result);
        waiting.delete(data.id);
        return;
      }
      for (const listener of listeners) listener(data.event, data.payload);
    };
    ws.onclose = () => {
      for (const answer of waiting.values()) answer(offline);
      waiting.clear();
      // The till keeps working over HTTP meanwhile; reconnect quietly.
      window.setTimeout(connect, 2000);
    };
  };
  connect();
  return {
    call(channel, input, session) {
      const ws = socket;
      if (ws?.readyState !== WebSocket.OPEN) return callOverHttp(token, channel, input, session);
      const id = nextId++;
      let frame: string;
      try {
        frame = JSON.stringify({ id, channel, input, session });
      } catch {
        return Promise.resolve(offline);
      }
      // A big upload (a catalogue import) goes over HTTP, so it never holds up the events and scans.
      if (frame.length > largeCallChars) return callOverHttp(token, channel, input, session);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        ws.send(frame);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let bridge: TillBridge | undefined;

export function transport(): TillBridge {
  bridge ??= window.till ?? browserBridge();
  return bridge;
}
