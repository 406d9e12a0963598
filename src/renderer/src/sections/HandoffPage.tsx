import { FolderDropOverlay, HandoffScreen, useDesktopNavigation } from '../features/handoff';

/** Handoff: hand local work to Devin (features/handoff). */
export function HandoffPage() {
  useDesktopNavigation();
  return (
    <>
      <HandoffScreen />
      <FolderDropOverlay />
    </>
  );
}
