import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n';
import { unknownLinkHostDialog } from './confirm-dialogs';
import type { ConfirmPort } from './confirm-port';
import type { ExternalUrlPolicy } from './external-url';
import { urlNotAllowed } from './external-url';

export interface OpenLinkDeps {
  policy: ExternalUrlPolicy;
  confirm: ConfirmPort;
  openExternal: (url: string) => Promise<void>;
  locale: () => Locale;
}

/**
 * Opens a link in the browser as the policy decides: at once, after main's own dialog (a PR on a
 * host this app does not know; a yes trusts that host for the run), or not at all (URL_NOT_ALLOWED).
 * A no in the dialog is CANCELLED, and nothing is opened.
 */
export async function openLink(url: string, deps: OpenLinkDeps): Promise<void> {
  const decision = deps.policy.decide(url);
  if (decision.action === 'refuse') throw urlNotAllowed(url);
  if (decision.action === 'ask') {
    const yes = await deps.confirm(unknownLinkHostDialog(decision.host, url, deps.locale()));
    if (!yes) throw new AppError('CANCELLED', `Not opened: ${decision.host}`);
    deps.policy.trustHost(decision.host);
  }
  await deps.openExternal(url);
}
