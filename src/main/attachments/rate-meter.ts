/** Smoothed transfer rate (bytes/s): an exponential moving average over time, so one slow or fast read does not make the number jump. */
export interface RateMeter {
  /** Records that `bytes` have arrived in total (since the meter started); returns the current rate. */
  sample(bytes: number): number;
  readonly rate: number;
}

/**
 * `tauMs` is the time constant: a change in speed shows about 63 % after `tauMs`. Samples
 * closer than `minIntervalMs` are folded into the next one (no division by tiny intervals).
 */
export function createRateMeter(now: () => number, tauMs = 2000, minIntervalMs = 50): RateMeter {
  let lastTime = now();
  let lastBytes = 0;
  let rate = 0;
  let primed = false;
  return {
    get rate() {
      return rate;
    },
    sample(bytes) {
      const t = now();
      const dt = t - lastTime;
      if (dt < minIntervalMs) return rate;
      const instant = ((bytes - lastBytes) * 1000) / dt;
      rate = primed ? rate + (1 - Math.exp(-dt / tauMs)) * (instant - rate) : instant;
      primed = true;
      lastTime = t;
      lastBytes = bytes;
      return rate;
    },
  };
}
