/** An opaque timer handle (Node's Timeout, or a fake clock's number). */
export type TimerHandle = unknown;

/**
 * Time as the tracker sees it. Injected so tests and the benchmark drive an hour of polling in
 * fake time. A timer callback may return a promise: a fake clock awaits it before moving time
 * on, so a tick's real HTTP happens "instantly" in fake time.
 */
export interface TrackerClock {
  now(): number;
  setTimeout(fn: () => unknown, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock. */
export const systemClock: TrackerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(() => void fn(), ms);
    // A pending poll must never keep a CLI process or a test runner alive.
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
