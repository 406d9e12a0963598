import { AppError } from '../../shared/errors';
import type { UpdateOffReason, UpdateView } from '../../shared/update/update-view';
import { classifyUpdateError } from './update-error';
import { canCheckNow, checkDue, INITIAL_UPDATE_STATE, reduceUpdate, trayUpdateOffer, updateView } from './update-model';
import type { UpdateEvent, UpdateState } from './update-model';

/**
 * What actually talks to the release feed: electron-updater in the app (electron/updater-driver.ts),
 * a local feed in tests. The service decides when to call it.
 */
export interface UpdateDriver {
  /** Reads the feed; the newer version found, or null when this one is the latest. */
  check(): Promise<{ version: string } | null>;
  /** Downloads (and verifies) what the last check found, reporting 0–100. */
  download(onProgress: (percent: number) => void): Promise<void>;
  /** Quits the app and installs the downloaded update. */
  quitAndInstall(): void;
}

export interface UpdateClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface UpdateServiceDeps {
  /** Null where updates cannot run at all (see `blockedBy`). */
  driver: UpdateDriver | null;
  currentVersion: string;
  /** Why updates cannot run whatever the setting says (demo, a development run, an unsupported package), or null. */
  blockedBy: () => Exclude<UpdateOffReason, 'setting'> | null;
  /** The user's setting (`autoUpdate`). */
  enabled: () => boolean;
  clock?: UpdateClock;
  /** The failure's detail, for the log (the UI gets only its class). */
  onError?: (detail: string) => void;
}

export interface UpdateService {
  view(): UpdateView;
  /** The tray's "Restart to update" item, or null. */
  trayOffer(): { version: string } | null;
  /** Starts the schedule: a first check shortly after start, then daily. */
  start(): void;
  /** "Check now" from Settings; resolves when the check (not the download) has answered. */
  checkNow(): Promise<UpdateView>;
  /** "Restart to update": quits and installs the downloaded update. */
  restartToUpdate(): void;
  /** Call when the setting (or demo mode) may have changed. */
  refreshAvailability(): void;
  onChange(listener: (view: UpdateView) => void): () => void;
  dispose(): void;
}

/** Timers never wait longer than this, so a laptop waking after a night still checks on time. */
const MAX_TIMER_MS = 3600_000;

const systemClock: UpdateClock = {
  now: Date.now,
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** Runs the update model (update-model.ts) with real timers and a driver. Plain Node. */
export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  const clock = deps.clock ?? systemClock;
  const listeners = new Set<(view: UpdateView) => void>();
  let state: UpdateState = INITIAL_UPDATE_STATE;
  let timer: unknown = null;
  let disposed = false;
  let running: Promise<void> | null = null;

  const offReason = (): UpdateOffReason | null => deps.blockedBy() ?? (deps.driver && deps.enabled() ? null : deps.driver ? 'setting' : 'unpackaged');

  const dispatch = (event: UpdateEvent) => {
    const next = reduceUpdate(state, event);
    if (next === state) return;
    const before = JSON.stringify(updateView(state, deps.currentVersion));
    state = next;
    schedule();
    const view = updateView(state, deps.currentVersion);
    if (JSON.stringify(view) !== before) for (const l of listeners) l(view);
  };

  const schedule = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (disposed || state.nextCheckAt === null) return;
    const wait = Math.max(0, Math.min(MAX_TIMER_MS, state.nextCheckAt - clock.now()));
    timer = clock.setTimeout(() => {
      timer = null;
      if (checkDue(state, clock.now())) void runCheck();
      else schedule();
    }, wait);
  };

  const fail = (err: unknown) => {
    deps.onError?.(err instanceof Error ? `${(err as { code?: string }).code ?? err.name}: ${err.message}` : String(err));
    dispatch({ type: 'failed', now: clock.now(), error: classifyUpdateError(err) });
  };

  const download = async (driver: UpdateDriver, version: string) => {
    try {
      await driver.download((percent) => dispatch({ type: 'progress', percent }));
      dispatch({ type: 'downloaded', version });
    } catch (err) {
      fail(err);
    }
  };

  /** One check; a found update downloads in the background (the promise resolves after the check). */
  const runCheck = (): Promise<void> => {
    const driver = deps.driver;
    if (running || !driver || !canCheckNow(state)) return running ?? Promise.resolve();
    dispatch({ type: 'checkStarted' });
    running = (async () => {
      try {
        const found = await driver.check();
        if (disposed) return;
        if (!found) {
          dispatch({ type: 'upToDate', now: clock.now() });
          return;
        }
        dispatch({ type: 'found', now: clock.now(), version: found.version });
        void download(driver, found.version);
      } catch (err) {
        if (!disposed) fail(err);
      }
    })().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    view: () => updateView(state, deps.currentVersion),
    trayOffer: () => trayUpdateOffer(state),
    start() {
      state = reduceUpdate(INITIAL_UPDATE_STATE, { type: 'started', now: clock.now(), off: offReason() });
      schedule();
      const view = updateView(state, deps.currentVersion);
      for (const l of listeners) l(view);
    },
    async checkNow() {
      await runCheck();
      return updateView(state, deps.currentVersion);
    },
    restartToUpdate() {
      if (state.phase.kind !== 'ready' || !deps.driver) {
        throw new AppError('UPDATE_NOT_READY', 'No update is ready to install');
      }
      deps.driver.quitAndInstall();
    },
    refreshAvailability() {
      dispatch({ type: 'availabilityChanged', now: clock.now(), off: offReason() });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      listeners.clear();
    },
  };
}
