import { useEffect, useState } from 'react';
import type { OrgSecretList } from '../../../../../shared/ipc/channels/secrets';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

/**
 * The org's secrets for the "only these" picker, loaded once when the picker shows. A key that
 * may not list them (403, `FORBIDDEN`: no ManageOrgSecrets) is a state of its own, not an error:
 * "all" and "none" still work without the list.
 */
export type OrgSecretsState =
  | { kind: 'loading' }
  | { kind: 'loaded'; list: OrgSecretList }
  | { kind: 'forbidden' }
  | { kind: 'failed'; error: UiError };

export function useOrgSecrets(): OrgSecretsState {
  const t = useT();
  const [state, setState] = useState<OrgSecretsState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    getBridge()
      .secrets.list()
      .then((list) => {
        if (live) setState({ kind: 'loaded', list });
      })
      .catch((err: unknown) => {
        if (!live) return;
        const error = toUiError(err, t);
        setState(error.code === 'FORBIDDEN' ? { kind: 'forbidden' } : { kind: 'failed', error });
      });
    return () => {
      live = false;
    };
  }, [t]);
  return state;
}
