/**
 * `npm run bench -- handoff`: time to a ready handoff preview (inspect + scan + compose) on a
 * generated repository, against raw `git status --porcelain` + `git diff HEAD` measured in the
 * same run, plus the secret scanner's throughput. Last line:
 * `handoff ratio=R scan_mb_s=S files=N diff_mb=M`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { simpleGit } from 'simple-git';
import { composeHandoff } from '../src/main/handoff/compose-handoff';
import { inspectRepo } from '../src/main/handoff/inspect-repo';
import { scanForSecrets } from '../src/main/handoff/scan-secrets';
import type { Resolution } from '../src/main/handoff/types';

const exec = promisify(execFile);

const TRACKED_DIRS = 200;
const FILES_PER_DIR = 100; // 20,000 tracked files
const MODIFIED = 2_000;
const UNTRACKED = 200;
const LINES_PER_CHANGE = 100;
const RUNS = 7;

/** Realistic-looking TypeScript: identifiers like token/password/auth, URLs, numbers (scanner triggers). */
function codeLine(i: number): string {
  switch (i % 4) {
    case 0:
      return `export function handler${i}(req: Request, token: string): number { return req.size * ${i} + token.length; }\n`;
    case 1:
      return `  const url${i} = 'https://docs.example.org/api/v${i % 7}/items/${i}'; // see auth settings\n`;
    case 2:
      return `  if (user.password === undefined || options.apiKey == null) throw new Error('missing credential ${i}');\n`;
    default:
      return `  total += items[${i % 97}].price * ${(i % 13) + 1}; /* secret sauce ${i} */\n`;
  }
}

function block(start: number, lines: number): string {
  let s = '';
  for (let i = 0; i < lines; i += 1) s += codeLine(start + i);
  return s;
}

function generate(root: string): void {
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  for (let d = 0; d < TRACKED_DIRS; d += 1) {
    mkdirSync(join(root, 'src', `m${d}`), { recursive: true });
    for (let f = 0; f < FILES_PER_DIR; f += 1) writeFileSync(join(root, 'src', `m${d}`, `f${f}.ts`), block(d * 1000 + f * 10, 8));
  }
  execFileSync('git', ['-C', root, 'add', '-A']);
  execFileSync('git', ['-C', root, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'init']);
  for (let k = 0; k < MODIFIED; k += 1) {
    const d = k % TRACKED_DIRS;
    const f = Math.floor(k / TRACKED_DIRS) * 10 + 1;
    appendFileSync(join(root, 'src', `m${d}`, `f${f}.ts`), block(k * 100, LINES_PER_CHANGE));
  }
  mkdirSync(join(root, 'new', 'feature', 'deep'), { recursive: true });
  for (let k = 0; k < UNTRACKED; k += 1) writeFileSync(join(root, 'new', 'feature', 'deep', `n${k}.ts`), block(k * 7, LINES_PER_CHANGE));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

export async function run(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'bench-handoff-'));
  const root = join(base, 'repo');
  try {
    const [genMs] = await time(async () => generate(root));
    console.log(`generated ${TRACKED_DIRS * FILES_PER_DIR} tracked files (${MODIFIED} modified) + ${UNTRACKED} untracked in ${(genMs / 1000).toFixed(1)} s`);

    const raw = async (): Promise<number> => {
      const status = await exec('git', ['status', '--porcelain'], { cwd: root, maxBuffer: 1 << 30 });
      const diff = await exec('git', ['diff', 'HEAD'], { cwd: root, maxBuffer: 1 << 30, encoding: 'buffer' });
      return status.stdout.length + diff.stdout.length;
    };
    const preview = async () => {
      const inspection = await inspectRepo(root);
      const resolutions: Record<string, Resolution> = Object.fromEntries((inspection.findings ?? []).map((f) => [f.id, 'redact']));
      const composed = composeHandoff({ inspection, task: 'Benchmark task', resolutions });
      return { inspection, composed };
    };

    // Warm the file system cache once, then alternate so both sides see the same conditions.
    await raw();
    await preview();
    const rawMs: number[] = [];
    const oursMs: number[] = [];
    let last: Awaited<ReturnType<typeof preview>> | null = null;
    for (let i = 0; i < RUNS; i += 1) {
      rawMs.push((await time(raw))[0]);
      const [ms, result] = await time(preview);
      oursMs.push(ms);
      last = result;
    }
    if (!last) throw new Error('no run');
    const { inspection, composed } = last;
    const diffBytes = inspection.files.reduce((n, f) => n + f.bytes, 0);

    const scanMs: number[] = [];
    for (let i = 0; i < 3; i += 1) scanMs.push((await time(async () => scanForSecrets(inspection.files)))[0]);
    const scanMbS = diffBytes / 1048576 / (median(scanMs) / 1000);

    const [sgMs] = await time(() => simpleGit(root).raw(['diff', 'HEAD']));
    const [cpMs] = await time(() => exec('git', ['diff', 'HEAD'], { cwd: root, maxBuffer: 1 << 30, encoding: 'buffer' }));

    // Paired ratios (each run of ours against the raw git run just before it) resist load drift on a shared machine.
    const ratio = median(oursMs.map((ms, i) => ms / (rawMs[i] ?? NaN)));
    console.log(`raw git status --porcelain + git diff HEAD: median ${median(rawMs).toFixed(0)} ms, best ${Math.min(...rawMs).toFixed(0)} (${rawMs.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`handoff preview (inspect + scan + compose): median ${median(oursMs).toFixed(0)} ms, best ${Math.min(...oursMs).toFixed(0)} (${oursMs.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`secret scan alone: median ${median(scanMs).toFixed(0)} ms for ${(diffBytes / 1048576).toFixed(1)} MB, ${(inspection.findings ?? []).length} finding(s)`);
    console.log(`git diff HEAD via simple-git ${sgMs.toFixed(0)} ms vs child_process ${cpMs.toFixed(0)} ms (one run each)`);
    console.log(`prompt ${composed.prompt.length} chars, diff ${composed.diffBytes} bytes, ${composed.leftOut.length} file(s) left out by the budget`);
    console.log(
      `handoff ratio=${ratio.toFixed(2)} scan_mb_s=${scanMbS.toFixed(0)} files=${inspection.files.length} diff_mb=${(diffBytes / 1048576).toFixed(1)}`,
    );
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
