import type { TimerHandle, TrackerClock } from './clock';

interface Timer {
  id: number;
  dueMs: number;
  fn: () => unknown;
}

/**
 * A clock that moves only when told to, for tests and the polling benchmark. `advanceTo` fires
 * due timers in time order and awaits each callback (a tracker poll doing real HTTP), so time
 * stands still while the work runs: an hour of polling takes seconds, and delays are measured
 * in fake seconds, exactly.
 */
export class FakeClock implements TrackerClock {
  private nowMs: number;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  constructor(startMs: number) {
    this.nowMs = startMs;
  }

  now = (): number => this.nowMs;

  setTimeout = (fn: () => unknown, ms: number): TimerHandle => {
    const id = this.nextId++;
    this.timers.set(id, { id, dueMs: this.nowMs + Math.max(0, ms), fn });
    return id;
  };

  clearTimeout = (handle: TimerHandle): void => {
    this.timers.delete(handle as number);
  };

  /** A promise-based sleep on this clock (resolves when time is advanced past it). */
  sleep = (ms: number): Promise<void> => new Promise((resolve) => this.setTimeout(resolve, ms));

  /** Timers waiting to fire. */
  pendingTimers(): number {
    return this.timers.size;
  }

  /** When the next timer is due, or null. */
  nextDueMs(): number | null {
    let best: Timer | undefined;
    for (const t of this.timers.values()) if (!best || t.dueMs < best.dueMs || (t.dueMs === best.dueMs && t.id < best.id)) best = t;
    return best ? best.dueMs : null;
  }

  /** Fires every timer due up to `targetMs` (including ones those callbacks set), in order. */
  async advanceTo(targetMs: number): Promise<void> {
    for (;;) {
      let next: Timer | undefined;
      for (const t of this.timers.values()) {
        if (t.dueMs > targetMs) continue;
        if (!next || t.dueMs < next.dueMs || (t.dueMs === next.dueMs && t.id < next.id)) next = t;
      }
      if (!next) break;
      this.timers.delete(next.id);
      this.nowMs = Math.max(this.nowMs, next.dueMs);
      await next.fn();
    }
    this.nowMs = Math.max(this.nowMs, targetMs);
  }

  advanceBy(ms: number): Promise<void> {
    return this.advanceTo(this.nowMs + ms);
  }
}
