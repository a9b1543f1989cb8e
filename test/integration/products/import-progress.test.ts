// A long import through the dispatcher reports its progress to a second call made while it runs
// (the screen polls `products:import-progress`), and reports nothing once it has finished.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import { withCheckDigit } from '../../../main/contract/barcode';
import { aTestApp, aUser, signIn } from '../../support/builders';

const rows = 3000;
const csv = [
  'streepjescode;naam;franse naam;categorie;eenheid;sociale prijs;referentieprijs;btw;in budget',
  ...Array.from(
    { length: rows },
    (_, i) => `${withCheckDigit(`54${String(i).padStart(10, '0')}`)};Product ${i};Produit ${i};;stuk;1,00;2,00;6;ja`,
  ),
].join('\r\n');

describe('import progress', () => {
  let app: App;
  let session: string;
  beforeAll(async () => {
    app = await aTestApp();
    session = await signIn(app, (await aUser(app, ['coordinator'])).id);
  });
  afterAll(async () => app?.close());

  it('is visible to a poll while the import runs', async () => {
    const seen: { active: boolean; done: number; total: number }[] = [];
    let finished = false;
    const importing = app.dispatcher
      .call({
        channel: 'products:import-products',
        input: { base64: Buffer.from(csv).toString('base64') },
        session,
      })
      .finally(() => {
        finished = true;
      });
    while (!finished) {
      const result = await app.dispatcher.call({ channel: 'products:import-progress', input: {}, session });
      if (result.ok) seen.push(result.value as (typeof seen)[number]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await importing;
    expect(result.ok && (result.value as { created: number }).created).toBe(rows);
    const partial = seen.filter((p) => p.active && p.total === rows && p.done > 0 && p.done < rows);
    expect(partial.length).toBeGreaterThan(0);
    const after = await app.dispatcher.call({ channel: 'products:import-progress', input: {}, session });
    expect(after.ok && after.value).toEqual({ active: false, done: 0, total: 0 });
  });
});
