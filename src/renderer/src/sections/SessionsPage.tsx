import { AttachmentsPanel } from '../features/attachments';
import { SessionsScreen } from '../features/sessions/SessionsScreen';

/** Renders a session's attachments in its detail pane (the screen's slot). */
const attachmentsOf = (sessionId: string) => <AttachmentsPanel sessionId={sessionId} />;

/** Sessions: the live list, the open session and the composer (features/sessions), with attachments (features/attachments). */
export function SessionsPage() {
  return <SessionsScreen attachments={attachmentsOf} />;
}
