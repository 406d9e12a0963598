import { SessionsScreen } from '../features/sessions/SessionsScreen';

/** Sessions: the live list, the open session and the composer (features/sessions). */
export function SessionsPage() {
  return <SessionsScreen />;
}
