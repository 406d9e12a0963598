import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import type { SessionView } from '../../shared/sessions/session-view';
import { SIM_INSIGHT_DELAY_MS } from '../../sim/store/insights';
import type { CliIO } from '../types';
import { createSessionsCommand, displayWidth, formatTable } from './sessions';

let sim: SimHandle;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
let now = T0;

beforeAll(async () => {
  sim = await startSim({ now: () => now });
  const at = (min: number) => Math.floor((T0 + min * 60_000) / 1000);
  sim.control.createSession({ title: 'Working one', tags: ['web'], created_at: at(1) });
  sim.control.createSession({ title: 'Waits for me', status: 'running', status_detail: 'waiting_for_user', tags: ['web', 'handoff'], created_at: at(2) });
  sim.control.createSession({ title: 'Done', status: 'running', status_detail: 'finished', created_at: at(3) });
  sim.control.createSession({ title: 'Broke', status: 'error', created_at: at(4) });
  sim.control.createSession({ title: 'Old archived', status: 'exit', is_archived: true, created_at: at(5) });
  sim.control.createSession({ title: '修复登录', status: 'suspended', status_detail: 'inactivity', created_at: at(6) });
  now = T0 + 10 * 60_000;
});
afterAll(async () => {
  await sim.close();
});

function io(locale: CliIO['locale'] = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: '/', locale };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}
const command = () =>
  createSessionsCommand({
    getApi: async () => ({ client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id }), orgId: SIM_ORG.org_id }),
  });

describe('devin-tray sessions (against devin-sim)', () => {
  it('prints a table, newest first, archived left out', async () => {
    const t = io();
    expect(await command().run([], t.io)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATE\s+UPDATED\s+TITLE$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ['Suspended', '2026-01-15 09:06', '修复登录'],
      ['Error', '2026-01-15 09:04', 'Broke'],
      ['Finished', '2026-01-15 09:03', 'Done'],
      ['Waiting for you', '2026-01-15 09:02', 'Waits for me'],
      ['Working', '2026-01-15 09:01', 'Working one'],
    ]);
  });

  it('--status (repeatable) and --tag filter; --json gives SessionView objects', async () => {
    const t = io();
    expect(await command().run(['--status', 'attention', '--status', 'error', '--json'], t.io)).toBe(0);
    const views = JSON.parse(t.out()) as SessionView[];
    expect(views.map((v) => [v.title, v.group])).toEqual([['Broke', 'error'], ['Waits for me', 'attention']]);

    const tagged = io();
    await command().run(['--tag', 'web', '--tag', 'handoff', '--json'], tagged.io);
    expect((JSON.parse(tagged.out()) as SessionView[]).map((v) => v.title)).toEqual(['Waits for me']);
    const tagQuery = sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/sessions').at(-1)?.query;
    expect(tagQuery).toMatchObject({ tags: ['web', 'handoff'], is_archived: 'false' });

    const archived = io();
    await command().run(['--status', 'archived', '--json'], archived.io);
    expect((JSON.parse(archived.out()) as SessionView[]).map((v) => v.title)).toEqual(['Old archived']);
  });

  it('--limit truncates and says so; zh-CN headers; nothing matching says so', async () => {
    const t = io('zh-CN');
    expect(await command().run(['--limit', '2'], t.io)).toBe(0);
    expect(t.out().split('\n')[0]).toMatch(/^ID\s+状态\s+更新时间\s+标题$/);
    expect(t.out().trimEnd().split('\n')).toHaveLength(3);
    expect(t.out()).toContain('已暂停');
    expect(t.err()).toBe('仅显示前 2 个；使用 --limit 查看更多。\n');

    const none = io();
    await command().run(['--tag', 'nope'], none.io);
    expect(none.out()).toBe('No sessions match.\n');
  });

  it('--json adds the insight fields of each session from one sessions/insights call', async () => {
    const done = sim.control.createSession({ title: 'Analysed', tags: ['insights'], messages: [{ source: 'devin', message: 'Done?' }] });
    sim.control.createSession({ title: 'Not analysed', tags: ['insights'] });
    const api = createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id });
    await api.sessions.insights.generate(done.session_id);
    now += SIM_INSIGHT_DELAY_MS;
    sim.control.clearRequests();
    const t = io();
    expect(await command().run(['--tag', 'insights', '--json'], t.io)).toBe(0);
    const views = JSON.parse(t.out()) as (SessionView & { insights: Record<string, unknown> | null })[];
    const byTitle = new Map(views.map((v) => [v.title, v.insights]));
    expect(byTitle.get('Analysed')).toMatchObject({ numDevinMessages: 1, numUserMessages: 0, sessionSize: 'xs', analysis: { issues: expect.any(Array), suggested_prompt: { original_prompt: 'Analysed' } } });
    expect(byTitle.get('Not analysed')).toEqual({ numDevinMessages: 0, numUserMessages: 0, sessionSize: 'xs', analysis: null });
    const insightCalls = sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/sessions/insights');
    expect(insightCalls).toHaveLength(1);
    expect([insightCalls[0]?.query.session_ids].flat().sort()).toEqual(views.map((v) => v.id).sort());
  });

  it('--json still lists the sessions when insights cannot be read (insights: null, a warning on stderr)', async () => {
    sim.control.addFault({ path: '/v3/organizations/org-sim/sessions/insights', kind: 'status', status: 403 });
    const t = io();
    expect(await command().run(['--tag', 'web', '--json'], t.io)).toBe(0);
    const views = JSON.parse(t.out()) as { title: string; insights: unknown }[];
    expect(views.map((v) => [v.title, v.insights])).toEqual([['Waits for me', null], ['Working one', null]]);
    expect(t.err()).toMatch(/^Insights could not be read \(.*\); "insights" is null in the output\.\n$/);
  });

  it('bad --status or --limit is a usage error (exit 2)', async () => {
    const t = io();
    expect(await command().run(['--status', 'sleeping'], t.io)).toBe(2);
    expect(t.err()).toContain('Unknown --status "sleeping"');
    expect(await command().run(['--limit', '0'], t.io)).toBe(2);
  });
});

describe('table formatting', () => {
  it('aligns columns, counting CJK as two columns', () => {
    expect(displayWidth('修复')).toBe(4);
    expect(formatTable([['a', '修复', 'x'], ['bbb', 'c', 'y']])).toBe('a    修复  x\nbbb  c     y\n');
  });
});
