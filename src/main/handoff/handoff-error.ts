import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';

/** Stable codes the handoff engine raises (their messages live in i18n/messages/handoff.ts). */
export type HandoffErrorCode =
  | 'NOT_A_FOLDER'
  | 'NOT_A_REPO'
  | 'BARE_REPO'
  | 'DUBIOUS_OWNERSHIP'
  | 'GIT_MISSING'
  | 'GIT_TOO_OLD'
  | 'GIT_CONFIG_UNSAFE'
  | 'GIT_NETWORK_CONFIG_UNSAFE'
  | 'WORKTREE_ELSEWHERE'
  | 'REPO_PATH_SYMLINK'
  | 'REPO_OUTSIDE_FOLDER'
  | 'GIT_DIR_OUTSIDE'
  | 'GIT_FAILED'
  | 'CHANGES_TOO_LARGE'
  | 'SECRETS_FOUND'
  | 'SESSION_SECRETS_INVALID'
  | 'TASK_REQUIRED'
  | 'CANCELLED';

/**
 * An AppError whose English message comes from the i18n catalog; UIs re-translate `error.<code>`
 * with `params` in the user's locale.
 */
export function handoffError(
  code: HandoffErrorCode,
  params: Record<string, string | number> = {},
  details: Record<string, unknown> = {},
): AppError {
  return new AppError(code, translate('en', `error.${code}`, params), details, params);
}

/**
 * Quotes a path for the user's shell when it needs quoting (used in the safe.directory advice):
 * single quotes for POSIX shells, double quotes for cmd/PowerShell.
 */
export function shellQuote(value: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w@%+=:,./\\-]+$/.test(value)) return value;
  if (platform === 'win32') return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
