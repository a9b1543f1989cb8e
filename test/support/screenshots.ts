import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Screenshots land in test-results/screenshots (ignored by git) for a person to look at. */
export function screenshotPath(name: string): string {
  const dir = join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
