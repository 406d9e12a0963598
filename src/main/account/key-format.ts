import { AppError } from '../../shared/errors';

/**
 * Pure: trims what was pasted and checks it is shaped like a v3 key (`cog_…`). Legacy `apk_`
 * keys work only on API v1, so they are refused here rather than with a confusing 401/403.
 * The message never repeats the key.
 */
export function normalizeApiKey(input: string): string {
  const key = input.trim();
  if (key.startsWith('apk_')) {
    throw new AppError('KEY_FORMAT', 'Legacy apk_ keys do not work with API v3; create a cog_ key', { reason: 'legacy' });
  }
  if (!/^cog_[\x21-\x7e]+$/.test(key)) {
    throw new AppError('KEY_FORMAT', 'An API key starts with cog_ and has no spaces or control characters', {
      reason: key.startsWith('cog_') && key.length > 4 ? 'characters' : 'prefix',
    });
  }
  return key;
}
