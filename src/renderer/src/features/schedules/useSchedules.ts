import { useCallback, useEffect, useState } from 'react';
import { getBridge } from '../../bridge';
import type { Schedule } from '../../../../shared/domain/schedule';
import type { ScheduleDraft } from '../../../../shared/library/schedule-draft';
import type { SchedulePatch } from '../../../../shared/library/schedule-patch';
import { appendUnique, removeWhere, replaceWhere, restoreAt } from '../knowledge/kit/list-ops';

export const SCHEDULE_PAGE_SIZE = 50;

const same = (a: Schedule, b: Schedule) => a.schedule_id === b.schedule_id;

/** Schedules with offset pagination ("load more"), create, PATCH, and optimistic toggle/delete. */
export function useSchedules(pageSize = SCHEDULE_PAGE_SIZE) {
  const [items, setItems] = useState<Schedule[]>([]);
  const [nextOffset, setNextOffset] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ attempt: number; failed: boolean; error: unknown }>({ attempt: -1, failed: false, error: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let live = true;
    getBridge()
      .schedules.list({ offset: 0, limit: pageSize })
      .then(
        (page) => {
          if (!live) return;
          setItems(page.items);
          setNextOffset(page.nextOffset);
          setTotal(page.total);
          setLoaded({ attempt, failed: false, error: null });
        },
        (error: unknown) => {
          if (live) setLoaded({ attempt, failed: true, error });
        },
      );
    return () => {
      live = false;
    };
  }, [attempt, pageSize]);

  const status: 'loading' | 'ready' | 'error' = loaded.attempt !== attempt ? 'loading' : loaded.failed ? 'error' : 'ready';
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const loadMore = useCallback(async () => {
    if (nextOffset === null) return;
    setLoadingMore(true);
    try {
      const page = await getBridge().schedules.list({ offset: nextOffset, limit: pageSize });
      setItems((list) => appendUnique(list, page.items, (s) => s.schedule_id));
      setNextOffset(page.nextOffset);
      setTotal(page.total);
    } finally {
      setLoadingMore(false);
    }
  }, [nextOffset, pageSize]);

  const create = useCallback(async (draft: ScheduleDraft) => {
    const s = await getBridge().schedules.create(draft);
    setItems((list) => [s, ...list.filter((x) => x.schedule_id !== s.schedule_id)]);
    setTotal((n) => (n === null ? n : n + 1));
    return s;
  }, []);

  const update = useCallback(async (id: string, patch: SchedulePatch) => {
    const s = await getBridge().schedules.update({ scheduleId: id, patch });
    setItems((list) => replaceWhere(list, (x) => x.schedule_id === id, s));
    return s;
  }, []);

  /** Flips `enabled` at once; restores it (and rethrows) if Devin refuses. */
  const setEnabled = useCallback(async (s: Schedule, enabled: boolean) => {
    setItems((list) => replaceWhere(list, (x) => x.schedule_id === s.schedule_id, { ...s, enabled }));
    try {
      const saved = await getBridge().schedules.setEnabled({ scheduleId: s.schedule_id, enabled });
      setItems((list) => replaceWhere(list, (x) => x.schedule_id === s.schedule_id, saved));
    } catch (err) {
      setItems((list) => replaceWhere(list, (x) => x.schedule_id === s.schedule_id, s));
      throw err;
    }
  }, []);

  /** Removes at once; puts it back where it was (and rethrows) if Devin refuses. */
  const remove = useCallback(
    async (s: Schedule) => {
      const { index } = removeWhere(items, (x) => x.schedule_id === s.schedule_id);
      setItems((list) => removeWhere(list, (x) => x.schedule_id === s.schedule_id).list);
      setTotal((n) => (n === null ? n : n - 1));
      try {
        await getBridge().schedules.delete({ scheduleId: s.schedule_id });
      } catch (err) {
        setItems((list) => restoreAt(list, s, index, same));
        setTotal((n) => (n === null ? n : n + 1));
        throw err;
      }
    },
    [items],
  );

  return { items, nextOffset, total, status, error: loaded.error, loadingMore, reload, loadMore, create, update, setEnabled, remove };
}
