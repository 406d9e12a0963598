import type { UpdateErrorCode } from '../../shared/update/update-view';

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ERR_STREAM_NOT_FINISHED']);
const NO_RELEASE_CODES = new Set([
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_LATEST_VERSION_NOT_FOUND',
  'ERR_UPDATER_NO_PUBLISHED_VERSIONS',
  'ERR_UPDATER_RELEASE_NOT_FOUND',
  'ERR_UPDATER_ASSET_NOT_FOUND',
  'ERR_UPDATER_ZIP_FILE_NOT_FOUND',
]);
const BAD_FEED_CODES = new Set([
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_INVALID_RELEASE_FEED',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_UPDATER_INVALID_CHANNEL',
]);
const DISK_CODES = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EDQUOT']);

/**
 * An error from electron-updater (its `code`s, builder-util-runtime's `HTTP_ERROR_<status>`, Node's
 * socket and file errors, Chromium's `net::ERR_*` from Electron's network stack) → what the user
 * is told. Unknown shapes become 'unknown'; the detail goes to the log only.
 */
export function classifyUpdateError(err: unknown): UpdateErrorCode {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ERR_CHECKSUM_MISMATCH' || /checksum mismatch/i.test(message)) return 'checksum';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE' || /code signature|not signed by the application owner/i.test(message)) return 'signature';
  if (NO_RELEASE_CODES.has(code) || code === 'HTTP_ERROR_404') return 'no-release';
  if (BAD_FEED_CODES.has(code)) return 'bad-feed';
  if (DISK_CODES.has(code)) return 'disk';
  if (NETWORK_CODES.has(code) || /^HTTP_ERROR_5\d\d$/.test(code) || code === 'HTTP_ERROR_429' || /net::ERR_/.test(message)) return 'network';
  return 'unknown';
}
