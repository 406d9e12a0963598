import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, plantCorpus, type BuiltCorpus } from '../../../test/fixtures/secrets/planted/corpus';
import { composeHandoff } from './compose-handoff';
import { inspectRepo } from './inspect-repo';
import { cleanCheckout, gitApply, isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import { redactionMarker } from './resolutions';
import { sendHandoff, type DevinClientLike } from './send-handoff';
import type { Finding, RepoInspection, Resolution } from './types';

let restore: () => void;
let repo: TempRepo;
let corpus: BuiltCorpus;
let inspection: RepoInspection;
let findings: Finding[];

beforeAll(async () => {
  restore = isolateGitConfig();
  corpus = buildCorpus(7);
  repo = makeRepo();
  plantCorpus(repo, corpus);
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/planted.git');
  inspection = await inspectRepo(repo.dir);
  findings = inspection.findings ?? [];
});
afterAll(() => {
  repo.cleanup();
  restore();
});

const all = (r: Resolution): Record<string, Resolution> => Object.fromEntries(findings.map((f) => [f.id, r]));

/** Applies the composed diff on a clean checkout and returns a reader of the result. */
function applied(diff: string): { read: (path: string) => string; cleanup: () => void } {
  const checkout = cleanCheckout(repo);
  gitApply(checkout.dir, diff);
  return { read: (p) => readFileSync(join(checkout.dir, p), 'utf8'), cleanup: checkout.cleanup };
}

describe('composeHandoff with findings', () => {
  it('refuses while any finding is unresolved, listing them masked', () => {
    const partial = Object.fromEntries(findings.slice(1).map((f) => [f.id, 'allow' as const]));
    let error: unknown;
    try {
      composeHandoff({ inspection, task: 'Fix', resolutions: partial });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'SECRETS_FOUND', params: { count: 1 } });
    const listed = (error as { details: { findings: Array<{ id: string; preview: string }> } }).details.findings;
    expect(listed.map((f) => f.id)).toEqual([findings[0]?.id]);
    expect(JSON.stringify(listed)).not.toContain(corpus.expected[0]?.secret);
  });

  it('redacts every secret in what is sent (removed and context lines too); files redacted in added lines only still apply', () => {
    const composed = composeHandoff({ inspection, task: 'Fix the deploy', resolutions: all('redact'), maxBytes: 10_000_000 });
    for (const e of corpus.expected) expect(composed.prompt).not.toContain(e.secret.split('\n')[0]);
    expect(composed.prompt).toContain(redactionMarker('github-token'));
    // Files that are secrets by name cannot be redacted: they are left out (a deleted .env too).
    const excluded = composed.files.filter((f) => f.reason === 'excluded').map((f) => f.path);
    expect(excluded).toContain('.npmrc');
    expect(excluded).toContain('keys/id_ed25519');
    expect(excluded).toContain('deploy/.env.staging');
    // A redacted removed or context line no longer matches HEAD: the prompt says which file.
    expect(composed.prompt).toContain(
      'Possible secrets were redacted (marked «redacted:…») in removed or unchanged lines of: scripts/deploy.py. Those hunks do not apply verbatim',
    );
    expect(composed.diff).toContain(`-OLD_TOKEN = "${redactionMarker('github-token')}"`);
    expect(composed.diff).toContain(` ${'   '} LEGACY_SECRET = "${redactionMarker('generic-secret')}"`);
    const blocks = composed.diff.split(/(?=^diff --git )/m);
    const out = applied(blocks.filter((b) => !b.startsWith('diff --git a/scripts/deploy.py ')).join(''));
    try {
      // Each redacted line keeps its place: the file equals the original with secrets replaced.
      let expectedConfig = corpus.files.find((f) => f.path === 'src/config.ts')?.content ?? '';
      for (const e of corpus.expected.filter((x) => x.file === 'src/config.ts')) {
        expectedConfig = expectedConfig.replace(e.secret, redactionMarker(e.rule));
      }
      expect(out.read('src/config.ts')).toBe(expectedConfig);
      const setup = out.read('docs/setup ünïcode.md');
      expect(setup).not.toContain('PRIVATE');
      expect(setup.split('\n').length).toBe((corpus.files.find((f) => f.path === 'docs/setup ünïcode.md')?.content ?? '').split('\n').length);
    } finally {
      out.cleanup();
    }
  });

  it('leaves out excluded files whole', () => {
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions: all('exclude'), maxBytes: 10_000_000 });
    const withFindings = new Set(findings.map((f) => f.unitKey));
    for (const f of composed.files) {
      if (withFindings.has(f.key)) expect(f).toMatchObject({ included: false, reason: 'excluded' });
    }
    expect(composed.files.find((f) => f.path === '.env.example')?.included).toBe(true);
    expect(composed.prompt).toContain('- src/config.ts: left out by the user (possible secret)');
    for (const e of corpus.expected) expect(composed.diff).not.toContain(e.secret);
    applied(composed.diff).cleanup();
  });

  it('sends allowed secrets unchanged', () => {
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions: all('allow'), maxBytes: 10_000_000 });
    for (const e of corpus.expected) expect(composed.diff).toContain(e.secret.split('\n')[0]);
  });

  it('is deterministic and shaped as documented', () => {
    const input = { inspection, task: '  Fix the deploy script\nDetails follow.  ', tags: ['ops', 'handoff', ' '], resolutions: all('redact') };
    const a = composeHandoff(input);
    const b = composeHandoff(input);
    expect(a.prompt).toBe(b.prompt);
    expect(a.request).toEqual({ title: 'Fix the deploy script', tags: ['handoff', 'ops'], repos: ['acme/planted'], prompt: a.prompt });
    const lines = a.prompt.split('\n');
    expect(lines.slice(0, 5)).toEqual(['Repo: acme/planted (branch: main)', '', 'Fix the deploy script', 'Details follow.', '']);
    expect(lines[5]).toBe('Uncommitted changes:');
    // `origin` was added but never fetched: what the remote has is unknown, and the prompt says so.
    expect(lines[6]).toMatch(/^Base: [0-9a-f]{40} \(no upstream branch; no remote-tracking branches, so which commits are not on the remote is unknown\)$/);
    expect(a.prompt).toContain(`\`\`\`diff\n${a.diff}\`\`\`\n`);
  });
});

describe('sendHandoff', () => {
  const fakeClient = (calls: unknown[]): DevinClientLike => ({
    sessions: {
      create: async (body) => {
        calls.push(body);
        return { session_id: 'devin-1', url: 'https://app.devin.ai/sessions/devin-1' };
      },
    },
  });

  it('sends the composed request once', async () => {
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions: all('redact') });
    const calls: unknown[] = [];
    await expect(sendHandoff(fakeClient(calls), composed)).resolves.toEqual({ session_id: 'devin-1', url: 'https://app.devin.ai/sessions/devin-1' });
    expect(calls).toEqual([composed.request]);
  });

  it('refuses when a finding has no resolution, and sends nothing', async () => {
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions: all('redact') });
    const tampered = { ...composed, resolutions: {} };
    const calls: unknown[] = [];
    await expect(sendHandoff(fakeClient(calls), tampered)).rejects.toMatchObject({ code: 'SECRETS_FOUND' });
    expect(calls).toEqual([]);
  });

  it('does not retry a failed create', async () => {
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions: all('redact') });
    let n = 0;
    const failing: DevinClientLike = {
      sessions: {
        create: async () => {
          n += 1;
          throw new Error('socket hang up');
        },
      },
    };
    await expect(sendHandoff(failing, composed)).rejects.toThrow('socket hang up');
    expect(n).toBe(1);
  });
});
