import type {
  HandoffCompositionView,
  HandoffFolderRef,
  HandoffInspectionView,
  HandoffProgressEvent,
} from '../../../../shared/ipc/channels/handoff';
import { getBridge } from '../../bridge';
import { hashForSession } from '../sessions/model/session-route';
import { composeRequestOf, draftForNewFolder, emptyDraft, type HandoffDraft } from './model/draft';
import { sendGate } from './model/send-gate';

/** An error to show: the stable code and main's localized message. */
export interface HandoffError {
  code: string;
  message: string;
}

/**
 * A folder to open: a handle main issued (with its path, to show), or a path the user typed,
 * which main resolves and checks before it issues a handle (`handoff:openPath`).
 */
export type HandoffFolder = HandoffFolderRef | { typed: string };

const shownPath = (f: HandoffFolder): string => ('typed' in f ? f.typed : f.path);

export type HandoffStage =
  | { kind: 'start' }
  /** A folder someone else named: shown, nothing read until confirmFolder(). */
  | { kind: 'confirm'; path: string; folder: HandoffFolderRef; task?: string; previous: HandoffInspectionView | null }
  | { kind: 'inspecting'; path: string; ticket: string; phase: HandoffProgressEvent['phase']; bytes: number; previous: HandoffInspectionView | null }
  | { kind: 'failed'; path: string; folder: HandoffFolder; error: HandoffError; previous: HandoffInspectionView | null }
  | { kind: 'ready'; inspection: HandoffInspectionView };

export interface HandoffState {
  stage: HandoffStage;
  draft: HandoffDraft;
  /** The latest preview main composed for `draft` (null until the first one arrives). */
  composition: HandoffCompositionView | null;
  /** A re-compose is scheduled or in flight: the shown preview may be behind the draft. */
  composing: boolean;
  composeError: HandoffError | null;
  sending: boolean;
  sendError: HandoffError | null;
  /** A drop could not be resolved to a path. */
  dropFailed: boolean;
}

/** Re-compose this long after the last change (typing in the task box). */
export const COMPOSE_DEBOUNCE_MS = 250;

function toError(err: unknown): HandoffError {
  const e = err as { code?: unknown; message?: unknown } | null;
  return {
    code: typeof e?.code === 'string' ? e.code : 'INTERNAL',
    message: typeof e?.message === 'string' && e.message ? e.message : String(err),
  };
}

const initialState = (): HandoffState => ({
  stage: { kind: 'start' },
  draft: emptyDraft(),
  composition: null,
  composing: false,
  composeError: null,
  sending: false,
  sendError: null,
  dropFailed: false,
});

/**
 * The Handoff screen's state and effects, outside React: it lives as long as the window, so a
 * folder dropped on another section starts inspecting at once, and switching sections loses
 * nothing typed. Every draft change re-composes in main (debounced); Send uses the token of the
 * preview on screen and is refused while that preview is stale, blocked, or a send is in flight.
 */
export class HandoffController {
  private state: HandoffState = initialState();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private composeSeq = 0;
  private ticketSeq = 0;
  /** The folder each inspection was opened from (re-scans open it again by its handle). */
  private readonly folders = new Map<string, HandoffFolderRef>();

  getState = (): HandoffState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<HandoffState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  private inspection(): HandoffInspectionView | null {
    const s = this.state.stage;
    if (s.kind === 'ready') return s.inspection;
    return s.kind === 'start' ? null : s.previous;
  }

  /** Inspects a folder (any folder inside a repository); `task` pre-fills the task box. */
  async open(folder: HandoffFolder, opts: { task?: string; includeUnpushed?: boolean } = {}): Promise<void> {
    const path = shownPath(folder);
    if (this.state.sending) return;
    const stage = this.state.stage;
    if (stage.kind === 'inspecting') void getBridge().handoff.cancel({ ticket: stage.ticket }).catch(() => undefined);
    const previous = this.inspection();
    const ticket = `ho-${Date.now().toString(36)}-${++this.ticketSeq}`;
    const draft = opts.task ? { ...this.state.draft, task: opts.task } : this.state.draft;
    this.set({ stage: { kind: 'inspecting', path, ticket, phase: 'locate', bytes: 0, previous }, draft, dropFailed: false });
    const bridge = getBridge();
    const off = bridge.on('handoff:progress', (e) => {
      const s = this.state.stage;
      if (s.kind === 'inspecting' && s.ticket === e.ticket) this.set({ stage: { ...s, phase: e.phase, bytes: e.bytes ?? s.bytes } });
    });
    const current = () => {
      const s = this.state.stage;
      return s.kind === 'inspecting' && s.ticket === ticket;
    };
    try {
      const ref = 'typed' in folder ? await bridge.handoff.openPath({ path: folder.typed }) : folder;
      if (!current()) return;
      const view = await bridge.handoff.inspect({ handle: ref.handle, ticket, includeUnpushed: opts.includeUnpushed ?? this.state.draft.includeUnpushed });
      this.folders.set(view.inspectionId, ref);
      if (!current()) {
        void bridge.handoff.discard({ inspectionId: view.inspectionId }).catch(() => undefined);
        return;
      }
      if (previous && previous.inspectionId !== view.inspectionId) {
        void bridge.handoff.discard({ inspectionId: previous.inspectionId }).catch(() => undefined);
      }
      const sameFolder = previous?.root === view.root;
      this.set({
        stage: { kind: 'ready', inspection: view },
        draft: sameFolder ? this.state.draft : draftForNewFolder(this.state.draft),
        composition: sameFolder ? this.state.composition : null,
        composeError: null,
        sendError: null,
      });
      this.scheduleCompose(0);
    } catch (err) {
      if (!current()) return;
      const error = toError(err);
      if (error.code !== 'CANCELLED') this.set({ stage: { kind: 'failed', path, folder, error, previous } });
      else if (previous) this.backTo(previous);
      else this.set({ stage: { kind: 'start' } });
    } finally {
      off();
    }
  }

  /**
   * A folder a link or another app named (main decided it needs a click): shown with its path,
   * and no git runs (no `handoff:inspect`) until the user confirms.
   */
  ask(folder: HandoffFolderRef, opts: { task?: string } = {}): void {
    if (this.state.sending) return;
    const stage = this.state.stage;
    if (stage.kind === 'inspecting') void getBridge().handoff.cancel({ ticket: stage.ticket }).catch(() => undefined);
    const previous = this.inspection();
    this.set({ stage: { kind: 'confirm', path: folder.path, folder, ...(opts.task ? { task: opts.task } : {}), previous }, dropFailed: false });
  }

  /** Inspect: the user clicked it on the folder shown; the link's task fills the task box. */
  confirmFolder(): void {
    const s = this.state.stage;
    if (s.kind === 'confirm') void this.open(s.folder, s.task ? { task: s.task } : {});
  }

  /** Cancel: the folder is forgotten, nothing was read; back to where the screen was. */
  declineFolder(): void {
    const s = this.state.stage;
    if (s.kind !== 'confirm') return;
    if (s.previous) this.backTo(s.previous);
    else this.set({ stage: { kind: 'start' } });
  }

  /** Stops the running inspection (the screen goes back to where it was). */
  cancel(): void {
    const s = this.state.stage;
    if (s.kind === 'inspecting') void getBridge().handoff.cancel({ ticket: s.ticket }).catch(() => undefined);
  }

  rescan(): void {
    const i = this.inspection();
    const folder = i ? this.folders.get(i.inspectionId) : undefined;
    if (folder) void this.open(folder);
  }

  /** Leaves the failure message: back to the folder that was open, or the start. */
  dismissFailure(): void {
    const s = this.state.stage;
    if (s.kind !== 'failed') return;
    if (s.previous) this.backTo(s.previous);
    else this.set({ stage: { kind: 'start' } });
  }

  /** Shows a folder that was open before; the draft may have changed meanwhile, so re-compose. */
  private backTo(inspection: HandoffInspectionView): void {
    this.set({ stage: { kind: 'ready', inspection } });
    this.scheduleCompose(0);
  }

  /** Closes the folder (main forgets it); what was typed stays. */
  close(): void {
    if (this.state.sending) return;
    const i = this.inspection();
    if (i) void getBridge().handoff.discard({ inspectionId: i.inspectionId }).catch(() => undefined);
    this.cancel();
    this.clearTimer();
    this.set({ stage: { kind: 'start' }, composition: null, composing: false, composeError: null, sendError: null });
  }

  /** Changes the draft and re-composes (debounced). */
  update(change: (d: HandoffDraft) => HandoffDraft): void {
    if (this.state.sending) return;
    this.set({ draft: change(this.state.draft), sendError: null });
    if (this.state.stage.kind === 'ready') this.scheduleCompose(COMPOSE_DEBOUNCE_MS);
  }

  /** Including unpushed commits needs them read as patches: re-inspect once if they were not. */
  setIncludeUnpushed(on: boolean): void {
    this.update((d) => ({ ...d, includeUnpushed: on }));
    const i = this.inspection();
    const folder = i ? this.folders.get(i.inspectionId) : undefined;
    if (on && i && folder && !i.patchesRead && i.unpushedCount > 0) void this.open(folder, { includeUnpushed: true });
  }

  reportDropFailed(): void {
    this.set({ dropFailed: true });
  }

  /** Sends the composition on screen, once; opens the new session on success. */
  async send(): Promise<void> {
    const gate = sendGate(this.state);
    const { composition } = this.state;
    if (!gate.ok || !composition || this.state.stage.kind !== 'ready') return;
    const { inspectionId } = composition;
    this.set({ sending: true, sendError: null });
    try {
      const created = await getBridge().handoff.send({ inspectionId, token: gate.token });
      void getBridge().handoff.discard({ inspectionId }).catch(() => undefined);
      const { maxBytes, includeUnpushed } = this.state.draft;
      this.set({ ...initialState(), draft: { ...emptyDraft(), maxBytes, includeUnpushed } });
      window.location.hash = hashForSession(created.sessionId);
    } catch (err) {
      this.set({ sending: false, sendError: toError(err) });
    }
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleCompose(delay: number): void {
    this.clearTimer();
    const seq = ++this.composeSeq;
    this.set({ composing: true });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.compose(seq);
    }, delay);
  }

  private async compose(seq: number): Promise<void> {
    const s = this.state.stage;
    if (s.kind !== 'ready') {
      if (seq === this.composeSeq) this.set({ composing: false }); // re-composed when a folder is ready again
      return;
    }
    try {
      const composition = await getBridge().handoff.compose(composeRequestOf(s.inspection.inspectionId, this.state.draft));
      if (seq !== this.composeSeq) return; // a newer change is on its way
      this.set({ composition, composing: false, composeError: null });
    } catch (err) {
      if (seq !== this.composeSeq) return;
      this.set({ composing: false, composeError: toError(err) });
    }
  }
}

let instance: HandoffController | null = null;

/** The window's one handoff controller. */
export function handoffController(): HandoffController {
  instance ??= new HandoffController();
  return instance;
}

/** Starts over (component tests). */
export function resetHandoffForTests(): void {
  instance?.dispose();
  instance = null;
}

/**
 * Opens the Handoff section and, with a path, starts inspecting it: what a drop anywhere on the
 * window, the tray, a `devin-tray://handoff` link or a second `devin-tray handoff` launch do.
 * With `confirm` (main's decision for a folder named by a link and not in Recent), the folder is
 * shown and waits for the user's click instead.
 */
export function requestHandoff(req: { folder?: HandoffFolderRef; task?: string; confirm?: boolean }): void {
  if (!window.location.hash.startsWith('#/handoff')) window.location.hash = '#/handoff';
  const c = handoffController();
  const opts = req.task ? { task: req.task } : {};
  if (req.folder && req.confirm) c.ask(req.folder, opts);
  else if (req.folder) void c.open(req.folder, opts);
  else if (req.task) c.update((d) => ({ ...d, task: req.task ?? d.task }));
}
