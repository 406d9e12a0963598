import { lazy, Suspense } from 'react';
import { useT } from '../i18n/context';

// The Usage screen (and, inside it, the chart library) loads the first time the section opens.
const UsageScreen = lazy(() => import('../features/usage').then((m) => ({ default: m.UsageScreen })));

export function UsagePage() {
  const t = useT();
  return (
    <Suspense fallback={<p className="field-help usage-page-loading">{t('ui.usage.loading')}</p>}>
      <UsageScreen />
    </Suspense>
  );
}
