import { lazy, Suspense } from 'react';
import { SessionsScreen } from '../features/sessions/SessionsScreen';

// The attachments panel (downloads, progress, folder choice) loads with the first session opened.
const AttachmentsPanel = lazy(() => import('../features/attachments/AttachmentsPanel').then((m) => ({ default: m.AttachmentsPanel })));

/** Renders a session's attachments in its detail pane (the screen's slot). */
const attachmentsOf = (sessionId: string) => (
  <Suspense fallback={null}>
    <AttachmentsPanel sessionId={sessionId} />
  </Suspense>
);

/** Sessions: the live list, the open session and the composer (features/sessions), with attachments (features/attachments). */
export function SessionsPage() {
  return <SessionsScreen attachments={attachmentsOf} />;
}
