import { lazy, Suspense } from 'react';
import { SessionsScreen } from '../features/sessions/SessionsScreen';

// The attachments panel (downloads, progress, folder choice) and the local checkout of a session's
// pull request load with the first session opened.
const AttachmentsPanel = lazy(() => import('../features/attachments/AttachmentsPanel').then((m) => ({ default: m.AttachmentsPanel })));
const CheckoutPanel = lazy(() => import('../features/checkout/CheckoutPanel').then((m) => ({ default: m.CheckoutPanel })));

/**
 * Renders, in a session's detail pane (the screen's slot), its pull requests' local checkout
 * (features/checkout; nothing for a session without one) and its attachments.
 */
const attachmentsOf = (sessionId: string) => (
  <Suspense fallback={null}>
    <CheckoutPanel sessionId={sessionId} />
    <AttachmentsPanel sessionId={sessionId} />
  </Suspense>
);

/** Sessions: the live list, the open session and the composer (features/sessions), with checkout (features/checkout) and attachments (features/attachments). */
export function SessionsPage() {
  return <SessionsScreen attachments={attachmentsOf} />;
}
