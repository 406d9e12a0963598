import { AppError } from '../../shared/errors';
import type { ConfirmPort } from './confirm-port';

/** The wait after the first refusal; each further refusal in a row doubles it, up to the cap. */
export const CONFIRM_COOLDOWN_BASE_MS = 5_000;
export const CONFIRM_COOLDOWN_MAX_MS = 5 * 60_000;

/** Pure: how long a question waits after `refusals` refusals in a row (0 → no wait). */
export function confirmCooldownMs(refusals: number): number {
  if (refusals <= 0) return 0;
  return Math.min(CONFIRM_COOLDOWN_MAX_MS, CONFIRM_COOLDOWN_BASE_MS * 2 ** Math.min(refusals - 1, 30));
}

/**
 * A ConfirmPort that a page cannot use to bury the user in dialogs: at most one question is open
 * at a time (another is refused with CONFIRM_PENDING, no second dialog), and after a "no" the
 * question cannot be raised again for a while (CONFIRM_TOO_SOON, with the seconds left), the wait
 * doubling with each refusal in a row. A "yes" clears the count. The dialog is still main's own:
 * this only decides whether to show it.
 */
export function gateConfirm(port: ConfirmPort, options: { now?: () => number } = {}): ConfirmPort {
  const now = options.now ?? Date.now;
  let pending = false;
  let refusals = 0;
  let refusedAt = 0;
  return async (request) => {
    if (pending) throw new AppError('CONFIRM_PENDING', 'Answer the open question first.');
    const waitMs = refusedAt + confirmCooldownMs(refusals) - now();
    if (refusals > 0 && waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError('CONFIRM_TOO_SOON', `You just declined this; try again in ${seconds} s.`, { retryAfterMs: waitMs }, { seconds });
    }
    pending = true;
    try {
      const yes = await port(request);
      if (yes) refusals = 0;
      else {
        refusals += 1;
        refusedAt = now();
      }
      return yes;
    } finally {
      pending = false;
    }
  };
}
