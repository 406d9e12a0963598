import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import { isolateGitConfig, makeRepo, type TempRepo } from '../../main/handoff/repo-fixture';
import type { DevinClientLike } from '../../main/handoff/send-handoff';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import type { CliIO } from '../types';
import { createHandoffCommand } from './handoff';

function fakeIO(opts: { locale?: CliIO['locale']; cwd?: string; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => opts.stdin ?? '',
    env: {},
    cwd: opts.cwd ?? '/',
    locale: opts.locale ?? 'en',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** A fake API that records what it was asked to create. */
function fakeApi() {
  const created: unknown[] = [];
  let asked = 0;
  const client: DevinClientLike = {
    sessions: {
      create: async (body) => {
        created.push(body);
        return { session_id: 'devin-fake1', url: 'https://app.devin.ai/sessions/devin-fake1' };
      },
    },
  };
  return {
    created,
    asked: () => asked,
    getApi: async () => {
      asked += 1;
      return { client, orgId: 'org-fake' };
    },
  };
}

/** A GitHub token assembled at run time (no literal in this file). */
const token = ['gh', 'p_', 'Xy7Q'.repeat(9)].join('');

let restore: () => void;
let repo: TempRepo;
let scratch: string;

beforeAll(() => {
  restore = isolateGitConfig();
  scratch = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
  repo = makeRepo();
  repo.write('src/app.ts', 'export const a = 1;\n');
  repo.commitAll('initial');
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/widgets.git');
  repo.write('src/app.ts', 'export const a = 2;\n');
  repo.write('src/new.ts', 'export const b = 3;\n');
});
afterAll(() => {
  repo.cleanup();
  rmSync(scratch, { recursive: true, force: true });
  restore();
});

describe('devin-tray handoff: usage and inspection errors', () => {
  it.each([
    [[], 'Give the task with --task'],
    [['--task', '   '], 'Give the task with --task'],
    [['--task', 'x', '--max-bytes', '0'], '--max-bytes needs a positive whole number'],
    [['--task', 'x', '--max-bytes', '12kb'], '--max-bytes needs a positive whole number'],
    [['--task', 'x', '--bogus'], 'Unknown option "--bogus"'],
    [['a', 'b', '--task', 'x'], 'Unexpected argument "b"'],
  ])('%j → exit 2', async (args, message) => {
    const t = fakeIO({ cwd: repo.dir });
    const api = fakeApi();
    expect(await createHandoffCommand(api).run(args, t.io)).toBe(2);
    expect(t.err()).toContain(message);
    expect(api.asked()).toBe(0);
  });

  it('exit 2 with a localized message for a path that is not a repository', async () => {
    const en = fakeIO({ cwd: scratch });
    expect(await createHandoffCommand(fakeApi()).run(['--task', 'x'], en.io)).toBe(2);
    expect(en.err()).toBe(`error: ${scratch} is not inside a git repository. Choose the folder of a repository (the one that holds the .git folder, or any folder inside it, but not .git itself).\n`);
    const zh = fakeIO({ cwd: scratch, locale: 'zh-CN' });
    expect(await createHandoffCommand(fakeApi()).run(['--task', 'x'], zh.io)).toBe(2);
    expect(zh.err()).toContain('不在 git 仓库中');
    const missing = fakeIO();
    expect(await createHandoffCommand(fakeApi()).run([join(scratch, 'nope'), '--task', 'x'], missing.io)).toBe(2);
    expect(missing.err()).toContain('Not a folder');
  });
});

describe('devin-tray handoff: previews and sending', () => {
  it('--dry-run --json prints one object and sends nothing', async () => {
    const t = fakeIO({ cwd: join(repo.dir, 'src') });
    const api = fakeApi();
    expect(await createHandoffCommand(api).run(['--task', 'Finish the feature', '--dry-run', '--json', '--tag', 'cli'], t.io)).toBe(0);
    const report = JSON.parse(t.out()) as Record<string, unknown>;
    expect(report).toMatchObject({
      root: repo.dir,
      repo: 'acme/widgets',
      remoteUrl: 'https://github.com/acme/widgets.git',
      branch: 'main',
      upstream: null,
      // `origin` was added but never fetched: what it lacks cannot be told.
      unpushed: 0,
      unpushedUnknown: true,
      truncated: false,
      findings: [],
      request: { title: 'Finish the feature', tags: ['handoff', 'cli'], repos: ['acme/widgets'] },
    });
    expect(report.files).toEqual([
      { path: 'src/app.ts', status: 'modified', binary: false, bytes: expect.any(Number), included: true, reason: null },
      { path: 'src/new.ts', status: 'untracked', binary: false, bytes: expect.any(Number), included: true, reason: null },
    ]);
    expect((report.request as { prompt: string }).prompt).toBe(report.prompt);
    expect(report.prompt).toContain(report.diff as string);
    expect(api.asked()).toBe(0);
  });

  it('human --dry-run shows the summary and the exact prompt', async () => {
    const t = fakeIO({ cwd: repo.dir });
    expect(await createHandoffCommand(fakeApi()).run(['--task', 'Finish', '--dry-run'], t.io)).toBe(0);
    expect(t.out()).toContain('Repository: ');
    expect(t.out()).toContain('Remote: acme/widgets (origin https://github.com/acme/widgets.git)');
    expect(t.out()).toContain('  ? src/new.ts');
    expect(t.out()).toContain('Unpushed commits: unknown (the remote was never fetched; run git fetch to include them)');
    expect(t.out()).toContain('Dry run: nothing was sent.');
    expect(t.out()).toContain('Repo: acme/widgets (branch: main)\n\nFinish\n\nUncommitted changes:\n');
  });

  it('reads the task from stdin with --task -', async () => {
    const t = fakeIO({ cwd: repo.dir, stdin: 'Task from stdin\nmore\n' });
    expect(await createHandoffCommand(fakeApi()).run(['--task', '-', '--dry-run', '--json'], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as { request: { title: string } }).request.title).toBe('Task from stdin');
  });
});

describe('devin-tray handoff: secrets', () => {
  let secretRepo: TempRepo;
  beforeAll(() => {
    secretRepo = makeRepo();
    secretRepo.write('a.txt', 'a\n');
    secretRepo.commitAll('one');
    secretRepo.write('config.ts', `export const githubToken = '${token}';\n`);
  });
  afterAll(() => secretRepo.cleanup());

  it('exit 3 and nothing sent when secrets are found without --redact or --allow-secrets', async () => {
    const t = fakeIO({ cwd: secretRepo.dir });
    const api = fakeApi();
    expect(await createHandoffCommand(api).run(['--task', 'Fix'], t.io)).toBe(3);
    expect(t.out()).toContain('config.ts:1:29  github-token  ghp_…(40)');
    expect(t.out()).not.toContain(token);
    expect(t.err()).toContain('Nothing was sent: 1 possible secret.');
    expect(api.asked()).toBe(0);

    const json = fakeIO({ cwd: secretRepo.dir });
    expect(await createHandoffCommand(api).run(['--task', 'Fix', '--json'], json.io)).toBe(3);
    const report = JSON.parse(json.out()) as { prompt: unknown; findings: unknown[] };
    expect(report.prompt).toBeNull();
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'github-token', file: 'config.ts', line: 1, redacted: false, resolution: null })]);
    expect(api.created).toEqual([]);
  });

  it('--dry-run --json while blocked: prints the would-be prompt with the finding masked, still exits 3, sends nothing', async () => {
    const t = fakeIO({ cwd: secretRepo.dir });
    const api = fakeApi();
    expect(await createHandoffCommand(api).run(['--task', 'Fix', '--dry-run', '--json'], t.io)).toBe(3);
    const report = JSON.parse(t.out()) as {
      prompt: string;
      request: { prompt: string };
      blocked: boolean;
      masked: boolean;
      findings: Array<{ resolution: unknown; redacted: boolean }>;
    };
    expect(report.prompt).toContain("export const githubToken = '«redacted:github-token»';");
    expect(report.request.prompt).toBe(report.prompt);
    expect(t.out()).not.toContain(token);
    expect({ blocked: report.blocked, masked: report.masked }).toEqual({ blocked: true, masked: true });
    // Still undecided: the masking is the preview's, not a choice made for the user.
    expect(report.findings).toEqual([expect.objectContaining({ resolution: null, redacted: false })]);
    expect(t.err()).toContain('Nothing was sent: 1 possible secret.');
    expect(api.asked()).toBe(0);
    expect(api.created).toEqual([]);

    const human = fakeIO({ cwd: secretRepo.dir });
    expect(await createHandoffCommand(api).run(['--task', 'Fix', '--dry-run'], human.io)).toBe(3);
    expect(human.out()).toContain('Dry run: the prompt that would be sent once the possible secrets are dealt with');
    expect(human.out()).toContain('«redacted:github-token»');
    expect(human.out()).not.toContain(token);
  });

  it('--redact masks the secret in what is sent', async () => {
    const t = fakeIO({ cwd: secretRepo.dir });
    const api = fakeApi();
    expect(await createHandoffCommand(api).run(['--task', 'Fix', '--redact', '--json'], t.io)).toBe(0);
    const report = JSON.parse(t.out()) as { findings: Array<{ redacted: boolean }>; request: { prompt: string }; session: unknown };
    expect(report.findings.map((f) => f.redacted)).toEqual([true]);
    expect(report.request.prompt).toContain("export const githubToken = '«redacted:github-token»';");
    expect(report.request.prompt).not.toContain(token);
    expect(api.created).toEqual([report.request]);
    expect(report.session).toEqual({ session_id: 'devin-fake1', url: 'https://app.devin.ai/sessions/devin-fake1' });
  });

  it('--allow-secrets sends them as they are, and says so', async () => {
    const t = fakeIO({ cwd: secretRepo.dir });
    const api = fakeApi();
    expect(await createHandoffCommand(api).run(['--task', 'Fix', '--allow-secrets'], t.io)).toBe(0);
    expect(t.out()).toContain('→ sent as is (--allow-secrets)');
    expect(t.out()).toContain('Session created: https://app.devin.ai/sessions/devin-fake1');
    expect((api.created[0] as { prompt: string }).prompt).toContain(token);
  });
});

describe('devin-tray handoff against devin-sim', () => {
  let sim: SimHandle;
  beforeAll(async () => {
    sim = await startSim();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('creates a session whose request is exactly the previewed prompt, title, tags and repos', async () => {
    const getApi = async () => ({
      client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id }),
      orgId: SIM_ORG.org_id,
    });
    const preview = fakeIO({ cwd: repo.dir });
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Finish the feature', '--tag', 'cli', '--dry-run', '--json'], preview.io)).toBe(0);
    const previewed = JSON.parse(preview.out()) as { request: Record<string, unknown> };

    const sent = fakeIO({ cwd: repo.dir });
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Finish the feature', '--tag', 'cli', '--json'], sent.io)).toBe(0);
    const report = JSON.parse(sent.out()) as { request: Record<string, unknown>; session: { session_id: string; url: string } };
    expect(report.request).toEqual(previewed.request);
    expect(report.session.url).toMatch(/^https:\/\//);
    expect(sim.control.getCreatedRequest(report.session.session_id)).toEqual(previewed.request);
    expect(previewed.request).toMatchObject({ repos: ['acme/widgets'], tags: ['handoff', 'cli'], title: 'Finish the feature' });
  });

  it('--knowledge: all (the default) sends null, none sends [], ids send only those; the sim receives exactly that', async () => {
    const getApi = async () => ({
      client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id }),
      orgId: SIM_ORG.org_id,
    });
    const cases: [string[], string[] | null][] = [
      [[], null],
      [['--knowledge', 'all'], null],
      [['--knowledge', 'none'], []],
      [['--knowledge', 'note-a,note-b'], ['note-a', 'note-b']],
    ];
    for (const [extra, expected] of cases) {
      const t = fakeIO({ cwd: repo.dir });
      expect(await createHandoffCommand({ getApi }).run(['--task', 'Finish the feature', '--json', ...extra], t.io)).toBe(0);
      const report = JSON.parse(t.out()) as { request: Record<string, unknown>; session: { session_id: string } };
      expect(report.request.knowledge_ids).toEqual(expected);
      const received = sim.control.getCreatedRequest(report.session.session_id) as Record<string, unknown>;
      expect(Object.hasOwn(received, 'knowledge_ids')).toBe(true);
      expect(received.knowledge_ids).toEqual(expected);
    }
  });

  it('a bad --knowledge value is a usage error and nothing is sent', async () => {
    const api = fakeApi();
    for (const bad of ['', 'a,,b', 'a b']) {
      const t = fakeIO({ cwd: repo.dir });
      expect(await createHandoffCommand({ getApi: api.getApi }).run(['--task', 'x', '--knowledge', bad], t.io)).toBe(2);
      expect(t.err()).toContain('--knowledge takes all, none or note ids');
    }
    expect(api.asked()).toBe(0);
  });
});
