// Electron's main entry: single instance, deny-by-default session, the till's services on the
// per-user database, the IPC transport and one window.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { createApp } from './app';
import { registerIpc } from './ipc/register';
import { createMainWindow } from './window';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    const root = app.getAppPath();
    const appUrl = pathToFileURL(join(root, 'dist', 'renderer', 'index.html')).toString();
    // The better-sqlite3 build for Electron's ABI: next to the app when packaged, made by `npm start` in development.
    const nativeBinding = process.env.TILL_SQLITE_NATIVE || undefined;
    const till = await createApp({
      dbPath: join(app.getPath('userData'), 'till.db'),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    registerIpc(till.dispatcher, till.events, appUrl);
    createMainWindow({ preload: join(root, 'dist', 'electron', 'preload.cjs'), appUrl, devTools: !app.isPackaged });
    app.on('before-quit', () => void till.close());
  });
}
