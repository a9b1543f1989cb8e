// Benchmarks, not tests: each prints one JSON line { name, unit, p50, p95, p99, value, ratio }.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchResult {
  name: string;
  unit?: string;
  p50?: number;
  p95?: number;
  p99?: number;
  value?: number;
  ratio?: number;
  [extra: string]: string | number | undefined;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchResult | BenchResult[]>;
}

const root = process.cwd();
export const benchDir = join(root, '.bench');

/** The large demo database, built once (a few minutes) and reused by every later run. */
export function largeDemoDb(): string {
  const path = join(benchDir, 'large.db');
  if (existsSync(path)) return path;
  mkdirSync(benchDir, { recursive: true });
  const partial = join(benchDir, 'large.building.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  console.error('bench: building the large demo database once (.bench/large.db)…');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'main/cli/index.ts', 'init', '--db', partial, '--demo', 'large', '--seed', '1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      cwd: root,
    },
  );
  if (result.status !== 0) throw new Error('could not build the large demo database');
  renameSync(partial, path);
  return path;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Times `fn` `iterations` times after `warmup` runs; returns p50/p95/p99 in ms. */
export async function timeIt(
  name: string,
  fn: (i: number) => unknown,
  options: { iterations?: number; warmup?: number } = {},
): Promise<BenchResult> {
  const iterations = options.iterations ?? 1000;
  for (let i = 0; i < (options.warmup ?? Math.min(100, iterations)); i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    name,
    unit: 'ms',
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
  };
}

export { round };
