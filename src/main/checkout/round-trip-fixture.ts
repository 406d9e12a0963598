/**
 * Test support for the checkout (#16): a "hosting service" that is a local bare repository, the
 * user's clone whose remote says `https://github.com/acme/web.git`, and the user's own global git
 * config whose `url.<bare>.insteadOf` sends that URL to the bare repository (as a user's mirror
 * setting would). Not part of the app (only tests import it).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { git, type TempRepo } from '../handoff/repo-fixture';

export const PR_URL = 'https://github.com/acme/web/pull/7';
export const REMOTE_URL = 'https://github.com/acme/web.git';
export const SESSION_ID = 'devin-3f9a0c1d2e4b5a6978877665544332211';

export interface RoundTrip {
  base: string;
  /** The user's global git config file (GIT_CONFIG_GLOBAL while the fixture is active). */
  globalConfig: string;
  bare: string;
  repo: TempRepo;
  /** The pull request's head now. */
  prHead: () => string;
  /** Adds a commit to the pull request (refs/pull/7/head on the "server"); returns it. */
  pushToPr: (file: string, content: string) => string;
  /** Replaces the pull request's head with an unrelated commit (a force-push). */
  rewritePr: () => string;
  /** Appends lines to the user's global config. */
  addGlobalConfig: (text: string) => void;
  /** Points the user's `url.<…>.insteadOf` for the hosting service at another URL (default: the bare repository; null: none). */
  rewriteRemoteTo: (url: string | null) => void;
  /** Everything of the user's repository that must never change: see {@link snapshotRepo}. */
  snapshot: () => Record<string, string>;
  cleanup: () => void;
}

function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * Every byte of the user's side of a repository: each working-tree file (content, mode, mtime),
 * HEAD, the index, the config, every ref and reflog under refs/heads and refs/stash, packed-refs,
 * FETCH_HEAD and ORIG_HEAD (present or not). Objects and our own refs/devin-tray are left out:
 * the checkout adds those.
 */
export function snapshotRepo(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(root, full);
      if (rel === '.git') continue;
      const st = lstatSync(full);
      if (st.isDirectory()) walk(full);
      else out[`file:${rel}`] = `${st.mode.toString(8)} ${st.mtimeMs} ${st.isSymbolicLink() ? 'link' : hash(full)}`;
    }
  };
  walk(root);
  const gitDir = join(root, '.git');
  for (const f of ['HEAD', 'index', 'config', 'packed-refs', 'FETCH_HEAD', 'ORIG_HEAD', 'logs/HEAD', 'logs/refs/stash', 'refs/stash']) {
    const p = join(gitDir, f);
    out[`git:${f}`] = existsSync(p) ? `${lstatSync(p).mtimeMs} ${hash(p)}` : 'absent';
  }
  for (const dir of ['refs/heads', 'logs/refs/heads']) {
    const p = join(gitDir, dir);
    if (existsSync(p)) for (const name of readdirSync(p, { recursive: true }) as string[]) {
      const full = join(p, name);
      if (lstatSync(full).isFile()) out[`git:${dir}/${name}`] = hash(full);
    }
  }
  out['refs'] = sh(root, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/stash', 'refs/remotes', 'refs/tags');
  out['stash'] = sh(root, 'stash', 'list', '--format=%H %s');
  return out;
}

/**
 * Builds the round trip and points this process's git at the fixture's global config (and no
 * system config) until `cleanup`.
 */
export function makeRoundTrip(): RoundTrip {
  const base = mkdtempSync(join(tmpdir(), 'checkout-rt-'));
  const globalConfig = join(base, 'home.gitconfig');
  writeFileSync(globalConfig, '[user]\n\tname = Test User\n\temail = test@example.invalid\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n');
  const saved = { GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM };
  process.env.GIT_CONFIG_GLOBAL = globalConfig;
  process.env.GIT_CONFIG_NOSYSTEM = '1';

  // The "server": main, and a pull request from Devin's branch kept at refs/pull/7/head.
  const bare = join(base, 'server', 'acme-web.git');
  mkdirSync(bare, { recursive: true });
  sh(bare, 'init', '-q', '--bare');
  const devin = join(base, 'devin-machine');
  sh(base, 'clone', '-q', bare, devin);
  writeFileSync(join(devin, 'README.md'), '# web\n');
  writeFileSync(join(devin, 'app.txt'), 'v1\n');
  sh(devin, 'add', '-A');
  sh(devin, 'commit', '-q', '-m', 'Initial commit');
  sh(devin, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
  sh(devin, 'checkout', '-q', '-b', 'devin/feature');
  writeFileSync(join(devin, 'feature.txt'), 'made by Devin\n');
  sh(devin, 'add', '-A');
  sh(devin, 'commit', '-q', '-m', 'Add the feature');
  sh(devin, 'push', '-q', 'origin', 'HEAD:refs/pull/7/head');

  // The user's clone: remote named as the hosting service has it, and work in progress everywhere.
  const dir = join(base, 'work', 'web');
  mkdirSync(join(base, 'work'));
  sh(base, 'clone', '-q', bare, dir);
  sh(dir, 'remote', 'set-url', 'origin', REMOTE_URL);
  writeFileSync(join(dir, 'app.txt'), 'v1\nstashed\n');
  sh(dir, 'stash', 'push', '-q', '-m', 'my stash');
  writeFileSync(join(dir, 'app.txt'), 'v1\nstaged\n');
  sh(dir, 'add', 'app.txt');
  writeFileSync(join(dir, 'app.txt'), 'v1\nstaged\nunstaged\n');
  writeFileSync(join(dir, 'notes.txt'), 'untracked\n');
  const repo: TempRepo = {
    dir,
    git: (...args) => git(dir, ...args),
    write: (path, content) => writeFileSync(join(dir, path), content),
    commitAll: () => {
      throw new Error('not used');
    },
    cleanup: () => undefined,
  };
  // From here on, the "user's" global config rewrites the hosting service's URL to the bare repository.
  const userConfig = readFileSync(globalConfig, 'utf8');
  let extra = '';
  let rewrite: string | null = bare;
  const writeGlobal = () => writeFileSync(globalConfig, `${userConfig}${rewrite === null ? '' : `[url "${rewrite}"]\n\tinsteadOf = ${REMOTE_URL}\n`}${extra}`);
  const addGlobalConfig = (text: string) => {
    extra += text;
    writeGlobal();
  };
  const rewriteRemoteTo = (url: string | null) => {
    rewrite = url;
    writeGlobal();
  };
  writeGlobal();

  const pushToPr = (file: string, content: string) => {
    writeFileSync(join(devin, file), content);
    sh(devin, 'add', '-A');
    sh(devin, 'commit', '-q', '-m', `Change ${file}`);
    sh(devin, 'push', '-q', 'origin', 'HEAD:refs/pull/7/head');
    return sh(devin, 'rev-parse', 'HEAD');
  };
  const rewritePr = () => {
    sh(devin, 'checkout', '-q', '--orphan', `rewrite-${Date.now()}`);
    writeFileSync(join(devin, 'feature.txt'), 'rewritten\n');
    sh(devin, 'add', '-A');
    sh(devin, 'commit', '-q', '-m', 'Rewritten');
    sh(devin, 'push', '-q', '--force', 'origin', 'HEAD:refs/pull/7/head');
    return sh(devin, 'rev-parse', 'HEAD');
  };

  return {
    base,
    globalConfig,
    bare,
    repo,
    prHead: () => sh(bare, 'rev-parse', 'refs/pull/7/head'),
    pushToPr,
    rewritePr,
    addGlobalConfig,
    rewriteRemoteTo,
    snapshot: () => snapshotRepo(dir),
    cleanup: () => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
