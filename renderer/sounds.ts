// The till's three sounds, generated with the Web Audio API so no sound files ship: a high blip for
// a good scan, a low double buzz for a refusal, and a falling two-tone "dee-doo" for a bad read, so
// a cashier who is not looking can tell them apart. One audio context serves them all; it is
// suspended half a minute after the last sound, so an idle till keeps no audio stream running.

// The part of the Web Audio API used here, typed locally: this file is also type-checked (through
// its tests) by the Node project, which has no DOM types.
type Wave = 'sine' | 'square' | 'triangle';
interface AudioNodeLike {
  connect(destination: unknown): unknown;
}
interface ToneContext {
  readonly state: string;
  readonly currentTime: number;
  readonly destination: unknown;
  createOscillator(): AudioNodeLike & {
    type: Wave;
    frequency: { value: number };
    start(at: number): void;
    stop(at: number): void;
  };
  createGain(): AudioNodeLike & { gain: { value: number } };
  suspend(): Promise<void>;
  resume(): Promise<void>;
}

let context: ToneContext | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
/** Scans come seconds apart: stay awake between them (a restarting output clips the beep). */
const idleMs = 30_000;

type Tone = { frequency: number; start: number; length: number; wave: Wave; volume: number };

function play(tones: readonly Tone[]): void {
  try {
    const AudioContextClass = (globalThis as { AudioContext?: new () => ToneContext }).AudioContext;
    if (!AudioContextClass) return;
    context ??= new AudioContextClass();
    const ctx = context;
    // Also while a suspend is still under way (the state then still reads 'running').
    void ctx.resume();
    for (const { frequency, start, length, wave, volume } of tones) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = wave;
      osc.frequency.value = frequency;
      gain.gain.value = volume;
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(ctx.currentTime + start);
      osc.stop(ctx.currentTime + start + length);
    }
    clearTimeout(idle);
    idle = setTimeout(() => void ctx.suspend(), idleMs);
  } catch {
    // No audio device: the colours and messages still tell the outcomes apart.
  }
}

const tillSounds: Record<'good' | 'refused', readonly Tone[]> = {
  good: [{ frequency: 1200, start: 0, length: 0.08, wave: 'sine', volume: 0.08 }],
  refused: [
    { frequency: 220, start: 0, length: 0.15, wave: 'square', volume: 0.08 },
    { frequency: 220, start: 0.2, length: 0.15, wave: 'square', volume: 0.08 },
  ],
};

export function playTillSound(kind: 'good' | 'refused'): void {
  play(tillSounds[kind]);
}

export function playScanAgain(): void {
  play([
    { frequency: 880, start: 0, length: 0.1, wave: 'triangle', volume: 0.1 },
    { frequency: 587, start: 0.12, length: 0.1, wave: 'triangle', volume: 0.1 },
  ]);
}
