// Two short, different sounds: a high blip for a good scan, a low double buzz for a refusal.
// Generated with the Web Audio API, so no sound files ship.
let context: AudioContext | null = null;

function tone(ctx: AudioContext, frequency: number, start: number, length: number): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = frequency;
  osc.type = frequency > 500 ? 'sine' : 'square';
  gain.gain.value = 0.08;
  osc.connect(gain).connect(ctx.destination);
  osc.start(ctx.currentTime + start);
  osc.stop(ctx.currentTime + start + length);
}

export function playTillSound(kind: 'good' | 'refused'): void {
  try {
    context ??= new AudioContext();
    if (kind === 'good') tone(context, 1200, 0, 0.08);
    else {
      tone(context, 220, 0, 0.15);
      tone(context, 220, 0.2, 0.15);
    }
  } catch {
    // No audio device: the colours still tell the two apart.
  }
}
