import { AppError } from '../shared/errors';
import { hasMessage, resolveLocale, translate } from '../shared/i18n';
import type { Locale } from '../shared/i18n';
import { describeSerializedError, toSerializedError } from '../main/api/describe-error';
import { localizeKeychainDetail } from '../main/account/keychain-error';
import type { CliDeps } from './api-context';
import { cliUserDataDir, getApi } from './api-context';
import type { SignedInApi } from '../main/account/account-service';
import { createLoginCommand } from './commands/login';
import { createLogoutCommand } from './commands/logout';
import { createAccountsCommand } from './commands/accounts';
import { cliAccount, takeAccountOption } from './cli-account';
import { openCliSettings } from './api-context';
import { createWhoamiCommand } from './commands/whoami';
import { createDoctorCommand } from './commands/doctor';
import { createSessionsCommand } from './commands/sessions';
import { createWatchCommand } from './commands/watch';
import { createHandoffCommand } from './commands/handoff';
import { createAttachmentsCommand } from './commands/attachments';
import { createTagsCommand } from './commands/tags';
import { createUsageCommand } from './commands/usage';
import { createCheckoutCommand } from './commands/checkout';
import { createNewSessionCommand } from './commands/new-session';
import { createArchiveCommand, createOpenCommand, createReplyCommand, createTerminateCommand } from './commands/session-verbs';
import { createHandoffSources, handoffSourcesFile } from '../main/checkout/handoff-sources';
import { createRecentRepos } from '../main/handoff/recent-repos';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { createEnvNetwork } from '../main/network/env-network';
import type { CliCommand, CliIO } from './types';

/** What a command factory may use: injected dependencies, and the org-scoped API on demand. */
export interface CommandContext {
  deps: CliDeps;
  /** Key + org + API URL resolved as api-context.ts describes; throws NOT_SIGNED_IN / ORG_REQUIRED. */
  getApi: () => Promise<SignedInApi>;
  /** The app's userData folder (handoff sources, recent repositories). */
  userDataDir: () => string;
}

/** Every command, in `--help` order. A new command is one line here. */
const COMMANDS: readonly ((ctx: CommandContext) => CliCommand)[] = [
  ({ deps }) => createWhoamiCommand(deps),
  ({ deps }) => createDoctorCommand(deps),
  ({ deps }) => createLoginCommand(deps),
  ({ deps }) => createLogoutCommand(deps),
  ({ deps }) => createAccountsCommand(deps),
  ({ getApi }) => createSessionsCommand({ getApi }),
  ({ getApi }) => createNewSessionCommand({ getApi }),
  ({ getApi }) => createReplyCommand({ getApi }),
  ({ getApi }) => createArchiveCommand({ getApi }),
  ({ getApi }) => createTerminateCommand({ getApi }),
  ({ getApi }) => createOpenCommand({ getApi }),
  ({ getApi }) => createWatchCommand({ getApi }),
  ({ getApi }) => createTagsCommand({ getApi }),
  ({ getApi }) => createUsageCommand({ getApi }),
  ({ getApi, userDataDir }) =>
    createHandoffCommand({ getApi, recordSource: (source) => createHandoffSources(handoffSourcesFile(userDataDir())).record(source) }),
  ({ getApi, deps }) =>
    createAttachmentsCommand({
      getApi,
      // Downloads leave the machine the way API calls do (proxies from the environment).
      ...(deps.network ? { manager: { httpGet: deps.network.downloadGet } } : {}),
      // The client knows the key; it authorizes only URLs on the API origin.
      getDownloadAuth: async () => {
        const { client } = await getApi();
        return { apiOrigin: client.baseUrl, authHeader: client.authorizationFor(client.baseUrl) };
      },
    }),
  ({ getApi, userDataDir }) =>
    createCheckoutCommand({
      getSession: async (id) => {
        const session = await (await getApi()).client.sessions.get(id);
        return { id: session.session_id, prs: session.pull_requests.map((p) => ({ url: p.pr_url, state: p.pr_state })) };
      },
      sources: createHandoffSources(handoffSourcesFile(userDataDir())),
      recentRepos: () => createRecentRepos(join(userDataDir(), 'handoff-recent.json')).list(),
    }),
];

export function buildCommands(io: CliIO, deps: CliDeps = {}): CliCommand[] {
  const ctx: CommandContext = { deps, getApi: () => getApi(io, deps), userDataDir: () => cliUserDataDir(io, deps) };
  return COMMANDS.map((make) => make(ctx));
}

/** Locale of a terminal: LC_ALL, then LC_MESSAGES, then LANG (zh* → zh-CN, else en). */
export function cliLocale(env: NodeJS.ProcessEnv): Locale {
  const raw = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return resolveLocale(raw);
}

/** Exit codes, the same for every command (also in the README). */
const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  done',
  '  1  failed (API error, unknown session, not signed in, terminate not confirmed)',
  '  2  usage: bad or missing argument, or terminate without --yes when stdin is not a terminal (nothing sent)',
  '  3  handoff: possible secrets found and no --redact / --allow-secrets / --secrets-as-session-secrets (nothing sent)',
];

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: devin-tray <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run devin-tray <command> --help for the options of one command.',
    'Global option: --account LABEL acts for that stored account (devin-tray accounts lists them); login --account LABEL adds or replaces one.',
    'Environment: DEVIN_API_KEY, DEVIN_ORG_ID, DEVIN_API_URL override the stored key, organization and API URL.',
    'HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) route API calls and downloads; NODE_EXTRA_CA_CERTS adds CA certificates.',
    '',
    ...EXIT_CODES_HELP,
    '',
  ].join('\n');
}

/** Node's parseArgs errors → our localized usage messages. */
function usageMessage(err: unknown, usage: string, locale: Locale): string | null {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const quoted = /'([^']+)'/.exec((err as Error).message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return translate(locale, 'cli.usage.unknownOption', { option: quoted.split(' ')[0], usage });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return translate(locale, 'cli.usage.missingValue', { option: quoted.split(' ')[0], usage });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return translate(locale, 'cli.usage.unexpectedArgument', { arg: quoted, usage });
    default:
      return (err as Error).message;
  }
}

/**
 * The app's words for an unreachable or redirecting API point at its Settings screen; a terminal
 * has none, so these name the environment variables instead (null: the app's words fit).
 */
function cliApiUrlWording(serialized: ReturnType<typeof toSerializedError>, locale: Locale): string | null {
  const d = serialized.details ?? {};
  if (serialized.code === 'NETWORK') {
    const stage = (d.connection as { stage?: unknown } | undefined)?.stage;
    if (stage !== undefined && stage !== 'connect') return null;
    return translate(locale, 'cli.apiUrl.network', { host: typeof d.host === 'string' ? d.host : '?' });
  }
  if (serialized.code === 'BAD_RESPONSE' && d.reason === 'redirect' && typeof d.detail === 'string' && d.detail) {
    return translate(locale, 'cli.apiUrl.redirect', { detail: d.detail });
  }
  return null;
}

/** An error as one localized line; CLI-specific wording where the app's would not fit a terminal. */
export function describeCliError(err: unknown, locale: Locale): string {
  const serialized = toSerializedError(localizeKeychainDetail(err, locale));
  const cliKey = `cli.error.${serialized.code}`;
  const text = hasMessage(cliKey)
    ? translate(locale, cliKey, { detail: typeof serialized.details?.detail === 'string' ? serialized.details.detail : '' })
    : (cliApiUrlWording(serialized, locale) ?? describeSerializedError(serialized, locale));
  return translate(locale, 'cli.error.prefix', { message: text });
}

/**
 * Runs one CLI invocation and returns the exit code: 0 ok, 1 failure, 2 usage. Errors are
 * printed localized on stderr, never with a stack or the key.
 */
export async function runCli(argv: readonly string[], io: CliIO, given: CliDeps = {}): Promise<number> {
  // API calls and downloads honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and NODE_EXTRA_CA_CERTS, read by Node itself).
  const network = given.network ?? createEnvNetwork(io.env);
  const deps: CliDeps = { ...given, network };
  try {
    return await runCommand(argv, io, deps);
  } finally {
    // Idle proxy connections must not keep the process alive.
    if (!given.network) await network.dispose();
  }
}

async function runCommand(fullArgv: readonly string[], io: CliIO, given: CliDeps): Promise<number> {
  // `--account LABEL` is global: taken out wherever it is, checked before the command runs.
  const { label, rest: argv, missingValue } = takeAccountOption(fullArgv);
  if (missingValue) {
    io.stderr(`${translate(io.locale, 'cli.usage.missingValue', { option: '--account', usage: 'devin-tray <command> --account LABEL' })}\n`);
    return 2;
  }
  const deps: CliDeps = label === undefined ? given : { ...given, account: label };
  const commands = buildCommands(io, deps);
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${translate(io.locale, 'cli.usage.unknownCommand', { command: name })}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n${command.summary}\n\n${EXIT_CODES_HELP.join('\n')}\n`);
    return 0;
  }
  // An unknown label is a usage error for every command but login (which adds it).
  if (label !== undefined && name !== 'login') {
    try {
      cliAccount((await openCliSettings(io, deps)).get(), label);
    } catch (err) {
      io.stderr(`${describeCliError(err, io.locale)}\n`);
      return 2;
    }
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    const usage = usageMessage(err, command.usage, io.locale);
    if (usage !== null) {
      io.stderr(`${usage}\n`);
      return 2;
    }
    io.stderr(`${describeCliError(err, io.locale)}\n`);
    const hint = err instanceof AppError ? `cli.hint.${err.code}` : '';
    if (hint && hasMessage(hint)) io.stderr(`${translate(io.locale, hint)}\n`);
    return 1;
  }
}

/** The real terminal. */
export function processIO(): CliIO {
  const locale = cliLocale(process.env);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async (ttyHint = 'cli.stdin.readText') => {
      if (process.stdin.isTTY) process.stderr.write(`${translate(locale, ttyHint)}\n`);
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinIsTTY: process.stdin.isTTY === true,
    askLine: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    env: process.env,
    cwd: process.cwd(),
    locale,
  };
}

// Run when executed (tsx, or the bundled bin), not when imported by tests.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void runCli(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
