// The till's main process for till.scan-to-paint, in its own Node process as in real use: sharing
// the bench's event loop with Playwright's client would time Playwright, not the till. Prints one
// JSON line (bridge URL, a client card, product codes) and serves until its stdin closes.
import { withCheckDigit } from '../../main/contract/barcode';
import { startTestServer } from '../support/browser-mode';
import { aProduct, aUser } from '../support/builders';
import { aRuleSet } from '../support/rules-builders';
import { aShopper } from '../support/till-builders';

export interface PaintFixture {
  url: string;
  card: string;
  codes: string[];
}

const server = await startTestServer();
const app = server.app;
// A coordinator exists, so the till skips its first-run setup and shows the sign-in list.
await aUser(app, ['coordinator'], 'Bench Coördinator', '5678');
await aUser(app, ['cashier'], 'Bench Kassier', '1357');
await aRuleSet(app, { base: 100000, perAdult: 0, effectiveFrom: '2026-01-01' });
const { card } = await aShopper(app);
const codes: string[] = [];
for (let i = 0; i < 30; i++) {
  const barcode = withCheckDigit(`54100000${String(i).padStart(4, '0')}`);
  await aProduct(app, { socialCents: 100 + i, barcode, nameNl: `Product ${i}`, stock: 100000 });
  codes.push(barcode);
}
process.stdout.write(`${JSON.stringify({ url: server.bridge.url, card, codes } satisfies PaintFixture)}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
