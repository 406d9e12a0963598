import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '../../main/account/key-store';
import { createDevinClient } from '../../main/api/client';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { runCli } from '../index';
import type { CliIO } from '../types';
import { createOpenCommand, createTerminateCommand, isWebUrl } from './session-verbs';

/** `new`, `reply`, `archive`, `terminate`, `open` against devin-sim over HTTP, through the command table. */
let sim: SimHandle;
let dir: string;
beforeAll(async () => {
  sim = await startSim();
  dir = mkdtempSync(join(tmpdir(), 'cli-verbs-'));
});
beforeEach(() => sim.control.reset());
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Opts {
  stdin?: string;
  locale?: CliIO['locale'];
  tty?: { answer: string; asked: string[] };
}
async function cli(argv: string[], opts: Opts = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => opts.stdin ?? '',
    ...(opts.tty
      ? {
          stdinIsTTY: true,
          askLine: async (q: string) => {
            opts.tty!.asked.push(q);
            return opts.tty!.answer;
          },
        }
      : {}),
    env: { DEVIN_API_KEY: SIM_KEYS.org, DEVIN_ORG_ID: SIM_ORG.org_id, DEVIN_API_URL: sim.baseUrl },
    cwd: dir,
    locale: opts.locale ?? 'en',
  };
  const code = await runCli(argv, io, { userDataDir: dir, keyStore: new MemoryKeyStore() });
  return { code, out, err };
}
const api = () => createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id });
const writes = () => sim.control.getRequests().filter((r) => r.method !== 'GET');
const messagesOf = async (id: string) => (await api().sessions.messages(id)).items.map((m) => m.message);

describe('devin-tray new', () => {
  it('creates with title, tags, repos and the knowledge choice; --json prints {session_id, url, status}', async () => {
    const r = await cli(['new', 'Fix the flaky test', '--title', 'Flaky', '--tag', 'ci', '--tag', '前端', '--repo', 'acme/web', '--knowledge', 'none', '--json']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const body = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['session_id', 'status', 'url']);
    expect(body.url).toMatch(/^https?:\/\//);
    expect(sim.control.getCreatedRequest(body.session_id as string)).toEqual({
      prompt: 'Fix the flaky test',
      title: 'Flaky',
      tags: ['ci', '前端'],
      repos: ['acme/web'],
      knowledge_ids: [],
    });
    expect(writes()).toHaveLength(1);
  });

  it('reads the prompt from stdin with "-"; all knowledge is sent as null; human output names the session', async () => {
    const r = await cli(['new', '-'], { stdin: 'Line one\n第二行\n' });
    expect(r.code).toBe(0);
    const id = /Created (devin-\S+): /.exec(r.out)?.[1] ?? '';
    expect(sim.control.getCreatedRequest(id)).toEqual({ prompt: 'Line one\n第二行', knowledge_ids: null });
  });

  it('usage: no prompt, empty stdin, a bad --knowledge or tag → exit 2, nothing sent', async () => {
    for (const [argv, stdin, words] of [
      [['new'], '', 'Give the prompt'],
      [['new', '-'], '  \n', 'Give the prompt'],
      [['new', 'x', '--knowledge', 'a,,b'], '', ''],
      [['new', 'x', '--tag', '   '], '', 'is not a usable tag'],
    ] as const) {
      const r = await cli([...argv], { stdin });
      expect(r.code).toBe(2);
      expect(r.err).toContain(words);
    }
    expect(writes()).toEqual([]);
  });
});

describe('devin-tray reply', () => {
  it('sends the message argument; --json prints {session_id, status, sent}', async () => {
    const s = sim.control.createSession({});
    const r = await cli(['reply', s.session_id.slice('devin-'.length), 'Please also update the docs', '--json']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toEqual({ session_id: s.session_id, status: 'running', sent: true });
    expect(await messagesOf(s.session_id)).toContain('Please also update the docs');
  });

  it('reads the message from stdin with "-" (multi-line, zh-CN output)', async () => {
    const s = sim.control.createSession({});
    const r = await cli(['reply', s.session_id, '-'], { stdin: '第一行\nsecond line\n', locale: 'zh-CN' });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`已发送到 ${s.session_id}（running）。\n`);
    expect(await messagesOf(s.session_id)).toContain('第一行\nsecond line');
  });

  it('an unknown session: exit 1, one line naming the org; an empty message: exit 2, nothing sent', async () => {
    const r = await cli(['reply', 'devin-doesnotexist', 'hi']);
    expect(r).toEqual({ code: 1, out: '', err: 'Session devin-doesnotexist was not found in organization org-sim (check the id, or DEVIN_ORG_ID).\n' });
    const s = sim.control.createSession({});
    sim.control.clearRequests();
    expect((await cli(['reply', s.session_id, '-'], { stdin: '\n' })).code).toBe(2);
    expect((await cli(['reply', s.session_id])).err).toContain('Give the message');
    expect((await cli(['reply'])).err).toContain('Name the session');
    expect(writes()).toEqual([]);
  });
});

describe('devin-tray archive', () => {
  it('archives; --json prints {session_id, status, is_archived}', async () => {
    const s = sim.control.createSession({});
    const r = await cli(['archive', s.session_id, '--json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as Record<string, unknown>;
    expect(body).toMatchObject({ session_id: s.session_id, is_archived: true });
    expect(Object.keys(body).sort()).toEqual(['is_archived', 'session_id', 'status']);
    expect(sim.control.getSession(s.session_id).is_archived).toBe(true);
    expect((await cli(['archive', s.session_id], { locale: 'zh-CN' })).out).toBe(`已归档 ${s.session_id}。\n`);
  });

  it('an unknown session: exit 1 in both languages', async () => {
    expect(await cli(['archive', 'devin-nope'])).toMatchObject({ code: 1, err: expect.stringContaining('Session devin-nope was not found') });
    expect(await cli(['archive', 'devin-nope'], { locale: 'zh-CN' })).toMatchObject({ code: 1, err: expect.stringContaining('找不到会话 devin-nope') });
  });
});

describe('devin-tray terminate', () => {
  it('stdin not a terminal and no --yes: refuses naming --yes, exit 2, nothing sent', async () => {
    const s = sim.control.createSession({});
    sim.control.clearRequests();
    const r = await cli(['terminate', s.session_id]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Pass --yes');
    const zh = await cli(['terminate', s.session_id], { locale: 'zh-CN' });
    expect(zh.err).toContain('请加上 --yes');
    expect(sim.control.getRequests()).toEqual([]);
    expect(sim.control.getSession(s.session_id).status).toBe('running');
  });

  it('on a terminal it asks: "n" keeps the session (exit 1), "y" terminates', async () => {
    const s = sim.control.createSession({});
    const no = { answer: 'n', asked: [] as string[] };
    expect((await cli(['terminate', s.session_id], { tty: no })).code).toBe(1);
    expect(no.asked).toEqual([`Terminate ${s.session_id}? It cannot be resumed afterwards. [y/N] `]);
    expect(writes()).toEqual([]);
    const yes = { answer: 'Y', asked: [] as string[] };
    const r = await cli(['terminate', s.session_id], { tty: yes });
    expect(r).toMatchObject({ code: 0, out: `Terminated ${s.session_id}.\n` });
    expect(sim.control.getSession(s.session_id).status).toBe('exit');
  });

  it('--yes --archive --json terminates without asking; prints {session_id, status, terminated, is_archived}', async () => {
    const s = sim.control.createSession({});
    const tty = { answer: 'n', asked: [] as string[] };
    const r = await cli(['terminate', s.session_id, '--yes', '--archive', '--json'], { tty });
    expect(r.code).toBe(0);
    expect(tty.asked).toEqual([]);
    expect(JSON.parse(r.out)).toEqual({ session_id: s.session_id, status: 'exit', terminated: true, is_archived: true });
    const del = writes()[0]!;
    expect({ method: del.method, query: del.query }).toEqual({ method: 'DELETE', query: { archive: 'true' } });
  });

  it('an unknown session: exit 1', async () => {
    expect(await cli(['terminate', 'devin-gone', '--yes'])).toMatchObject({ code: 1, err: expect.stringContaining('Session devin-gone was not found') });
  });
});

describe('devin-tray open', () => {
  it('prints the web URL; --json prints {session_id, url, opened}; --browser hands it to the opener', async () => {
    const s = sim.control.createSession({});
    const r = await cli(['open', s.session_id]);
    expect(r).toEqual({ code: 0, out: `${s.url}\n`, err: '' });
    const json = await cli(['open', s.session_id, '--json']);
    expect(JSON.parse(json.out)).toEqual({ session_id: s.session_id, url: s.url, opened: false });

    const opened: string[] = [];
    const command = createOpenCommand({
      getApi: async () => ({ client: api(), orgId: SIM_ORG.org_id }),
      openUrl: async (url) => void opened.push(url),
    });
    let out = '';
    const io: CliIO = { stdout: (t) => void (out += t), stderr: () => undefined, readStdin: async () => '', env: {}, cwd: dir, locale: 'en' };
    expect(await command.run([s.session_id, '--browser', '--json'], io)).toBe(0);
    expect(opened).toEqual([s.url]);
    expect(JSON.parse(out)).toMatchObject({ opened: true });
  });

  it('an unknown session: exit 1', async () => {
    expect(await cli(['open', 'devin-missing'])).toMatchObject({ code: 1, out: '', err: expect.stringContaining('devin-missing was not found') });
  });

  it('only http(s) addresses without credentials may reach a browser', () => {
    expect(isWebUrl('https://app.devin.ai/sessions/x')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:3000/sessions/x')).toBe(true);
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', '--help', 'https://user:pw@evil.example/', 'ssh://h/x', ''])
      expect(isWebUrl(bad)).toBe(false);
  });
});

describe('errors name what to set', () => {
  it('an unreachable API names DEVIN_API_URL and the proxy variables, not Settings', async () => {
    let err = '';
    const io: CliIO = {
      stdout: () => undefined,
      stderr: (t) => void (err += t),
      readStdin: async () => '',
      env: { DEVIN_API_KEY: SIM_KEYS.org, DEVIN_ORG_ID: 'org-sim', DEVIN_API_URL: 'http://127.0.0.1:9' },
      cwd: dir,
      locale: 'en',
    };
    expect(await runCli(['archive', 'devin-x'], io, { userDataDir: dir, keyStore: new MemoryKeyStore() })).toBe(1);
    expect(err).toContain('DEVIN_API_URL');
    expect(err).not.toContain('Settings');
  });

  it('terminate --help lists --yes and the exit codes', async () => {
    const command = createTerminateCommand({ getApi: () => Promise.reject(new Error('not asked')) });
    expect(command.usage).toContain('--yes');
    expect((await cli(['terminate', '--help'])).out).toContain('2  usage');
  });
});
