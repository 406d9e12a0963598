import { useCallback, useEffect, useState } from 'react';
import { getBridge } from '../../bridge';
import type { Playbook } from '../../../../shared/domain/playbook';
import type { PlaybookInput } from '../../../../shared/library/playbook-input';
import { removeWhere, replaceWhere, restoreAt } from '../knowledge/kit/list-ops';

/** All playbooks (main follows the cursor), with create/edit and an optimistic delete. */
export function usePlaybooks() {
  const [items, setItems] = useState<Playbook[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ attempt: number; failed: boolean; error: unknown }>({ attempt: -1, failed: false, error: null });

  useEffect(() => {
    let live = true;
    getBridge()
      .playbooks.list()
      .then(
        (list) => {
          if (!live) return;
          setItems(list.items);
          setTruncated(list.truncated);
          setLoaded({ attempt, failed: false, error: null });
        },
        (error: unknown) => {
          if (live) setLoaded({ attempt, failed: true, error });
        },
      );
    return () => {
      live = false;
    };
  }, [attempt]);

  const status: 'loading' | 'ready' | 'error' = loaded.attempt !== attempt ? 'loading' : loaded.failed ? 'error' : 'ready';
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const create = useCallback(async (input: PlaybookInput) => {
    const p = await getBridge().playbooks.create(input);
    setItems((list) => [p, ...list.filter((x) => x.playbook_id !== p.playbook_id)]);
    return p;
  }, []);

  const update = useCallback(async (id: string, input: PlaybookInput) => {
    const p = await getBridge().playbooks.update({ playbookId: id, playbook: input });
    setItems((list) => replaceWhere(list, (x) => x.playbook_id === id, p));
    return p;
  }, []);

  const remove = useCallback(
    async (p: Playbook) => {
      const { index } = removeWhere(items, (x) => x.playbook_id === p.playbook_id);
      setItems((list) => removeWhere(list, (x) => x.playbook_id === p.playbook_id).list);
      try {
        await getBridge().playbooks.delete({ playbookId: p.playbook_id });
      } catch (err) {
        setItems((list) => restoreAt(list, p, index, (a, b) => a.playbook_id === b.playbook_id));
        throw err;
      }
    },
    [items],
  );

  return { items, truncated, status, error: loaded.error, reload, create, update, remove };
}
