// till.scan-to-paint: in Chromium, through the real browser bridge (the till's main process in its
// own Node process, see till-paint-server.ts), from the scan's terminating Enter keydown to the first
// animation frame after the new line is in the DOM. Measured inside the page: a capturing keydown
// listener stamps the Enter, a MutationObserver sees the new row, and requestAnimationFrame stamps
// the frame that paints it. The bridge's answer is stamped too, to tell transport from rendering.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { ensureRenderer } from '../support/browser-mode';
import { launchChromium } from '../support/chromium';
import { type Benchmark, type BenchResult, percentile, round } from './harness';
import type { PaintFixture } from './till-paint-server';

type Sample = { answer?: number; dom: number; paint: number };

async function startServer(): Promise<{ fixture: PaintFixture; stop: () => void }> {
  ensureRenderer();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/till-paint-server.ts'], {
    env: { ...process.env, TILL_RENDERER_BUILT: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { fixture: JSON.parse(first) as PaintFixture, stop: () => child.stdin.end() };
}

// Page code as text: this project's Node typecheck has no DOM types.
const instrument = `
  window.paintSamples = [];
  let watching = null;
  const sent = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const sample = window.currentSample;
    if (sample && sample.answer === undefined) {
      this.addEventListener('message', () => { sample.answer ??= performance.now() - sample.start; }, { once: true });
    }
    return sent.call(this, data);
  };
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !e.target || e.target.id !== 'till-code') return;
    // A card scan adds no line: its watcher must not time the next scan's line as its own.
    watching?.disconnect();
    const body = document.querySelector('.till-lines tbody');
    if (!body) return;
    const sample = { start: performance.now() };
    window.currentSample = sample;
    const rows = body.children.length;
    watching = new MutationObserver(() => {
      if (body.children.length <= rows) return;
      watching.disconnect();
      sample.dom = performance.now() - sample.start;
      requestAnimationFrame(() => {
        sample.paint = performance.now() - sample.start;
        window.paintSamples.push(sample);
        window.onPaintSample?.();
      });
    });
    watching.observe(body, { childList: true });
  }, true);
`;

/** Enter to the first frame after a row added synchronously in the keydown handler, 100 times. */
async function frameFloor(page: Page): Promise<number[]> {
  await page.evaluate(`
    window.floorSamples = [];
    const field = document.createElement('input');
    field.id = 'paint-floor';
    const list = document.createElement('ul');
    document.body.prepend(field, list);
    field.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const start = performance.now();
      list.append(document.createElement('li'));
      requestAnimationFrame(() => window.floorSamples.push(performance.now() - start));
    });
    field.focus();
  `);
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(30 + (i % 7));
  }
  const samples = (await page.evaluate('window.floorSamples')) as number[];
  return samples.sort((a, b) => a - b);
}

async function scanToPaint(): Promise<BenchResult> {
  const { fixture, stop } = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(fixture.url);
    await page.getByRole('button', { name: 'Bench Kassier' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('1357');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: /Kassa/ }).click();
    await page.getByLabel('€ 50,00').fill('1');
    await page.getByRole('button', { name: 'Shift openen' }).click();
    const field = page.locator('#till-code');
    await field.waitFor();
    await page.evaluate(instrument);
    // Typed like a keyboard-wedge scanner into the focused scan field, without Playwright's
    // per-action element checks, which would compete with the till for this machine's two cores.
    const scan = async (code: string) => {
      await page.keyboard.insertText(code);
      await page.keyboard.press('Enter');
    };
    // Resolves once `n` samples exist; set up before the scan, so no polling runs meanwhile.
    const sampled = (n: number) =>
      page.evaluate(`new Promise((resolve) => {
        const check = () => window.paintSamples.length >= ${n} && resolve(true);
        window.onPaintSample = check;
        check();
      })`);
    const perVisit = 10;
    const visits = 24;
    for (let v = 0; v < visits; v++) {
      await scan(fixture.card);
      await page.locator('.till-client').waitFor();
      for (let k = 0; k < perVisit; k++) {
        const painted = sampled(v * perVisit + k + 1);
        await scan(fixture.codes[(v * 7 + k) % fixture.codes.length] ?? '');
        await painted;
      }
      await page.keyboard.press('Escape');
      await page.locator('.till-lines tbody tr').first().waitFor({ state: 'detached' });
    }
    const floor = await frameFloor(page);
    // The first visits warm up the JIT, React and the connection.
    const samples = ((await page.evaluate('window.paintSamples')) as Sample[]).slice(perVisit * 4);
    const sorted = (pick: (s: Sample) => number | undefined) =>
      samples
        .map(pick)
        .filter((x): x is number => x !== undefined)
        .sort((a, b) => a - b);
    const paint = sorted((s) => s.paint);
    const dom = sorted((s) => s.dom);
    const answer = sorted((s) => s.answer);
    return {
      name: 'till.scan-to-paint',
      unit: 'ms',
      p50: round(percentile(paint, 50)),
      p95: round(percentile(paint, 95)),
      p99: round(percentile(paint, 99)),
      value: round(percentile(paint, 95)),
      goal: 16,
      // Enter to the bridge's answer in the page, and Enter to the row in the DOM (no frame wait).
      answerP50: round(percentile(answer, 50)),
      answerP95: round(percentile(answer, 95)),
      domP50: round(percentile(dom, 50)),
      domP95: round(percentile(dom, 95)),
      // The same measure for a line added in the Enter's own handler (no bridge, no React): what the
      // 60 Hz frame clock alone costs. The goal cannot be lower than this.
      floorP50: round(percentile(floor, 50)),
      floorP95: round(percentile(floor, 95)),
      scans: samples.length,
      load: round(loadavg()[0] ?? 0),
    };
  } finally {
    await browser.close();
    stop();
  }
}

export const benchmarks: Benchmark[] = [{ name: 'till.scan-to-paint', run: scanToPaint }];
