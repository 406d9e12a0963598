import { useCallback, useEffect, useState } from 'react';
import type { UsageReport } from '../../../../shared/usage/usage-view';
import { getBridge } from '../../bridge';
import { useT } from '../../i18n/context';
import { toUiError, type UiError } from '../../ui/ui-error';

export type UsagePeriodDays = 7 | 30 | 90;

interface Result {
  /** Which request this answers: `days:refreshes`. */
  key: string;
  days: UsagePeriodDays;
  report: UsageReport | null;
  error: UiError | null;
}

/**
 * The usage report for a period: loads on mount and when the period changes (main caches a
 * minute, so switching back and forth costs nothing); `refresh` asks for fresh figures. While a
 * refresh runs the previous figures of the same period stay on screen; an answer for a period the
 * user has already left is dropped.
 */
export function useUsageReport(days: UsagePeriodDays): { report: UsageReport | null; error: UiError | null; loading: boolean; refresh: () => void } {
  const t = useT();
  // Refreshes count per period: going back to a period reuses main's cached figures.
  const [asked, setAsked] = useState<{ days: UsagePeriodDays; refreshes: number }>({ days, refreshes: 0 });
  const refreshes = asked.days === days ? asked.refreshes : 0;
  const [result, setResult] = useState<Result | null>(null);
  const key = `${days}:${refreshes}`;

  useEffect(() => {
    let live = true;
    getBridge()
      .usage.report({ days, ...(refreshes > 0 ? { fresh: true } : {}) })
      .then(
        (report) => live && setResult({ key, days, report, error: null }),
        (err: unknown) => live && setResult((prev) => ({ key, days, report: prev?.days === days ? prev.report : null, error: toUiError(err, t) })),
      );
    return () => {
      live = false;
    };
  }, [days, refreshes, key, t]);

  const refresh = useCallback(() => setAsked((a) => ({ days, refreshes: (a.days === days ? a.refreshes : 0) + 1 })), [days]);
  const same = result?.days === days ? result : null;
  return { report: same?.report ?? null, error: result?.key === key ? result.error : null, loading: result?.key !== key, refresh };
}
