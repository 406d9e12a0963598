import { AttachmentsPanel } from '../features/attachments';
import { CheckoutPanel } from '../features/checkout';
import { SessionsScreen } from '../features/sessions/SessionsScreen';

/**
 * Renders, in a session's detail pane (the screen's slot), its pull requests' local checkout
 * (features/checkout; nothing for a session without one) and its attachments.
 */
const attachmentsOf = (sessionId: string) => (
  <>
    <CheckoutPanel sessionId={sessionId} />
    <AttachmentsPanel sessionId={sessionId} />
  </>
);

/** Sessions: the live list, the open session and the composer (features/sessions), with checkout (features/checkout) and attachments (features/attachments). */
export function SessionsPage() {
  return <SessionsScreen attachments={attachmentsOf} />;
}
