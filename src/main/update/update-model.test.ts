import { describe, expect, it } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  INITIAL_UPDATE_STATE,
  canCheckNow,
  checkDue,
  reduceUpdate,
  retryDelay,
  trayUpdateOffer,
  updateView,
} from './update-model';
import type { UpdateEvent, UpdateState } from './update-model';

const T0 = 1_700_000_000_000;
const run = (events: UpdateEvent[], from: UpdateState = INITIAL_UPDATE_STATE) => events.reduce(reduceUpdate, from);
const started = (off: UpdateState['off'] = null) => run([{ type: 'started', now: T0, off }]);

describe('when to check', () => {
  it('checks shortly after start, then a day after an answer', () => {
    const s = started();
    expect(s.nextCheckAt).toBe(T0 + FIRST_CHECK_DELAY_MS);
    expect(checkDue(s, T0)).toBe(false);
    expect(checkDue(s, T0 + FIRST_CHECK_DELAY_MS)).toBe(true);
    const answered = run([{ type: 'checkStarted' }, { type: 'upToDate', now: T0 + 20_000 }], s);
    expect(answered.nextCheckAt).toBe(T0 + 20_000 + CHECK_INTERVAL_MS);
    expect(answered.lastCheckedAt).toBe(T0 + 20_000);
    expect(checkDue(answered, T0 + 20_000 + CHECK_INTERVAL_MS - 1)).toBe(false);
    expect(checkDue(answered, T0 + 20_000 + CHECK_INTERVAL_MS)).toBe(true);
  });

  it.each([
    ['off in demo', 'demo'],
    ['off for a development run', 'unpackaged'],
    ['off when turned off', 'setting'],
    ['off for a package it cannot update', 'unsupported'],
  ] as const)('never checks when %s', (_, reason) => {
    const s = started(reason);
    expect(s.nextCheckAt).toBeNull();
    expect(checkDue(s, T0 + 10 * CHECK_INTERVAL_MS)).toBe(false);
    expect(canCheckNow(s)).toBe(false);
    expect(updateView(s, '1.0.0').status).toEqual({ kind: 'off', reason });
    // A check that starts anyway changes nothing.
    expect(reduceUpdate(s, { type: 'checkStarted' })).toBe(s);
  });

  it('does not check while checking, downloading or with an update ready', () => {
    const checking = run([{ type: 'checkStarted' }], started());
    const downloading = run([{ type: 'found', now: T0, version: '1.1.0' }], checking);
    const ready = run([{ type: 'downloaded', version: '1.1.0' }], downloading);
    for (const s of [checking, downloading, ready]) {
      expect(canCheckNow(s)).toBe(false);
      expect(checkDue(s, T0 + 100 * CHECK_INTERVAL_MS)).toBe(false);
    }
    expect(ready.nextCheckAt).toBeNull();
  });
});

describe('a failed check', () => {
  it('backs off 5, 10, 20 min … and never waits longer than a day', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(retryDelay(9)).toBe(1280 * 60_000);
    expect(retryDelay(10)).toBe(CHECK_INTERVAL_MS);
    expect(retryDelay(500)).toBe(CHECK_INTERVAL_MS);
  });

  it('says why, retries later, and a success resets the backoff', () => {
    let s = run([{ type: 'checkStarted' }, { type: 'failed', now: T0, error: 'network' }], started());
    expect(updateView(s, '1.0.0').status).toEqual({ kind: 'failed', error: 'network' });
    expect(s.nextCheckAt).toBe(T0 + 5 * 60_000);
    expect(canCheckNow(s)).toBe(true);
    s = run([{ type: 'checkStarted' }, { type: 'failed', now: T0 + 1, error: 'no-release' }], s);
    expect(s.failures).toBe(2);
    expect(s.nextCheckAt).toBe(T0 + 1 + 10 * 60_000);
    s = run([{ type: 'checkStarted' }, { type: 'upToDate', now: T0 + 2 }], s);
    expect(s.failures).toBe(0);
    expect(updateView(s, '1.0.0').status).toEqual({ kind: 'idle' });
  });

  it('a failed download is retried like a failed check', () => {
    const s = run([{ type: 'checkStarted' }, { type: 'found', now: T0, version: '2.0.0' }, { type: 'failed', now: T0 + 5, error: 'checksum' }], started());
    expect(updateView(s, '1.0.0').status).toEqual({ kind: 'failed', error: 'checksum' });
    expect(s.nextCheckAt).toBe(T0 + 5 + 5 * 60_000);
    expect(trayUpdateOffer(s)).toBeNull();
  });

  it('ignores answers that arrive out of turn', () => {
    const idle = started();
    for (const e of [
      { type: 'upToDate', now: T0 },
      { type: 'found', now: T0, version: '9' },
      { type: 'progress', percent: 50 },
      { type: 'downloaded', version: '9' },
      { type: 'failed', now: T0, error: 'network' },
    ] as UpdateEvent[]) {
      expect(reduceUpdate(idle, e)).toBe(idle);
    }
  });
});

describe('what the tray and Settings say', () => {
  it('downloading with progress, then ready: the tray offers "Restart to update" only when ready', () => {
    let s = run([{ type: 'checkStarted' }, { type: 'found', now: T0, version: '1.2.0' }], started());
    expect(updateView(s, '1.0.0')).toEqual({
      status: { kind: 'downloading', version: '1.2.0', percent: null },
      currentVersion: '1.0.0',
      lastCheckedAt: T0,
      nextCheckAt: null,
      canCheck: false,
    });
    expect(trayUpdateOffer(s)).toBeNull();
    s = run([{ type: 'progress', percent: 41.6 }], s);
    expect(updateView(s, '1.0.0').status).toEqual({ kind: 'downloading', version: '1.2.0', percent: 42 });
    expect(reduceUpdate(s, { type: 'progress', percent: 41.9 })).toBe(s);
    s = run([{ type: 'downloaded', version: '1.2.0' }], s);
    expect(updateView(s, '1.0.0').status).toEqual({ kind: 'ready', version: '1.2.0' });
    expect(trayUpdateOffer(s)).toEqual({ version: '1.2.0' });
  });

  it('turning updates off stops checks but keeps a downloaded update on offer', () => {
    const ready = run([{ type: 'checkStarted' }, { type: 'found', now: T0, version: '1.2.0' }, { type: 'downloaded', version: '1.2.0' }], started());
    const off = reduceUpdate(ready, { type: 'availabilityChanged', now: T0 + 1, off: 'setting' });
    expect(updateView(off, '1.0.0').status).toEqual({ kind: 'ready', version: '1.2.0' });
    expect(trayUpdateOffer(off)).toEqual({ version: '1.2.0' });

    const downloading = run([{ type: 'checkStarted' }, { type: 'found', now: T0, version: '1.2.0' }], started());
    const stopped = reduceUpdate(downloading, { type: 'availabilityChanged', now: T0 + 1, off: 'setting' });
    expect(updateView(stopped, '1.0.0').status).toEqual({ kind: 'off', reason: 'setting' });
    // The download's late answer is ignored.
    expect(reduceUpdate(stopped, { type: 'downloaded', version: '1.2.0' })).toBe(stopped);
  });

  it('turning updates back on checks soon, or a day after the last answer', () => {
    const never = reduceUpdate(started('setting'), { type: 'availabilityChanged', now: T0 + 100, off: null });
    expect(never.nextCheckAt).toBe(T0 + 100 + FIRST_CHECK_DELAY_MS);
    const answered = run([{ type: 'checkStarted' }, { type: 'upToDate', now: T0 }], started());
    const offThenOn = run([
      { type: 'availabilityChanged', now: T0 + 1000, off: 'setting' },
      { type: 'availabilityChanged', now: T0 + 2000, off: null },
    ], answered);
    expect(offThenOn.nextCheckAt).toBe(T0 + CHECK_INTERVAL_MS);
    expect(reduceUpdate(offThenOn, { type: 'availabilityChanged', now: T0 + 3000, off: null })).toBe(offThenOn);
  });
});
