import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, plantCorpus, PLANTED_FILES, type BuiltCorpus } from '../../../test/fixtures/secrets/planted/corpus';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import { RISKY_FILE_RULES, riskyFileRule } from './risky-files';
import { labelOnRemote, maskSecret, scanForSecrets, scanUnit } from './scan-secrets';
import { SECRET_RULES } from './secret-rules';
import type { Finding, RepoInspection } from './types';

const where = (f: { place: string; rule: string; file: string; line: number; column: number }): string => `${f.place} ${f.rule} ${f.file}:${f.line}:${f.column}`;

/** A diff block adding `lines` to a new file. */
function newFileDiff(path: string, lines: string[]): string {
  return `diff --git a/${path} b/${path}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}\n`).join('')}`;
}

/** Builds a token at run time so this file holds no literal secret. */
const ghToken = (fill: string): string => ['gh', 'p_', fill.repeat(36).slice(0, 36)].join('');

describe('the planted corpus, handed off from a real repository', () => {
  let restore: () => void;
  let repo: TempRepo;
  let corpus: BuiltCorpus;
  let inspection: RepoInspection;

  beforeAll(async () => {
    restore = isolateGitConfig();
    corpus = buildCorpus();
    repo = makeRepo();
    plantCorpus(repo, corpus);
    // A binary file holding a token: listed by size, never scanned, never sent.
    repo.write('assets/blob.bin', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(ghToken('Zz9'))]));
    inspection = await inspectRepo(repo.dir);
  });
  afterAll(() => {
    repo.cleanup();
    restore();
  });

  it('finds 100% of the planted secrets at their line and column (added, removed and context lines)', () => {
    const found = new Set((inspection.findings ?? []).map(where));
    const missing = corpus.expected.filter((e) => !found.has(where(e)));
    expect(missing.map(where)).toEqual([]);
    expect(corpus.expected.length).toBeGreaterThan(50);
    expect(new Set(corpus.expected.map((e) => e.place))).toEqual(new Set(['added', 'removed', 'context']));
  });

  it('reports nothing else: no template, no public key, no certificate, no binary content', () => {
    const expected = new Set(corpus.expected.map(where));
    const risky = new Set(PLANTED_FILES.filter((f) => f.risky).map((f) => `file ${f.risky} ${f.path}:0:0`));
    const extra = (inspection.findings ?? []).filter((f) => !expected.has(where(f)) && !risky.has(where(f)));
    expect(extra.map(where)).toEqual([]);
    expect(inspection.files.find((f) => f.path === 'assets/blob.bin')?.binary).toBe(true);
  });

  it('flags every risky file by name, and not templates or public keys', () => {
    const flagged = (inspection.findings ?? []).filter((f) => f.line === 0).map((f) => `${f.rule} ${f.file}`);
    expect(flagged.sort()).toEqual(PLANTED_FILES.filter((f) => f.risky).map((f) => `${f.risky} ${f.path}`).sort());
  });

  it('covers every rule of both tables', () => {
    const rules = new Set((inspection.findings ?? []).map((f) => f.rule));
    const all = [...SECRET_RULES.map((r) => r.id), ...RISKY_FILE_RULES.map((r) => r.id)];
    expect(all.filter((id) => !rules.has(id))).toEqual([]);
  });

  it('masks previews and never shows a hidden secret', () => {
    for (const e of corpus.expected) {
      const f = (inspection.findings ?? []).find((x) => where(x) === where(e)) as Finding;
      expect(f.preview).toBe(maskSecret(e.secret));
      expect(f.preview).not.toContain(e.secret.slice(4));
    }
    const all = (inspection.findings ?? []).map((f) => f.preview).join('\n');
    for (const h of corpus.hidden) expect(all).not.toContain(h.slice(0, 8));
  });

  it('gives the same findings when scanning after the fact as while streaming', () => {
    // This repository has no remote: removed and context lines are ordinary findings, not "on the remote".
    expect(labelOnRemote(scanForSecrets(inspection.files), false)).toEqual(inspection.findings);
    expect((inspection.findings ?? []).filter((f) => f.onRemote)).toEqual([]);
  });
});

describe('scanUnit', () => {
  it('scans every line: added and context lines numbered in the new file, removed lines in the old one', () => {
    const t = ghToken('Ab1');
    const text = [
      'diff --git a/f.ts b/f.ts',
      'index 1111111..2222222 100644',
      '--- a/f.ts',
      '+++ b/f.ts',
      '@@ -1,3 +1,3 @@',
      ` const context = '${t}';`,
      `-const removed = '${t}';`,
      `+const added = '${t}';`,
      ' end',
      '@@ -40,2 +40,3 @@',
      ' a',
      `+  x = "${t}"`,
      ' b',
      '',
    ].join('\n');
    const found = scanUnit({ key: 'f.ts', path: 'f.ts', diffText: text });
    expect(found.map((f) => [f.place, f.rule, f.line, f.column])).toEqual([
      ['context', 'github-token', 1, 18],
      ['removed', 'github-token', 2, 18],
      ['added', 'github-token', 2, 16],
      ['added', 'github-token', 41, 8],
    ]);
    for (const f of found) expect(text.slice(...f.range)).toBe(t);
    expect(new Set(found.map((f) => f.id)).size).toBe(4);
    expect(found.every((f) => f.redactable)).toBe(true);
  });

  it('keeps CRLF and unicode columns right', () => {
    const t = ghToken('Qq7');
    const found = scanUnit({ key: 'x', path: 'x', diffText: newFileDiff('x', [`ünï = "${t}"\r`]) });
    expect(found.map((f) => [f.line, f.column, f.preview])).toEqual([[1, 8, maskSecret(t)]]);
  });

  it('skips placeholders, references and plain identifiers in assignments', () => {
    const lines = [
      'password = "changeme"',
      'DB_PASSWORD=${DB_PASSWORD}',
      'token: string;',
      'const secret = process.env.SECRET_KEY;',
      'api_key = "<your api key>"',
      'auth = this.config.authToken',
      'password: "xxxxxxxxxxxx"',
      'secretKey: CryptoKeyPair',
      'postgres://user:password@localhost/db',
      'https://user:${PASS}@example.com',
      'Authorization: Bearer <token>',
    ];
    expect(scanUnit({ key: 'x', path: 'x', diffText: newFileDiff('x', lines) })).toEqual([]);
  });

  it('finishes quickly on adversarial input (no catastrophic backtracking)', () => {
    const lines = [
      'a'.repeat(200_000),
      `password${'='.repeat(50_000)}`,
      `${['-----BEGIN RSA', ' PRIVATE KEY-----'].join('')}${'A'.repeat(100_000)}`,
      '://'.repeat(30_000),
      `token${' '.repeat(40_000)}:`,
      'eyJ'.repeat(30_000),
      `${'x'.repeat(1000)}@${':'.repeat(1000)}`,
    ];
    const found = scanUnit({ key: 'x', path: 'x', diffText: newFileDiff('x', lines) });
    expect(found.map((f) => f.rule)).toEqual(['private-key']);
  });

  it('scans only the names of binaries and non-UTF-8 files (their content is never sent), and text units count every line', () => {
    const t = ghToken('Mm3');
    const binary = `diff --git a/img.png b/img.png\nindex 1111111..2222222 100644\nBinary files a/img.png and b/img.png differ\n`;
    expect(scanUnit({ key: 'b', path: 'img.png', diffText: binary, binary: true })).toEqual([]);
    const latin1 = `diff --git a/l.txt b/l.txt\nindex 1111111..2222222 100644\n--- a/l.txt\n+++ b/l.txt\n@@ -1 +1 @@\n-x\n+${t}\n`;
    expect(scanUnit({ key: 'l', path: 'l.txt', diffText: latin1, utf8: false })).toEqual([]);
    expect(scanUnit({ key: 'l', path: 'l.txt', diffText: latin1 }).map((f) => f.place)).toEqual(['added']);
    const named = `diff --git a/${t}.bin b/${t}.bin\nnew file mode 100644\nindex 0000000..2222222\nBinary files /dev/null and b/${t}.bin differ\n`;
    expect(scanUnit({ key: 'n', path: `${t}.bin`, diffText: named, binary: true }).map((f) => [f.place, f.line, f.redactable])).toEqual([['header', 0, false]]);
    const found = scanUnit({ key: 'm', path: 'commit message', diffText: `Subject: fix\n\nuse ${t}\n`, mode: 'text' });
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([['github-token', 3, 5]]);
  });
});

describe('base64 PEM, Azure keys and signatures, JSON-escaped keys', () => {
  const b64 = (n: number): string => randomBytes(n).toString('base64');
  const pemOf = (kind: string): string =>
    ['-----BEGIN ', kind, '-----\n', b64(48), '\n', b64(48), '\n-----END ', kind, '-----\n'].join('');
  const scanLines = (lines: string[]): Finding[] => scanUnit({ key: 'x', path: 'x', diffText: newFileDiff('x', lines) });

  it('flags base64 of a PEM private key, not of a certificate', () => {
    const key = Buffer.from(pemOf(['EC PRIV', 'ATE KEY'].join(''))).toString('base64');
    const cert = Buffer.from(pemOf('CERTIFICATE')).toString('base64');
    const found = scanLines([`client-certificate-data: ${cert}`, `client-key-data: ${key}`, `tls.key: "${key}"`]);
    expect(found.map((f) => [f.rule, f.line, f.column, f.preview])).toEqual([
      ['base64-private-key', 2, 18, maskSecret(key)],
      ['base64-private-key', 3, 11, maskSecret(key)],
    ]);
  });

  it('flags Azure account keys, Service Bus keys and SAS signatures; not placeholders or code', () => {
    const account = b64(64);
    const sb = b64(32);
    const sig = encodeURIComponent(b64(32));
    const found = scanLines([
      ['DefaultEndpointsProtocol=https;AccountName=a;Account', 'Key=', account, ';EndpointSuffix=core.windows.net'].join(''),
      ['Endpoint=sb://a.servicebus.windows.net/;SharedAccess', 'Key=', sb].join(''),
      ['https://a.blob.core.windows.net/c?sv=2022-11-02&sp=r&si', 'g=', sig].join(''),
      'AccountKey=<your-storage-key>',
      'AccountKey=${STORAGE_KEY}',
      'const sig = signature(payload);',
      'url += `&sig=${encodeURIComponent(signature)}`;',
      '?sig=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ]);
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ['azure-storage-key', 1],
      ['azure-storage-key', 2],
      ['azure-sas-signature', 3],
    ]);
  });

  it('covers a JSON-escaped key whole, and a key whose END is out of sight over its body only', () => {
    const pem = pemOf(['RSA PRIV', 'ATE KEY'].join(''));
    const escaped = pem.replace(/\n/g, '\\n');
    const [withEnd] = scanLines([`  "private_key": "${escaped}",`]);
    expect(withEnd?.rule).toBe('private-key');
    expect(withEnd && newFileDiff('x', [`  "private_key": "${escaped}",`]).slice(...withEnd.range)).toBe(escaped.replace(/\\n$/, ''));
    // A notebook's source: one JSON string per line, and the END beyond this hunk.
    const lines = pem.split('\n').slice(0, 3);
    const nb = [`    "KEY = \\"${lines[0]}\\\\n",`, `    "${lines[1]}\\\\n",`, `    "${lines[2]}\\\\n",`, '    "print(1)"'];
    const text = newFileDiff('nb.ipynb', nb);
    const [cut] = scanUnit({ key: 'nb', path: 'nb.ipynb', diffText: text });
    expect(cut?.rule).toBe('private-key');
    const secret = cut ? text.slice(...cut.range) : '';
    expect(secret).toContain(lines[1]);
    expect(secret).toContain(lines[2]);
    expect(secret).not.toContain('print');
  });
});

describe('files flagged by name', () => {
  it.each([
    ['.env', 'risky-file:env'],
    ['deploy/.env.local', 'risky-file:env'],
    ['.env.example', null],
    ['keys/id_rsa', 'risky-file:ssh-key'],
    ['keys/id_rsa.pub', null],
    ['certs/prod.pem', 'risky-file:private-key'],
    ['certs/prod.p12', 'risky-file:pkcs12'],
    ['certs/prod.pfx', 'risky-file:pkcs12'],
    ['credentials.json', 'risky-file:credentials'],
    ['config/credentials-prod.json', 'risky-file:credentials'],
    ['client_secret_123.apps.googleusercontent.com.json', 'risky-file:credentials'],
    ['src/credentials.ts', null],
    ['gcp/my-service-account.json', 'risky-file:service-account'],
    ['firebase-adminsdk-abc12.json', 'risky-file:service-account'],
    ['kubeconfig', 'risky-file:kubeconfig'],
    ['clusters/prod.kubeconfig', 'risky-file:kubeconfig'],
    ['home/.kube/config', 'risky-file:kubeconfig'],
    ['app/config', null],
    ['infra/terraform.tfstate', 'risky-file:tfstate'],
    ['infra/terraform.tfstate.backup', 'risky-file:tfstate'],
    ['.pgpass', 'risky-file:pgpass'],
  ])('%s → %s', (path, rule) => {
    expect(riskyFileRule([path], () => '')?.id ?? null).toBe(rule);
  });

  it('checks the old name of a rename too, and content conditions against every line sent', () => {
    expect(riskyFileRule(['backup/key.txt', 'keys/id_ed25519'], () => '')?.id).toBe('risky-file:ssh-key');
    expect(riskyFileRule(['.npmrc'], () => 'registry=https://r.example\n')).toBeNull();
    expect(riskyFileRule(['.npmrc'], () => ['//r.example/:_auth', 'Token=abc'].join(''))?.id).toBe('risky-file:npmrc');
    expect(riskyFileRule(['.docker/config.json'], () => '{"auths": {}}')?.id).toBe('risky-file:docker-config');
    expect(riskyFileRule(['.docker/config.json'], () => '{"credsStore": "desktop"}')).toBeNull();
  });
});

/** Every file under `dir` with one of `exts`, skipping fixtures and build output. */
function listFiles(dir: string, exts: readonly string[], out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!['node_modules', 'fixtures', 'out', 'dist'].includes(name)) listFiles(full, exts, out);
    } else if (exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

/** Test code: tests, their helpers and fakes. They may plant credential-shaped values on purpose. */
const isTestCode = (path: string): boolean => /\.test\.tsx?$|\/(?:testing|test-support)\//.test(path);

/** Scans files as plain text (every line), as a diff's lines are scanned. */
function scanCorpus(root: string, files: readonly string[]): { bytes: number; lines: number; findings: Finding[] } {
  let bytes = 0;
  let lines = 0;
  const findings: Finding[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    lines += text.split('\n').length;
    findings.push(...scanUnit({ key: file, path: relative(root, file), diffText: text, mode: 'text' }));
  }
  return { bytes, lines, findings };
}

describe('false positives on a clean corpus of real code', () => {
  it('finds nothing in this repo’s application code and TypeScript’s lib/*.d.ts and typescript.js', () => {
    const root = join(__dirname, '..', '..', '..');
    const tsLib = join(root, 'node_modules', 'typescript', 'lib');
    const ours = listFiles(join(root, 'src'), ['.ts', '.tsx']);
    const files = [
      ...ours.filter((f) => !isTestCode(f)),
      ...readdirSync(tsLib).filter((n) => n.endsWith('.d.ts')).map((n) => join(tsLib, n)),
      join(tsLib, 'typescript.js'),
    ];
    const { bytes, lines, findings } = scanCorpus(root, files);
    const perMillionLines = (findings.length / lines) * 1e6;
    console.log(
      `clean corpus: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MB, ${lines} lines → ${findings.length} finding(s)` +
        ` (${perMillionLines.toFixed(1)} per million lines)\n${findings.map((f) => `  ${where(f)} ${f.preview}`).join('\n')}`,
    );
    // For information: test code plants credential-shaped values on purpose (a proxy URL with a
    // password, say); what the scanner finds there is listed, not counted as a false alarm.
    const tests = scanCorpus(root, ours.filter(isTestCode));
    console.log(
      `test code (not part of the clean corpus): ${ours.filter(isTestCode).length} files, ${tests.lines} lines → ${tests.findings.length} finding(s)` +
        `${tests.findings.map((f) => `\n  ${where(f)} ${f.preview}`).join('')}`,
    );
    // Every line of a diff is scanned now (removed and context lines too), so a false alarm anywhere in
    // a touched file stops a handoff: the clean corpus must give none.
    expect(lines).toBeGreaterThan(300_000);
    expect(findings.map((f) => `${where(f)} ${f.preview}`)).toEqual([]);
    expect(perMillionLines).toBe(0);
  });
});
