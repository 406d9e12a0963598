import type { DraftValue } from '../../../../shared/ipc/channels/drafts';

/**
 * A stable text for "has this changed since it was opened or restored?" (pure): the fields with
 * their keys sorted, and the attached files by path (a fresh handle for the same file is no change).
 */
export function draftFingerprint(fields: Record<string, DraftValue>, filePaths: readonly string[] = []): string {
  return JSON.stringify([sortKeys(fields), filePaths]);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
