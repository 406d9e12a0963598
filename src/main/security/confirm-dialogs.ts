import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import type { ConfirmRequest } from './confirm-port';

/** Saving another API URL while signed in: the key stays with its origin; the user signs in again. */
export function apiUrlChangeDialog(from: string, to: string, locale: Locale): ConfirmRequest {
  const t = (key: string) => translate(locale, key, { from, to });
  return {
    kind: 'apiUrlChange',
    title: t('security.confirm.apiUrl.title'),
    message: t('security.confirm.apiUrl.message'),
    detail: t('security.confirm.apiUrl.detail'),
    confirmLabel: t('security.confirm.apiUrl.confirm'),
    cancelLabel: t('security.confirm.cancel'),
  };
}

/** A pull request link the API returned, on a host this app does not know. */
export function unknownLinkHostDialog(host: string, url: string, locale: Locale): ConfirmRequest {
  const t = (key: string) => translate(locale, key, { host, url: url.length > 300 ? `${url.slice(0, 300)}…` : url });
  return {
    kind: 'unknownLinkHost',
    title: t('security.confirm.link.title'),
    message: t('security.confirm.link.message'),
    detail: t('security.confirm.link.detail'),
    confirmLabel: t('security.confirm.link.confirm'),
    cancelLabel: t('security.confirm.cancel'),
  };
}
