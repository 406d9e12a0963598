import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { FieldError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';

/** What a handle stands for: a file to read (upload), a folder to write into (downloads), a folder to hand off (read). */
export type HandleKind = 'file' | 'folder' | 'repo';

/** Who a handle was issued to: the sender webContents' id ('' where a transport has none). */
export type SenderId = string;

export interface PathHandlesOptions {
  now?: () => number;
  /** 16 random bytes per handle by default (128 bits: not guessable, not enumerable). */
  random?: (bytes: number) => Buffer;
  /** How long an unused handle stays valid; folder handles restart the clock at each use. */
  ttlMs?: Partial<Record<HandleKind, number>>;
  /** Most live handles one sender may hold; the oldest go first (a page cannot grow main's memory). */
  maxPerSender?: number;
  /** The language refusals are written in. */
  locale?: () => Locale;
}

export interface PathHandles {
  /** A new opaque handle for `path`, usable by `sender` only. */
  issue(sender: SenderId, kind: HandleKind, path: string): string;
  /**
   * The path behind a handle this sender holds, or AppError VALIDATION (field `field`): a raw path,
   * a handle of another kind, another sender's, an unknown or an expired one are all refused.
   */
  resolve(sender: SenderId, kind: HandleKind, handle: string, field: string): string;
  /** Ends a handle (a file handle once its upload went through). */
  revoke(sender: SenderId, handle: string): void;
  /** Drops every handle of a sender (its webContents went away). */
  forgetSender(sender: SenderId): void;
  /** Live handles (tests, diagnostics). */
  size(): number;
}

interface Grant {
  sender: SenderId;
  kind: HandleKind;
  path: string;
  expiresAt: number;
}

const PREFIX: Record<HandleKind, string> = { file: 'file-', folder: 'folder-', repo: 'repo-' };
const DEFAULT_TTL: Record<HandleKind, number> = {
  // Long enough to write a reply; a file handle also ends when its upload succeeds.
  file: 2 * 3600_000,
  // A folder picked for a session's downloads stays usable while it is being used.
  folder: 8 * 3600_000,
  // A folder to hand off: re-scans and Recent re-use it while the screen is open.
  repo: 8 * 3600_000,
};

/**
 * Capabilities instead of paths over IPC (issue #11 point 5). Main hands the renderer an opaque
 * handle for each file or folder that main itself saw the user choose (its own dialog, a drop the
 * preload registered); the renderer names files and folders by these handles only. A handle is
 * unguessable, bound to the webContents it was issued to, of one kind, and expires.
 */
export function createPathHandles(opts: PathHandlesOptions = {}): PathHandles {
  const now = opts.now ?? Date.now;
  const random = opts.random ?? randomBytes;
  const ttl = { ...DEFAULT_TTL, ...opts.ttlMs };
  const maxPerSender = opts.maxPerSender ?? 500;
  const locale = opts.locale ?? (() => 'en' as const);
  const grants = new Map<string, Grant>();

  const sweep = () => {
    const t = now();
    for (const [handle, g] of grants) if (g.expiresAt <= t) grants.delete(handle);
  };

  return {
    issue(sender, kind, path) {
      sweep();
      const mine = [...grants].filter(([, g]) => g.sender === sender);
      // Maps keep insertion order: the first ones are the oldest.
      for (const [handle] of mine.slice(0, Math.max(0, mine.length - maxPerSender + 1))) grants.delete(handle);
      const handle = PREFIX[kind] + random(16).toString('base64url');
      grants.set(handle, { sender, kind, path, expiresAt: now() + ttl[kind] });
      return handle;
    },
    resolve(sender, kind, handle, field) {
      sweep();
      const g = grants.get(handle);
      if (!g || g.sender !== sender || g.kind !== kind) throw handleError(kind, handle, field, locale());
      if (kind !== 'file') g.expiresAt = now() + ttl[kind];
      return g.path;
    },
    revoke(sender, handle) {
      if (grants.get(handle)?.sender === sender) grants.delete(handle);
    },
    forgetSender(sender) {
      for (const [handle, g] of grants) if (g.sender === sender) grants.delete(handle);
    },
    size: () => {
      sweep();
      return grants.size;
    },
  };
}

/** The kind a handle says it is by its prefix (null: not one of ours). */
export function handleKindOf(handle: string): HandleKind | null {
  const found = (Object.keys(PREFIX) as HandleKind[]).find((k) => handle.startsWith(PREFIX[k]));
  return found ?? null;
}

/** Something shaped like a path rather than a handle: the page tried to name a file itself. */
export function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /^[A-Za-z]:/.test(value) || value.startsWith('~') || value.startsWith('.');
}

/**
 * VALIDATION with a field error, marked `clientSide` (nothing was sent anywhere). The message
 * says which: a raw path is refused outright; anything else is a choice that is no longer valid.
 */
function handleError(kind: HandleKind, value: string, field: string, locale: Locale): AppError {
  const reason = looksLikePath(value) ? 'rawPath' : 'expired';
  return handleValidationError([{ field, key: `security.handle.${kind}.${reason}` }], locale);
}

/** The VALIDATION error for refused handles, its field messages in `locale`. */
export function handleValidationError(problems: readonly { field: string; key: string }[], locale: Locale): AppError {
  const fieldErrors: FieldError[] = problems.map((p) => ({ field: p.field, message: translate(locale, p.key) }));
  const detail = fieldErrors.map((e) => e.message).join(' ');
  return new AppError('VALIDATION', detail, { fieldErrors, clientSide: true, detail, reason: problems[0]?.key ?? '' }, { detail });
}
