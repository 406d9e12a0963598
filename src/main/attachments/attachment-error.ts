import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';

/** Stable codes the attachments engine raises (messages `error.<code>` in i18n/messages/attachments.ts). */
export const ATTACHMENT_ERROR_CODES = [
  'ATTACHMENT_URL_NOT_ALLOWED',
  'ATTACHMENT_TOO_MANY_REDIRECTS',
  'ATTACHMENT_HTTP',
  'ATTACHMENT_LINK_EXPIRED',
  'ATTACHMENT_GONE',
  'ATTACHMENT_INCOMPLETE',
  'ATTACHMENT_CHECKSUM',
  'ATTACHMENT_NETWORK',
  'ATTACHMENT_CONNECTION',
  'ATTACHMENT_STALLED',
  'ATTACHMENT_DISK',
  'ATTACHMENT_FOLDER',
  'ATTACHMENT_UNSAFE_PATH',
  'ATTACHMENT_NO_FREE_NAME',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_TOO_LARGE_SERVER',
  'ATTACHMENT_NOT_A_FILE',
  'ATTACHMENT_UNSAFE_TO_OPEN',
  'ATTACHMENT_JOB_NOT_FOUND',
  'ATTACHMENT_FILE_MISSING',
  'ATTACHMENT_NOT_FOUND',
  'ATTACHMENT_HTML_PAGE',
  'ATTACHMENT_STORAGE_ERROR',
  'ATTACHMENT_ROUTE_REFUSED',
  'ATTACHMENT_NAME_UNROUTABLE',
  'ATTACHMENT_NO_SPACE',
  'ATTACHMENT_DISK_FULL',
  'ATTACHMENT_OVER_LIMIT',
  'ATTACHMENT_LONGER_THAN_ANNOUNCED',
  'ATTACHMENT_ENCODED',
  'ATTACHMENT_HOST_NOT_FOUND',
] as const;
export type AttachmentErrorCode = (typeof ATTACHMENT_ERROR_CODES)[number];

/**
 * An AppError whose English message comes from the i18n catalog; UIs re-translate `error.<code>`
 * with `params` in the user's locale.
 */
export function attachmentError(
  code: AttachmentErrorCode,
  params: Record<string, string | number> = {},
  details: Record<string, unknown> = {},
): AppError {
  return new AppError(code, translate('en', `error.${code}`, params), details, params);
}

/** The error a cancelled download or upload ends with (the base code, so every UI knows it). */
export function cancelledError(): AppError {
  return new AppError('CANCELLED', translate('en', 'error.CANCELLED'));
}

/** True for errors that a later attempt may not hit (network, cut streams, 5xx, 429, stalls). */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof AppError)) return false;
  if (err.details?.retryable === true) return true;
  if (err.code === 'ATTACHMENT_NETWORK' || err.code === 'ATTACHMENT_INCOMPLETE' || err.code === 'ATTACHMENT_STALLED') return true;
  if (err.code !== 'ATTACHMENT_HTTP') return false;
  const status = Number(err.details?.status);
  return status === 408 || status === 425 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
