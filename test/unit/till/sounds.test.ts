// The three till sounds differ (a cashier not looking must tell them apart), and the audio context
// is suspended once they have played. A recording stand-in replaces the browser's AudioContext.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Played = { frequency: number; wave: string; at: number };

class RecordingAudioContext {
  static played: Played[] = [];
  static instances = 0;
  static last: RecordingAudioContext | undefined;
  state: 'running' | 'suspended' = 'running';
  currentTime = 0;
  destination = {};
  constructor() {
    RecordingAudioContext.instances++;
    RecordingAudioContext.last = this;
  }
  createGain() {
    return { gain: { value: 0 }, connect: (next: unknown) => next };
  }
  createOscillator() {
    const osc = {
      type: 'sine',
      frequency: { value: 0 },
      connect: (next: unknown) => next,
      start: (at: number) => RecordingAudioContext.played.push({ frequency: osc.frequency.value, wave: osc.type, at }),
      stop: () => undefined,
    };
    return osc;
  }
  async suspend() {
    this.state = 'suspended';
  }
  async resume() {
    this.state = 'running';
  }
}

async function freshSounds() {
  vi.resetModules();
  return import('../../../renderer/sounds');
}

describe('till sounds', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    RecordingAudioContext.played = [];
    RecordingAudioContext.instances = 0;
    vi.stubGlobal('AudioContext', RecordingAudioContext);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('plays a different pattern for a good scan, a refusal and a bad read', async () => {
    const sounds = await freshSounds();
    const pattern = (play: () => void) => {
      RecordingAudioContext.played = [];
      play();
      return JSON.stringify(RecordingAudioContext.played);
    };
    const good = pattern(() => sounds.playTillSound('good'));
    const refused = pattern(() => sounds.playTillSound('refused'));
    const again = pattern(() => sounds.playScanAgain());
    expect(new Set([good, refused, again]).size).toBe(3);
    expect(JSON.parse(refused)).toHaveLength(2);
    // One context for all of them.
    expect(RecordingAudioContext.instances).toBe(1);
  });

  it('suspends the audio context half a minute after the last sound, and wakes it for the next', async () => {
    const sounds = await freshSounds();
    const state = () => RecordingAudioContext.last?.state;
    sounds.playTillSound('good');
    vi.advanceTimersByTime(20_000);
    sounds.playTillSound('good');
    vi.advanceTimersByTime(20_000);
    // The second sound pushed the suspension back: still running 40 s after the first.
    expect(state()).toBe('running');
    vi.advanceTimersByTime(10_001);
    expect(state()).toBe('suspended');
    sounds.playScanAgain();
    expect(state()).toBe('running');
  });
});
