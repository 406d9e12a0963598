import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SessionSnapshot } from '../../shared/sessions/transitions';
import { writeFileAtomic } from '../settings/atomic-write';

/**
 * What the tracker keeps across restarts, per org, so nothing is notified twice and nothing is
 * missed: the poll cursor, the last known state of each session, the transition keys already
 * handled (bounded, oldest dropped first) and the sessions the user watches.
 */
export interface TrackerState {
  /** Newest `updated_at` (Unix s) seen in a list; null until the first successful poll. */
  cursor: number | null;
  snapshots: SessionSnapshot[];
  notified: string[];
  watched: string[];
  /**
   * Prompts learned per session (sent from here, or read from its first message), at most
   * PROMPT_KEEP_CHARS each; '' = looked, none to be had (Devin spoke first). Bounded like snapshots.
   */
  prompts: Record<string, string>;
  /** `repos` sent at create, per session created here. */
  repos: Record<string, string[]>;
}

export const EMPTY_TRACKER_STATE: TrackerState = { cursor: null, snapshots: [], notified: [], watched: [], prompts: {}, repos: {} };

const STATE_VERSION = 1;

const snapshotSchema = z.object({
  id: z.string(),
  status: z.string(),
  statusDetail: z.string().nullable(),
  archived: z.boolean(),
  prUrls: z.array(z.string()),
  updatedAt: z.number(),
  title: z.string().nullable(),
});

const fileSchema = z.object({
  version: z.literal(STATE_VERSION),
  orgId: z.string(),
  cursor: z.number().nullable(),
  snapshots: z.array(snapshotSchema),
  notified: z.array(z.string()),
  watched: z.array(z.string()),
  // Added after version 1 shipped: absent in older files, which stay valid.
  prompts: z.record(z.string(), z.string()).default({}),
  repos: z.record(z.string(), z.array(z.string())).default({}),
});

/** One file per org: `sessions-<org>.json` (the org id made safe for a file name). */
export function trackerStateFile(dir: string, orgId: string): string {
  return join(dir, `sessions-${orgId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
}

/**
 * Reads the state. A missing file is a first run; an unreadable one is moved aside as
 * `*.corrupt-<ms>` (kept for inspection) and the tracker starts over, silently re-learning the
 * current state rather than notifying everything again.
 */
export async function loadTrackerState(path: string, orgId: string, nowMs: number): Promise<TrackerState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(EMPTY_TRACKER_STATE);
    throw err;
  }
  let parsed: z.infer<typeof fileSchema> | null = null;
  try {
    const r = fileSchema.safeParse(JSON.parse(text));
    if (r.success) parsed = r.data;
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.orgId !== orgId) {
    await rename(path, `${path}.corrupt-${nowMs}`).catch(() => undefined);
    return structuredClone(EMPTY_TRACKER_STATE);
  }
  return {
    cursor: parsed.cursor,
    snapshots: parsed.snapshots,
    notified: parsed.notified,
    watched: parsed.watched,
    prompts: parsed.prompts,
    repos: parsed.repos,
  };
}

/** Writes the state atomically (temp file, fsync, rename): a crash leaves the old or the new file. */
export async function saveTrackerState(path: string, dir: string, orgId: string, state: TrackerState): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const body: z.input<typeof fileSchema> = { version: STATE_VERSION, orgId, ...state };
  await writeFileAtomic(path, JSON.stringify(body));
}
