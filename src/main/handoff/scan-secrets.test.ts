import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, PLANTED_FILES, type BuiltCorpus } from '../../../test/fixtures/secrets/planted/corpus';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import { RISKY_FILE_RULES } from './risky-files';
import { maskSecret, scanForSecrets, scanUnit } from './scan-secrets';
import { SECRET_RULES } from './secret-rules';
import type { Finding, RepoInspection } from './types';

const where = (f: { rule: string; file: string; line: number; column: number }): string => `${f.rule} ${f.file}:${f.line}:${f.column}`;

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
    repo.write('README.md', '# planted\n');
    for (const f of corpus.files) if (f.base !== undefined) repo.write(f.path, f.base);
    repo.commitAll('base');
    for (const f of corpus.files) repo.write(f.path, f.content);
    // A binary file holding a token: listed by size, never scanned, never sent.
    repo.write('assets/blob.bin', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(ghToken('Zz9'))]));
    inspection = await inspectRepo(repo.dir);
  });
  afterAll(() => {
    repo.cleanup();
    restore();
  });

  it('finds 100% of the planted secrets at their line and column in the new file', () => {
    const found = new Set((inspection.findings ?? []).map(where));
    const missing = corpus.expected.filter((e) => !found.has(where(e)));
    expect(missing.map(where)).toEqual([]);
    expect(corpus.expected.length).toBeGreaterThan(40);
  });

  it('reports nothing else: no removed or context line, no template, no public key, no binary', () => {
    const expected = new Set(corpus.expected.map(where));
    const risky = new Set(PLANTED_FILES.filter((f) => f.risky).map((f) => `${f.risky} ${f.path}:0:0`));
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
    expect(scanForSecrets(inspection.files)).toEqual(inspection.findings);
  });
});

describe('scanUnit', () => {
  it('scans added lines only and reports new-file line numbers across hunks', () => {
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
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['github-token', 2, 16],
      ['github-token', 41, 8],
    ]);
    expect(text.slice(...(found[0] as Finding).range)).toBe(t);
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

  it('does not scan binaries, and text units count every line', () => {
    const t = ghToken('Mm3');
    expect(scanUnit({ key: 'b', path: 'b', diffText: t, binary: true })).toEqual([]);
    const found = scanUnit({ key: 'm', path: 'commit message', diffText: `Subject: fix\n\nuse ${t}\n`, mode: 'text' });
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([['github-token', 3, 5]]);
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

describe('false positives on a clean corpus of real code', () => {
  it('stays under a small bound on this repo’s src/ and TypeScript’s lib/*.d.ts', () => {
    const root = join(__dirname, '..', '..', '..');
    const tsLib = join(root, 'node_modules', 'typescript', 'lib');
    const files = [
      ...listFiles(join(root, 'src'), ['.ts', '.tsx']),
      ...readdirSync(tsLib).filter((n) => n.endsWith('.d.ts')).map((n) => join(tsLib, n)),
      join(tsLib, 'typescript.js'),
    ];
    let bytes = 0;
    let lines = 0;
    const findings: Finding[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      bytes += text.length;
      lines += text.split('\n').length;
      findings.push(...scanUnit({ key: file, path: relative(root, file), diffText: text, mode: 'text' }));
    }
    const perMillionLines = (findings.length / lines) * 1e6;
    console.log(
      `clean corpus: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MB, ${lines} lines → ${findings.length} finding(s)` +
        ` (${perMillionLines.toFixed(1)} per million lines)\n${findings.map((f) => `  ${where(f)} ${f.preview}`).join('\n')}`,
    );
    // Bound: at most 10 per million lines (one per 100k lines). A typical handoff adds well under
    // 5k lines, so fewer than 1 in 20 handoffs would stop for a false alarm. (Other engineers' test
    // files hold fake keys such as `cog_…` on purpose; a realistic fake key counts against us here.)
    expect(lines).toBeGreaterThan(300_000);
    expect(perMillionLines).toBeLessThanOrEqual(10);
  });
});
