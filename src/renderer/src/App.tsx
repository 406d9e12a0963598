import { lazy, Suspense, useEffect } from 'react';
import { useT } from './i18n/context';
import { ProxyAuthDialog } from './network/ProxyAuthDialog';
import { Shell } from './shell/Shell';
import { useAccount, useAppStore, useBootStatus } from './store/hooks';
import { useApplyTheme } from './theme/useApplyTheme';
import { Button } from './ui/Button';
import { InlineError } from './ui/InlineError';

// Signing in happens once: its screens load only when needed (a signed-in start never fetches them).
const Onboarding = lazy(() => import('./onboarding/Onboarding').then((m) => ({ default: m.Onboarding })));

/** Picks the screen: loading, boot failure, onboarding (signed out or org pending), or the shell. */
export function App() {
  useApplyTheme();
  const { status, bootError } = useBootStatus();
  const account = useAccount();
  if (status === 'loading') return <Loading />;
  if (status === 'failed') return <BootFailed detail={bootError ?? ''} />;
  const screen =
    account.signedIn && !account.needsOrg ? (
      <Shell />
    ) : (
      <Suspense fallback={<Loading />}>
        <Onboarding />
      </Suspense>
    );
  return (
    <>
      {screen}
      {/* Over any screen: signing in may be what made the proxy ask. */}
      <ProxyAuthDialog />
    </>
  );
}

/** Deliberately almost empty: state usually arrives within a frame or two, and a spinner would flash. */
function Loading() {
  const t = useT();
  return (
    <div className="boot" aria-busy="true">
      <span className="visually-hidden" role="status">
        {t('ui.boot.loading')}
      </span>
    </div>
  );
}

function BootFailed({ detail }: { detail: string }) {
  const t = useT();
  const store = useAppStore();
  useEffect(() => {
    document.title = t('ui.app.name');
  }, [t]);
  return (
    <div className="boot">
      <div className="boot-card">
        <InlineError message={t('ui.boot.failed', { detail })}>
          <Button size="sm" onClick={() => store.reload()}>
            {t('ui.boot.retry')}
          </Button>
        </InlineError>
      </div>
    </div>
  );
}
