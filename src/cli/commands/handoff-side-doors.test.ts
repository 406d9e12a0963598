/**
 * Issue #11, point 3: no secret leaves by a side door. Each case is a real repository handed to
 * `devin-tray handoff REPO --dry-run --json`; the command must stop with exit 3 (a finding to
 * decide on) or keep the value out of everything it prints. Secrets are built at run time so this
 * file holds no literal that a scanner (ours included, on the clean corpus) would flag.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isolateGitConfig, makeRepo, type TempRepo } from '../../main/handoff/repo-fixture';
import type { CliIO } from '../types';
import { createHandoffCommand, HANDOFF_EXIT } from './handoff';

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  place?: string;
  onRemote?: boolean;
  preview: string;
}
interface JsonReport {
  remoteUrl: string | null;
  findings: JsonFinding[];
  prompt: string | null;
  warnings: Array<{ code: string; message: string }>;
}

/** Runs the command as `handoff DIR --task … --dry-run --json [extra]`; nothing can be sent. */
async function handoff(dir: string, extra: string[] = []): Promise<{ code: number; out: string; err: string; report: JsonReport }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: '/', locale: 'en' };
  const command = createHandoffCommand({
    getApi: () => Promise.reject(new Error('a dry run must not ask for the API')),
  });
  const code = await command.run([dir, '--task', 'Carry on', '--dry-run', '--json', ...extra], io);
  return { code, out: out.join(''), err: err.join(''), report: JSON.parse(out.join('')) as JsonReport };
}

const cat = (...parts: string[]): string => parts.join('');
/** A GitHub-shaped token (built here, never written in this file). */
const ghToken = (seed: string): string => cat('gh', 'p_', seed.repeat(40).slice(0, 36));
/** A password-like value with digits and symbols. */
const password = (seed: string): string => cat(seed, 'Q7v!rT9#', seed.toUpperCase(), 'x2');

let restore: () => void;
const repos: TempRepo[] = [];
const scratch: string[] = [];
beforeAll(() => {
  restore = isolateGitConfig();
});
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(() => restore());

function repo(): TempRepo {
  const r = makeRepo('side-door-');
  repos.push(r);
  return r;
}

/** A bare "remote" that has HEAD, so what HEAD holds is already on the remote. */
function pushToBareRemote(r: TempRepo): void {
  const base = mkdtempSync(join(tmpdir(), 'side-door-remote-'));
  scratch.push(base);
  const bare = join(base, 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', bare]);
  r.git('remote', 'add', 'origin', bare);
  r.git('push', '-q', '-u', 'origin', 'main');
}

describe('lines that are not added still leave the machine', () => {
  it('a committed .env deleted now: its removed lines go out whole, so they are findings (no remote)', async () => {
    const r = repo();
    const pw = password('envdel');
    r.write('README.md', 'x\n');
    r.write('.env', `DATABASE_PASSWORD=${pw}\n`);
    r.commitAll('add env');
    unlinkSync(join(r.dir, '.env'));
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'risky-file:env', file: '.env' }),
        expect.objectContaining({ rule: 'generic-secret', file: '.env', line: 1, place: 'removed' }),
      ]),
    );
    expect(res.out).not.toContain(pw);
  });

  it('a secret in an unchanged context line is a finding; with HEAD on the remote it is labelled so, and still stops', async () => {
    const r = repo();
    const t = ghToken('Ctx9');
    r.write('app.py', `a = 1\nGITHUB = "${t}"\nb = 2\n`);
    r.commitAll('app');
    r.write('app.py', `a = 1\nGITHUB = "${t}"\nb = 3\n`);
    const local = await handoff(r.dir);
    expect(local.code).toBe(HANDOFF_EXIT.secrets);
    expect(local.report.findings).toEqual([expect.objectContaining({ rule: 'github-token', file: 'app.py', line: 2, place: 'context', onRemote: false })]);

    pushToBareRemote(r);
    const pushed = await handoff(r.dir);
    expect(pushed.code).toBe(HANDOFF_EXIT.secrets);
    expect(pushed.report.findings).toEqual([expect.objectContaining({ rule: 'github-token', place: 'context', onRemote: true })]);
    expect(pushed.out).not.toContain(t);
  });
});

describe('file names and diff headers', () => {
  it('a secret-shaped file renamed without a change of content is flagged by name', async () => {
    const r = repo();
    r.write('keys/id_rsa', 'not really a key, but named like one\n');
    r.commitAll('key');
    renameSync(join(r.dir, 'keys/id_rsa'), join(r.dir, 'keys/id_rsa.old'));
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'risky-file:ssh-key', file: 'keys/id_rsa.old' })]);
  });

  it('a deleted key store (binary: only its name would go) is flagged by name', async () => {
    const r = repo();
    r.write('certs/client.p12', Buffer.concat([Buffer.from([0x30, 0x82, 0, 0, 0]), randomBytes(64)]));
    r.commitAll('p12');
    unlinkSync(join(r.dir, 'certs/client.p12'));
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'risky-file:pkcs12', file: 'certs/client.p12' })]);
  });

  it.each([
    ['kubeconfig', 'risky-file:kubeconfig'],
    ['deploy/gcp-service-account.json', 'risky-file:service-account'],
    ['config/credentials-prod.json', 'risky-file:credentials'],
  ])('%s is secret-shaped by name', async (path, rule) => {
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.write(path, '{}\n');
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule, file: path, line: 0 })]);
  });

  it('a token in a file name (diff header, diffstat) is a finding', async () => {
    const r = repo();
    const t = ghToken('Nm4');
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.write(`notes/${t}.txt`, 'hello\n');
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'github-token', place: 'header' })]);
    // The dry run shows the would-be prompt with the file (a name cannot be masked) left out.
    expect(res.report.prompt).not.toContain(t);
    // A name cannot be redacted: --redact leaves the file out, and its name with it.
    const redacted = await handoff(r.dir, ['--redact']);
    expect(redacted.code).toBe(HANDOFF_EXIT.ok);
    expect(redacted.report.prompt).not.toContain(t);
    expect(redacted.report.prompt).toContain('- 1 more file, not named here or in the list of changes: left out by the user (the name holds a possible secret)');
  });
});

describe('unpushed commits', () => {
  /** A repo whose main is on a bare remote, plus one local commit made by `commit`. */
  function withUnpushed(commit: (r: TempRepo) => void): TempRepo {
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    pushToBareRemote(r);
    commit(r);
    return r;
  }

  it('a commit message holding a `diff --git` line is still a message, and is scanned', async () => {
    const t = ghToken('Msg2');
    const r = withUnpushed((x) => {
      x.write('notes.txt', 'n\n');
      x.commitAll(`Tidy up\n\ndiff --git a/notes.txt b/notes.txt\n--- a/notes.txt\n+++ b/notes.txt\ndeploy key: ${t}\n`);
    });
    const res = await handoff(r.dir, ['--include-unpushed']);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'github-token', place: 'message' })]);
  });

  it('a non-ASCII subject is not Q-encoded around a token', async () => {
    const t = ghToken('Zh5');
    const r = withUnpushed((x) => {
      x.write('a.txt', 'a\n');
      x.commitAll(`修复部署 ${t}`);
    });
    const res = await handoff(r.dir, ['--include-unpushed']);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'github-token', place: 'message' })]);
  });

  it('a binary file of an unpushed commit is named, never inlined as a base85 patch', async () => {
    const t = ghToken('Bin7');
    const r = withUnpushed((x) => {
      x.write('assets/blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(t), randomBytes(32)]));
      x.commitAll('blob');
    });
    const res = await handoff(r.dir, ['--include-unpushed']);
    expect(res.code).toBe(HANDOFF_EXIT.ok);
    expect(res.report.prompt).toContain('Binary files /dev/null and b/assets/blob.bin differ');
    expect(res.report.prompt).not.toContain('GIT binary patch');
  });
});

describe('new content rules', () => {
  it('kubeconfig client-key-data (base64 PEM) is a finding; certificate data is not', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const keyData = Buffer.from(privateKey).toString('base64');
    const certData = Buffer.from(cat('-----BEGIN CERT', 'IFICATE-----\n', 'MIIB'.repeat(40), '\n-----END CERT', 'IFICATE-----\n')).toString('base64');
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.write('deploy/cluster.yaml', `users:\n- name: admin\n  user:\n    client-certificate-data: ${certData}\n    client-key-data: ${keyData}\n`);
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'base64-private-key', file: 'deploy/cluster.yaml', line: 5 })]);
    expect(res.out).not.toContain(keyData.slice(0, 40));
  });

  it('an Azure storage connection string (AccountKey=) and a SAS signature are findings', async () => {
    const key = randomBytes(64).toString('base64');
    const sig = encodeURIComponent(randomBytes(32).toString('base64'));
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.write(
      'appsettings.json',
      `{\n  "Storage": "DefaultEndpointsProtocol=https;AccountName=acme;${cat('Account', 'Key=')}${key};EndpointSuffix=core.windows.net",\n  "Blob": "https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&${cat('si', 'g=')}${sig}"\n}\n`,
    );
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings.map((f) => [f.rule, f.line])).toEqual([
      ['azure-storage-key', 2],
      ['azure-sas-signature', 3],
    ]);
    expect(res.out).not.toContain(key.slice(4, 30));
  });

  it('a JSON-escaped private key in a notebook is a finding', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: [`KEY = ${JSON.stringify(privateKey)}\n`], outputs: [] }], nbformat: 4, nbformat_minor: 5 }, null, 1);
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.write('analysis.ipynb', `${notebook}\n`);
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'private-key', file: 'analysis.ipynb' })]);
    expect(res.out).not.toContain(privateKey.split('\n')[1]?.slice(0, 30));
  });
});

describe('remote URLs lose userinfo, query and fragment', () => {
  const secret = (s: string): string => cat('Sx', s, '9q7Lw3Pz');
  it.each([
    ['query', (s: string) => `https://gitlab.com/acme/widgets.git?private_token=${s}`, 'https://gitlab.com/acme/widgets.git'],
    ['fragment', (s: string) => `https://github.com/acme/widgets.git#${s}`, 'https://github.com/acme/widgets.git'],
    ['scp user:password', (s: string) => `deploy:${s}@github.com:acme/widgets.git`, 'github.com:acme/widgets.git'],
    ['https userinfo', (s: string) => `https://x-access-token:${s}@github.com/acme/widgets.git`, 'https://github.com/acme/widgets.git'],
  ])('%s: never in --json remoteUrl or anywhere in the output', async (_name, url, shown) => {
    const s = secret(_name.replace(/\W/g, ''));
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.git('remote', 'add', 'origin', url(s));
    r.write('README.md', 'y\n');
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.ok);
    expect(res.report.remoteUrl).toBe(shown);
    expect(res.out + res.err).not.toContain(s);
  });

  it('a remote that is not a hosted repository keeps the token out of its warning too', async () => {
    const s = secret('warn');
    const r = repo();
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.git('remote', 'add', 'origin', `https://example.invalid/?token=${s}`);
    r.write('README.md', 'y\n');
    const res = await handoff(r.dir);
    expect(res.report.warnings.map((w) => w.code)).toContain('REMOTE_NOT_HOSTED');
    expect(res.out + res.err).not.toContain(s);
  });
});

describe('the prompt’s first lines', () => {
  it('a token in the branch name is a finding; redacted, the prompt names the branch with the marker', async () => {
    const r = repo();
    const t = ghToken('Br8');
    r.write('README.md', 'x\n');
    r.commitAll('init');
    r.git('checkout', '-q', '-b', `fix/${t}`);
    r.write('README.md', 'y\n');
    const res = await handoff(r.dir);
    expect(res.code).toBe(HANDOFF_EXIT.secrets);
    expect(res.report.findings).toEqual([expect.objectContaining({ rule: 'github-token', place: 'repo', file: 'branch' })]);
    const redacted = await handoff(r.dir, ['--redact']);
    expect(redacted.code).toBe(HANDOFF_EXIT.ok);
    expect(redacted.report.prompt).not.toContain(t);
    expect(redacted.report.prompt).toContain('(branch: fix/«redacted:github-token»)');
  });
});
