import type { TimerHandle, TrackerClock } from './clock';

/**
 * Runs polls one at a time, now (a kick) or later (a timer), never two at once. Whether to
 * poll and when next is the owner's call: `mayPoll` gates kicks, `schedule` sets the timer.
 */
export class PollLoop {
  private timer: TimerHandle | null = null;
  private inFlight: Promise<void> | null = null;
  private pendingKick: Promise<void> | null = null;
  private kicksHeldUntilMs = 0;

  /** `poll` must never reject. */
  constructor(
    private readonly clock: TrackerClock,
    private readonly mayPoll: () => boolean,
    private readonly poll: () => Promise<void>,
  ) {}

  /**
   * Polls now, unless `mayPoll()` says no or kicks are held. While a poll is in flight, one more
   * poll follows it (kicks coalesce): the event behind the kick may have come after that poll's
   * request. Resolves when the poll is done.
   */
  kick(): Promise<void> {
    if (this.inFlight) {
      this.pendingKick ??= this.inFlight.then(() => {
        this.pendingKick = null;
        return this.kickNow();
      });
      return this.pendingKick;
    }
    return this.kickNow();
  }

  /** Polls now unless one is in flight or queued: then resolves with that one (a user's refresh). */
  join(): Promise<void> {
    return this.pendingKick ?? this.inFlight ?? this.kickNow();
  }

  /** Resolves when no poll is running or queued. */
  async idle(): Promise<void> {
    while (this.inFlight || this.pendingKick) await (this.pendingKick ?? this.inFlight);
  }

  /** Kicks do nothing before `untilMs` (a server-requested Retry-After); the timer still fires. */
  holdKicksUntil(untilMs: number): void {
    this.kicksHeldUntilMs = untilMs;
  }

  /** The next poll runs in `delayMs`, replacing any scheduled one. */
  schedule(delayMs: number): void {
    this.cancel();
    this.timer = this.clock.setTimeout(() => this.run(), delayMs);
  }

  /** Drops the scheduled poll (one in flight finishes). */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private kickNow(): Promise<void> {
    if (!this.mayPoll()) return Promise.resolve();
    if (this.clock.now() < this.kicksHeldUntilMs) return Promise.resolve();
    this.cancel();
    return this.run();
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.timer = null;
    const p = this.poll().finally(() => {
      this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }
}
