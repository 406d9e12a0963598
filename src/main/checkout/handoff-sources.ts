import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../settings/atomic-write';

/** The repository a session was handed off from (written when the handoff created the session). */
export interface HandoffSource {
  sessionId: string;
  /** The working tree's top folder, as the inspection found it. */
  root: string;
  /** `owner/repo` of the remote the handoff named, when known. */
  repo: string | null;
  /** ISO time of the handoff. */
  at: string;
}

/** How many handoffs are remembered (the oldest are forgotten first). */
export const HANDOFF_SOURCES_MAX = 500;

/** The file, in the app's user-data folder (the app and the CLI share it). */
export function handoffSourcesFile(userDataDir: string): string {
  return join(userDataDir, 'handoff-sources.json');
}

/** Keeps only well-formed entries of a parsed file, newest first, one per session (pure). */
export function parseHandoffSources(raw: unknown): HandoffSource[] {
  const items = (raw as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  const out: HandoffSource[] = [];
  for (const item of items) {
    const s = item as Partial<HandoffSource> | null;
    if (!s || typeof s.sessionId !== 'string' || s.sessionId === '' || typeof s.root !== 'string' || s.root === '' || typeof s.at !== 'string') continue;
    if (out.some((o) => o.sessionId === s.sessionId)) continue;
    out.push({ sessionId: s.sessionId, root: s.root, repo: typeof s.repo === 'string' ? s.repo : null, at: s.at });
  }
  return out.slice(0, HANDOFF_SOURCES_MAX);
}

export interface HandoffSources {
  /** The repository `sessionId` was handed off from, if this machine did it. */
  get(sessionId: string): Promise<HandoffSource | null>;
  record(source: HandoffSource): Promise<void>;
}

/**
 * Handoff sources in a small JSON file (`{ version: 1, items }`), written atomically, one write
 * after another. A missing or damaged file reads as empty: checkout then falls back to the recent
 * repositories and never fails for it.
 */
export function createHandoffSources(file: string): HandoffSources {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<HandoffSource[]> => {
    try {
      return parseHandoffSources(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return [];
    }
  };
  return {
    get: (sessionId) => queue.then(read).then((list) => list.find((s) => s.sessionId === sessionId) ?? null),
    record(source) {
      const next = queue.then(async () => {
        const list = [source, ...(await read()).filter((s) => s.sessionId !== source.sessionId)].slice(0, HANDOFF_SOURCES_MAX);
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ version: 1, items: list }, null, 2)}\n`);
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
