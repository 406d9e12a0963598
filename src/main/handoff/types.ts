import type { SecretPlanProblem } from './session-secrets';

/**
 * Domain types of the handoff engine: what a repo inspection finds, what the secret scan reports,
 * and what composition produces. Plain data: everything here crosses IPC as JSON.
 */

/**
 * How a path changed relative to HEAD (the working tree, untracked files included).
 * `binary` is a separate flag, not a status: a binary file can be added, deleted or modified.
 * A file that became a symlink (or back) is one `typechange` entry holding git's delete + add pair.
 */
export type FileStatus =
  | 'modified'
  | 'added' // new and staged in the user's index
  | 'untracked' // new and not in the user's index (not ignored either)
  | 'deleted'
  | 'renamed'
  | 'copied'
  | 'mode' // only the file mode changed (e.g. chmod +x)
  | 'typechange'
  | 'submodule'; // the submodule's recorded commit changed

/** One file's change as a self-contained `diff --git` block. */
export interface FileChange {
  /** Unique within its change set; `path`, or `path#2` for a second block of the same path. */
  key: string;
  /** The path in the new tree (for a deletion: the deleted path). Always `/`-separated, repo-relative. */
  path: string;
  /** The previous path of a rename or copy. */
  oldPath?: string;
  status: FileStatus;
  /** Git considers the content binary: listed with its size, never inlined. */
  binary: boolean;
  /** False when the diff is not valid UTF-8 (e.g. a Latin-1 file): it cannot travel in a JSON prompt unchanged. */
  utf8: boolean;
  oldMode?: string;
  newMode?: string;
  /** Size in bytes of a binary file (new content, or the old one for a deletion) when known. */
  size?: number;
  /** Lines added / removed (0 for binaries). */
  added: number;
  removed: number;
  /** UTF-8 byte length of `diffText`. */
  bytes: number;
  /** The `diff --git` block, ending with a newline; applies with `git apply` on its own. */
  diffText: string;
  /**
   * The filter driver the file's attributes name, whose program was not run (a repository's own
   * filter, or LFS without git-lfs): the diff shows the file as on disk, not as git would store
   * it, so it is listed, never inlined.
   */
  unfilteredBy?: string;
}

/** A commit of HEAD that no remote has. */
export interface UnpushedCommit {
  sha: string;
  subject: string;
}

/** One unpushed commit as a `git format-patch` mail: `preamble + files[].diffText + trailer` is the patch. */
export interface CommitPatch {
  sha: string;
  subject: string;
  /** The mail header, message and diffstat up to the first `diff --git`. */
  preamble: string;
  files: FileChange[];
  trailer: string;
  /**
   * The mail could not be split into message and diff with certainty: `preamble` holds all of it
   * (scanned as plain text, line by line) and `files` is empty.
   */
  opaque?: boolean;
}

export type HandoffWarningCode =
  | 'DETACHED_HEAD' // allowed: the prompt names the commit instead of a branch
  | 'NO_REMOTE' // allowed: `repos` is omitted
  | 'AMBIGUOUS_REMOTE' // several remotes, none named origin or tracked: `repos` is omitted
  | 'REMOTE_NOT_HOSTED' // the remote is a local path or unrecognised URL: `repos` is omitted
  | 'NO_COMMITS' // everything is handed off as new files
  | 'UNPUSHED_COMMITS' // HEAD has commits no remote has; offer them as patches
  | 'FILTER_NOT_RUN' // files the repository's own filter driver would transform: listed, not inlined
  | 'LFS_MISSING' // Git LFS files, and git-lfs is not installed: listed, not inlined
  | 'LFS_BLOCKED'; // Git LFS files, but the config names LFS extensions (programs): listed, not inlined

/** Something worth telling the user that does not stop the handoff. `params` fill its i18n message. */
export interface HandoffWarning {
  code: HandoffWarningCode;
  params: Record<string, string | number>;
}

export interface RemoteInfo {
  /** The remote's name, e.g. `origin`. */
  name: string;
  /** The fetch URL without userinfo, query or fragment (`sanitizeRemoteUrl`): safe to show, log and send. */
  url: string;
  host: string | null;
  /** `owner/repo` (or `group/sub/repo`), null when the URL is local or unrecognised. */
  slug: string | null;
}

/** Everything `inspectRepo` learned; the input to scanning and composition. */
export interface RepoInspection {
  /** Absolute path of the working tree's top folder. */
  root: string;
  remote: RemoteInfo | null;
  /** `owner/repo` when known: goes to the session's `repos`. */
  repo: string | null;
  /** Current branch; null when HEAD is detached. */
  branch: string | null;
  detached: boolean;
  /** HEAD commit sha; null in a repo with no commits yet. */
  head: string | null;
  /** e.g. `origin/main`; null when the branch tracks nothing. */
  upstream: string | null;
  ahead: number | null;
  behind: number | null;
  /** The change set: `git diff HEAD` plus untracked, non-ignored files, in git's path order. */
  files: FileChange[];
  /** Commits on HEAD no remote has, oldest first (listed always; at most the newest 200). */
  unpushed: UnpushedCommit[];
  /** How many commits no remote has: ahead of the upstream, or (no upstream) not on any remote. */
  unpushedCount: number;
  /**
   * True when the branch tracks nothing and there are remotes but no remote-tracking branch (never
   * fetched, or the remote is empty): which commits are unpushed cannot be told, `unpushedCount` is 0.
   */
  unpushedUnknown?: boolean;
  /** HEAD is contained in a remote-tracking branch: what HEAD holds is already on the remote. */
  headOnRemote?: boolean;
  /** Present when `includeUnpushed` was asked: the commits as patches, oldest first. */
  patches?: CommitPatch[];
  warnings: HandoffWarning[];
  /** Secret-scan findings over `files` (and `patches`), computed while the diff streamed in. */
  findings?: Finding[];
}

/** What a scan unit is: a diff block (every line is scanned, each by its kind) or plain text such as a commit message. */
export type ScanMode = 'diff' | 'text';

/** A piece of outgoing text to scan. `FileChange` is one (mode `diff`). */
export interface ScanUnit {
  key: string;
  path: string;
  /** The previous path of a rename or copy (checked by name too). */
  oldPath?: string;
  diffText: string;
  /** Binary: only the header (the names) is sent, so only it is scanned. */
  binary?: boolean;
  /** False: the content is not valid UTF-8 and stays out of the prompt; only the header is scanned. */
  utf8?: boolean;
  mode?: ScanMode;
  /** Where a text unit's findings sit (default `message`). */
  textPlace?: 'message' | 'repo';
  /** Where the unit belongs: omitted for the working-tree changes, `commit:<sha>` for a patch. */
  scope?: string;
}

/**
 * Where in the outgoing text a finding sits: an added, removed or unchanged (context) line of a
 * diff, a diff header (a file name), a commit message, the whole file (flagged by its name), or a
 * name in the prompt's first lines (`repo`: branch, upstream, folder or remote name; `file` names which).
 */
export type FindingPlace = 'added' | 'removed' | 'context' | 'header' | 'message' | 'file' | 'repo';

/** A possible secret in outgoing text. */
export interface Finding {
  /** Stable across re-inspections of unchanged content: resolutions are keyed by it. */
  id: string;
  /** Rule id from the rule table, e.g. `github-token`, or `risky-file:env` for a file flagged by name. */
  rule: string;
  description: string;
  /** Path of the file (as shown to the user). */
  file: string;
  /** The scan unit (FileChange.key, or a patch unit key). */
  unitKey: string;
  scope?: string;
  place: FindingPlace;
  /**
   * A removed or context line of the working-tree diff while HEAD is contained in a remote-tracking
   * branch: the remote already has it. Shown as such; it still needs a decision.
   */
  onRemote?: boolean;
  /**
   * 1-based line in the NEW file (added and context lines, commit messages), in the OLD file
   * (removed lines); 0 for a file name or a whole-file finding. Column is 1-based on that line.
   */
  line: number;
  column: number;
  /** Masked: the first 4 characters, an ellipsis and the length, e.g. `ghp_…(40)`. */
  preview: string;
  /** Offsets of the secret in the unit's `diffText` ([start, end)). */
  range: [number, number];
  /** False for names (files flagged by name, secrets in a file name): they can be excluded or allowed, not redacted. */
  redactable: boolean;
}

/**
 * What the user decided for one finding: mask it, leave its file out, send it as it is, or give
 * its value to Devin as a session secret (the prompt keeps a reference, see session-secrets.ts).
 */
export type Resolution = 'redact' | 'exclude' | 'allow' | 'secret';
export type Resolutions = Readonly<Record<string, Resolution>>;

/** Why a file's change is not in the sent diff. */
export type LeftOutReason = 'filter' | 'binary' | 'not-utf8' | 'excluded' | 'budget';

export interface LeftOutFile {
  key: string;
  path: string;
  status: FileStatus;
  reason: LeftOutReason;
  bytes: number;
  /** Budget only: a lock/generated/vendored file (these go first). */
  generated?: boolean;
  /** Filter only: the driver that was not run. */
  driver?: string;
  size?: number;
}

/** The body of POST /v3/organizations/{org}/sessions that a handoff sends. */
export interface HandoffRequest {
  title: string;
  tags: string[];
  repos?: string[];
  prompt: string;
  /** The knowledge choice when one was made: null = all, [] = none, a list = only those (see id-choice.ts). */
  knowledge_ids?: string[] | null;
  /** The org secrets choice when one was made: null = all, [] = none, a list = only those. */
  secret_ids?: string[] | null;
  /** Values the user gave to Devin as session secrets (present only when there are some). */
  session_secrets?: Array<{ key: string; value: string; sensitive: true }>;
}

/** A session secret of a composition, as views show it: never the value. */
export interface ComposedSessionSecret {
  key: string;
  derivedKey: string;
  edited: boolean;
  /** Masked, e.g. `sk_l…(32)`. */
  preview: string;
  length: number;
  multiline: boolean;
  findingIds: string[];
  /** Why it cannot be sent yet (a bad or duplicate name, a value over 65536 characters). */
  problem: SecretPlanProblem | null;
}

/** The result of composition: exactly what the preview shows and what will be sent. */
export interface ComposedHandoff {
  prompt: string;
  request: HandoffRequest;
  /** The included uncommitted diff (applies with `git apply` on HEAD). */
  diff: string;
  diffBytes: number;
  /** Patches of unpushed commits included in the prompt (empty unless asked). */
  patches: string;
  patchBytes: number;
  /** True when something was left out to fit the budget. */
  truncated: boolean;
  leftOut: LeftOutFile[];
  /** Unpushed commits asked for but left out for the budget (sha list, oldest first). */
  leftOutCommits: string[];
  /** Every file of the change set (after resolutions), with inclusion decided. */
  files: Array<{ key: string; path: string; status: FileStatus; binary: boolean; bytes: number; included: boolean; reason: LeftOutReason | null }>;
  findings: Finding[];
  resolutions: Resolutions;
  /** Findings without a resolution; composition refuses unless this is empty, `sendHandoff` re-checks. */
  unresolved: Finding[];
  /** What goes in `request.session_secrets`, masked; `sendHandoff` refuses while one has a problem. */
  sessionSecrets: ComposedSessionSecret[];
}
