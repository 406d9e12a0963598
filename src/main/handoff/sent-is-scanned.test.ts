/**
 * What is sent is exactly the scanned, previewed text, for every kind of finding at once: removed
 * and context lines, a file name, a base64 key, an Azure key, an unpushed commit's message. The
 * preview masks them until decided; the sent request is byte for byte the preview's; scanned again
 * as plain text, a fully redacted prompt holds nothing, and an "allow" holds exactly what was allowed.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composePreview } from './handoff-views';
import { createHandoffService } from './handoff-service';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import { scanUnit } from './scan-secrets';
import type { HandoffRequest, RepoInspection, Resolution } from './types';

const cat = (...p: string[]): string => p.join('');
const gh = (seed: string): string => cat('gh', 'p_', seed.repeat(40).slice(0, 36));

let restore: () => void;
let repo: TempRepo;
let remoteDir: string;
let inspection: RepoInspection;
const secrets: Record<string, string> = {};

beforeAll(async () => {
  restore = isolateGitConfig();
  repo = makeRepo('sent-scanned-');
  remoteDir = mkdtempSync(join(tmpdir(), 'sent-scanned-remote-'));
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  secrets.context = gh('Cx1');
  secrets.removed = cat('Rm9', 'x!Q7v#T2', 'zzKp4');
  secrets.name = gh('Nm3');
  secrets.kube = Buffer.from(privateKey).toString('base64');
  secrets.azure = randomBytes(64).toString('base64');
  secrets.message = gh('Ms5');

  repo.write('app.py', `a = 1\nGITHUB = "${secrets.context}"\nb = 2\n`);
  repo.write('.env', `DB_PASSWORD=${secrets.removed}\n`);
  repo.commitAll('base');
  execFileSync('git', ['init', '-q', '--bare', join(remoteDir, 'r.git')]);
  repo.git('remote', 'add', 'origin', join(remoteDir, 'r.git'));
  repo.git('push', '-q', '-u', 'origin', 'main');
  repo.write('notes.txt', 'n\n');
  repo.commitAll(`Rotate keys\n\nold key was ${secrets.message}`);
  // Working tree: a context line, a deleted .env, a token in a file name, a kubeconfig, an Azure key.
  repo.write('app.py', `a = 1\nGITHUB = "${secrets.context}"\nb = 3\n`);
  unlinkSync(join(repo.dir, '.env'));
  repo.write(`drop/${secrets.name}.txt`, 'x\n');
  repo.write('k8s/admin.yaml', `users:\n- user:\n    client-key-data: ${secrets.kube}\n`);
  repo.write('appsettings.json', `{"s": "AccountName=a;${cat('Account', 'Key=')}${secrets.azure};EndpointSuffix=core.windows.net"}\n`);
  inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
});
afterAll(() => {
  repo.cleanup();
  rmSync(remoteDir, { recursive: true, force: true });
  restore();
});

const base = { task: 'Carry on', tags: [], excluded: [], maxBytes: 1_000_000, includeUnpushed: true };
const every = (r: Resolution): Record<string, Resolution> => Object.fromEntries((inspection.findings ?? []).map((f) => [f.id, r]));
const rescan = (prompt: string) => scanUnit({ key: 'prompt', path: 'prompt', diffText: prompt, mode: 'text' });

describe('every kind of finding, from inspection to the request sent', () => {
  it('finds each side door once, in its place', () => {
    const places = (inspection.findings ?? []).map((f) => `${f.place}:${f.rule}`).sort();
    expect(places).toEqual(
      [
        'added:azure-storage-key',
        'added:base64-private-key',
        'context:github-token',
        'file:risky-file:env',
        'header:github-token',
        'message:github-token',
        'removed:generic-secret',
      ].sort(),
    );
    // HEAD holds an unpushed commit: its removed and context lines are not on the remote.
    expect((inspection.findings ?? []).filter((f) => f.onRemote)).toEqual([]);
  });

  it('while undecided, the preview shows none of them', () => {
    const { view, sendable } = composePreview('i1', inspection, { ...base, resolutions: {} });
    expect(sendable).toBeNull();
    for (const s of Object.values(secrets)) expect(view.diff + view.patches).not.toContain(s.slice(0, 24));
  });

  it('all redacted (names left out): the sent request is the preview, and holds no secret', async () => {
    const { view, sendable } = composePreview('i1', inspection, { ...base, resolutions: every('redact') });
    expect(view.blockers).toEqual([]);
    const prompt = view.prompt ?? '';
    for (const s of Object.values(secrets)) expect(prompt).not.toContain(s.slice(0, 24));
    expect(rescan(prompt)).toEqual([]);

    const created: HandoffRequest[] = [];
    const stateDir = mkdtempSync(join(tmpdir(), 'sent-scanned-state-'));
    const service = createHandoffService({
      stateDir,
      sessions: { create: async (body) => (created.push(body), { sessionId: 's1', url: 'https://app.devin.ai/sessions/s1' }) },
    });
    const insp = await service.inspect({ path: repo.dir, ticket: 't1', includeUnpushed: true });
    const composed = service.compose({ ...base, inspectionId: insp.inspectionId, resolutions: Object.fromEntries(insp.findings.map((f) => [f.id, 'redact' as const])) });
    await service.send({ inspectionId: insp.inspectionId, token: composed.token ?? '' });
    expect(created).toHaveLength(1);
    expect(created[0]?.prompt).toBe(composed.prompt);
    expect(created[0]?.prompt).toBe(prompt);
    service.dispose();
    rmSync(stateDir, { recursive: true, force: true });
    expect(sendable?.composed.request.prompt).toBe(prompt);
  });

  it('all allowed: every secret found is in the prompt, and a rescan finds nothing that was not found', () => {
    const { view } = composePreview('i1', inspection, { ...base, resolutions: every('allow') });
    const prompt = view.prompt ?? '';
    for (const s of Object.values(secrets)) expect(prompt).toContain(s);
    const known = new Set(Object.values(secrets));
    // The rescan sees the same secrets (a file name's twice: diff header and diffstat), nothing new.
    const again = rescan(prompt).map((f) => prompt.slice(...f.range));
    expect(again.filter((s) => ![...known].some((k) => k.includes(s) || s.includes(k)))).toEqual([]);
  });
});
