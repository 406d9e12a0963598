import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { SignedInApi } from '../../main/account/account-service';
import type { CliCommand, CliIO } from '../types';

export interface SessionVerbDeps {
  getApi: () => Promise<SignedInApi>;
  /** Opens a checked http(s) URL in the default browser (`open --browser`); injectable for tests. */
  openUrl?: (url: string) => Promise<void>;
}

type T = (key: string, params?: Record<string, string | number>) => string;
const tFor = (io: CliIO): T => (key, params = {}) => translate(io.locale, key, params);

/** The one SESSION positional, or a usage line (exit 2). */
export function oneSession(positionals: readonly string[], usage: string, io: CliIO, extra = 0): string | null {
  const t = tFor(io);
  if (positionals.length === 0 || positionals[0]!.trim() === '') {
    io.stderr(`${t('cli.session.missing', { usage })}\n`);
    return null;
  }
  if (positionals.length > 1 + extra) {
    io.stderr(`${t('cli.usage.unexpectedArgument', { arg: positionals[1 + extra]!, usage })}\n`);
    return null;
  }
  return normalizeSessionId(positionals[0]!);
}

/** Runs an action on one session; an unknown session is one clear line and exit 1 (other errors go to the runner). */
async function onSession(io: CliIO, sessionId: string, orgId: string, action: () => Promise<number>): Promise<number> {
  try {
    return await action();
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      io.stderr(`${tFor(io)('cli.session.notFound', { sessionId, orgId })}\n`);
      return 1;
    }
    throw err;
  }
}

/** Text from an argument, or all of standard input for "-" (trailing newline dropped). */
export async function argOrStdin(value: string | undefined, io: CliIO): Promise<string> {
  if (value !== '-') return value ?? '';
  return (await io.readStdin()).replace(/\r?\n$/, '');
}

const json = (io: CliIO, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

const REPLY_USAGE = 'devin-tray reply SESSION_ID MESSAGE|- [--json]';
/** `reply SESSION MESSAGE|-`: sends a message. `--json` prints {session_id, status, sent: true}. */
export function createReplyCommand(deps: SessionVerbDeps): CliCommand {
  return {
    name: 'reply',
    summary: 'Send a message to a session (MESSAGE or - for standard input)',
    usage: REPLY_USAGE,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
      const sessionId = oneSession(positionals, REPLY_USAGE, io, 1);
      if (!sessionId) return 2;
      const message = await argOrStdin(positionals[1], io);
      if (message.trim() === '') {
        io.stderr(`${tFor(io)('cli.reply.messageMissing', { usage: REPLY_USAGE })}\n`);
        return 2;
      }
      const { client, orgId } = await deps.getApi();
      return onSession(io, sessionId, orgId, async () => {
        const answer = await client.sessions.sendMessage(sessionId, { message });
        const status = typeof answer.status === 'string' ? answer.status : null;
        if (values.json) json(io, { session_id: sessionId, status, sent: true });
        else io.stdout(`${tFor(io)('cli.reply.sent', { sessionId, status: status ?? '?' })}\n`);
        return 0;
      });
    },
  };
}

const ARCHIVE_USAGE = 'devin-tray archive SESSION_ID [--json]';
/** `archive SESSION`: archives (there is no un-archive). `--json` prints {session_id, status, is_archived}. */
export function createArchiveCommand(deps: SessionVerbDeps): CliCommand {
  return {
    name: 'archive',
    summary: 'Archive a session (it sleeps if running)',
    usage: ARCHIVE_USAGE,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
      const sessionId = oneSession(positionals, ARCHIVE_USAGE, io);
      if (!sessionId) return 2;
      const { client, orgId } = await deps.getApi();
      return onSession(io, sessionId, orgId, async () => {
        const answer = await client.sessions.archive(sessionId);
        if (values.json) json(io, { session_id: sessionId, status: answer.status ?? null, is_archived: answer.is_archived ?? true });
        else io.stdout(`${tFor(io)('cli.archive.done', { sessionId })}\n`);
        return 0;
      });
    },
  };
}

const TERMINATE_USAGE = 'devin-tray terminate SESSION_ID [--yes] [--archive] [--json]';
/**
 * `terminate SESSION`: ends a session for good. Asks first unless `--yes`; when standard input is
 * not a terminal it does not ask (a script could not answer) and refuses, naming `--yes` (exit 2).
 * `--json` prints {session_id, status, terminated: true, is_archived}.
 */
export function createTerminateCommand(deps: SessionVerbDeps): CliCommand {
  return {
    name: 'terminate',
    summary: 'Terminate a session for good (asks unless --yes)',
    usage: TERMINATE_USAGE,
    async run(args, io) {
      const t = tFor(io);
      const { values, positionals } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, yes: { type: 'boolean', short: 'y' }, archive: { type: 'boolean' } },
        allowPositionals: true,
      });
      const sessionId = oneSession(positionals, TERMINATE_USAGE, io);
      if (!sessionId) return 2;
      if (!values.yes) {
        if (!io.stdinIsTTY || !io.askLine) {
          io.stderr(`${t('cli.terminate.needsYes', { sessionId })}\n`);
          return 2;
        }
        const answer = (await io.askLine(t('cli.terminate.ask', { sessionId }))).trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') {
          io.stderr(`${t('cli.terminate.declined')}\n`);
          return 1;
        }
      }
      const { client, orgId } = await deps.getApi();
      return onSession(io, sessionId, orgId, async () => {
        const answer = await client.sessions.terminate(sessionId, values.archive ? { archive: true } : {});
        const archived = answer.is_archived ?? values.archive === true;
        if (values.json) json(io, { session_id: sessionId, status: answer.status ?? null, terminated: true, is_archived: archived });
        else io.stdout(`${t('cli.terminate.done', { sessionId, archived: archived ? t('cli.terminate.archived') : '' })}\n`);
        return 0;
      });
    },
  };
}

/** Only a web address may go to the browser: a server's `url` is not trusted to be one. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** The platform's opener, given the URL as one argument (never through a shell). */
export function openInBrowser(url: string): Promise<void> {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

const OPEN_USAGE = 'devin-tray open SESSION_ID [--browser] [--json]';
/** `open SESSION`: prints the session's web URL; `--browser` also opens it. `--json` prints {session_id, url, opened}. */
export function createOpenCommand(deps: SessionVerbDeps): CliCommand {
  return {
    name: 'open',
    summary: "Print a session's web URL (--browser opens it)",
    usage: OPEN_USAGE,
    async run(args, io) {
      const t = tFor(io);
      const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, browser: { type: 'boolean' } }, allowPositionals: true });
      const sessionId = oneSession(positionals, OPEN_USAGE, io);
      if (!sessionId) return 2;
      const { client, orgId } = await deps.getApi();
      return onSession(io, sessionId, orgId, async () => {
        const session = await client.sessions.get(sessionId);
        const url = session.url;
        if (!url) {
          io.stderr(`${t('cli.open.noUrl', { sessionId })}\n`);
          return 1;
        }
        if (!isWebUrl(url)) {
          io.stderr(`${t('cli.open.badUrl', { sessionId, url: JSON.stringify(url) })}\n`);
          return 1;
        }
        if (values.browser) await (deps.openUrl ?? openInBrowser)(url);
        if (values.json) json(io, { session_id: sessionId, url, opened: values.browser === true });
        else io.stdout(`${url}\n`);
        return 0;
      });
    },
  };
}
