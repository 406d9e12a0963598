import type { HandoffInspectionView } from '../../../../../shared/ipc/channels/handoff';

/** What can be said about commits the remote lacks, for the "Include unpushed commits" option. */
export type UnpushedState =
  | { kind: 'some'; count: number }
  | { kind: 'none' }
  /** Remotes exist but were never fetched (or are empty): nothing to compare with. */
  | { kind: 'unknown' }
  | { kind: 'noRemote' };

/** Pure: never claims "every commit is on the remote" when there is no remote, or none was fetched. */
export function unpushedState(i: Pick<HandoffInspectionView, 'unpushedCount' | 'unpushedUnknown' | 'warnings'>): UnpushedState {
  if (i.unpushedCount > 0) return { kind: 'some', count: i.unpushedCount };
  if (i.unpushedUnknown) return { kind: 'unknown' };
  if (i.warnings.some((w) => w.code === 'NO_REMOTE')) return { kind: 'noRemote' };
  return { kind: 'none' };
}
