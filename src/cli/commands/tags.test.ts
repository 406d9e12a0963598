import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '../../main/account/key-store';
import { createDevinClient } from '../../main/api/client';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { runCli } from '../index';
import type { CliIO } from '../types';
import { createTagsCommand } from './tags';

let sim: SimHandle;
let dir: string;
beforeAll(async () => {
  sim = await startSim();
  dir = mkdtempSync(join(tmpdir(), 'cli-tags-'));
});
beforeEach(() => sim.control.reset());
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(locale: CliIO['locale'] = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: '/', locale };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}
const command = () =>
  createTagsCommand({
    getApi: async () => ({ client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id }), orgId: SIM_ORG.org_id }),
  });
const methods = () => sim.control.getRequests().map((r) => `${r.method} ${r.route.replace('/v3/organizations/:org/sessions/:id', 'S')}`);

describe('devin-tray tags (against devin-sim)', () => {
  it('shows the tags', async () => {
    const s = sim.control.createSession({ tags: ['ci', 'web'] });
    const t = io();
    expect(await command().run([s.session_id], t.io)).toBe(0);
    expect(t.out()).toBe(`Tags of ${s.session_id}: ci, web\n`);
    const zh = io('zh-CN');
    const bare = sim.control.createSession({});
    expect(await command().run([bare.session_id.slice('devin-'.length)], zh.io)).toBe(0);
    expect(zh.out()).toBe(`${bare.session_id} 没有标签。\n`);
  });

  it('--add (repeatable) appends once; --json prints {session_id, tags}', async () => {
    const s = sim.control.createSession({ tags: ['ci'] });
    const t = io();
    expect(await command().run([s.session_id, '--add', 'review', '--add', ' ci ', '--add', '前端', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toEqual({ session_id: s.session_id, tags: ['ci', 'review', '前端'] });
    expect(methods()).toEqual(['POST S/tags']);
    expect(sim.control.getSession(s.session_id).tags).toEqual(['ci', 'review', '前端']);
  });

  it('--remove reads then replaces; removing an absent tag changes nothing', async () => {
    const s = sim.control.createSession({ tags: ['a', 'b', 'c'] });
    const t = io();
    expect(await command().run([s.session_id, '--remove', 'b', '--remove', 'zzz'], t.io)).toBe(0);
    expect(t.out()).toBe(`Tags of ${s.session_id}: a, c\n`);
    expect(methods()).toEqual(['GET S/tags', 'PUT S/tags']);
    sim.control.clearRequests();
    const again = io();
    expect(await command().run([s.session_id, '--remove', 'zzz', '--json'], again.io)).toBe(0);
    expect(JSON.parse(again.out()).tags).toEqual(['a', 'c']);
    expect(methods()).toEqual(['GET S/tags']);
  });

  it('--add and --remove together', async () => {
    const s = sim.control.createSession({ tags: ['old'] });
    const t = io();
    expect(await command().run([s.session_id, '--add', 'new', '--remove', 'old', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).tags).toEqual(['new']);
  });

  it('an unknown session: exit 1 with a clear line, in both languages', async () => {
    const t = io();
    expect(await command().run(['devin-doesnotexist', '--add', 'x'], t.io)).toBe(1);
    expect(t.err()).toBe('Session devin-doesnotexist was not found in organization org-sim.\n');
    const zh = io('zh-CN');
    expect(await command().run(['devin-doesnotexist'], zh.io)).toBe(1);
    expect(zh.err()).toBe('在组织 org-sim 中找不到会话 devin-doesnotexist。\n');
  });

  it('a bad tag: exit 2 and nothing is sent', async () => {
    const s = sim.control.createSession({ tags: ['a'] });
    for (const bad of [['--add', '   '], ['--add', 'x'.repeat(201)], ['--remove', 'line\nbreak']]) {
      const t = io();
      expect(await command().run([s.session_id, ...bad], t.io)).toBe(2);
      expect(t.err()).toMatch(/is not a usable tag/);
    }
    const both = io();
    expect(await command().run([s.session_id, '--add', 'a', '--remove', 'a'], both.io)).toBe(2);
    expect(both.err()).toContain('both added and removed');
    expect(sim.control.getRequests()).toEqual([]);
    expect(sim.control.getSession(s.session_id).tags).toEqual(['a']);
  });

  it('usage: no session, two sessions, unknown option (through runCli)', async () => {
    const t = io();
    expect(await command().run([], t.io)).toBe(2);
    expect(t.err()).toContain('Name the session');
    const two = io();
    expect(await command().run(['a', 'b'], two.io)).toBe(2);
    const env = { DEVIN_API_KEY: SIM_KEYS.org, DEVIN_ORG_ID: 'org-sim', DEVIN_API_URL: sim.baseUrl };
    const unknown = io();
    expect(await runCli(['tags', 'devin-x', '--colour'], { ...unknown.io, env }, { userDataDir: dir, keyStore: new MemoryKeyStore() })).toBe(2);
    expect(unknown.err()).toContain('Unknown option "--colour"');
  });

  it('runs from the command table with the environment key', async () => {
    const s = sim.control.createSession({ tags: ['x'] });
    const t = io();
    const env = { DEVIN_API_KEY: SIM_KEYS.org, DEVIN_ORG_ID: 'org-sim', DEVIN_API_URL: sim.baseUrl };
    expect(await runCli(['tags', s.session_id, '--add', 'y', '--json'], { ...t.io, env }, { userDataDir: dir, keyStore: new MemoryKeyStore() })).toBe(0);
    expect(JSON.parse(t.out())).toEqual({ session_id: s.session_id, tags: ['x', 'y'] });
  });
});
