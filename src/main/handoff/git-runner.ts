import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { GitGuard } from './git-guard';
import { handoffError, shellQuote } from './handoff-error';
import { AppError } from '../../shared/errors';

/**
 * One runner for every git call of the handoff engine (GitHub Desktop's idea: a single `git()` with
 * expected exit codes and typed errors). Plain child_process, not simple-git: on a 20 MB diff the
 * direct call is measurably faster (see bench/handoff.ts) and we need raw bytes (non-UTF-8 files,
 * CRLF) and our own env (temporary index).
 *
 * It only runs git through a GitGuard (git-guard.ts): the absolute git, the allow-listed
 * environment and the overrides that keep the repository's own programs from running. Those
 * overrides come last on the command line, after any `config` a caller asks for, so nothing a
 * caller passes can undo them; and `args` must start with the subcommand (no global options).
 */
export interface GitRunOptions {
  /** Made by openGit / guardRepo. */
  guard: GitGuard;
  cwd: string;
  /** Kills git when aborted; the call then rejects with CANCELLED. */
  signal?: AbortSignal;
  /** The temporary index (the only variable a caller may add to git's environment). */
  env?: { GIT_INDEX_FILE: string };
  /** Extra `-c` settings for this call (output format, advice); the guard's overrides still win. */
  config?: Readonly<Record<string, string>>;
  /** Written to git's stdin, then closed. */
  input?: string | Buffer;
  /** Exit codes that are not failures (default [0]). */
  okExitCodes?: readonly number[];
  /** Called as stdout grows (for progress). */
  onStdout?: (bytesSoFar: number) => void;
  /** Receives stdout as it streams; with it, the result's `stdout` is empty (nothing is buffered). */
  onChunk?: (chunk: Buffer) => void;
  /** Stop and fail with CHANGES_TOO_LARGE past this many stdout bytes. */
  maxStdoutBytes?: number;
}

export interface GitResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

/** Config that keeps output machine-readable whatever the user's settings are. */
const BASE_CONFIG: Readonly<Record<string, string>> = {
  'core.quotepath': 'false',
  'color.ui': 'false',
  'diff.noprefix': 'false',
  'diff.mnemonicPrefix': 'false',
  'diff.suppressBlankEmpty': 'false',
};

/** The full argument list (pure): no pager, the caller's settings, then the guard's, then the command. */
export function gitArgv(guard: Pick<GitGuard, 'config'>, args: readonly string[], config: Readonly<Record<string, string>> = {}): string[] {
  const first = args[0];
  if (first === undefined || first.startsWith('-')) throw new Error(`git: a subcommand must come first, got ${JSON.stringify(first)}`);
  const pairs = [...Object.entries({ ...BASE_CONFIG, ...config }), ...guard.config];
  return ['--no-pager', ...pairs.flatMap(([k, v]) => ['-c', `${k}=${v}`]), ...args];
}

/** Runs `git <args>` in `cwd`; resolves with raw stdout, rejects with an AppError. */
export function runGit(args: readonly string[], options: GitRunOptions): Promise<GitResult> {
  const ok = options.okExitCodes ?? [0];
  return new Promise<GitResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(handoffError('CANCELLED'));
      return;
    }
    const { guard } = options;
    if (!isAbsolute(guard.git)) {
      reject(handoffError('GIT_MISSING'));
      return;
    }
    const child = spawn(guard.git, gitArgv(guard, args, options.config), {
      cwd: options.cwd,
      env: { ...guard.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let failure: AppError | null = null;
    const fail = (e: AppError): void => {
      if (failure) return;
      failure = e;
      child.kill('SIGKILL');
    };
    const onAbort = (): void => fail(handoffError('CANCELLED'));
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      outBytes += chunk.length;
      if (options.maxStdoutBytes !== undefined && outBytes > options.maxStdoutBytes) {
        fail(handoffError('CHANGES_TOO_LARGE', { mb: Math.round(options.maxStdoutBytes / 1048576) }));
        return;
      }
      if (options.onChunk) {
        try {
          options.onChunk(chunk);
        } catch (e) {
          fail(e instanceof AppError ? e : handoffError('GIT_FAILED', { detail: e instanceof Error ? e.message : String(e) }));
          return;
        }
      } else out.push(chunk);
      options.onStdout?.(outBytes);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => {
      // git may exit before reading all of stdin; its exit code tells what happened.
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      // spawn reports a missing cwd as ENOENT too; tell the two apart.
      else if (e.code === 'ENOENT' && !existsSync(options.cwd)) reject(handoffError('NOT_A_FOLDER', { path: options.cwd }));
      else if (e.code === 'ENOENT') reject(handoffError('GIT_MISSING'));
      else reject(handoffError('GIT_FAILED', { detail: e.message }));
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (failure) {
        reject(failure);
        return;
      }
      const stderr = Buffer.concat(err).toString('utf8');
      const exitCode = code ?? -1;
      if (!ok.includes(exitCode)) {
        reject(classifyGitFailure(stderr, exitCode, options.cwd, args));
        return;
      }
      resolve({ exitCode, stdout: Buffer.concat(out), stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** Runs git and returns stdout as trimmed text (for one-line answers such as rev-parse). */
export async function gitText(args: readonly string[], options: GitRunOptions): Promise<string> {
  const r = await runGit(args, options);
  return r.stdout.toString('utf8').replace(/\n$/, '');
}

/** Turns git's stderr into one of our stable codes. */
export function classifyGitFailure(stderr: string, exitCode: number, cwd: string, args: readonly string[]): AppError {
  const dubious = /detected dubious ownership in repository at '([^'\n]+)'/.exec(stderr);
  if (dubious) {
    const path = dubious[1] ?? cwd;
    return handoffError(
      'DUBIOUS_OWNERSHIP',
      { path, command: `git config --global --add safe.directory ${shellQuote(path)}` },
      { path },
    );
  }
  if (/not a git repository/i.test(stderr)) return handoffError('NOT_A_REPO', { path: cwd }, { path: cwd });
  const firstLine = stderr.split('\n').find((l) => l.trim() !== '') ?? `exit code ${exitCode}`;
  return handoffError('GIT_FAILED', { detail: `git ${args[0] ?? ''}: ${firstLine.trim()}` }, { exitCode, stderr });
}
