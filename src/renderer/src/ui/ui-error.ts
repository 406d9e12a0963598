import type { TFunction } from '../i18n/context';

/** An error ready to show: the stable code (to pick follow-up actions) and a localized message. */
export interface UiError {
  code: string;
  message: string;
}

/**
 * Normalizes anything a bridge call threw. BridgeError carries `code` and main's localized
 * message; duck-typed rather than `instanceof`, because errors that cross Electron's
 * contextBridge lose their class. Anything without a code becomes INTERNAL with a generic frame.
 */
export function toUiError(err: unknown, t: TFunction): UiError {
  if (typeof err === 'object' && err !== null) {
    const { code, message } = err as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && typeof message === 'string' && message) return { code, message };
    if (typeof message === 'string' && message) return { code: 'INTERNAL', message: t('ui.error.unexpected', { detail: message }) };
  }
  return { code: 'INTERNAL', message: t('ui.error.unexpected', { detail: String(err) }) };
}
