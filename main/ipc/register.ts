// Electron's transport: one IPC channel hands every call to the shared dispatcher, after checking
// that the sender is our own top-level frame.
import { BrowserWindow, ipcMain } from 'electron';
import type { Dispatcher } from '../api/dispatcher';
import type { EventBus } from '../api/event-bus';
import { checkSender } from '../security/policy';

export const CALL_CHANNEL = 'till:call';
export const EVENT_CHANNEL = 'till:event';

export function registerIpc(dispatcher: Dispatcher, events: EventBus, appUrl: string): void {
  ipcMain.handle(CALL_CHANNEL, async (event, envelope: unknown) => {
    const sender = checkSender(event.senderFrame, appUrl);
    if (!sender.ok) {
      return {
        ok: false,
        error: { code: 'forbidden', reason: sender.reason, message: 'call from an unknown frame refused' },
      };
    }
    return dispatcher.call(envelope);
  });
  events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows())
      window.webContents.send(EVENT_CHANNEL, { event: name, payload });
  });
}
