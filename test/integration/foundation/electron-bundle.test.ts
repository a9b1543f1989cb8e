// The Electron app cannot be launched here, but its bundle can be built: esbuild warns about what
// would break only inside it (import.meta is empty in CommonJS, so a data file was not found).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleElectron } from '../../../main/shell/electron-bundle';

describe('Electron bundle', () => {
  it('builds main and preload without a warning', async () => {
    const out = mkdtempSync(join(tmpdir(), 'till-electron-'));
    expect(await bundleElectron(out)).toEqual([]);
    const main = readFileSync(join(out, 'main.cjs'), 'utf8');
    expect(main).toContain('pathToFileURL(__filename)');
    expect(main).not.toMatch(/import_meta\d*\.url/);
  }, 60_000);
});
