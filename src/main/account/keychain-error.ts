import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { redactSecrets } from '../security/redact';

export type KeychainFailure = 'noDbus' | 'noSecretService' | 'locked' | 'denied' | 'failed';

/**
 * Pure: classifies a keyring error message (keyring-rs / Secret Service / D-Bus wording) into
 * something a person can act on.
 */
export function classifyKeychainFailure(message: string): KeychainFailure {
  const m = message.toLowerCase();
  if (
    m.includes('autolaunch') ||
    m.includes('failed to connect to socket') ||
    m.includes('dbus_session_bus_address') ||
    m.includes('no such file or directory') ||
    m.includes('connection refused')
  ) {
    return 'noDbus';
  }
  if (m.includes('serviceunknown') || m.includes('org.freedesktop.secrets') || m.includes('was not provided by any')) {
    return 'noSecretService';
  }
  if (m.includes('no result') || m.includes('object does not exist') || m.includes('locked') || m.includes('no default collection')) {
    return 'locked';
  }
  if (m.includes('denied') || m.includes('dismissed') || m.includes('not authorized')) return 'denied';
  return 'failed';
}

/**
 * Turns any keyring failure into KEYCHAIN_UNAVAILABLE. The i18n key of the reason travels in
 * params so the message is localized where the locale is known (see `localizeKeychainDetail`).
 */
export function keychainError(err: unknown): AppError {
  const raw = redactSecrets(err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
  const reason = classifyKeychainFailure(raw);
  const detailKey = `account.keychain.${reason}`;
  return new AppError(
    'KEYCHAIN_UNAVAILABLE',
    `OS keychain unavailable: ${translate('en', detailKey, { message: raw })}`,
    { reason, cause: raw },
    { detail: translate('en', detailKey, { message: raw }), detailKey, message: raw },
  );
}

/** Re-renders a keychain error's {detail} in `locale`; other errors pass through unchanged. */
export function localizeKeychainDetail(err: unknown, locale: Locale): unknown {
  if (!(err instanceof AppError) || err.code !== 'KEYCHAIN_UNAVAILABLE') return err;
  const { detailKey, message } = err.params;
  if (typeof detailKey !== 'string') return err;
  return new AppError(err.code, err.message, err.details, {
    ...err.params,
    detail: translate(locale, detailKey, { message: typeof message === 'string' ? message : '' }),
  });
}
