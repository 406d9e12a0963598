import { app } from 'electron';
import { deepLinkFromArgv } from './deep-link-model';

export interface SingleInstanceHandlers {
  /** A `devin-tray://` link (or `--handoff` folder) from this launch, a second launch or the OS. */
  onLink: (url: string) => void;
  /** A second launch without a link: show the window. */
  onSecondLaunch: () => void;
}

export interface SingleInstance {
  /** The app can handle links now: delivers this launch's own link and any that arrived early. */
  ready(): void;
}

/**
 * Claims the single-instance lock. The first instance gets every later launch: Windows and
 * Linux pass a deep link as an argument of a new process (forwarded here through
 * 'second-instance'), macOS sends 'open-url' to the running app. Links that arrive before
 * `ready()` wait. Returns null in a second instance, which should quit at once.
 */
export function claimSingleInstance(handlers: SingleInstanceHandlers, argv: readonly string[] = process.argv): SingleInstance | null {
  if (!app.requestSingleInstanceLock()) return null;
  let isReady = false;
  const first = deepLinkFromArgv(argv);
  const early: string[] = first ? [first] : [];
  const deliver = (url: string) => {
    if (isReady) handlers.onLink(url);
    else early.push(url);
  };
  app.on('second-instance', (_event, secondArgv) => {
    const link = deepLinkFromArgv(secondArgv);
    if (link) deliver(link);
    else if (isReady) handlers.onSecondLaunch();
  });
  // macOS: registered before 'ready', or the link that launched the app is lost.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliver(url);
  });
  return {
    ready() {
      if (isReady) return;
      isReady = true;
      for (const url of early.splice(0)) handlers.onLink(url);
    },
  };
}
