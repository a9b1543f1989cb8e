// The one window factory: isolated, sandboxed, no Node, no navigation, no new windows.
import { BrowserWindow } from 'electron';
import { isNavigationAllowed, secureWindowOptions } from './security/policy';

export function createMainWindow(options: { preload: string; appUrl: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(options.preload, { devTools: options.devTools }));
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, options.appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, options.appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.appUrl);
  return window;
}
