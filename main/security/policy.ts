// Security decisions for the Electron window and the browser bridge, as pure functions so they
// are unit-tested without Electron.

/** The strict Content-Security-Policy of the renderer: only our own files, no eval, no inline script. */
export function contentSecurityPolicy(options: { connectSrc?: readonly string[] } = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "media-src 'self' data:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The subset of Electron's BrowserWindow options we set; kept plain so it needs no Electron import. */
export interface SecureWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    spellcheck: false;
    devTools: boolean;
  };
}

export function secureWindowOptions(preload: string, options: { devTools: boolean }): SecureWindowOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 768,
    show: false,
    backgroundColor: '#f6f4ef',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}

/** The renderer is loaded from one file URL; a frame whose URL is anything else is foreign. */
export interface SenderFrameLike {
  url: string;
  parent?: unknown;
}

export type SenderCheck = { ok: true } | { ok: false; reason: 'missing-frame' | 'foreign-frame' | 'sub-frame' };

export function checkSender(frame: SenderFrameLike | null | undefined, appUrl: string): SenderCheck {
  if (!frame) return { ok: false, reason: 'missing-frame' };
  if (frame.parent) return { ok: false, reason: 'sub-frame' };
  let url: URL;
  let expected: URL;
  try {
    url = new URL(frame.url);
    expected = new URL(appUrl);
  } catch {
    return { ok: false, reason: 'foreign-frame' };
  }
  const same = url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
  return same ? { ok: true } : { ok: false, reason: 'foreign-frame' };
}

/** Every navigation away from the app's own page is refused; there are no links out. */
export function isNavigationAllowed(targetUrl: string, appUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

/** Browser mode listens on loopback only; any other host is refused. */
export function isLoopbackHost(host: string): boolean {
  return loopbackHosts.has(host.trim().toLowerCase());
}
