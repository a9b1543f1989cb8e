// The browser bridge's WebSocket: push events to the page, and carry calls both ways once it is open.
// A call over the open socket skips a new HTTP request per scan: on the 2-core test machine a
// fetch to loopback took p50 ~9 ms from Chromium, a round trip on the open socket ~2 ms.
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { App } from '../app';

/** What the page sends: one call of the contract, numbered so the answer finds its caller. */
const callFrameSchema = z.object({
  id: z.number().int().nonnegative(),
  // The dispatcher checks the envelope itself, as for an HTTP call.
  channel: z.unknown().optional(),
  input: z.unknown().optional(),
  session: z.unknown().optional(),
});

export function serveSocket(ws: WebSocket, app: App): void {
  const unsubscribe = app.events.subscribe((name, payload) => {
    ws.send(JSON.stringify({ event: name, payload }));
  });
  ws.on('close', unsubscribe);
  // A frame over the size limit, bad UTF-8 or a broken frame: ws closes the socket itself; without
  // a listener the error would be thrown and end the whole till process.
  ws.on('error', () => undefined);
  ws.on('message', (data, isBinary) => {
    // Frames that arrived before a close we started are not run: their answers could not be sent.
    if (ws.readyState !== ws.OPEN) return;
    if (isBinary) return ws.close(1003, 'text frames only');
    let frame: z.infer<typeof callFrameSchema>;
    try {
      frame = callFrameSchema.parse(JSON.parse(data.toString()));
    } catch {
      // Nothing to answer without an id; the page is broken or not ours.
      return ws.close(1007, 'malformed call');
    }
    const { id, channel, input, session } = frame;
    void app.dispatcher
      .call({ channel, input, session })
      .then((result) => ws.readyState === ws.OPEN && ws.send(JSON.stringify({ id, result })));
  });
}
