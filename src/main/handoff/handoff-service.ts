import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { handoffError } from './handoff-error';
import { AppError } from '../../shared/errors';
import type {
  HandoffComposeRequest,
  HandoffCompositionView,
  HandoffInspectionView,
  HandoffProgressEvent,
  RecentRepo,
} from '../../shared/ipc/channels/handoff';
import { checkFolderNeedsClick, type HandoffOrigin } from './folder-trust';
import { composePreview, toInspectionView, type PreviewResult } from './handoff-views';
import { inspectRepo } from './inspect-repo';
import { resolveTypedPath } from './typed-path';
import { homedir } from 'node:os';
import { createRecentRepos } from './recent-repos';
import { sendHandoff, type DevinClientLike } from './send-handoff';
import type { HandoffRequest, RepoInspection } from './types';

/** The one thing the handoff needs from sessions: create a session that is watched (never retried). */
export interface HandoffSessionsPort {
  create(body: HandoffRequest): Promise<{ sessionId: string; url: string }>;
}

export interface HandoffServiceDeps {
  sessions: HandoffSessionsPort;
  /** userData folder: `handoff-recent.json` lives here. */
  stateDir: string;
  /** `~` in a typed path means this folder (default: the OS home). */
  homeDir?: string;
  /** Which path rules apply to a typed path (default: this process's platform). */
  platform?: NodeJS.Platform;
  /** The OS folder dialog (Electron glue), a test path in the harness; absent: not available. */
  chooseFolder?: () => Promise<string | null>;
  onProgress?: (event: HandoffProgressEvent) => void;
  /** The git executable (tests). */
  git?: string;
  /** How many inspections are kept in memory (a big change set is big); default 3. */
  maxInspections?: number;
  now?: () => Date;
  /** Problems that must not fail the call (e.g. the recent list could not be saved). */
  onError?: (err: unknown) => void;
  /** Remembers the repository a session was created from (the checkout of its pull request looks there first). */
  recordSource?: (source: { sessionId: string; root: string; repo: string | null; at: string }) => Promise<void>;
}

export interface HandoffService {
  /** A typed folder path → an existing absolute folder (`~` expanded; relative refused): PATH_NOT_ABSOLUTE, NOT_A_FOLDER. */
  resolveTyped(typed: string): Promise<string>;
  inspect(req: { path: string; ticket: string; includeUnpushed?: boolean }): Promise<HandoffInspectionView>;
  cancel(ticket: string): void;
  compose(req: HandoffComposeRequest): HandoffCompositionView;
  send(req: { inspectionId: string; token: string }): Promise<{ sessionId: string; url: string }>;
  discard(inspectionId: string): void;
  chooseFolder(): Promise<string | null>;
  recent(): Promise<RecentRepo[]>;
  forgetRecent(path: string): Promise<RecentRepo[]>;
  /** Whether a folder from `origin` must be shown and wait for a click before any git runs (folder-trust.ts). */
  needsClick(origin: HandoffOrigin, path: string): Promise<boolean>;
  /** Stops running inspections. */
  dispose(): void;
}

/** Compositions remembered per inspection, so a send can name one the preview showed. */
const KEPT_COMPOSITIONS = 20;
/** Diff-byte progress at most this often; phase changes always go out. */
const PROGRESS_EVERY_MS = 100;

interface Kept {
  inspection: RepoInspection;
  compositions: Map<string, NonNullable<PreviewResult['sendable']>>;
}

const gone = () => new AppError('HANDOFF_INSPECTION_GONE', 'This inspection is no longer available; open the folder again.');

/**
 * The handoff screen's main-process side: inspections kept by id (few, newest win), cancellable
 * by ticket, pure re-composition, and a send that creates the session through the sessions
 * service (watched, never retried) with exactly a previewed composition, at most once per token.
 */
export function createHandoffService(deps: HandoffServiceDeps): HandoffService {
  const now = deps.now ?? (() => new Date());
  const maxInspections = deps.maxInspections ?? 3;
  const inspections = new Map<string, Kept>();
  const running = new Map<string, AbortController>();
  const sent = new Map<string, Promise<{ sessionId: string; url: string }>>();
  const recent = createRecentRepos(join(deps.stateDir, 'handoff-recent.json'));

  const client: DevinClientLike = {
    sessions: {
      create: async (body) => {
        const created = await deps.sessions.create(body);
        return { session_id: created.sessionId, url: created.url };
      },
    },
  };

  const keep = (id: string, inspection: RepoInspection) => {
    inspections.set(id, { inspection, compositions: new Map() });
    while (inspections.size > maxInspections) {
      const oldest = inspections.keys().next().value as string;
      inspections.delete(oldest);
    }
  };

  const progressReporter = (ticket: string) => {
    let phase = '';
    let last = 0;
    return (p: { phase: HandoffProgressEvent['phase']; bytes?: number }) => {
      const t = Date.now();
      if (p.phase === phase && t - last < PROGRESS_EVERY_MS) return;
      phase = p.phase;
      last = t;
      deps.onProgress?.({ ticket, phase: p.phase, ...(p.bytes !== undefined ? { bytes: p.bytes } : {}) });
    };
  };

  const absolute = (typed: string): string => {
    // A typed path: `~` expanded, a relative one refused (never resolved against the app's folder).
    const resolved = resolveTypedPath(typed, { homeDir: deps.homeDir ?? homedir(), platform: deps.platform ?? process.platform });
    if (!resolved.ok) {
      // `~name` (another user's home) is not a full path either: the same message fits.
      throw new AppError('PATH_NOT_ABSOLUTE', `Not an absolute folder path: ${typed} (${resolved.reason})`, {}, { path: typed });
    }
    return resolved.path;
  };

  return {
    async resolveTyped(typed) {
      const path = absolute(typed);
      if (!(await stat(path).catch(() => null))?.isDirectory()) throw handoffError('NOT_A_FOLDER', { path }, { path });
      return path;
    },

    async inspect({ path: typed, ticket, includeUnpushed }) {
      const path = absolute(typed);
      running.get(ticket)?.abort();
      const controller = new AbortController();
      running.set(ticket, controller);
      try {
        const inspection = await inspectRepo(path, {
          signal: controller.signal,
          onProgress: progressReporter(ticket),
          includeUnpushed: includeUnpushed ?? false,
          ...(deps.git ? { git: deps.git } : {}),
        });
        const id = randomUUID();
        keep(id, inspection);
        await recent.add({ path: inspection.root, repo: inspection.repo, usedAt: now().toISOString() }).catch((err: unknown) => deps.onError?.(err));
        return toInspectionView(id, inspection);
      } finally {
        if (running.get(ticket) === controller) running.delete(ticket);
      }
    },

    cancel(ticket) {
      running.get(ticket)?.abort();
    },

    compose(req) {
      const kept = inspections.get(req.inspectionId);
      if (!kept) throw gone();
      const result = composePreview(req.inspectionId, kept.inspection, req);
      if (result.sendable) {
        kept.compositions.delete(result.sendable.token); // re-insert: newest last
        kept.compositions.set(result.sendable.token, result.sendable);
        while (kept.compositions.size > KEPT_COMPOSITIONS) kept.compositions.delete(kept.compositions.keys().next().value as string);
      }
      return result.view;
    },

    send({ inspectionId, token }) {
      const already = sent.get(token);
      if (already) return already; // a second click, or a retry of a request that succeeded
      const kept = inspections.get(inspectionId);
      if (!kept) return Promise.reject(gone());
      const chosen = kept.compositions.get(token);
      if (!chosen) {
        return Promise.reject(new AppError('HANDOFF_PREVIEW_STALE', 'The preview changed before it was sent; check it and send again.'));
      }
      const { composed, resolutions } = chosen;
      const sending = sendHandoff(client, { request: composed.request, findings: composed.findings, resolutions, unresolved: [] }).then((s) => {
        const { root, repo } = kept.inspection;
        // Best effort: a session whose source was not saved is still found through the recent list.
        void deps.recordSource?.({ sessionId: s.session_id, root, repo, at: now().toISOString() }).catch((err: unknown) => deps.onError?.(err));
        return { sessionId: s.session_id, url: s.url };
      });
      sent.set(token, sending);
      // A failure may be retried by the user (the error says when the session may exist anyway).
      sending.catch(() => sent.delete(token));
      return sending;
    },

    discard(inspectionId) {
      inspections.delete(inspectionId);
    },

    async chooseFolder() {
      if (!deps.chooseFolder) throw new AppError('HANDOFF_NO_FOLDER_DIALOG', 'No folder dialog here; drop a folder or type its path.');
      return deps.chooseFolder();
    },

    recent: () => recent.list(),
    forgetRecent: (path) => recent.forget(path),
    needsClick: (origin, path) => checkFolderNeedsClick(origin, path, async () => (await recent.list()).map((r) => r.path)),

    dispose() {
      for (const c of running.values()) c.abort();
      running.clear();
      inspections.clear();
    },
  };
}
