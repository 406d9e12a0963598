/**
 * What the UI and the tray know about self-updating (`update:status`, `update:changed`). Plain
 * data: main's update model decides, the renderer only words it (`ui.update.*`).
 */

/** Why updates are off: the user's choice, demo mode, a development (unpackaged) run, or a package this OS cannot update in place. */
export type UpdateOffReason = 'setting' | 'demo' | 'unpackaged' | 'unsupported';

/** Why a check or download failed, in words the user can act on. */
export type UpdateErrorCode = 'network' | 'no-release' | 'bad-feed' | 'checksum' | 'signature' | 'disk' | 'unknown';

export type UpdateStatus =
  | { kind: 'off'; reason: UpdateOffReason }
  /** On; up to date after the last check (or not checked yet). */
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'downloading'; version: string; percent: number | null }
  /** Downloaded; applied by "Restart to update" (or at the next quit). */
  | { kind: 'ready'; version: string }
  | { kind: 'failed'; error: UpdateErrorCode };

export interface UpdateView {
  status: UpdateStatus;
  currentVersion: string;
  /** The last check that got an answer (epoch ms), or null. */
  lastCheckedAt: number | null;
  /** When the next automatic check runs (epoch ms), or null when none is planned. */
  nextCheckAt: number | null;
  /** "Check now" is offered. */
  canCheck: boolean;
}
