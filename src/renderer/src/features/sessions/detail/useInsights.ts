import { useCallback, useEffect, useRef, useState } from 'react';
import type { InsightView } from '../../../../../shared/sessions/insight-view';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

/** How often a pending generation is checked while the detail shows it. */
export const INSIGHT_POLL_MS = 3_000;
let pollMs = INSIGHT_POLL_MS;

/** Tests: a shorter poll (real timers; React's scheduler runs on them too). Null restores the default. */
export function setInsightPollForTests(ms: number | null): void {
  pollMs = ms ?? INSIGHT_POLL_MS;
}

export interface InsightsState {
  view: InsightView | null;
  loading: boolean;
  error: UiError | null;
  /** The generate request is on its way. */
  starting: boolean;
  generateError: UiError | null;
  generate: () => void;
  reload: () => void;
}

/**
 * A session's insights for its detail view: read once when shown, and again every
 * {@link INSIGHT_POLL_MS} while a generation is pending (main knows which are), until the
 * analysis arrives or the view closes.
 */
export function useInsights(sessionId: string): InsightsState {
  const t = useT();
  const [reloads, setReloads] = useState(0);
  const key = `${sessionId}#${reloads}`;
  // What the last read answered, and for which read (`key`): loading until it matches.
  const [read, setRead] = useState<{ key: string; view: InsightView | null; error: UiError | null }>({ key: '', view: null, error: null });
  const [starting, setStarting] = useState(false);
  const [generateError, setGenerateError] = useState<UiError | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    getBridge()
      .insights.get({ sessionId })
      .then((v) => {
        if (current) setRead({ key, view: v, error: null });
      })
      .catch((err: unknown) => {
        if (current) setRead((prev) => ({ key, view: prev.view, error: toUiError(err, t) }));
      });
    return () => {
      current = false;
    };
  }, [key, sessionId, t]);

  const view = read.view;

  // While pending: ask again after a pause; a failed check becomes a full reload (which shows its error).
  const pending = view?.pending === true;
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => {
      getBridge()
        .insights.get({ sessionId })
        .then((v) => {
          if (live.current) setRead((prev) => ({ ...prev, view: v, error: null }));
        })
        .catch(() => {
          if (live.current) setReloads((n) => n + 1);
        });
    }, pollMs);
    return () => window.clearTimeout(timer);
  }, [pending, view, sessionId]);

  const generate = useCallback(() => {
    setStarting(true);
    setGenerateError(null);
    getBridge()
      .insights.generate({ sessionId })
      .then((v) => {
        if (live.current) setRead((prev) => ({ ...prev, view: v, error: null }));
      })
      .catch((err: unknown) => {
        if (live.current) setGenerateError(toUiError(err, t));
      })
      .finally(() => {
        if (live.current) setStarting(false);
      });
  }, [sessionId, t]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { view, loading: read.key !== key, error: read.error, starting, generateError, generate, reload };
}
