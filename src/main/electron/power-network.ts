import { net, powerMonitor } from 'electron';
import type { SessionsService } from '../sessions/sessions-service';

export interface PowerNetworkDeps {
  sessions: Pick<SessionsService, 'setAsleep' | 'setOnline'>;
  /** Called after the online state changed (the tray shows "offline"). */
  onOnlineChange?: (online: boolean) => void;
  /** How often to ask the OS whether the network is up; Electron has no event for it. */
  pollMs?: number;
}

export interface PowerNetworkWatcher {
  isOnline(): boolean;
  dispose(): void;
}

/**
 * Sleep and network state for the tracker: polling pauses while the machine sleeps or is offline
 * and resumes with an immediate tick. Suspend/resume and lock come from powerMonitor; being
 * online is polled with `net.isOnline()` (cheap: it asks the OS, sends nothing).
 */
export function watchPowerAndNetwork(deps: PowerNetworkDeps): PowerNetworkWatcher {
  let online = net.isOnline();
  deps.sessions.setOnline(online);
  const check = () => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    deps.sessions.setOnline(now);
    deps.onOnlineChange?.(now);
  };
  const onSuspend = () => deps.sessions.setAsleep(true);
  const onResume = () => {
    deps.sessions.setAsleep(false);
    check();
  };
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  const timer = setInterval(check, deps.pollMs ?? 5_000);
  timer.unref?.();
  return {
    isOnline: () => online,
    dispose() {
      clearInterval(timer);
      powerMonitor.removeListener('suspend', onSuspend);
      powerMonitor.removeListener('resume', onResume);
    },
  };
}
