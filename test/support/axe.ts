import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Runs axe-core in the page and returns the serious and critical accessibility violations as
// `impact:rule-id` strings, so a test can expect an empty list. The script is evaluated through the
// debugging protocol because the app's CSP (rightly) refuses an injected <script> tag.
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const scope = globalThis as unknown as {
      axe: { run: () => Promise<{ violations: { id: string; impact: string | null }[] }> };
    };
    return (await scope.axe.run()).violations.map((v) => `${v.impact ?? 'unknown'}:${v.id}`);
  });
  return found.filter((v) => v.startsWith('serious') || v.startsWith('critical'));
}
