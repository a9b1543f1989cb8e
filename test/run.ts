// `npm test`: typecheck, lint, then the unit, integration and e2e suites in one Vitest run; ends
// with one line `N passed, N failed` summing every check and test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer } from '../main/shell/browser-mode';

const root = process.cwd();
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);

let passed = 0;
let failed = 0;

interface Check {
  name: string;
  command: string;
  args: string[];
}

/** Runs the checks side by side (each mostly waits on one core) and prints each one's output whole. */
async function runChecks(checks: readonly Check[]): Promise<void> {
  const results = await Promise.all(
    checks.map(
      ({ command, args }) =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          const child = spawn(command, args, { cwd: root });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString('utf8');
          });
          child.stderr.on('data', (chunk: Buffer) => {
            output += chunk.toString('utf8');
          });
          child.on('close', (code) => resolve({ code, output }));
          child.on('error', (error) => resolve({ code: null, output: String(error) }));
        }),
    ),
  );
  checks.forEach((check, index) => {
    const result = results[index];
    console.log(`\n== ${check.name} ==`);
    if (result?.output) process.stdout.write(result.output);
    if (result?.code === 0) passed++;
    else {
      failed++;
      console.log(`!! ${check.name} failed`);
    }
  });
}

if (extraArgs.length === 0) {
  await runChecks([
    { name: 'typecheck (main, db, hardware, test)', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
    { name: 'typecheck (renderer)', command: bin('tsc'), args: ['-p', 'renderer/tsconfig.json', '--noEmit'] },
    { name: 'lint', command: bin('biome'), args: ['check', '--colors=off', '.'] },
  ]);
}

console.log('\n== build renderer for e2e ==');
buildRenderer();

console.log('\n== vitest: unit, integration, e2e ==');
const report = join(results, 'vitest.json');
rmSync(report, { force: true }); // a report left by an earlier run must never be counted
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, TILL_RENDERER_BUILT: '1' },
  },
);
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    numFailedTestSuites: number;
  };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no failed test but a failed suite: count it.
  if (json.numFailedTests === 0 && vitest.status !== 0) failed += Math.max(1, json.numFailedTestSuites);
} catch {
  failed++;
  console.log('!! vitest produced no report');
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(results, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exitCode = failed === 0 ? 0 : 1;
