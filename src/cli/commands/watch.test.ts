import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import { FakeClock } from '../../main/sessions/fake-clock';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import type { CliIO } from '../types';
import { createWatchCommand, type WatchCommandDeps } from './watch';

const S = 1000;
let sim: SimHandle;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock(Date.UTC(2026, 0, 15, 9, 0, 0));
  sim = await startSim({ now: clock.now });
});
afterEach(async () => {
  await sim.close();
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: '/', locale: 'en' };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

/** Sleeping moves the fake clock, so the sim's scripted lifecycle advances in step. */
function command(over: Partial<WatchCommandDeps> = {}) {
  return createWatchCommand({
    getApi: async () => ({
      client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } }),
      orgId: SIM_ORG.org_id,
    }),
    sleep: (ms) => clock.advanceBy(ms),
    onInterrupt: () => () => undefined,
    now: clock.now,
    random: () => 0.5,
    ...over,
  });
}

describe('devin-tray watch (against devin-sim)', () => {
  it('prints each transition, the waiting message and the PR; exit 0 when finished', async () => {
    const s = sim.control.createSession({
      title: 'W',
      script: [
        { atMs: 25 * S, status: 'running', status_detail: 'waiting_for_user', message: { source: 'devin', message: 'Which branch?' } },
        { atMs: 55 * S, status: 'running', status_detail: 'working' },
        { atMs: 95 * S, status: 'running', status_detail: 'finished', pullRequest: { pr_url: 'https://github.com/o/r/pull/9', pr_state: 'open' } },
      ],
    });
    const t = io();
    expect(await command().run([s.session_id.replace('devin-', ''), '--interval', '10'], t.io)).toBe(0);
    expect(t.out()).toBe(
      [
        `Watching ${s.session_id}: Working. Press Ctrl+C to stop.`,
        '09:00:30  Waiting for you',
        '  Devin: Which branch?',
        '09:01:00  Working',
        '09:01:40  Finished',
        '09:01:40  Pull request: https://github.com/o/r/pull/9',
        'Session finished.',
        '',
      ].join('\n'),
    );
    const gets = sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/sessions/:id');
    expect(gets).toHaveLength(11); // 0 s … 100 s, every 10 s
  });

  it('exit 1 on error and on suspension', async () => {
    const e = sim.control.createSession({ title: 'E', script: [{ atMs: 5 * S, status: 'error' }] });
    const t = io();
    expect(await command().run([e.session_id], t.io)).toBe(1);
    expect(t.out()).toContain('Session ended: Error.');
    const s = sim.control.createSession({ title: 'S', status: 'suspended', status_detail: 'out_of_credits' });
    expect(await command().run([s.session_id], io().io)).toBe(1);
  });

  it('rides out 429/5xx with a message on stderr', async () => {
    const s = sim.control.createSession({ title: 'R', script: [{ atMs: 60 * S, status: 'exit' }] });
    sim.control.addFault({ method: 'GET', path: '/v3/organizations/org-sim/sessions/', kind: 'status', status: 429, retryAfter: '30', times: 1 });
    sim.control.addFault({ method: 'GET', path: '/v3/organizations/org-sim/sessions/', kind: 'status', status: 502, times: 1 });
    const t = io();
    expect(await command().run([s.session_id], t.io)).toBe(0);
    expect(t.err().split('\n').filter(Boolean)).toHaveLength(2);
    expect(t.err()).toContain('retrying in 31 s');
  });

  it('Ctrl+C exits 130 and leaves the session alone', async () => {
    const s = sim.control.createSession({ title: 'Long' });
    let interrupt: (() => void) | null = null;
    let sleeps = 0;
    const t = io();
    const code = await command({
      onInterrupt: (h) => {
        interrupt = h;
        return () => (interrupt = null);
      },
      sleep: async (ms) => {
        await clock.advanceBy(ms);
        if (++sleeps === 3) interrupt?.();
      },
    }).run([s.session_id], t.io);
    expect(code).toBe(130);
    expect(t.err()).toContain('Stopped watching');
    expect(interrupt).toBeNull(); // handler removed
    expect(sim.control.getSession(s.session_id).status).toBe('running');
  });

  it('usage errors: no id, bad interval; unknown session is an error (exit via runCli)', async () => {
    expect(await command().run([], io().io)).toBe(2);
    expect(await command().run(['devin-x', '--interval', '0'], io().io)).toBe(2);
    await expect(command().run(['devin-missing'], io().io)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
