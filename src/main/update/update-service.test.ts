import { describe, expect, it } from 'vitest';
import type { UpdateView } from '../../shared/update/update-view';
import { CHECK_INTERVAL_MS, FIRST_CHECK_DELAY_MS } from './update-model';
import { createUpdateService } from './update-service';
import type { UpdateClock, UpdateDriver } from './update-service';

/** A clock whose timers fire when the test advances it. */
function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: UpdateClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
      await flush();
    }
    now = until;
  };
  return { clock, advance, pending: () => timers.length };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A driver that answers from a script, recording what it was asked. */
function scriptedDriver(answers: (() => Promise<{ version: string } | null>)[]) {
  const calls: string[] = [];
  const driver: UpdateDriver = {
    check: () => {
      calls.push('check');
      const next = answers.shift();
      return next ? next() : Promise.resolve(null);
    },
    download: async (onProgress) => {
      calls.push('download');
      onProgress(50);
      onProgress(100);
    },
    quitAndInstall: () => void calls.push('quitAndInstall'),
  };
  return { driver, calls };
}

describe('update service', () => {
  it('checks after start and daily, downloads what it finds, and offers the restart', async () => {
    const { clock, advance } = fakeClock();
    const { driver, calls } = scriptedDriver([async () => null, async () => ({ version: '1.3.0' })]);
    const views: UpdateView[] = [];
    const service = createUpdateService({ driver, currentVersion: '1.2.0', blockedBy: () => null, enabled: () => true, clock });
    service.onChange((v) => views.push(v));
    service.start();
    expect(calls).toEqual([]);
    await advance(FIRST_CHECK_DELAY_MS);
    expect(calls).toEqual(['check']);
    expect(service.view().status).toEqual({ kind: 'idle' });
    await advance(CHECK_INTERVAL_MS - 1);
    expect(calls).toEqual(['check']);
    await advance(1);
    expect(calls).toEqual(['check', 'check', 'download']);
    expect(service.view().status).toEqual({ kind: 'ready', version: '1.3.0' });
    expect(service.trayOffer()).toEqual({ version: '1.3.0' });
    expect(views.map((v) => v.status.kind)).toEqual(['idle', 'checking', 'idle', 'checking', 'downloading', 'downloading', 'downloading', 'ready']);
    service.restartToUpdate();
    expect(calls.at(-1)).toBe('quitAndInstall');
    service.dispose();
  });

  it('a failed check is reported, retried after the backoff, and "Check now" works meanwhile', async () => {
    const { clock, advance } = fakeClock();
    const offline = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' });
    const logged: string[] = [];
    const { driver, calls } = scriptedDriver([() => Promise.reject(offline), () => Promise.reject(offline), async () => null]);
    const service = createUpdateService({ driver, currentVersion: '1.2.0', blockedBy: () => null, enabled: () => true, clock, onError: (d) => logged.push(d) });
    service.start();
    await advance(FIRST_CHECK_DELAY_MS);
    expect(service.view().status).toEqual({ kind: 'failed', error: 'network' });
    expect(logged).toEqual(['ENOTFOUND: getaddrinfo ENOTFOUND github.com']);
    await advance(5 * 60_000);
    expect(calls).toEqual(['check', 'check']);
    const view = await service.checkNow();
    expect(view.status).toEqual({ kind: 'idle' });
    expect(view.nextCheckAt).toBe(clock.now() + CHECK_INTERVAL_MS);
    service.dispose();
  });

  it('never calls the driver when off (demo, setting), and a restart without an update is refused', async () => {
    const { clock, advance } = fakeClock();
    let enabled = false;
    const { driver, calls } = scriptedDriver([]);
    const service = createUpdateService({ driver, currentVersion: '1.2.0', blockedBy: () => null, enabled: () => enabled, clock });
    service.start();
    await advance(3 * CHECK_INTERVAL_MS);
    expect(await service.checkNow()).toMatchObject({ status: { kind: 'off', reason: 'setting' }, canCheck: false });
    expect(calls).toEqual([]);
    expect(() => service.restartToUpdate()).toThrow(expect.objectContaining({ code: 'UPDATE_NOT_READY' }));
    enabled = true;
    service.refreshAvailability();
    await advance(FIRST_CHECK_DELAY_MS);
    expect(calls).toEqual(['check']);
    service.dispose();

    const demo = createUpdateService({ driver, currentVersion: '1.2.0', blockedBy: () => 'demo', enabled: () => true, clock });
    demo.start();
    await advance(CHECK_INTERVAL_MS);
    expect(demo.view().status).toEqual({ kind: 'off', reason: 'demo' });
    expect(calls).toEqual(['check']);
    const unpackaged = createUpdateService({ driver: null, currentVersion: '1.2.0', blockedBy: () => null, enabled: () => true, clock });
    unpackaged.start();
    expect(unpackaged.view().status).toEqual({ kind: 'off', reason: 'unpackaged' });
  });

  it('a download that fails is classified and retried by the next check', async () => {
    const { clock, advance } = fakeClock();
    let downloads = 0;
    const driver: UpdateDriver = {
      check: async () => ({ version: '2.0.0' }),
      download: async () => {
        downloads++;
        if (downloads === 1) throw Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' });
      },
      quitAndInstall: () => undefined,
    };
    const service = createUpdateService({ driver, currentVersion: '1.0.0', blockedBy: () => null, enabled: () => true, clock });
    service.start();
    await advance(FIRST_CHECK_DELAY_MS);
    expect(service.view().status).toEqual({ kind: 'failed', error: 'checksum' });
    await advance(5 * 60_000);
    expect(downloads).toBe(2);
    expect(service.view().status).toEqual({ kind: 'ready', version: '2.0.0' });
    service.dispose();
  });

  it('a long sleep still checks on time: timers never wait more than an hour', async () => {
    const { clock, advance, pending } = fakeClock();
    const { driver, calls } = scriptedDriver([async () => null, async () => null]);
    const service = createUpdateService({ driver, currentVersion: '1.0.0', blockedBy: () => null, enabled: () => true, clock });
    service.start();
    await advance(FIRST_CHECK_DELAY_MS);
    expect(pending()).toBe(1);
    await advance(23 * 3600_000);
    expect(calls).toEqual(['check']);
    await advance(3600_000);
    expect(calls).toEqual(['check', 'check']);
    service.dispose();
    expect(pending()).toBe(0);
  });
});
