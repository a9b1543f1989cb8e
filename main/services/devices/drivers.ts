// Builds the real drivers from the coordinator's settings. The native modules (node-hid,
// serialport) are imported lazily so browser mode and tests never load them.
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer';
import type { ReceiptPrinter } from '../../../hardware/printer/printer';
import { TcpTransport } from '../../../hardware/printer/tcp-transport';
import type { BarcodeScanner } from '../../../hardware/scanner/scanner';
import type { PrinterSettings, ScannerSettings } from '../../contract/devices';

export async function realPrinter(settings: PrinterSettings): Promise<ReceiptPrinter | undefined> {
  switch (settings.kind) {
    case 'none':
      return undefined;
    case 'serial': {
      const { SerialTransport } = await import('../../../hardware/printer/serial-transport');
      return new EscPosPrinter(new SerialTransport({ path: settings.path, baudRate: settings.baudRate }));
    }
    case 'tcp':
      return new EscPosPrinter(new TcpTransport({ host: settings.host, port: settings.port }));
    default:
      return settings satisfies never;
  }
}

export async function realScanner(settings: ScannerSettings): Promise<BarcodeScanner | undefined> {
  switch (settings.kind) {
    case 'none':
      return undefined;
    case 'hid': {
      const { createHidScanner } = await import('../../../hardware/scanner/node-hid-driver');
      const selection = { vendorId: settings.vendorId, productId: settings.productId };
      return createHidScanner({
        selection: settings.path ? { ...selection, path: settings.path } : selection,
        mode: settings.mode,
        layout: settings.layout,
        terminator: settings.terminator,
      });
    }
    default:
      return settings satisfies never;
  }
}

export async function listHid() {
  const { nodeHidModule } = await import('../../../hardware/scanner/node-hid-driver');
  const { discoverScanners } = await import('../../../hardware/scanner/hid-module');
  const found = await discoverScanners(nodeHidModule);
  return found.map((d) => ({
    path: d.path,
    vendorId: d.vendorId,
    productId: d.productId,
    mode: d.mode,
    ...(d.product ? { product: d.product } : {}),
  }));
}

export async function listSerialPorts() {
  const { listSerialPorts: list } = await import('../../../hardware/printer/serial-transport');
  return list();
}
