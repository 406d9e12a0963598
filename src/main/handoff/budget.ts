/**
 * The size budget (pure). Over the limit, WHOLE files are left out, never part of one: each
 * `diff --git` block applies on its own, so what remains still applies with `git apply`.
 * Order of sacrifice: lock/generated/vendored files first, then the largest files; then any
 * left-out file that fits in the room left is put back (smallest first), so the budget is used well.
 */

/** Devin's Handoff plugin cuts its diff at this size; we keep the same default, without cutting lines. */
export const DEFAULT_MAX_BYTES = 102_400;

const GENERATED_NAMES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'deno.lock',
  'cargo.lock', 'go.sum', 'composer.lock', 'gemfile.lock', 'poetry.lock', 'pipfile.lock', 'uv.lock', 'pdm.lock',
  'podfile.lock', 'pubspec.lock', 'mix.lock', 'flake.lock', 'packages.lock.json', 'gradle.lockfile',
]);
const GENERATED_SUFFIX = /(?:\.min\.(?:js|css|mjs)|\.map|\.bundle\.js|\.chunk\.js|\.pb\.go|_pb2\.pyi?|\.pb\.(?:cc|h)|\.g\.dart|\.designer\.cs|\.generated\.\w+|\.snap|\.lock)$/i;
const GENERATED_DIR = /(?:^|\/)(?:dist|build|out|vendor|vendored|third_party|third-party|node_modules|bower_components|\.next|\.nuxt|coverage|__generated__|generated)\//i;

/** True for lock files, minified/bundled/generated code, source maps and vendored folders. */
export function isGeneratedPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return GENERATED_NAMES.has(base) || GENERATED_SUFFIX.test(base) || GENERATED_DIR.test(path);
}

export interface BudgetItem {
  key: string;
  path: string;
  bytes: number;
}

export interface BudgetPlan {
  /** Keys that fit, in input order. */
  included: string[];
  /** Keys left out, in input order. */
  leftOut: string[];
  includedBytes: number;
}

const byPath = (a: BudgetItem, b: BudgetItem): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.key < b.key ? -1 : 1);

/** Decides which whole files fit in `maxBytes` of diff. Deterministic for the same input. */
export function planBudget(items: readonly BudgetItem[], maxBytes: number): BudgetPlan {
  let total = items.reduce((n, i) => n + i.bytes, 0);
  const out = new Set<string>();
  if (total > maxBytes) {
    const generated = items.filter((i) => isGeneratedPath(i.path)).sort((a, b) => b.bytes - a.bytes || byPath(a, b));
    const others = items.filter((i) => !isGeneratedPath(i.path)).sort((a, b) => b.bytes - a.bytes || byPath(a, b));
    for (const i of [...generated, ...others]) {
      if (total <= maxBytes) break;
      out.add(i.key);
      total -= i.bytes;
    }
    // Refill: hand-written files first, smallest first, then generated ones.
    const back = [...others, ...generated].filter((i) => out.has(i.key));
    const refill = [...back.filter((i) => !isGeneratedPath(i.path)).sort((a, b) => a.bytes - b.bytes || byPath(a, b)),
      ...back.filter((i) => isGeneratedPath(i.path)).sort((a, b) => a.bytes - b.bytes || byPath(a, b))];
    for (const i of refill) {
      if (total + i.bytes <= maxBytes) {
        out.delete(i.key);
        total += i.bytes;
      }
    }
  }
  return {
    included: items.filter((i) => !out.has(i.key)).map((i) => i.key),
    leftOut: items.filter((i) => out.has(i.key)).map((i) => i.key),
    includedBytes: total,
  };
}
