// `npm test`: typecheck, lint, then the unit, integration and e2e suites in one Vitest run; ends
// with one line `N passed, N failed` summing every check and test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer } from '../main/shell/browser-mode';

const root = process.cwd();
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);

let passed = 0;
let failed = 0;

function check(name: string, command: string, args: string[]): void {
  console.log(`\n== ${name} ==`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`!! ${name} failed`);
  }
}

if (extraArgs.length === 0) {
  check('typecheck (main, db, hardware, test)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  check('typecheck (renderer)', bin('tsc'), ['-p', 'renderer/tsconfig.json', '--noEmit']);
  check('lint', bin('biome'), ['check', '.']);
}

console.log('\n== build renderer for e2e ==');
buildRenderer();

console.log('\n== vitest: unit, integration, e2e ==');
const report = join(results, 'vitest.json');
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
