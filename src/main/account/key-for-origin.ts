import { AppError } from '../../shared/errors';
import { isKnownDevinApiOrigin } from '../security/app-origins';
import { decodeBoundKey, encodeBoundKey, originOf } from './bound-key';
import { normalizeApiKey } from './key-format';
import type { KeyStore } from './key-store';

/** Where requests go and who said so: DEVIN_API_URL, or the API URL in settings. */
export interface ApiTarget {
  baseUrl: string;
  origin: string;
  urlFromEnv: boolean;
}

/** DEVIN_API_URL wins over the settings file (as in Devin's docs). */
export function apiTarget(env: NodeJS.ProcessEnv, settingsUrl: string): ApiTarget {
  const fromEnv = env['DEVIN_API_URL']?.trim();
  const baseUrl = fromEnv || settingsUrl;
  return { baseUrl, origin: originOf(baseUrl), urlFromEnv: Boolean(fromEnv) };
}

/** The key to send to `target` and where it came from; null when there is none at all. */
export interface KeyForTarget {
  key: string;
  source: 'env' | 'store';
}

/**
 * Decides which key may go to `target`, and refuses with a clear error rather than send a key
 * anywhere it was not meant for (issue #11 point 4):
 * - DEVIN_API_KEY goes where DEVIN_API_URL says; without DEVIN_API_URL only to a Devin host named
 *   in settings (a settings URL can be changed by the app's window; the environment is the user's).
 * - a stored key goes only to the origin it is bound to. An entry from before keys were bound is
 *   bound now, to the origin it is being used with (where the previous version sent it anyway).
 */
export async function keyForTarget(store: KeyStore, env: NodeJS.ProcessEnv, target: ApiTarget): Promise<KeyForTarget | null> {
  const fromEnv = env['DEVIN_API_KEY']?.trim();
  if (fromEnv) {
    const key = normalizeApiKey(fromEnv);
    if (!target.urlFromEnv && !isKnownDevinApiOrigin(target.origin)) {
      throw new AppError('ENV_KEY_HOST_UNCONFIRMED', `DEVIN_API_KEY was not sent to ${target.origin}: set DEVIN_API_URL to send it there`, {}, { origin: target.origin });
    }
    return { key, source: 'env' };
  }
  const raw = await store.get();
  if (!raw) return null;
  const bound = decodeBoundKey(raw);
  if (bound.origin === null) {
    const key = normalizeApiKey(bound.key);
    await store.set(encodeBoundKey(key, target.origin));
    return { key, source: 'store' };
  }
  if (bound.origin !== target.origin) throw originMismatch(bound.origin, target);
  return { key: normalizeApiKey(bound.key), source: 'store' };
}

function originMismatch(boundTo: string, target: ApiTarget): AppError {
  const code = target.urlFromEnv ? 'KEY_ORIGIN_MISMATCH_ENV' : 'KEY_ORIGIN_MISMATCH';
  return new AppError(code, `The stored key belongs to ${boundTo}; it was not sent to ${target.origin}`, {}, { boundTo, origin: target.origin });
}
