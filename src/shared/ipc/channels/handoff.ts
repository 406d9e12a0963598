import { z } from 'zod';
import { idChoiceSchema } from '../../domain/id-choice';
import { type } from '../phantom';

/**
 * Handoff over IPC: the renderer never holds git state. Main inspects a folder and keeps the
 * inspection by id; every change on the screen re-composes in main (pure), and `handoff:send`
 * sends the composition whose token the preview showed, so what is sent is what was previewed.
 */

/** How a path changed relative to HEAD (mirrors the engine's FileStatus). */
export type HandoffFileStatus = 'modified' | 'added' | 'untracked' | 'deleted' | 'renamed' | 'copied' | 'mode' | 'typechange' | 'submodule';

/** Why a file is not in the sent diff: the engine's reasons, plus `user` (its toggle is off). */
export type HandoffFileReason = 'filter' | 'binary' | 'not-utf8' | 'excluded' | 'budget' | 'user';

/** What the user decided for one finding (`secret`: its value goes to Devin as a session secret). */
export type HandoffResolution = 'redact' | 'exclude' | 'allow' | 'secret';

/** What still stops a send (`secrets`: a session secret's name is not usable, see its `problem`). */
export type HandoffBlocker = 'task' | 'findings' | 'secrets';

/** Why a session secret cannot be sent as it is. */
export type HandoffSecretProblem = 'empty' | 'tooLong' | 'chars' | 'duplicate' | 'valueTooLong';

/** A value that goes as a session secret: its name and a masked preview, never the value. */
export interface HandoffSessionSecretView {
  key: string;
  /** The name the app proposed from where the value was found. */
  derivedKey: string;
  /** The user typed the name. */
  edited: boolean;
  /** Masked, e.g. `sk_l…(32)`. */
  preview: string;
  /** Characters of the value. */
  length: number;
  multiline: boolean;
  /** The findings holding this value (the same value found twice is one secret). */
  findingIds: string[];
  problem: HandoffSecretProblem | null;
}

export interface HandoffFileView {
  key: string;
  path: string;
  oldPath?: string;
  status: HandoffFileStatus;
  binary: boolean;
  utf8: boolean;
  /** Size of a binary file, when known. */
  size?: number;
  /** Bytes of its diff block. */
  bytes: number;
  added: number;
  removed: number;
  /** A lock, generated, minified or vendored file (left out first when over the size limit). */
  generated: boolean;
  /** The filter driver (e.g. `lfs`) whose program was not run for this file: listed, never inlined. */
  unfilteredBy?: string;
}

export interface HandoffFindingView {
  id: string;
  /** Rule id, e.g. `github-token` or `risky-file:env`; the UI names it (`ui.handoff.rule.<id>`). */
  rule: string;
  /** The engine's English description (a fallback for rules the UI has no name for). */
  description: string;
  file: string;
  unitKey: string;
  /** `commit:<sha>` for a finding in an unpushed commit. */
  scope?: string;
  /**
   * Where it sits: an added, removed or unchanged (context) line, a file name, a commit message, the
   * whole file, or a name in the prompt's first lines (`repo`; `file` is then branch|upstream|folder|remote).
   */
  place: 'added' | 'removed' | 'context' | 'header' | 'message' | 'file' | 'repo';
  /** A removed or unchanged line the remote already has (still needs a decision). */
  onRemote?: boolean;
  /** 1-based (in the old file for a removed line); 0 for a file name or a file flagged by its name. */
  line: number;
  column: number;
  /** Masked, e.g. `ghp_…(40)`. */
  preview: string;
  /** False for files that are secrets by name: they can be excluded or allowed, not redacted. */
  redactable: boolean;
  /** A value in content (not a name): it can be given to Devin as a session secret. */
  canBeSecret: boolean;
}

export interface HandoffWarningView {
  /** DETACHED_HEAD, NO_REMOTE, … (message `handoff.warning.<code>`). */
  code: string;
  params: Record<string, string | number>;
}

/** What `handoff:inspect` found, kept in main under `inspectionId`. */
export interface HandoffInspectionView {
  inspectionId: string;
  root: string;
  /** The top folder's name. */
  name: string;
  remote: { name: string; url: string; slug: string | null } | null;
  /** `owner/repo`: goes to the session's `repos`. */
  repo: string | null;
  branch: string | null;
  detached: boolean;
  head: string | null;
  upstream: string | null;
  ahead: number | null;
  behind: number | null;
  unpushedCount: number;
  /** Remotes exist but none was fetched: which commits are unpushed cannot be told (`unpushedCount` is 0). */
  unpushedUnknown: boolean;
  unpushed: { sha: string; subject: string }[];
  /** True when the unpushed commits were read as patches (needed to include them). */
  patchesRead: boolean;
  files: HandoffFileView[];
  /** Every finding, unpushed commits' included when read; a composition says which matter. */
  findings: HandoffFindingView[];
  warnings: HandoffWarningView[];
}

/** One file's fate in a composition. */
export interface HandoffFileFate {
  key: string;
  included: boolean;
  reason: HandoffFileReason | null;
}

/**
 * A composition: the preview. When `blockers` is empty, `prompt` is EXACTLY what `handoff:send`
 * with this `token` sends (the token is a SHA-256 over the request body, session secret values
 * included through a keyed hash that main keeps, so it tells nothing about them). While blocked, there is
 * no prompt and no token; the diff is still shown, with undecided secrets masked (`masked`).
 */
export interface HandoffCompositionView {
  inspectionId: string;
  token: string | null;
  blockers: HandoffBlocker[];
  /** Findings that concern what would be sent, and the ones still without a decision. */
  findingIds: string[];
  unresolved: string[];
  prompt: string | null;
  /** UTF-8 bytes of `prompt` (0 when none). */
  promptBytes: number;
  title: string;
  tags: string[];
  repos: string[] | null;
  /** `knowledge_ids` of the request when a knowledge choice was made (null = all, [] = none). */
  knowledgeIds?: string[] | null;
  /** `secret_ids` of the request when an org secrets choice was made (null = all, [] = none). */
  secretIds?: string[] | null;
  /** The values that go in `session_secrets`, masked (empty when none). */
  sessionSecrets: HandoffSessionSecretView[];
  diff: string;
  diffBytes: number;
  patches: string;
  patchBytes: number;
  maxBytes: number;
  masked: boolean;
  truncated: boolean;
  leftOutCommits: string[];
  files: HandoffFileFate[];
}

/** A repository handed off (or opened) before, newest first. */
export interface RecentRepo {
  path: string;
  repo: string | null;
  /** ISO time it was last opened. */
  usedAt: string;
}

/**
 * A folder the page may hand off: the opaque handle main issued for it (a dialog, a drop, a
 * Recent entry, a path typed and checked by main, a link) and its path, to show. The page names
 * folders to main by handle only; a path it sends in place of one is refused.
 */
export interface HandoffFolderRef {
  handle: string;
  path: string;
}

/** A Recent entry with the handle that opens or forgets it. */
export type RecentRepoView = RecentRepo & { handle: string };

/** Progress of an inspection (`handoff:progress`). */
export interface HandoffProgressEvent {
  ticket: string;
  phase: 'locate' | 'status' | 'untracked' | 'diff' | 'patches' | 'done';
  /** Diff bytes read so far (phase `diff`). */
  bytes?: number;
}

/** Chosen by the renderer before `handoff:inspect`, so it can cancel and match progress. */
export const handoffTicketSchema = z.string().regex(/^[\w-]{1,64}$/);
const inspectionId = z.string().min(1).max(100);
/** A folder handle main issued (security/path-handles.ts); the handler refuses anything else, a path included. */
const folderHandle = z.string().min(1).max(4096);
const resolution = z.enum(['redact', 'exclude', 'allow', 'secret']);

/** The smallest and largest size limit the screen offers (bytes of diff + patches). */
export const HANDOFF_MAX_BYTES_RANGE = { min: 1024, max: 10 * 1024 * 1024 } as const;

export const handoffComposeSchema = z
  .object({
    inspectionId,
    /** May be empty: the composition then says `blockers: ['task']`. */
    task: z.string().max(100_000),
    tags: z.array(z.string().min(1).max(100)).max(50),
    resolutions: z.record(z.string().max(200), resolution),
    /** File keys whose toggle is off: left out of the prompt entirely. */
    excluded: z.array(z.string().max(4096)).max(100_000),
    maxBytes: z.number().int().min(HANDOFF_MAX_BYTES_RANGE.min).max(HANDOFF_MAX_BYTES_RANGE.max),
    includeUnpushed: z.boolean(),
    /** Which knowledge the session may use; absent leaves `knowledge_ids` out of the request. */
    knowledge: idChoiceSchema.optional(),
    /** Which org secrets the session may use; absent leaves `secret_ids` out of the request. */
    secrets: idChoiceSchema.optional(),
    /** Session secret names the user typed, by finding id (checked in main; a bad one blocks the send). */
    secretKeys: z.record(z.string().max(200), z.string().max(1000)).optional(),
  })
  .strict();
export type HandoffComposeRequest = z.output<typeof handoffComposeSchema>;

export const handoffChannels = {
  /** Reads the repository containing the folder behind `handle`; progress arrives as `handoff:progress` with the ticket. */
  'handoff:inspect': {
    request: z.object({ handle: folderHandle, ticket: handoffTicketSchema, includeUnpushed: z.boolean().optional() }).strict(),
    response: type<HandoffInspectionView>(),
  },
  /** A path the user typed: main resolves it (`~`, absolute only, an existing folder) and issues a handle. */
  'handoff:openPath': { request: z.object({ path: z.string().min(1).max(4096) }).strict(), response: type<HandoffFolderRef>() },
  /** Stops the inspection with this ticket (it then fails with CANCELLED). */
  'handoff:cancel': { request: z.object({ ticket: handoffTicketSchema }).strict(), response: type<void>() },
  /** Pure: the preview for these choices. */
  'handoff:compose': { request: handoffComposeSchema, response: type<HandoffCompositionView>() },
  /** Creates the session (watched) with exactly the composition of `token`; never twice for one token. */
  'handoff:send': {
    request: z.object({ inspectionId, token: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    response: type<{ sessionId: string; url: string }>(),
  },
  /** Forget an inspection (the screen was reset). */
  'handoff:discard': { request: z.object({ inspectionId }).strict(), response: type<void>() },
  /** The OS folder dialog; null when cancelled. */
  'handoff:chooseFolder': { request: z.undefined(), response: type<HandoffFolderRef | null>() },
  'handoff:recent': { request: z.undefined(), response: type<RecentRepoView[]>() },
  'handoff:forgetRecent': { request: z.object({ handle: folderHandle }).strict(), response: type<RecentRepoView[]>() },
} as const;

export const handoffEvents = {
  'handoff:progress': type<HandoffProgressEvent>(),
} as const;

export type HandoffChannelName = keyof typeof handoffChannels;
