import { parseArgs } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import type { Session } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { previewText } from '../../shared/sessions/notification-policy';
import { isFinished, stateKey } from '../../shared/sessions/session-state';
import { detectTransitions, toSnapshot, type SessionSnapshot } from '../../shared/sessions/transitions';
import type { SignedInApi } from '../../main/account/account-service';
import { pollBackoff } from '../../main/sessions/poll-backoff';
import type { CliCommand } from '../types';
import { formatTime } from './sessions';

export interface WatchCommandDeps {
  getApi: () => Promise<SignedInApi>;
  /** Rejects when `signal` aborts. Injected so tests run an hour in fake time. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Registers the Ctrl+C handler; returns its removal. Defaults to SIGINT. */
  onInterrupt?: (handler: () => void) => () => void;
  now?: () => number;
  random?: () => number;
}

const DEFAULT_INTERVAL_S = 10;
const TRANSIENT = new Set(['RATE_LIMITED', 'SERVER', 'NETWORK', 'TIMEOUT', 'BAD_RESPONSE']);

/** Exit codes: 0 finished, 1 error or suspended, 130 interrupted (the shell's code for SIGINT). */
export const WATCH_EXIT = { finished: 0, failed: 1, interrupted: 130 } as const;

function defaultOnInterrupt(handler: () => void): () => void {
  process.once('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

/** The session is done: finished or exit (0), error or suspended (1); null while it goes on. */
function outcome(s: Session): number | null {
  if (isFinished(s)) return WATCH_EXIT.finished;
  if (s.status === 'error' || s.status === 'suspended') return WATCH_EXIT.failed;
  return null;
}

/**
 * `watch SESSION_ID [--interval S]`: polls one session (GET every S seconds, default 10) and
 * prints each change of state, new pull requests and, when Devin waits for a reply, its last
 * message. Stops when the session ends.
 */
export function createWatchCommand(deps: WatchCommandDeps): CliCommand {
  const usage = 'devin-tray watch SESSION_ID [--interval SECONDS]';
  const sleep = deps.sleep ?? ((ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }));
  const onInterrupt = deps.onInterrupt ?? defaultOnInterrupt;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  return {
    name: 'watch',
    summary: 'Follow one session until it ends (exit 0 finished, 1 error or suspended)',
    usage,
    async run(args, io) {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(io.locale, key, params);
      const { values, positionals } = parseArgs({ args, options: { interval: { type: 'string' } }, allowPositionals: true });
      const [rawId, ...extra] = positionals;
      if (!rawId || extra.length > 0) {
        io.stderr(`${extra[0] !== undefined ? t('cli.usage.unexpectedArgument', { arg: extra[0], usage }) : t('sessions.cli.watch.missingId', { usage })}\n`);
        return 2;
      }
      const intervalS = values.interval === undefined ? DEFAULT_INTERVAL_S : Number(values.interval);
      if (!Number.isFinite(intervalS) || intervalS <= 0) {
        io.stderr(`${t('sessions.cli.badNumber', { option: '--interval', value: values.interval ?? '' })}\n`);
        return 2;
      }
      const id = normalizeSessionId(rawId);
      const { client } = await deps.getApi();

      const abort = new AbortController();
      const removeHandler = onInterrupt(() => abort.abort());
      const stateOf = (s: Pick<Session, 'status' | 'status_detail' | 'is_archived'>) => t(stateKey(s));
      let messageCursor: string | null = null;
      const printLastDevinMessage = async () => {
        // Read only what came since last time; print Devin's newest.
        let last: string | null = null;
        for (let page = 0; page < 20; page++) {
          const res = await client.sessions.messages(id, { first: 200, ...(messageCursor ? { after: messageCursor } : {}) }, { signal: abort.signal });
          for (const m of res.items) if (m.source === 'devin') last = m.message;
          if (res.end_cursor) messageCursor = res.end_cursor;
          if (!res.has_next_page || !res.end_cursor) break;
        }
        if (last) io.stdout(`${t('sessions.cli.watch.message', { message: previewText(last, 500) })}\n`);
      };

      try {
        let prev: SessionSnapshot | null = null;
        let failures = 0;
        for (;;) {
          let session: Session;
          try {
            session = await client.sessions.get(id, { signal: abort.signal });
            failures = 0;
          } catch (err) {
            if (abort.signal.aborted) break;
            const code = err instanceof AppError ? err.code : 'INTERNAL';
            if (!TRANSIENT.has(code)) throw err;
            failures++;
            const retryAfterMs = err instanceof AppError && typeof err.details?.retryAfterMs === 'number' ? err.details.retryAfterMs : undefined;
            const f = pollBackoff({ code, failures, retryAfterMs, random });
            const waitMs = f.kind === 'stop' ? intervalS * 1000 : Math.max(f.delayMs, intervalS * 1000);
            io.stderr(`${t('sessions.cli.watch.retrying', { message: err instanceof Error ? err.message : String(err), seconds: Math.ceil(waitMs / 1000) })}\n`);
            await sleep(waitMs, abort.signal).catch(() => undefined);
            if (abort.signal.aborted) break;
            continue;
          }
          const next = toSnapshot(session);
          if (prev === null) {
            io.stdout(`${t('sessions.cli.watch.start', { id, state: stateOf(session) })}\n`);
            if (session.status_detail === 'waiting_for_user') await printLastDevinMessage();
          } else {
            if (prev.status !== next.status || prev.statusDetail !== next.statusDetail) {
              io.stdout(`${t('sessions.cli.watch.transition', { time: formatTime(now()), state: stateOf(session) })}\n`);
              if (session.status_detail === 'waiting_for_user') await printLastDevinMessage();
            }
          }
          for (const tr of detectTransitions(prev ?? { ...next, prUrls: [] }, next)) {
            if (tr.kind === 'pr_opened') io.stdout(`${t('sessions.cli.watch.pr', { time: formatTime(now()), url: tr.prUrl ?? '' })}\n`);
          }
          prev = next;
          const code = outcome(session);
          if (code !== null) {
            io.stdout(`${code === WATCH_EXIT.finished ? t('sessions.cli.watch.finished') : t('sessions.cli.watch.failed', { state: stateOf(session) })}\n`);
            return code;
          }
          await sleep(intervalS * 1000, abort.signal).catch(() => undefined);
          if (abort.signal.aborted) break;
        }
        io.stderr(`${t('sessions.cli.watch.interrupted')}\n`);
        return WATCH_EXIT.interrupted;
      } catch (err) {
        if (abort.signal.aborted) {
          io.stderr(`${t('sessions.cli.watch.interrupted')}\n`);
          return WATCH_EXIT.interrupted;
        }
        throw err;
      } finally {
        removeHandler();
      }
    },
  };
}
