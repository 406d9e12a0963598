import type { Handlers } from '../router';

/** Opening links in the browser: main's policy decides, asking the user itself when it must (security/open-link.ts). */
export function shellHandlers(openLink: (url: string) => Promise<void>): Pick<Handlers, 'shell:openExternal'> {
  return {
    'shell:openExternal': (url) => openLink(url),
  };
}
