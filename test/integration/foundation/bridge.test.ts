// Browser mode's door: loopback only, the per-launch token, the Host header, the same dispatcher.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge } from '../../../main/bridge/server';
import { rendererDist } from '../../../main/shell/paths';
import { startTestServer, type TestServer } from '../../support/browser-mode';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.bridge.port, path, method: 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (c) => {
        data += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const call = JSON.stringify({ channel: 'setup:get-status', input: {} });

describe('browser bridge', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('answers a call with the right token', async () => {
    const res = await post('/api/call', call, {
      authorization: `Bearer ${server.bridge.token}`,
      host: `127.0.0.1:${server.bridge.port}`,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { needsFirstCoordinator: true } });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await post('/api/call', call, { host: `127.0.0.1:${server.bridge.port}` })).status).toBe(401);
    expect(
      (await post('/api/call', call, { authorization: 'Bearer nope', host: `127.0.0.1:${server.bridge.port}` })).status,
    ).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await post('/api/call', call, {
      authorization: `Bearer ${server.bridge.token}`,
      host: 'evil.example:80',
    });
    expect(res.status).toBe(421);
  });

  it('answers malformed JSON with a refusal, not a crash', async () => {
    const res = await post('/api/call', '{not json', {
      authorization: `Bearer ${server.bridge.token}`,
      host: `127.0.0.1:${server.bridge.port}`,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await fetch(`http://127.0.0.1:${server.bridge.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const outside = await fetch(`http://127.0.0.1:${server.bridge.port}/..%2f..%2fpackage.json`);
    expect(outside.status).toBe(404);
  });

  describe('calls over the WebSocket', () => {
    const open = async (token = server.bridge.token) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.bridge.port}/api/events?token=${token}`);
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      return ws;
    };
    const answer = (ws: WebSocket) =>
      new Promise<{ id: number; result: unknown }>((resolve) =>
        ws.once('message', (data) => resolve(JSON.parse(String(data)))),
      );

    it('answers a numbered call with the same result as HTTP', async () => {
      const ws = await open();
      const reply = answer(ws);
      ws.send(JSON.stringify({ id: 7, channel: 'setup:get-status', input: {} }));
      expect(await reply).toMatchObject({ id: 7, result: { ok: true, value: { needsFirstCoordinator: true } } });
      const refused = answer(ws);
      ws.send(JSON.stringify({ id: 8, channel: 'till:get-state', input: {} }));
      expect(await refused).toMatchObject({ id: 8, result: { ok: false, error: { code: 'not-signed-in' } } });
      ws.close();
    });

    it('closes on a frame that is not a numbered call, and answers nothing', async () => {
      const ws = await open();
      const closed = new Promise<number>((resolve) => ws.once('close', resolve));
      const messages: unknown[] = [];
      ws.on('message', (m) => messages.push(m));
      ws.send('{"channel":"setup:get-status"}');
      expect(await closed).toBe(1007);
      expect(messages).toEqual([]);
    });

    it('survives a frame over the size limit or not UTF-8: that socket closes, the till keeps answering', async () => {
      const small = await startBridge({ app: server.app, staticDir: rendererDist, maxBodyBytes: 1024 });
      try {
        const url = (token: string) => `ws://127.0.0.1:${small.port}/api/events?token=${token}`;
        for (const frame of ['x'.repeat(4096), Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]) {
          const ws = new WebSocket(url(small.token));
          await new Promise((resolve) => ws.once('open', resolve));
          const closed = new Promise<number>((resolve) => ws.once('close', resolve));
          ws.on('error', () => undefined);
          ws.send(frame, { binary: false });
          expect([1007, 1009]).toContain(await closed);
        }
        const ws = new WebSocket(url(small.token));
        await new Promise((resolve) => ws.once('open', resolve));
        const reply = answer(ws);
        ws.send(JSON.stringify({ id: 1, channel: 'setup:get-status', input: {} }));
        expect(await reply).toMatchObject({ id: 1, result: { ok: true } });
        ws.close();
      } finally {
        await small.close();
      }
    });

    it('refuses the socket without the launch token', async () => {
      await expect(open('nope')).rejects.toThrow();
    });
  });
});
