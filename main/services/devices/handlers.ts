// Channel handlers for the device screen, the health badge and the waiting-receipts list.

import { shelfLabelsDocument } from '../../../hardware/printer/shelf-labels';
import { testReceipt } from '../../../hardware/printer/test-receipt';
import type { Handlers } from '../../api/dispatcher';
import { TillError } from '../../api/errors';
import { audit } from '../audit';
import type { Settings } from '../settings';
import { listHid, listSerialPorts } from './drivers';
import type { DeviceHub } from './hub';
import { readDeviceSettings, saveDeviceSettings } from './settings';

type DeviceChannel =
  | 'devices:list-hid'
  | 'devices:list-serial-ports'
  | 'devices:get-settings'
  | 'devices:save-settings'
  | 'devices:test-print'
  | 'devices:get-health'
  | 'devices:simulate-printer-fault'
  | 'devices:simulate-scan'
  | 'print:list-waiting'
  | 'print:retry-job'
  | 'print:skip-job'
  | 'print:reprint-sale'
  | 'print:shelf-labels';

export function deviceHandlers({
  hub,
  settings,
}: {
  hub: DeviceHub;
  settings: () => Settings;
}): Pick<Handlers, DeviceChannel> {
  const db = hub.queue.db;
  const simulatedOnly = () =>
    new TillError('refused', 'devices-not-simulated', 'only the simulated hardware can be driven from here');
  return {
    // In simulated mode the machine's own devices are not offered: the fakes are in use anyway.
    'devices:list-hid': async () => (hub.fakePrinter ? [] : listHid().catch(() => [])),
    'devices:list-serial-ports': async () => (hub.fakePrinter ? [] : listSerialPorts().catch(() => [])),
    'devices:get-settings': () => readDeviceSettings(db),
    'devices:save-settings': async (input, ctx) => {
      await saveDeviceSettings(db, input);
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'devices.save-settings',
        entity: 'settings',
        details: { printer: input.printer.kind, scanner: input.scanner.kind },
      });
      // Awaited: the hub runs restarts one after another, so two saves at once never leave two print
      // workers (each printing every receipt). A device that cannot be opened is not an error of the
      // save: the settings are kept and the health screen shows the device as not reachable.
      await hub.restart().catch((error: unknown) => console.error('[till] devices: restart failed', error));
      return { ok: true };
    },
    'devices:test-print': async (_input, ctx) => {
      const s = hub.settings ?? (await readDeviceSettings(db));
      const doc = testReceipt(settings().shopName, { columns: s.columns, codePage: s.codePage }, ctx.user?.language);
      const jobId = await hub.queue.enqueue('test', doc);
      hub.wake();
      return { jobId };
    },
    'devices:get-health': () => hub.health(),
    'devices:simulate-printer-fault': ({ fault }) => {
      if (!hub.simulateFault(fault)) throw simulatedOnly();
      return { ok: true };
    },
    'devices:simulate-scan': ({ code }) => {
      if (!hub.fakeScanner) throw simulatedOnly();
      hub.fakeScanner.scan(code);
      return { ok: true };
    },
    'print:list-waiting': () => hub.queue.waiting(),
    'print:retry-job': async ({ jobId }) => {
      if (!(await hub.queue.isPending(jobId)))
        throw new TillError('not-found', 'print-job-not-waiting', 'no such waiting job');
      hub.wake();
      return { ok: true };
    },
    'print:skip-job': async ({ jobId }, ctx) => {
      if (!(await hub.queue.skip(jobId)))
        throw new TillError('not-found', 'print-job-not-waiting', 'no such waiting job');
      await audit(db, {
        at: ctx.now,
        userId: ctx.user?.id ?? null,
        action: 'print.skip-job',
        entity: 'print_job',
        entityId: jobId,
        details: {},
      });
      hub.wake();
      return { ok: true };
    },
    'print:shelf-labels': async ({ productIds }, ctx) => {
      const rows = await db
        .selectFrom('products')
        .select(['id', 'name_nl', 'name_fr', 'social_price_cents', 'unit', 'barcode', 'store_code'])
        .where('id', 'in', productIds)
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missing = productIds.filter((id) => !byId.has(id));
      if (missing.length > 0)
        throw new TillError('not-found', 'product-not-found', 'no such product', { id: missing.join(', ') });
      const lang = ctx.user?.language ?? 'nl';
      // In the order asked for: the coordinator lists them shelf by shelf.
      const products = productIds.flatMap((id) => {
        const r = byId.get(id);
        if (!r) return [];
        const name = lang === 'fr' ? r.name_fr || r.name_nl : r.name_nl;
        return [{ name, priceCents: r.social_price_cents, unit: r.unit, code: r.barcode ?? r.store_code }];
      });
      const jobId = await hub.queue.enqueue('labels', shelfLabelsDocument(products, lang));
      hub.wake();
      return { jobId };
    },
    'print:reprint-sale': async ({ saleId }) => {
      const jobId = await hub.queue.reprintSale(saleId);
      if (jobId === undefined) throw new TillError('not-found', 'receipt-not-found', 'this sale has no receipt');
      hub.wake();
      return { jobId };
    },
  };
}
