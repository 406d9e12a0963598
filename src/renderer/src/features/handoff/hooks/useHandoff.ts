import { useSyncExternalStore } from 'react';
import { handoffController, type HandoffController, type HandoffState } from '../handoff-controller';

/** The handoff state (re-renders on every change) and the controller for actions. */
export function useHandoff(): [HandoffState, HandoffController] {
  const c = handoffController();
  const state = useSyncExternalStore(c.subscribe, c.getState);
  return [state, c];
}
