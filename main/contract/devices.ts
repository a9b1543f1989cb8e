// Scanner and printer settings, health and the print queue, as the device screen and the till see them.
// Self-contained (zod only) so the renderer can import it without the hardware layer.
import { z } from 'zod';
import { channel } from './define';

export const scannerSettingsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('hid'),
    vendorId: z.number().int().min(0).max(0xffff),
    productId: z.number().int().min(0).max(0xffff),
    path: z.string().max(500).optional(),
    mode: z.enum(['hid-pos', 'keyboard']),
    layout: z.enum(['us', 'be', 'fr']).default('us'),
    terminator: z.enum(['enter', 'tab']).default('enter'),
  }),
]);
export type ScannerSettings = z.infer<typeof scannerSettingsSchema>;

export const printerSettingsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('serial'),
    path: z.string().trim().min(1).max(500),
    baudRate: z.number().int().positive().default(9600),
  }),
  z.object({
    kind: z.literal('tcp'),
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
]);
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;

export const deviceSettingsSchema = z.object({
  scanner: scannerSettingsSchema.default({ kind: 'none' }),
  printer: printerSettingsSchema.default({ kind: 'none' }),
  columns: z.union([z.literal(48), z.literal(32)]).default(48),
  codePage: z.enum(['cp858', 'wpc1252']).default('cp858'),
});
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

export const printerHealthSchema = z.object({
  /** No printer configured, or it has not answered yet. */
  configured: z.boolean(),
  reachable: z.boolean(),
  online: z.boolean(),
  paperOut: z.boolean(),
  paperNearEnd: z.boolean(),
  coverOpen: z.boolean(),
});
export type PrinterHealth = z.infer<typeof printerHealthSchema>;

export const deviceHealthSchema = z.object({
  /** The fakes are in use (browser mode, practice, tests). */
  simulated: z.boolean(),
  scanner: z.object({ configured: z.boolean(), connected: z.boolean(), name: z.string().optional() }),
  printer: printerHealthSchema,
  waitingJobs: z.number().int(),
});
export type DeviceHealth = z.infer<typeof deviceHealthSchema>;

export const waitingJobSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['receipt', 'z-report', 'labels', 'test']),
  createdAt: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  isCopy: z.boolean(),
  saleId: z.number().int().nullable(),
  /** The number on the receipt (sales.number), which the cashier knows; the job id means nothing to them. */
  saleNumber: z.number().int().nullable(),
});
export type WaitingJob = z.infer<typeof waitingJobSchema>;

export const printerFaults = ['paper-out', 'cover-open', 'offline', 'port-closed', 'clear'] as const;

const jobInput = z.object({ jobId: z.number().int().positive() });

export const deviceChannels = {
  'devices:list-hid': channel({
    input: z.object({}),
    output: z.array(
      z.object({
        path: z.string(),
        vendorId: z.number().int(),
        productId: z.number().int(),
        product: z.string().optional(),
        mode: z.enum(['hid-pos', 'keyboard']),
      }),
    ),
    access: ['coordinator'],
  }),
  'devices:list-serial-ports': channel({
    input: z.object({}),
    output: z.array(z.object({ path: z.string(), manufacturer: z.string().optional() })),
    access: ['coordinator'],
  }),
  'devices:get-settings': channel({ input: z.object({}), output: deviceSettingsSchema, access: ['coordinator'] }),
  'devices:save-settings': channel({
    input: deviceSettingsSchema,
    output: z.object({ ok: z.literal(true) }),
    access: ['coordinator'],
  }),
  'devices:test-print': channel({
    input: z.object({}),
    output: z.object({ jobId: z.number().int() }),
    access: ['coordinator'],
  }),
  'devices:get-health': channel({
    input: z.object({}),
    output: deviceHealthSchema,
    access: ['cashier', 'social-worker', 'coordinator'],
  }),
  'devices:simulate-printer-fault': channel({
    input: z.object({ fault: z.enum(printerFaults) }),
    output: z.object({ ok: z.literal(true) }),
    access: ['coordinator'],
  }),
  'devices:simulate-scan': channel({
    input: z.object({ code: z.string().min(1).max(100) }),
    output: z.object({ ok: z.literal(true) }),
    access: ['coordinator'],
  }),
  'print:list-waiting': channel({
    input: z.object({}),
    output: z.array(waitingJobSchema),
    access: ['cashier', 'coordinator'],
  }),
  'print:retry-job': channel({
    input: jobInput,
    output: z.object({ ok: z.literal(true) }),
    access: ['cashier', 'coordinator'],
  }),
  'print:skip-job': channel({
    input: jobInput,
    output: z.object({ ok: z.literal(true) }),
    access: ['cashier', 'coordinator'],
  }),
  'print:shelf-labels': channel({
    input: z.object({ productIds: z.array(z.number().int().positive()).min(1).max(200) }),
    output: z.object({ jobId: z.number().int() }),
    access: ['coordinator'],
  }),
  'print:reprint-sale': channel({
    input: z.object({ saleId: z.number().int().positive() }),
    output: z.object({ jobId: z.number().int() }),
    access: ['cashier', 'coordinator'],
  }),
};
