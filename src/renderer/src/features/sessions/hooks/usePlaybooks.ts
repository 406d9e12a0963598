import { useEffect, useState } from 'react';
import type { Playbook } from '../../../../../shared/domain/playbook';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

export interface PlaybooksState {
  playbooks: readonly Playbook[] | null;
  error: UiError | null;
}

/** The organization's playbooks (`playbooks:list`), for the composer's picker and the detail header. */
export function usePlaybooks(enabled = true): PlaybooksState {
  const t = useT();
  const [state, setState] = useState<PlaybooksState>({ playbooks: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    getBridge()
      .playbooks.list()
      .then((list) => {
        if (live) setState({ playbooks: list.items, error: null });
      })
      .catch((err: unknown) => {
        if (live) setState({ playbooks: null, error: toUiError(err, t) });
      });
    return () => {
      live = false;
    };
  }, [enabled, t]);
  return state;
}
