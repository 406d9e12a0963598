import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { translate, type Locale } from '../../shared/i18n';
import { createCheckoutService, type CheckoutResult, type CheckoutServiceDeps } from '../../main/checkout/checkout-service';
import { pullRequestSource } from '../../main/checkout/pr-source';
import type { CliCommand, CliIO } from '../types';

/** Exit codes of `devin-tray checkout`. */
export const CHECKOUT_EXIT = { ok: 0, noRepoOrFetch: 2, notClean: 4 } as const;

/** Errors that mean "this worktree cannot be moved as it is": exit 4. */
const NOT_CLEAN = new Set(['CHECKOUT_DIRTY', 'CHECKOUT_NOT_FAST_FORWARD']);
/**
 * Errors about finding what to check out and fetching it: exit 2. Folder and git errors of the
 * repository named with --repo (NOT_A_REPO, DUBIOUS_OWNERSHIP, …) count too, as in `handoff`.
 */
const NO_REPO_OR_FETCH = new Set([
  'CHECKOUT_NO_PR',
  'CHECKOUT_PR_UNKNOWN',
  'CHECKOUT_PR_UNSUPPORTED',
  'CHECKOUT_NO_LOCAL_REPO',
  'CHECKOUT_NO_MATCHING_REMOTE',
  'CHECKOUT_REMOTE_REFUSED',
  'CHECKOUT_FETCH_FAILED',
  'CHECKOUT_FETCH_TIMEOUT',
  'CHECKOUT_PATH_TAKEN',
  'GIT_NETWORK_CONFIG_UNSAFE',
  'GIT_CONFIG_UNSAFE',
  'NOT_A_FOLDER',
  'NOT_A_REPO',
  'BARE_REPO',
  'DUBIOUS_OWNERSHIP',
  'WORKTREE_ELSEWHERE',
  'GIT_MISSING',
  'GIT_TOO_OLD',
  'GIT_FAILED',
]);

/** The checkout service's dependencies: the session from the API, the app's handoff sources and recent repositories. */
export type CheckoutCommandDeps = CheckoutServiceDeps;

const USAGE = 'devin-tray checkout SESSION [--repo PATH] [--json]';

function localized(err: AppError, locale: Locale): string {
  const text = translate(locale, `error.${err.code}`, err.params);
  return text === `error.${err.code}` ? err.message : text;
}

function human(result: CheckoutResult, label: string, locale: Locale): string {
  const params = { pr: label, worktree: result.worktree, head: result.head.slice(0, 12) };
  return `${translate(locale, `checkout.cli.${result.outcome}`, params)}\n`;
}

/**
 * `devin-tray checkout SESSION [--repo PATH] [--json]`: fetches the session's pull request into
 * `refs/devin-tray/<short id>` of a local repository (the one the session was handed off from, a
 * recent one whose remote is that repository, or PATH) and checks it out in a worktree beside it,
 * `../<repo>-devin-<short id>`; run again, it fast-forwards that worktree when it is clean.
 * `--json` prints `{worktree, ref, head, pr_url, outcome}` (outcome: created, updated, upToDate).
 * Exit codes: 0 done; 2 no local repository matches, the fetch failed (git's message on stderr),
 * or usage; 4 the worktree exists and is not clean (or has commits of its own the pull request
 * does not). API errors go to the CLI runner (exit 1).
 */
export function createCheckoutCommand(deps: CheckoutCommandDeps): CliCommand {
  return {
    name: 'checkout',
    summary: "Check out a session's pull request in a git worktree beside your local repository",
    usage: USAGE,
    async run(args, io: CliIO) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { repo: { type: 'string' }, json: { type: 'boolean' } },
      });
      const sessionId = positionals[0];
      if (!sessionId) {
        io.stderr(`${translate(io.locale, 'checkout.cli.missingSession', { usage: USAGE })}\n`);
        return CHECKOUT_EXIT.noRepoOrFetch;
      }
      if (positionals.length > 1) {
        io.stderr(`${translate(io.locale, 'cli.usage.unexpectedArgument', { arg: positionals[1], usage: USAGE })}\n`);
        return CHECKOUT_EXIT.noRepoOrFetch;
      }
      const service = createCheckoutService(deps);
      let result: CheckoutResult;
      try {
        result = await service.checkout({ sessionId, ...(values.repo !== undefined ? { repo: { path: resolve(io.cwd, values.repo) } } : {}) });
      } catch (err) {
        if (!(err instanceof AppError) || !(NOT_CLEAN.has(err.code) || NO_REPO_OR_FETCH.has(err.code))) throw err;
        io.stderr(`${translate(io.locale, 'cli.error.prefix', { message: localized(err, io.locale) })}\n`);
        return NOT_CLEAN.has(err.code) ? CHECKOUT_EXIT.notClean : CHECKOUT_EXIT.noRepoOrFetch;
      }
      if (values.json) {
        io.stdout(`${JSON.stringify({ worktree: result.worktree, ref: result.ref, head: result.head, pr_url: result.pr_url, outcome: result.outcome }, null, 2)}\n`);
      } else {
        io.stdout(human(result, pullRequestSource(result.pr_url)?.label ?? result.pr_url, io.locale));
      }
      return CHECKOUT_EXIT.ok;
    },
  };
}
