import { useCallback, useState } from 'react';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError } from '../../../ui/ui-error';

/**
 * Opens a URL in the browser through main, which decides (https, allowlist). A refusal or
 * failure is kept as `error` for the caller to show; it is never swallowed.
 */
export function useOpenExternal(): { open: (url: string) => void; error: string | null; clearError: () => void } {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    (url: string) => {
      setError(null);
      getBridge()
        .shell.openExternal(url)
        .catch((err: unknown) => setError(t('ui.sessions.openFailed', { message: toUiError(err, t).message })));
    },
    [t],
  );
  const clearError = useCallback(() => setError(null), []);
  return { open, error, clearError };
}
