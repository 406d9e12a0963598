import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffComposeRequest } from '../../shared/ipc/channels/handoff';
import { composeHandoff } from './compose-handoff';
import { composePreview, compositionToken } from './handoff-views';
import { inspectRepo } from './inspect-repo';
import { cleanCheckout, gitApply, isolateGitConfig, type TempRepo } from './repo-fixture';
import { secretsRepo, type SecretsRepo } from './secrets-repo-fixture';
import { sendHandoff, type DevinClientLike } from './send-handoff';
import { canGoAsSecret, effectiveResolutions, planSessionSecrets, secretSpan } from './session-secrets';
import type { Finding, HandoffRequest, RepoInspection, Resolution } from './types';

let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());
const made: TempRepo[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});

async function planted(seed = 2026): Promise<{ s: SecretsRepo; inspection: RepoInspection; findings: Finding[] }> {
  const s = secretsRepo(seed);
  made.push(s.repo);
  const inspection = await inspectRepo(s.repo.dir);
  return { s, inspection, findings: inspection.findings ?? [] };
}

/** Every value goes as a secret; what cannot (files flagged by name) is left out. */
const asSecrets = (findings: readonly Finding[], files: Resolution = 'exclude'): Record<string, Resolution> =>
  Object.fromEntries(findings.map((f) => [f.id, canGoAsSecret(f) ? 'secret' : files]));

function finding(over: Partial<Finding> & Pick<Finding, 'range'>): Finding {
  return { id: 'f1', rule: 'generic-secret', description: '', file: 'a.env', unitKey: 'a.env', place: 'added', line: 1, column: 1, preview: 'x', redactable: true, ...over };
}

describe('secretSpan', () => {
  it('reads a one-line value and the assignment before it', () => {
    const text = 'diff --git a/.env b/.env\n--- /dev/null\n+++ b/.env\n@@ -0,0 +1 @@\n+API_TOKEN="abc123def456"\n';
    const start = text.indexOf('abc');
    const span = secretSpan({ text, mode: 'diff' }, finding({ range: [start, start + 12] }));
    expect(span).toEqual({ range: [start, start + 12], value: 'abc123def456', before: 'API_TOKEN="', multiline: false });
  });

  it('widens a password in a URL to the whole URL (what code needs)', () => {
    const text = '@@ -1 +1 @@\n+DATABASE_URL=postgres://app:s3cr3tPw@db:5432/x # prod\n';
    const start = text.indexOf('s3cr3tPw');
    const span = secretSpan({ text, mode: 'diff' }, finding({ rule: 'connection-string', range: [start, start + 8] }));
    expect(span.value).toBe('postgres://app:s3cr3tPw@db:5432/x');
    expect(span.before).toBe('DATABASE_URL=');
    expect(text.slice(...span.range)).toBe(span.value);
  });

  it('reads a block over several lines without the diff markers, on one side only', () => {
    const text = '@@ -1,3 +1,3 @@\n-K=BEGIN\n-old\n-END\n+K=BEGIN\n+new\n+END\n';
    const start = text.indexOf('BEGIN', text.indexOf('+K'));
    const span = secretSpan({ text, mode: 'diff' }, finding({ rule: 'private-key', range: [start, text.length - 1] }));
    expect(span).toMatchObject({ value: 'BEGIN\nnew\nEND', before: 'K=', multiline: true });
    const oldStart = text.indexOf('BEGIN');
    const old = secretSpan({ text, mode: 'diff' }, finding({ rule: 'private-key', range: [oldStart, text.indexOf('\n+K')] }));
    expect(old.value).toBe('BEGIN\nold\nEND');
  });
});

describe('planSessionSecrets', () => {
  const text = 'A=aaaa1111\nB=bbbb2222\nC=aaaa1111\nTOKEN=cccc3333\n';
  const at = (needle: string, from = 0): [number, number] => {
    const i = text.indexOf(needle, from);
    return [i, i + needle.length];
  };
  const fs: Finding[] = [
    finding({ id: 'a', range: at('aaaa1111'), unitKey: 'u' }),
    finding({ id: 'b', range: at('bbbb2222'), unitKey: 'u' }),
    finding({ id: 'c', range: at('aaaa1111', 20), unitKey: 'u' }),
    finding({ id: 't', range: at('cccc3333'), unitKey: 'u' }),
  ];
  const unit = () => ({ text, mode: 'text' as const });
  const secret = Object.fromEntries(fs.map((f) => [f.id, 'secret' as const]));

  it('one secret per value, named from the first place it was found, unique', () => {
    const plan = planSessionSecrets(fs, secret, unit);
    expect(plan.secrets.map((s) => [s.key, s.value, s.findingIds, s.problem])).toEqual([
      ['A', 'aaaa1111', ['a', 'c'], null],
      ['B', 'bbbb2222', ['b'], null],
      ['TOKEN', 'cccc3333', ['t'], null],
    ]);
    expect(plan.refs.get('c')).toEqual({ key: 'A', range: fs[2]?.range, multiline: false });
    expect(plan.secrets[0]?.preview).toBe('aaaa…(8)');
  });

  it("the user's name wins; a derived name steps aside with a suffix", () => {
    const plan = planSessionSecrets(fs, secret, unit, { c: 'TOKEN' });
    expect(plan.secrets.map((s) => [s.key, s.edited, s.problem])).toEqual([
      ['TOKEN', true, null],
      ['B', false, null],
      ['TOKEN_2', false, null],
    ]);
  });

  it('a bad or duplicate typed name is a problem, kept visible', () => {
    const plan = planSessionSecrets(fs, secret, unit, { a: ' HAS SPACE ', b: 'SAME', t: 'SAME' });
    expect(plan.secrets.map((s) => [s.key, s.problem])).toEqual([
      ['HAS SPACE', 'chars'],
      ['SAME', null],
      ['SAME', 'duplicate'],
    ]);
    expect(planSessionSecrets(fs, secret, unit, { a: '' }).secrets[0]?.problem).toBe('empty');
  });

  it('a value over 65536 characters cannot be sent', () => {
    const big = `K=${'x1'.repeat(40_000)}\n`;
    const f = finding({ id: 'big', range: [2, big.length - 1], unitKey: 'u' });
    const plan = planSessionSecrets([f], { big: 'secret' }, () => ({ text: big, mode: 'text' }));
    expect(plan.secrets[0]?.problem).toBe('valueTooLong');
  });

  it('only findings resolved "secret" that are values; names never', () => {
    const name = finding({ id: 'n', place: 'header', redactable: false, range: [0, 4], unitKey: 'u' });
    const repo = finding({ id: 'r', place: 'repo', range: [0, 4], unitKey: 'u' });
    const plan = planSessionSecrets([...fs, name, repo], { ...secret, a: 'redact', n: 'secret', r: 'secret' }, unit);
    expect(plan.secrets.flatMap((s) => s.findingIds)).toEqual(['b', 'c', 't']);
    expect(effectiveResolutions([name, repo], { n: 'secret', r: 'secret' })).toEqual({ n: 'redact', r: 'redact' });
  });
});

describe('composeHandoff with session secrets (a real repository)', () => {
  it('the prompt holds references and no value; session_secrets hold every value, sensitive', async () => {
    const { s, inspection, findings } = await planted();
    const composed = composeHandoff({ inspection, task: 'Make checkout work against the staging database', resolutions: asSecrets(findings) });
    for (const v of s.values) expect(composed.prompt).not.toContain(v);
    expect(composed.request.session_secrets).toEqual([
      { key: 'STRIPE_SECRET_KEY', value: s.stripe, sensitive: true },
      { key: 'DATABASE_URL', value: s.dbUrl, sensitive: true },
      { key: 'DEPLOY_KEY_PEM', value: s.pem, sensitive: true },
    ]);
    // The same key found twice is one secret, referenced where the code uses it.
    expect(composed.sessionSecrets[0]?.findingIds).toHaveLength(2);
    expect(composed.prompt).toContain(`+export const stripeKey = process.env.STRIPE_SECRET_KEY ?? '«secret:STRIPE_SECRET_KEY»';`);
    expect(composed.prompt).toContain(
      'Session secrets: STRIPE_SECRET_KEY, DATABASE_URL, DEPLOY_KEY_PEM hold values taken out of this prompt; «secret:NAME» marks where the value of NAME was. A value over several lines is marked on its first line; its other lines are left empty.',
    );
    // .env and the key file are secrets by name: left out, their values still go as secrets.
    expect(composed.prompt).toContain('- .env: left out by the user (possible secret)');
    expect(composed.prompt).toContain('- deploy/key.pem: left out by the user (possible secret)');
    expect(JSON.stringify(composed.sessionSecrets)).not.toContain(s.stripe);
    expect(composed.sessionSecrets.map((x) => x.preview)).toEqual([`${s.stripe.slice(0, 4)}…(${s.stripe.length})`, 'post…(' + s.dbUrl.length + ')', '----…(' + s.pem.length + ')']);
  });

  it('a file sent with its values as references still applies; the key block keeps its line count', async () => {
    const { s, inspection, findings } = await planted();
    const resolutions = asSecrets(findings, 'allow');
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions });
    for (const v of s.values) expect(composed.prompt).not.toContain(v);
    const checkout = cleanCheckout(s.repo);
    try {
      gitApply(checkout.dir, composed.diff);
      expect(readFileSync(join(checkout.dir, '.env'), 'utf8')).toBe('STRIPE_SECRET_KEY=«secret:STRIPE_SECRET_KEY»\nDATABASE_URL=«secret:DATABASE_URL»\n');
      const key = readFileSync(join(checkout.dir, 'deploy/key.pem'), 'utf8');
      expect(key.split('\n')).toEqual(['«secret:DEPLOY_KEY_PEM»', ...s.pem.split('\n').slice(1).map(() => ''), '']);
    } finally {
      checkout.cleanup();
    }
  });

  it('org secrets: all / none / only → secret_ids null / [] / the ids', async () => {
    const { inspection, findings } = await planted();
    const base = { inspection, task: 'Fix', resolutions: asSecrets(findings) };
    expect(composeHandoff({ ...base, secrets: { kind: 'all' } }).request.secret_ids).toBeNull();
    expect(composeHandoff({ ...base, secrets: { kind: 'none' } }).request.secret_ids).toEqual([]);
    expect(composeHandoff({ ...base, secrets: { kind: 'only', ids: ['secret-1', 'secret-1', 'secret-2'] } }).request.secret_ids).toEqual(['secret-1', 'secret-2']);
    expect('secret_ids' in composeHandoff(base).request).toBe(false);
  });

  it('no secret chosen: no session_secrets, no line, the prompt as before', async () => {
    const { inspection, findings } = await planted();
    const redacted = composeHandoff({ inspection, task: 'Fix', resolutions: Object.fromEntries(findings.map((f) => [f.id, 'redact' as const])) });
    expect('session_secrets' in redacted.request).toBe(false);
    expect(redacted.prompt).not.toContain('Session secrets');
    expect(redacted.sessionSecrets).toEqual([]);
  });
});

describe('preview and send token', () => {
  const base: Omit<HandoffComposeRequest, 'inspectionId'> = { task: 'Fix', tags: [], resolutions: {}, excluded: [], maxBytes: 102_400, includeUnpushed: false };

  it('the preview shows names and masked values only; the token changes with a name or a value', async () => {
    const { s, inspection, findings } = await planted();
    const req = (extra: Partial<HandoffComposeRequest> = {}) => ({ ...base, resolutions: asSecrets(findings), ...extra });
    const a = composePreview('same-id', inspection, req());
    expect(a.view.blockers).toEqual([]);
    expect(a.view.sessionSecrets.map((x) => x.key)).toEqual(['STRIPE_SECRET_KEY', 'DATABASE_URL', 'DEPLOY_KEY_PEM']);
    for (const v of s.values) expect(JSON.stringify(a.view)).not.toContain(v);
    // Same bytes, same token; another name or another value (the prompt unchanged), another token.
    expect(composePreview('same-id', inspection, req()).view.token).toBe(a.view.token);
    const stripeId = a.view.sessionSecrets[0]?.findingIds[0] as string;
    const renamed = composePreview('same-id', inspection, req({ secretKeys: { [stripeId]: 'STRIPE_KEY' } }));
    expect(renamed.view.sessionSecrets[0]).toMatchObject({ key: 'STRIPE_KEY', derivedKey: 'STRIPE_SECRET_KEY', edited: true });
    expect(renamed.view.token).not.toBe(a.view.token);
    const request = a.sendable?.composed.request as HandoffRequest;
    expect(compositionToken('same-id', request)).toBe(a.view.token);
    const secrets = request.session_secrets ?? [];
    const otherValue = { ...request, session_secrets: secrets.map((x, i) => (i === 0 ? { ...x, value: `${x.value}X` } : x)) };
    expect(compositionToken('same-id', otherValue)).not.toBe(a.view.token);
  });

  it('a bad name blocks the preview and the send', async () => {
    const { inspection, findings } = await planted();
    const stripe = findings.find((f) => f.rule === 'stripe-live-key') as Finding;
    const result = composePreview('id', inspection, { ...base, resolutions: asSecrets(findings), secretKeys: { [stripe.id]: 'stripe key' } });
    expect(result.view.blockers).toEqual(['secrets']);
    expect(result.view.token).toBeNull();
    expect(result.view.sessionSecrets[0]?.problem).toBe('chars');
    const composed = composeHandoff({ inspection, task: 'Fix', resolutions: asSecrets(findings), secretKeys: { [stripe.id]: 'stripe key' } });
    let created = 0;
    const client: DevinClientLike = { sessions: { create: async () => ({ session_id: String(++created), url: '' }) } };
    await expect(sendHandoff(client, composed)).rejects.toMatchObject({ code: 'SESSION_SECRETS_INVALID', params: { count: 1 } });
    expect(created).toBe(0);
  });
});
