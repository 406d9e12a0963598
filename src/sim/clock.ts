/**
 * The sim's notion of time: the injected `now()` plus an offset that the control API can
 * advance (`POST /_sim/clock`), so HTTP-only tests can fast-forward scripted lifecycles too.
 */
export class SimClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number) {}

  /** Milliseconds since the epoch. */
  nowMs(): number {
    return this.base() + this.offsetMs;
  }

  /** Unix seconds (the API's integer timestamps). */
  nowSec(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  /** Moves time forward (never backward). */
  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }
}

/** ms → Unix seconds. */
export function toSec(ms: number): number {
  return Math.floor(ms / 1000);
}
