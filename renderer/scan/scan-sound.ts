// The bad-read sound: a falling two-tone "dee-doo", unlike the till's high blip (good) and low
// double buzz (refused), so a cashier who is not looking knows to scan the item again.
let context: AudioContext | null = null;

export function playScanAgain(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    for (const [frequency, start] of [
      [880, 0],
      [587, 0.12],
    ] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'triangle';
      osc.frequency.value = frequency;
      gain.gain.value = 0.1;
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + start);
      osc.stop(ctx.currentTime + start + 0.1);
    }
  } catch {
    // No audio device: the "scan again" message still shows.
  }
}
