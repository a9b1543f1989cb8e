// Crash-harness parent: SIGKILLs the worker at each step of the checkout transaction in turn and at
// random moments, reopens the file after every kill and checks it (see checks.ts). A fresh copy of
// the shop is taken every `killsPerFile` kills so the checks stay fast as sales pile up.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommitStepHook } from '../../../main/services/checkout/commit';
import { nodeBundle } from '../node-bundle';
import { checkCrashDatabase, parseReported } from './checks';
import { buildCrashShop } from './scenario';

type Step = Parameters<CommitStepHook>[0];
export const CHECKOUT_STEPS: readonly Step[] = ['sale', 'lines', 'payments', 'stock', 'ledger', 'journal', 'print-job'];

export interface CrashCampaign {
  kills: number;
  stepKills: number;
  randomKills: number;
  salesReported: number;
  salesLost: number;
  faults: string[];
}

function runWorker(
  worker: string,
  db: string,
  env: Record<string, string>,
  randomKillMs: number | null,
): Promise<{ stdout: string; stderr: string; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [worker, db], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    // A worker that never dies would hang the campaign: kill it after 20 s and report it.
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (randomKillMs !== null && timer === undefined && stdout.startsWith('ready\n'))
        timer = setTimeout(() => child.kill('SIGKILL'), randomKillMs);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      resolve({ stdout, stderr, signal, code });
    });
  });
}

export async function runCrashCampaign(options: {
  kills: number;
  seed?: number;
  killsPerFile?: number;
  lanes?: number;
  log?: (line: string) => void;
}): Promise<CrashCampaign> {
  const dir = mkdtempSync(join(tmpdir(), 'till-crash-'));
  const template = join(dir, 'template.db');
  await buildCrashShop(template);
  const worker = nodeBundle('test/support/crash/worker.ts');
  const killsPerFile = options.killsPerFile ?? 25;
  let seed = options.seed ?? 20261124;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const result: CrashCampaign = { kills: 0, stepKills: 0, randomKills: 0, salesReported: 0, salesLost: 0, faults: [] };
  const lanes = Math.max(1, options.lanes ?? 2);
  // Kill i goes to lane i % lanes; each lane has its own file, so two kills run side by side.
  const lane = async (laneNo: number) => {
    const db = join(dir, `till-${laneNo}.db`);
    let laneKills = 0;
    for (let i = laneNo; i < options.kills; i += lanes) {
      if (laneKills++ % killsPerFile === 0) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
        copyFileSync(template, db);
      }
      // Even kills land on each checkout step in turn; odd kills at a random moment.
      const step = i % 2 === 0 ? CHECKOUT_STEPS[(i / 2) % CHECKOUT_STEPS.length] : undefined;
      const env: Record<string, string> = { TILL_CRASH_SEED: String(next(1_000_000) + 1) };
      if (step) {
        env.TILL_CRASH_STEP = step;
        env.TILL_CRASH_AFTER = String(next(5));
      }
      const run = await runWorker(worker, db, env, step ? null : 1 + next(60));
      result.kills++;
      if (step) result.stepKills++;
      else result.randomKills++;
      if (run.signal !== 'SIGKILL')
        result.faults.push(`kill ${i}: worker ended with ${run.code ?? run.signal}: ${run.stderr.slice(0, 300)}`);
      const reported = parseReported(run.stdout);
      result.salesReported += reported.length;
      const check = checkCrashDatabase(db, reported);
      result.salesLost += check.lost;
      for (const fault of check.faults) result.faults.push(`kill ${i} (${step ?? 'random'}): ${fault}`);
      if (result.kills % 100 === 0)
        options.log?.(`crash: ${result.kills} kills, ${result.salesReported} sales reported, ${result.salesLost} lost`);
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
  } finally {
    rmSync(worker, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
