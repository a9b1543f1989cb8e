import { describe, expect, it } from 'vitest';
import {
  checkSender,
  contentSecurityPolicy,
  isLoopbackHost,
  isNavigationAllowed,
  secureWindowOptions,
} from '../../../main/security/policy';

const appUrl = 'file:///opt/till/resources/app.asar/dist/renderer/index.html';

describe('window security policy', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const options = secureWindowOptions('/opt/till/preload.cjs', { devTools: false });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(768);
  });

  it('allows only our own scripts, no eval, no inline script, no framing', () => {
    const csp = contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:4000'] });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:4000");
  });

  it('accepts the app frame and rejects a missing, foreign or sub-frame sender', () => {
    expect(checkSender({ url: appUrl }, appUrl)).toEqual({ ok: true });
    expect(checkSender({ url: `${appUrl}#/till` }, appUrl)).toEqual({ ok: true });
    expect(checkSender(null, appUrl)).toEqual({ ok: false, reason: 'missing-frame' });
    expect(checkSender(undefined, appUrl)).toEqual({ ok: false, reason: 'missing-frame' });
    expect(checkSender({ url: 'https://evil.example/index.html' }, appUrl)).toEqual({
      ok: false,
      reason: 'foreign-frame',
    });
    expect(checkSender({ url: 'file:///tmp/other.html' }, appUrl)).toEqual({ ok: false, reason: 'foreign-frame' });
    expect(checkSender({ url: 'not a url' }, appUrl)).toEqual({ ok: false, reason: 'foreign-frame' });
    expect(checkSender({ url: appUrl, parent: {} }, appUrl)).toEqual({ ok: false, reason: 'sub-frame' });
  });

  it('refuses navigation away from the app page', () => {
    expect(isNavigationAllowed(`${appUrl}#/households`, appUrl)).toBe(true);
    expect(isNavigationAllowed('https://example.org/', appUrl)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', appUrl)).toBe(false);
  });

  it('knows loopback hosts from the rest', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '192.168.1.10', '::', 'example.org', '']) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('the CSP the renderer ships with', () => {
  it('is the policy function, minus what a meta tag cannot carry', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const expected = contentSecurityPolicy()
      .split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});
