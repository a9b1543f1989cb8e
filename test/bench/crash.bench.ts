// crash.sales-lost: 1,000 SIGKILLs of a worker committing sales (each checkout step in turn and
// random moments); value = committed-and-reported sales missing or not whole after reopen (goal 0).
import { runCrashCampaign } from '../support/crash/parent';
import type { Benchmark } from './harness';

export const benchmarks: Benchmark[] = [
  {
    name: 'crash.sales-lost',
    async run() {
      const kills = Number(process.env.TILL_CRASH_KILLS ?? '1000');
      const result = await runCrashCampaign({ kills, log: (line) => console.error(line) });
      for (const fault of result.faults.slice(0, 20)) console.error(`crash fault: ${fault}`);
      return {
        name: 'crash.sales-lost',
        unit: 'sales',
        value: result.salesLost,
        kills: result.kills,
        stepKills: result.stepKills,
        randomKills: result.randomKills,
        salesReported: result.salesReported,
        faults: result.faults.length,
      };
    },
  },
];
