// 100 SIGKILLs of a worker committing sales through the real commitSale — at each checkout step in
// turn and at random moments — and after every one the file is whole: no reported sale lost.
import { describe, expect, it } from 'vitest';
import { runCrashCampaign } from '../../support/crash/parent';

describe('crash harness', () => {
  it('loses no committed sale over 100 kills', async () => {
    const result = await runCrashCampaign({ kills: 100, seed: 9 });
    console.log(
      `crash: ${result.kills} kills (${result.stepKills} at checkout steps, ${result.randomKills} random), ` +
        `${result.salesReported} sales reported, ${result.salesLost} lost`,
    );
    expect(result.faults).toEqual([]);
    expect(result.salesLost).toBe(0);
    expect(result.kills).toBe(100);
    expect(result.salesReported).toBeGreaterThan(50);
  }, 170_000);
});
