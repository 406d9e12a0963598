import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Contract } from './contract-types';

/** Where the contract was found: the shared copy beside the checkout, or the one vendored in the repo. */
export interface LocatedContract {
  path: string;
  source: 'env' | 'shared' | 'shared-of-main-checkout' | 'vendored';
}

const FILE = 'devin-v3-contract.json';
/** The copy kept in the repo, for machines without the shared folder (a clone elsewhere). */
export const VENDORED_CONTRACT = join('test', 'contract', FILE);

/** The repo root: the nearest folder up from `from` whose package.json is devin-tray's. */
export function findRepoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'devin-tray') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`devin-tray repo root not found above ${from}`);
    dir = up;
  }
}

/**
 * The main checkout of a git worktree: a worktree's `.git` is a file pointing into
 * `<main>/.git/worktrees/<name>`, whose `commondir` leads back to `<main>/.git`.
 */
function mainCheckoutOf(root: string): string | null {
  const dotGit = join(root, '.git');
  try {
    if (!statSync(dotGit).isFile()) return null;
    const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    if (!m?.[1]) return null;
    const gitDir = resolve(root, m[1].trim());
    const common = readFileSync(join(gitDir, 'commondir'), 'utf8').trim();
    return dirname(isAbsolute(common) ? common : resolve(gitDir, common));
  } catch {
    return null;
  }
}

/**
 * Finds the contract, in this order: `DEVIN_CONTRACT_PATH`; `<repo>/../shared/api/` (where CI and
 * the main checkout have it); the same place beside the main checkout when the repo is a git
 * worktree; the vendored copy `test/contract/` (kept equal to the shared one by a test).
 */
export function locateContract(root = findRepoRoot(), env: NodeJS.ProcessEnv = process.env): LocatedContract {
  const fromEnv = env['DEVIN_CONTRACT_PATH'];
  if (fromEnv) return { path: resolve(fromEnv), source: 'env' };
  const shared = resolve(root, '..', 'shared', 'api', FILE);
  if (existsSync(shared)) return { path: shared, source: 'shared' };
  const main = mainCheckoutOf(root);
  if (main) {
    const beside = resolve(main, '..', 'shared', 'api', FILE);
    if (existsSync(beside)) return { path: beside, source: 'shared-of-main-checkout' };
  }
  return { path: join(root, VENDORED_CONTRACT), source: 'vendored' };
}

let cached: { located: LocatedContract; contract: Contract } | null = null;

/** The contract, read once per process. */
export function loadContract(): { located: LocatedContract; contract: Contract } {
  if (!cached) {
    const located = locateContract();
    cached = { located, contract: JSON.parse(readFileSync(located.path, 'utf8')) as Contract };
  }
  return cached;
}
