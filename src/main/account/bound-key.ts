/**
 * The keychain entry's value: the key together with the API origin it was checked against
 * (issue #11 point 4). The app and the CLI send a stored key to that origin only.
 * Entries written before this existed hold the bare key; they decode with `origin: null` and are
 * bound (rewritten) at their first use, to the origin they were being used with.
 */
export interface BoundKey {
  key: string;
  /** `https://api.devin.ai`-style origin, or null for an entry from before keys were bound. */
  origin: string | null;
}

const VERSION = 1;

/** Pure: the keychain value for `key` bound to `origin`. */
export function encodeBoundKey(key: string, origin: string): string {
  return JSON.stringify({ v: VERSION, origin, key });
}

/** Pure: a keychain value → key and origin. A bare key (old entry) has no origin yet. */
export function decodeBoundKey(raw: string): BoundKey {
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      if (parsed['v'] === VERSION && typeof parsed['key'] === 'string' && typeof parsed['origin'] === 'string') {
        return { key: parsed['key'], origin: parsed['origin'] };
      }
    } catch {
      // Not ours: handled as a bare value below (the key check will refuse it if it is no key).
    }
  }
  return { key: text, origin: null };
}

/** Pure: the origin a base URL sends requests to (`https://api.devin.ai/` → `https://api.devin.ai`). */
export function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return baseUrl.replace(/\/+$/, '');
  }
}
