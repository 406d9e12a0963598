import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';

/** Stable codes of the checkout (messages in i18n/messages/checkout.ts). */
export type CheckoutErrorCode =
  | 'CHECKOUT_NO_PR'
  | 'CHECKOUT_PR_UNKNOWN'
  | 'CHECKOUT_PR_UNSUPPORTED'
  | 'CHECKOUT_NO_LOCAL_REPO'
  | 'CHECKOUT_NO_MATCHING_REMOTE'
  | 'CHECKOUT_REMOTE_REFUSED'
  | 'CHECKOUT_FETCH_FAILED'
  | 'CHECKOUT_FETCH_TIMEOUT'
  | 'CHECKOUT_PATH_TAKEN'
  | 'CHECKOUT_DIRTY'
  | 'CHECKOUT_NOT_FAST_FORWARD'
  | 'CHECKOUT_NOT_FOUND'
  | 'CHECKOUT_CHANGED';

/** An AppError whose English message comes from the catalog; UIs translate `error.<code>` with `params`. */
export function checkoutError(code: CheckoutErrorCode, params: Record<string, string | number> = {}, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, translate('en', `error.${code}`, params), details, params);
}

/** URLs in git's messages lose any user name, password or token they carry (pure). */
export function redactUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1');
}

/**
 * What git said when a fetch failed, for the user (pure): the `fatal:`, `error:` and `remote:`
 * lines (at most three), credentials removed; else the first line.
 */
export function gitMessage(stderr: string, exitCode: number): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const telling = lines.filter((l) => /^(fatal|error|remote|ssh|ERROR):?/i.test(l)).slice(0, 3);
  const chosen = telling.length > 0 ? telling : lines.slice(0, 1);
  return redactUrlCredentials(chosen.join(' ')).slice(0, 600) || `exit code ${exitCode}`;
}
