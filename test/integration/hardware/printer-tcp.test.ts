// The same printer behaviour over the TCP port-9100 transport, with the emulator behind a local
// socket server (the port is picked by the OS, so tests run in parallel safely).
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach } from 'vitest';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer';
import { TcpTransport } from '../../../hardware/printer/tcp-transport';
import { PrinterEmulator } from '../../support/printer-emulator/emulator';
import { printerBehaviour } from '../../support/printer-emulator/printer-behaviour';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

printerBehaviour('TCP 9100 transport to a network printer', async () => {
  const emulator = new PrinterEmulator();
  const sockets = new Set<Socket>();
  const serve = () =>
    createServer((socket) => {
      sockets.add(socket);
      socket.on('data', (chunk) => {
        const replies = emulator.receive(chunk);
        if (replies.length > 0) socket.write(Uint8Array.from(replies));
      });
      socket.on('close', () => sockets.delete(socket));
    });
  let server = serve();
  const port = await listen(server);
  const closeServer = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const printer = new EscPosPrinter(new TcpTransport({ host: '127.0.0.1', port, connectTimeoutMs: 500 }), {
    statusMs: 300,
  });
  cleanups.push(async () => {
    await printer.close();
    if (server.listening) await closeServer();
  });
  return {
    printer,
    inject: async (fault) => {
      if (fault === 'port-closed') await closeServer();
      else emulator.inject(fault);
    },
    clear: async () => {
      emulator.clear();
      if (!server.listening) {
        server = serve();
        await listen(server, port);
      }
    },
    printedReceipts: async () => emulator.receipts.map((r) => r.lines),
    drawerKicks: async () => emulator.drawerKicks,
  };
});
