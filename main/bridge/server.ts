// Browser mode: serves the built renderer and the contract on loopback only, guarded by a random
// per-launch token. Same dispatcher as Electron's IPC.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WebSocketServer } from 'ws';
import type { App } from '../app';
import { contentSecurityPolicy, isLoopbackHost } from '../security/policy';
import { serveSocket } from './socket';

export interface BridgeOptions {
  app: App;
  host?: string;
  port?: number;
  staticDir: string;
  /** Largest accepted call body; an import of 20,000 products fits comfortably. */
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wav': 'audio/wav',
};

function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`refusing to listen on ${host}: browser mode is loopback only`);
  const token = randomBytes(24).toString('base64url');
  const staticRoot = resolve(options.staticDir);
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  let port = 0;

  // A page on another site could reach loopback through DNS rebinding; the Host header tells.
  const hostAllowed = (header: string | undefined) =>
    header === `127.0.0.1:${port}` || header === `localhost:${port}` || header === `[::1]:${port}`;

  const server = createServer(async (req, res) => {
    try {
      if (!hostAllowed(req.headers.host)) return send(res, 421, '{"error":"misdirected"}');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname === '/api/call') {
        if (req.method !== 'POST') return send(res, 405, '{"error":"method"}');
        const auth = req.headers.authorization?.replace(/^Bearer /, '');
        if (!tokenMatches(auth, token)) return send(res, 401, '{"error":"token"}');
        const body = await readBody(req, maxBody);
        if (body === null) return send(res, 413, '{"error":"too-large"}');
        let envelope: unknown;
        try {
          envelope = JSON.parse(body);
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'not JSON' } }));
        }
        const result = await options.app.dispatcher.call(envelope);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '{"error":"method"}');
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      const file = normalize(join(staticRoot, relative));
      if (!file.startsWith(staticRoot + sep)) return send(res, 404, 'not found', 'text/plain');
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch {
        return send(res, 404, 'not found', 'text/plain');
      }
      res.writeHead(200, {
        'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy({ connectSrc: [`ws://${req.headers.host}`] }),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : content);
    } catch (error) {
      console.error('[bridge]', error);
      if (!res.headersSent) send(res, 500, '{"error":"internal"}');
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBody });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (
      !hostAllowed(req.headers.host) ||
      url.pathname !== '/api/events' ||
      !tokenMatches(url.searchParams.get('token'), token)
    ) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, options.app));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    // 'localhost' may resolve to ::1 only; browser mode promises 127.0.0.1.
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host === 'localhost' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
