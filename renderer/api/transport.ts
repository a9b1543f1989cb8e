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

function browserBridge(): TillBridge {
  const token = launchToken();
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  let socket: WebSocket | undefined;
  const connect = () => {
    socket = new WebSocket(`ws://${window.location.host}/api/events?token=${encodeURIComponent(token)}`);
    socket.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as { event: EventName; payload: unknown };
      for (const listener of listeners) listener(data.event, data.payload);
    };
    socket.onclose = () => {
      // The till keeps working without push events; reconnect quietly.
      window.setTimeout(connect, 2000);
    };
  };
  return {
    async call(channel, input, session) {
      try {
        const response = await fetch('/api/call', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ channel, input, session }),
        });
        if (response.status === 401)
          return {
            ok: false,
            error: {
              code: 'forbidden',
              reason: 'launch-token',
              message: 'open the link printed at start-up',
            },
          };
        return (await response.json()) as CallResult<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', reason: 'offline', message: 'the till service does not answer' },
        };
      }
    },
    on(listener) {
      if (!socket) connect();
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
