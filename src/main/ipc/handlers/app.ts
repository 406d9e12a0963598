import type { AppInfo, Notice } from '../../../shared/ipc/contract';
import type { Handlers } from '../router';

export interface AppHandlerDeps {
  info(): AppInfo;
  notices: { list(): Notice[]; dismiss(id: string): void };
}

/** App-wide channels: who we are, and the notices main wants shown. */
export function appHandlers(deps: AppHandlerDeps): Pick<Handlers, 'app:info' | 'app:notices' | 'app:dismissNotice'> {
  return {
    'app:info': () => deps.info(),
    'app:notices': () => deps.notices.list(),
    'app:dismissNotice': (id) => deps.notices.dismiss(id),
  };
}
