// `npm run bench [-- PREFIX]`: runs every benchmark (or those whose names start with PREFIX) and
// prints one JSON line per figure. Benchmarks are listed here explicitly.
import { benchmarks as crash } from './crash.bench';
import type { Benchmark } from './harness';
import { benchmarks as households } from './households.bench';
import { benchmarks as products } from './products.bench';
import { benchmarks as report } from './report.bench';
import { benchmarks as rules } from './rules.bench';
import { benchmarks as startup } from './startup.bench';
import { benchmarks as till } from './till.bench';
import { benchmarks as tillPaint } from './till-paint.bench';

const all: Benchmark[] = [...startup, ...crash, ...households, ...products, ...rules, ...report, ...till, ...tillPaint];

const prefix = process.argv[2] ?? '';
const chosen = all.filter((b) => b.name.startsWith(prefix) || prefix.startsWith(b.name));
if (chosen.length === 0) {
  console.error(`no benchmark starts with "${prefix}"; known: ${all.map((b) => b.name).join(', ')}`);
  process.exitCode = 2;
}
for (const bench of chosen) {
  const results = await bench.run();
  for (const result of Array.isArray(results) ? results : [results]) console.log(JSON.stringify(result));
}
