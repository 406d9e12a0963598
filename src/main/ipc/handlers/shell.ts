import type { ExternalUrlPolicy } from '../../security/external-url';
import type { Handlers } from '../router';

/** Opening links in the browser, only after the policy allowed them (architecture §3). */
export function shellHandlers(
  policy: ExternalUrlPolicy,
  openExternal: (url: string) => Promise<void>,
): Pick<Handlers, 'shell:openExternal'> {
  return {
    'shell:openExternal': async (url) => {
      policy.assertAllowed(url);
      await openExternal(url);
    },
  };
}
