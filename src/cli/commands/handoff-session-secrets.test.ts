import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import type { RequestLog } from '../../main/api/request-log';
import { isolateGitConfig, type TempRepo } from '../../main/handoff/repo-fixture';
import { secretsRepo, type SecretsRepo } from '../../main/handoff/secrets-repo-fixture';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import type { CliIO } from '../types';
import { createHandoffCommand } from './handoff';

/** `devin-tray handoff --secrets-as-session-secrets` and `--secrets`, against devin-sim and real git. */

function fakeIO(cwd: string, locale: CliIO['locale'] = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd, locale };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

let restore: () => void;
let sim: SimHandle;
let s: SecretsRepo;
const requestLog: RequestLog[] = [];
const made: TempRepo[] = [];

beforeAll(async () => {
  restore = isolateGitConfig();
  sim = await startSim();
  s = secretsRepo(4242, 'handoff-cli-secrets-');
  made.push(s.repo);
});
afterEach(() => {
  requestLog.length = 0;
});
afterAll(async () => {
  for (const r of made) r.cleanup();
  await sim.close();
  restore();
});

const getApi = async () => ({
  client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, onRequest: (l) => requestLog.push(l) }),
  orgId: SIM_ORG.org_id,
});

interface Report {
  findings: Array<{ rule: string; file: string; resolution: string | null; secretKey?: string }>;
  prompt: string;
  request: { prompt: string; secret_ids?: unknown; session_secrets?: Array<{ key: string; value: string; sensitive: boolean }> };
  session?: { session_id: string; url: string };
}

describe('devin-tray handoff --secrets-as-session-secrets', () => {
  it('sends each value as a sensitive session secret and none in the prompt; --json shows them masked; no log holds a value', async () => {
    const t = fakeIO(s.repo.dir);
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Run checkout against staging', '--secrets-as-session-secrets', '--json'], t.io)).toBe(0);
    const report = JSON.parse(t.out()) as Report;

    // What devin-sim received: references in the prompt, the values in session_secrets.
    const id = report.session?.session_id as string;
    expect(sim.control.sessionSecretsOf(id)).toEqual([
      { key: 'STRIPE_SECRET_KEY', value: s.stripe, sensitive: true },
      { key: 'DATABASE_URL', value: s.dbUrl, sensitive: true },
      { key: 'DEPLOY_KEY_PEM', value: s.pem, sensitive: true },
    ]);
    const received = sim.control.getCreatedRequest(id) as { prompt: string };
    expect(received.prompt).toBe(report.request.prompt);
    expect(received.prompt).toContain('«secret:STRIPE_SECRET_KEY»');
    expect(received.prompt).toContain('Session secrets: STRIPE_SECRET_KEY, DATABASE_URL, DEPLOY_KEY_PEM hold values taken out of this prompt');

    // What the CLI printed: names and masked previews.
    expect(report.request.session_secrets).toEqual([
      { key: 'STRIPE_SECRET_KEY', value: `${s.stripe.slice(0, 4)}…(${s.stripe.length})`, sensitive: true },
      { key: 'DATABASE_URL', value: `post…(${s.dbUrl.length})`, sensitive: true },
      { key: 'DEPLOY_KEY_PEM', value: `----…(${s.pem.length})`, sensitive: true },
    ]);
    const stripeFindings = report.findings.filter((f) => f.rule === 'stripe-live-key' && f.file === 'src/billing.ts');
    expect(stripeFindings).toEqual([expect.objectContaining({ resolution: 'secret', secretKey: 'STRIPE_SECRET_KEY' })]);

    // No value anywhere: the prompt, CLI output, the client's request log, the sim's request log.
    const everything = [received.prompt, t.out(), t.err(), JSON.stringify(requestLog), JSON.stringify(sim.control.getRequests())].join('\n');
    expect(requestLog.some((l) => l.method === 'POST' && l.url.endsWith('/sessions'))).toBe(true);
    for (const v of s.values) expect(everything).not.toContain(v);
    expect(everything).not.toContain(s.dbUrl);
  });

  it('human output lists the session secrets by name, masked, with where each was found (en and zh-CN)', async () => {
    const en = fakeIO(s.repo.dir);
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Fix', '--secrets-as-session-secrets', '--dry-run'], en.io)).toBe(0);
    expect(en.out()).toContain('Session secrets (3; sent as sensitive, values not shown):');
    expect(en.out()).toContain(`  STRIPE_SECRET_KEY  ${s.stripe.slice(0, 4)}…(${s.stripe.length})  (.env:1, src/billing.ts:2)`);
    expect(en.out()).toContain('→ session secret STRIPE_SECRET_KEY');
    const zh = fakeIO(s.repo.dir, 'zh-CN');
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Fix', '--secrets-as-session-secrets', '--dry-run'], zh.io)).toBe(0);
    expect(zh.out()).toContain('会话密钥（3 个；标记为敏感发送，不显示值）：');
    expect(zh.out()).toContain('→ 作为会话密钥 DATABASE_URL');
    for (const v of s.values) expect(en.out() + zh.out()).not.toContain(v);
    expect(requestLog).toEqual([]);
  });

  it('without a decision, exit 3 names the new flag; two decisions are a usage error', async () => {
    const blocked = fakeIO(s.repo.dir);
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Fix'], blocked.io)).toBe(3);
    expect(blocked.err()).toContain('--secrets-as-session-secrets');
    const both = fakeIO(s.repo.dir);
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Fix', '--redact', '--secrets-as-session-secrets'], both.io)).toBe(2);
    expect(both.err()).toContain('Choose one of --redact, --allow-secrets and --secrets-as-session-secrets.');
    expect(requestLog).toEqual([]);
  });
});

describe('devin-tray handoff --secrets (org secrets)', () => {
  it('all (the default) sends null, none sends [], ids send only those; the sim receives exactly that', async () => {
    const clean = secretsRepo(7, 'handoff-cli-orgsecrets-');
    made.push(clean.repo);
    clean.repo.git('stash', '-u', '-q');
    clean.repo.write('src/billing.ts', 'export const currency = "usd";\n');
    const cases: [string[], string[] | null][] = [
      [[], null],
      [['--secrets', 'all'], null],
      [['--secrets', 'none'], []],
      [['--secrets', 'secret-a,secret-b'], ['secret-a', 'secret-b']],
    ];
    for (const [extra, expected] of cases) {
      const t = fakeIO(clean.repo.dir);
      expect(await createHandoffCommand({ getApi }).run(['--task', 'Fix', '--json', ...extra], t.io)).toBe(0);
      const report = JSON.parse(t.out()) as Report;
      expect(report.request.secret_ids).toEqual(expected);
      const received = sim.control.getCreatedRequest(report.session?.session_id as string) as Record<string, unknown>;
      expect(Object.hasOwn(received, 'secret_ids')).toBe(true);
      expect(received.secret_ids).toEqual(expected);
      expect(Object.hasOwn(received, 'session_secrets')).toBe(false);
    }
    const bad = fakeIO(clean.repo.dir);
    expect(await createHandoffCommand({ getApi }).run(['--task', 'Fix', '--secrets', 'a,,b'], bad.io)).toBe(2);
    expect(bad.err()).toContain('--secrets takes all, none or secret ids separated by commas');
  });
});
