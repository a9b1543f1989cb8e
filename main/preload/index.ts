// The preload exposes exactly one object, `window.till`, derived from the contract: a call to a
// channel the contract does not name never leaves the renderer. No raw ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import type { CallResult } from '../contract/define';
import { channels } from '../contract/index';

const known = new Set(Object.keys(channels));

contextBridge.exposeInMainWorld('till', {
  call(channel: string, input: unknown, session: string | undefined): Promise<CallResult<unknown>> {
    if (!known.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `unknown channel ${channel}` } });
    }
    return ipcRenderer.invoke('till:call', { channel, input, session });
  },
  on(listener: (event: string, payload: unknown) => void): () => void {
    const handler = (_event: unknown, message: { event: string; payload: unknown }) =>
      listener(message.event, message.payload);
    ipcRenderer.on('till:event', handler);
    return () => ipcRenderer.removeListener('till:event', handler);
  },
});
