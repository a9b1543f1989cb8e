// `till print-test --port PATH`: prints the test receipt through the real encoder and serial
// transport and reports what the printer says, for setting a printer up from a terminal.
import { z } from 'zod';
import { codePageSchema } from '../../hardware/printer/code-pages';
import { encodeReceipt } from '../../hardware/printer/escpos-encoder';
import { EscPosPrinter } from '../../hardware/printer/escpos-printer';
import { describeStatus, isReadyToPrint, type PrinterStatus } from '../../hardware/printer/status';
import { testReceipt } from '../../hardware/printer/test-receipt';
import { CliError, EXIT_CANNOT_RUN, EXIT_FAULTS, EXIT_OK, parseFlags, requireFlag } from './command';

const optionsSchema = z.object({
  baud: z.coerce.number().int().positive().default(9600),
  columns: z
    .union([z.literal('48'), z.literal('32')])
    .default('48')
    .transform(Number)
    .pipe(z.union([z.literal(48), z.literal(32)])),
  codepage: codePageSchema.default('cp858'),
  shop: z.string().min(1).default('Sociale kruidenier'),
});

const show = (status: PrinterStatus) =>
  status.reachable
    ? `${describeStatus(status)} (online ${status.online}, paper end ${status.paperEnd}, near end ${status.paperNearEnd}, cover open ${status.coverOpen})`
    : describeStatus(status);

export async function runPrintTest(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    port: { type: 'string' },
    baud: { type: 'string' },
    columns: { type: 'string' },
    codepage: { type: 'string' },
    shop: { type: 'string' },
  });
  const path = requireFlag(flags.port, 'port');
  const parsed = optionsSchema.safeParse({
    baud: flags.baud,
    columns: flags.columns,
    codepage: flags.codepage,
    shop: flags.shop,
  });
  if (!parsed.success) throw new CliError(`bad option: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const { baud, columns, codepage, shop } = parsed.data;
  // Loaded here so other commands never load the native serial module.
  const { SerialTransport } = await import('../../hardware/printer/serial-transport');
  const transport = new SerialTransport({ path, baudRate: baud });
  try {
    await transport.open();
  } catch (error) {
    console.error(`cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_CANNOT_RUN;
  }
  const printer = new EscPosPrinter(transport);
  try {
    const before = await printer.status();
    console.log(`before: ${show(before)}`);
    if (!isReadyToPrint(before)) {
      console.error(`printer not ready: ${describeStatus(before)}`);
      return EXIT_FAULTS;
    }
    const bytes = encodeReceipt(testReceipt(shop, { columns, codePage: codepage }), { columns, codePage: codepage });
    await printer.print(bytes);
    const after = await printer.status();
    console.log(`after: ${show(after)}`);
    console.log(`sent ${bytes.length} bytes (${columns} columns, ${codepage}, ${baud} baud)`);
    if (!isReadyToPrint(after)) {
      console.error(`printer reported a fault: ${describeStatus(after)}`);
      return EXIT_FAULTS;
    }
    return EXIT_OK;
  } catch (error) {
    console.error(`printing failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAULTS;
  } finally {
    await printer.close();
  }
}
