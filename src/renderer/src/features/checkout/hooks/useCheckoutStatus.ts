import { useCallback, useEffect, useState } from 'react';
import type { CheckoutPrView, CheckoutStatusView } from '../../../../../shared/ipc/channels/checkout';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

export interface CheckoutStatusState {
  /** Null until the first answer (or for another session). */
  status: CheckoutStatusView | null;
  error: UiError | null;
  reload: () => void;
  /** Puts one pull request's fresh view in place (after an operation answered with it). */
  replace: (pr: CheckoutPrView) => void;
  /** Asks now and resolves with the answer (what a confirmation must show is read right before). */
  refresh: () => Promise<CheckoutStatusView>;
}

/**
 * The checkout status of a session (`checkout:status`): asked when the session is shown, again
 * when its pull requests change in the tracker (Devin opened one), when the window gets the focus
 * back, and on `reload()` / `refresh()`. Main reads git for it, so not on every tracker tick.
 */
export function useCheckoutStatus(sessionId: string): CheckoutStatusState {
  const t = useT();
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ sessionId, status: null, error: null });

  useEffect(() => {
    let live = true;
    getBridge()
      .checkout.status({ sessionId })
      .then(
        (status) => {
          if (live) setLoaded({ sessionId, status, error: null });
        },
        (err: unknown) => {
          if (live) setLoaded((prev) => ({ sessionId, status: prev.sessionId === sessionId ? prev.status : null, error: toUiError(err, t) }));
        },
      );
    return () => {
      live = false;
    };
  }, [sessionId, round, t]);

  // Devin opened (or the tracker learnt of) a pull request: look again.
  useEffect(() => {
    let seen: string | null = null;
    return getBridge().on('sessions:changed', (views) => {
      const view = views.find((v) => v.id === sessionId);
      if (!view) return;
      const prs = view.prs.map((p) => p.url).join('\n');
      if (seen !== null && prs !== seen) setRound((n) => n + 1);
      seen = prs;
    });
  }, [sessionId]);

  // Back from the editor or terminal where the worktree was changed: look again.
  useEffect(() => {
    const onFocus = () => setRound((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const refresh = useCallback(async () => {
    const status = await getBridge().checkout.status({ sessionId });
    setLoaded({ sessionId, status, error: null });
    return status;
  }, [sessionId]);
  const replace = useCallback(
    (pr: CheckoutPrView) =>
      setLoaded((prev) => (prev.status ? { ...prev, status: { ...prev.status, prs: prev.status.prs.map((p) => (p.prUrl === pr.prUrl ? pr : p)) } } : prev)),
    [],
  );
  const current = loaded.sessionId === sessionId;
  return { status: current ? loaded.status : null, error: current ? loaded.error : null, reload, replace, refresh };
}

interface Loaded {
  sessionId: string;
  status: CheckoutStatusView | null;
  error: UiError | null;
}
