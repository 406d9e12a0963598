/**
 * Helpers for the sim's own tests (and anyone testing against the sim): a fake clock and a
 * tiny JSON client bound to one key.
 */
import { SIM_KEYS } from './keys';

/** A controllable clock for `startSim({ now })`. */
export function fakeClock(startMs = Date.UTC(2026, 0, 15, 12, 0, 0)): { now: () => number; advance: (ms: number) => void; set: (ms: number) => void } {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}

export interface JsonReply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A JSON client for one sim and one key (`key: null` sends no Authorization). */
export function simApi(baseUrl: string, key: string | null = SIM_KEYS.org) {
  const request = async <T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonReply<T>> => {
    const h: Record<string, string> = { ...headers };
    if (key !== null) h.authorization = `Bearer ${key}`;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text === '' ? null : JSON.parse(text)) as T };
  };
  return {
    request,
    get: <T = unknown>(path: string) => request<T>('GET', path),
    post: <T = unknown>(path: string, body?: unknown) => request<T>('POST', path, body),
    put: <T = unknown>(path: string, body?: unknown) => request<T>('PUT', path, body),
    patch: <T = unknown>(path: string, body?: unknown) => request<T>('PATCH', path, body),
    del: <T = unknown>(path: string) => request<T>('DELETE', path),
  };
}

/** Shorthand for a page body. */
export interface PageBody<T = Record<string, unknown>> {
  items: T[];
  end_cursor: string | null;
  has_next_page: boolean;
  total: number | null;
}
