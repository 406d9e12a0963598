/**
 * `npm run bench -- poll`: one simulated hour of an org with 50 sessions (3 active, with a
 * dozen scripted transitions), on a FAKE clock that drives both the tracker and devin-sim, over
 * real HTTP. Run twice (window visible, window hidden). In the same run and on the same clock,
 * the docs' loop (one GET per session every 10 s) runs against the same sim with another key,
 * so the sim's request log tells the two apart. Reports requests, and the delay (fake seconds)
 * from each scripted transition to its notification.
 *
 * The baseline polls every session all hour: a tray must keep watching suspended and finished
 * sessions too (a message resumes them), so it cannot use the docs' "stop on exit/error/
 * suspended" shortcut for the org as a whole.
 */
import { createDevinClient } from '../src/main/api/client';
import { startSimTracker } from '../src/main/sessions/sim-tracker-harness';
import { SIM_KEYS, SIM_ORG } from '../src/sim/server';
import type { ScriptStep } from '../src/sim/server';

const S = 1000;
const MIN = 60 * S;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const BASELINE_INTERVAL_MS = 10 * S;
const IDLE_SESSIONS = 47;

type Kind = 'finished' | 'waiting_for_user' | 'waiting_for_approval' | 'error' | 'suspended' | 'pr_opened';

/** Minutes and seconds after the session started: off the poll grid, as real events are. */
const at = (min: number, sec: number) => min * MIN + sec * S;
const ask = (message: string) => ({ source: 'devin' as const, message });
const pr = (n: number) => ({ pr_url: `https://github.com/acme/app/pull/${n}`, pr_state: 'open' });

/** The three active sessions' hours: what happens when, and which steps must notify. */
const ACTIVE: { title: string; script: ScriptStep[] }[] = [
  {
    title: 'Fix flaky login test',
    script: [
      { atMs: at(6, 7), status: 'running', status_detail: 'waiting_for_user', message: ask('Should I also update the e2e snapshot?') },
      { atMs: at(11, 43), status: 'running', status_detail: 'working', message: { source: 'user', message: 'Yes please' } },
      { atMs: at(24, 19), status: 'running', status_detail: 'finished', pullRequest: pr(101) },
      { atMs: at(35, 52), status: 'running', status_detail: 'working', message: { source: 'user', message: 'One more thing' } },
      { atMs: at(47, 31), status: 'running', status_detail: 'finished', pullRequest: pr(102) },
    ],
  },
  {
    title: 'Upgrade to React 19',
    script: [
      { atMs: at(4, 3), pullRequest: pr(201) },
      { atMs: at(9, 58), status: 'running', status_detail: 'waiting_for_approval' },
      { atMs: at(13, 26), status: 'running', status_detail: 'working' },
      { atMs: at(20, 14), status: 'running', status_detail: 'waiting_for_user', message: ask('The codemod broke two files; revert them?') },
      { atMs: at(26, 47), status: 'running', status_detail: 'working' },
      { atMs: at(38, 38), status: 'error' },
    ],
  },
  {
    title: 'Write API docs',
    script: [
      { atMs: at(8, 9), status: 'running', status_detail: 'waiting_for_user', message: ask('Which endpoints are public?') },
      { atMs: at(15, 55), status: 'running', status_detail: 'working' },
      { atMs: at(27, 22), pullRequest: pr(301) },
      { atMs: at(33, 35), status: 'running', status_detail: 'waiting_for_user', message: ask('Ready for review. Merge?') },
      { atMs: at(41, 11), status: 'running', status_detail: 'working' },
      { atMs: at(52, 49), status: 'suspended', status_detail: 'inactivity' },
    ],
  },
];

/** The notifiable transitions a script produces (working/resumed steps notify nothing). */
function expectedTransitions(script: readonly ScriptStep[]): { kind: Kind; atMs: number }[] {
  const out: { kind: Kind; atMs: number }[] = [];
  for (const step of script) {
    if (step.pullRequest) out.push({ kind: 'pr_opened', atMs: step.atMs });
    const detail = step.status_detail ?? null;
    if (step.status === 'error') out.push({ kind: 'error', atMs: step.atMs });
    else if (step.status === 'suspended') out.push({ kind: 'suspended', atMs: step.atMs });
    else if (detail === 'finished' || detail === 'waiting_for_user' || detail === 'waiting_for_approval') out.push({ kind: detail, atMs: step.atMs });
  }
  return out;
}

interface RunResult {
  trackerRequests: number;
  trackerByRoute: Record<string, number>;
  baselineRequests: number;
  expected: number;
  delaysS: number[];
  missing: string[];
  extra: string[];
}

/** p95 by nearest rank. */
function p95(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1] as number;
}

async function simulateHour(visible: boolean): Promise<RunResult> {
  const h = await startSimTracker({ startMs: T0 });
  try {
    const { sim, clock, tracker } = h;
    const kinds = ['exit', 'finished', 'suspended', 'error'] as const;
    for (let i = 0; i < IDLE_SESSIONS; i++) {
      const k = kinds[i % kinds.length] as (typeof kinds)[number];
      sim.control.createSession({
        title: `Earlier task ${i + 1}`,
        created_at: Math.floor((T0 - (i + 2) * HOUR) / 1000),
        ...(k === 'finished' ? { status: 'running', status_detail: 'finished' } : k === 'suspended' ? { status: 'suspended', status_detail: 'inactivity' } : { status: k }),
      });
    }
    const expected: { sessionId: string; kind: Kind; atMs: number; matched: boolean }[] = [];
    for (const a of ACTIVE) {
      const s = sim.control.createSession({ title: a.title, script: a.script });
      for (const e of expectedTransitions(a.script)) expected.push({ sessionId: s.session_id, kind: e.kind, atMs: T0 + e.atMs, matched: false });
    }
    const allIds = (await h.client.sessions.listAll({}, { first: 200 })).items.map((s) => s.session_id);
    sim.control.clearRequests();

    // When each notification arrived, per transition key.
    const seen: { key: string; atMs: number }[] = [];
    tracker.on('notification', (n) => {
      for (const key of n.transitionKeys) seen.push({ key, atMs: clock.now() });
    });

    // The docs' loop, on the same clock, with another key.
    const baseline = createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.readonly, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 }, now: clock.now });
    const baselineTick = async (): Promise<void> => {
      await Promise.all(allIds.map((id) => baseline.sessions.get(id)));
      if (clock.now() + BASELINE_INTERVAL_MS < T0 + HOUR) clock.setTimeout(baselineTick, BASELINE_INTERVAL_MS);
    };
    clock.setTimeout(baselineTick, 0);

    tracker.setWindowVisible(visible);
    await tracker.start();
    await clock.advanceTo(T0 + HOUR - 1);
    await tracker.stop();

    const log = sim.control.getRequests();
    const mine = log.filter((r) => r.authKey === 'org');
    const byRoute: Record<string, number> = {};
    for (const r of mine) byRoute[`${r.method} ${r.route}`] = (byRoute[`${r.method} ${r.route}`] ?? 0) + 1;

    const delaysS: number[] = [];
    const extra: string[] = [];
    for (const { key, atMs } of seen) {
      const [sessionId, rawKind] = key.split(':') as [string, string];
      const kind = (rawKind === 'pr' ? 'pr_opened' : rawKind) as Kind;
      const e = expected.find((x) => !x.matched && x.sessionId === sessionId && x.kind === kind && x.atMs <= atMs);
      if (!e) {
        extra.push(key);
        continue;
      }
      e.matched = true;
      delaysS.push((atMs - e.atMs) / 1000);
    }
    return {
      trackerRequests: mine.length,
      trackerByRoute: byRoute,
      baselineRequests: log.filter((r) => r.authKey === 'readonly').length,
      expected: expected.length,
      delaysS,
      missing: expected.filter((e) => !e.matched).map((e) => `${e.sessionId}:${e.kind}@${(e.atMs - T0) / 1000}s`),
      extra,
    };
  } finally {
    await h.close();
  }
}

function describeRun(name: string, r: RunResult): string {
  const routes = Object.entries(r.trackerByRoute)
    .map(([route, n]) => `${route.replace('/v3/organizations/:org', '')}=${n}`)
    .join(', ');
  return [
    `${name}: tracker requests=${r.trackerRequests} (${routes}); docs' loop=${r.baselineRequests}; ratio=${(r.baselineRequests / r.trackerRequests).toFixed(1)}x`,
    `${name}: notifications ${r.delaysS.length}/${r.expected} transitions, delay p95=${p95(r.delaysS)} s max=${Math.max(...r.delaysS)} s` +
      (r.missing.length ? `, MISSING ${r.missing.join(' ')}` : '') +
      (r.extra.length ? `, EXTRA ${r.extra.join(' ')}` : ''),
  ].join('\n');
}

/** Runs both hours and prints the summary; the last line is the machine-readable one. */
export async function run(): Promise<void> {
  const started = performance.now();
  const visible = await simulateHour(true);
  const hidden = await simulateHour(false);
  console.log(`poll: 1 simulated hour, ${IDLE_SESSIONS + ACTIVE.length} sessions (${ACTIVE.length} active), fake clock, real HTTP to devin-sim`);
  console.log(describeRun('visible', visible));
  console.log(describeRun('hidden ', hidden));
  console.log(`(wall time ${((performance.now() - started) / 1000).toFixed(1)} s; requests/baseline below are the visible run, the costlier one)`);
  const ratio = visible.baselineRequests / visible.trackerRequests;
  const ok = visible.missing.length === 0 && hidden.missing.length === 0 && visible.extra.length === 0 && hidden.extra.length === 0;
  if (!ok) process.exitCode = 1;
  console.log(
    `poll requests=${visible.trackerRequests} baseline=${visible.baselineRequests} ratio=${ratio.toFixed(1)} p95_visible_s=${p95(visible.delaysS)} p95_hidden_s=${p95(hidden.delaysS)}`,
  );
}
