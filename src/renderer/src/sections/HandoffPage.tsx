import { FolderDropOverlay, HandoffScreen } from '../features/handoff';

/** Handoff: hand local work to Devin (features/handoff). Tray and deep-link requests arrive through the Shell. */
export function HandoffPage() {
  return (
    <>
      <HandoffScreen />
      <FolderDropOverlay />
    </>
  );
}
