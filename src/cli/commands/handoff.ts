import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseIdChoiceArg, type IdChoice } from '../../shared/domain/id-choice';
import { AppError } from '../../shared/errors';
import { translate, type Locale } from '../../shared/i18n';
import { composeHandoff } from '../../main/handoff/compose-handoff';
import { displayPath } from '../../main/handoff/diffstat';
import { inspectRepo } from '../../main/handoff/inspect-repo';
import { sanitizeRemoteUrl } from '../../main/handoff/remote-slug';
import { sendHandoff, type DevinClientLike, type SentHandoff } from '../../main/handoff/send-handoff';
import { canGoAsSecret } from '../../main/handoff/session-secrets';
import type { ComposedHandoff, FileStatus, Finding, RepoInspection, Resolution } from '../../main/handoff/types';
import type { CliCommand, CliIO } from '../types';
import { humanSessionSecrets, maskedRequest, secretKeyByFinding } from './handoff-secrets';

/** Exit codes of `devin-tray handoff`. */
export const HANDOFF_EXIT = { ok: 0, usage: 2, secrets: 3 } as const;

export interface HandoffCommandDeps {
  /** The signed-in API (key + org), asked for only when something is about to be sent. */
  getApi: () => Promise<{ client: DevinClientLike; orgId: string }>;
  /** Remembers the repository a sent session came from (`devin-tray checkout` looks there first). */
  recordSource?: (source: { sessionId: string; root: string; repo: string | null; at: string }) => Promise<void>;
}

const USAGE =
  'devin-tray handoff [PATH] --task TEXT [--dry-run] [--json] [--redact | --allow-secrets | --secrets-as-session-secrets] [--include-unpushed] [--max-bytes N] [--tag T]... [--knowledge all|none|ID[,ID...]] [--secrets all|none|ID[,ID...]]';

const STATUS_MARK: Record<FileStatus, string> = {
  modified: 'M',
  added: 'A',
  untracked: '?',
  deleted: 'D',
  renamed: 'R',
  copied: 'C',
  mode: 'M',
  typechange: 'T',
  submodule: 'S',
};

/** Turns Node's parseArgs failures into our localized usage lines (null for other errors). */
function usageError(err: unknown, locale: Locale): string | null {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const quoted = /'([^']+)'/.exec((err as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return translate(locale, 'cli.usage.unknownOption', { option: quoted.split(' ')[0], usage: USAGE });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return translate(locale, 'cli.usage.missingValue', { option: quoted.split(' ')[0], usage: USAGE });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return translate(locale, 'cli.usage.unexpectedArgument', { arg: quoted, usage: USAGE });
  return (err as Error).message;
}

/** An AppError's message in the user's locale. */
function localized(err: AppError, locale: Locale): string {
  const text = translate(locale, `error.${err.code}`, err.params);
  return text === `error.${err.code}` ? err.message : text;
}

interface Parsed {
  path: string;
  task: string;
  dryRun: boolean;
  json: boolean;
  redact: boolean;
  allowSecrets: boolean;
  includeUnpushed: boolean;
  maxBytes: number | undefined;
  tags: string[];
  knowledge: IdChoice;
  /** Give every value found to Devin as a session secret (names can only be left out). */
  asSessionSecrets: boolean;
  secrets: IdChoice;
}

async function parse(args: string[], io: CliIO): Promise<Parsed | string> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        task: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        redact: { type: 'boolean' },
        'allow-secrets': { type: 'boolean' },
        'include-unpushed': { type: 'boolean' },
        'max-bytes': { type: 'string' },
        tag: { type: 'string', multiple: true },
        knowledge: { type: 'string', default: 'all' },
        'secrets-as-session-secrets': { type: 'boolean' },
        secrets: { type: 'string', default: 'all' },
      },
    });
  } catch (err) {
    const message = usageError(err, io.locale);
    if (message === null) throw err;
    return message;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return translate(io.locale, 'cli.usage.unexpectedArgument', { arg: positionals[1], usage: USAGE });
  let task = values.task ?? '';
  if (task === '-') task = await io.readStdin();
  if (task.trim() === '') return translate(io.locale, 'handoff.cli.taskMissing');
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    const raw = values['max-bytes'];
    maxBytes = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return translate(io.locale, 'handoff.cli.badMaxBytes', { value: raw });
  }
  const knowledge = parseIdChoiceArg(values.knowledge ?? 'all');
  if (!knowledge.ok) return translate(io.locale, 'knowledge.cli.bad', { value: values.knowledge ?? '' });
  const secrets = parseIdChoiceArg(values.secrets ?? 'all');
  if (!secrets.ok) return translate(io.locale, 'secrets.cli.bad', { value: values.secrets ?? '' });
  const asSessionSecrets = values['secrets-as-session-secrets'] ?? false;
  if ([values.redact, values['allow-secrets'], asSessionSecrets].filter(Boolean).length > 1) {
    return translate(io.locale, 'handoff.cli.secretsFlagsConflict');
  }
  return {
    path: resolve(io.cwd, positionals[0] ?? '.'),
    task,
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    redact: values.redact ?? false,
    allowSecrets: values['allow-secrets'] ?? false,
    includeUnpushed: values['include-unpushed'] ?? false,
    maxBytes,
    tags: values.tag ?? [],
    knowledge: knowledge.choice,
    asSessionSecrets,
    secrets: secrets.choice,
  };
}

/** The one JSON object `--json` prints (documented in the command's TSDoc). */
function jsonReport(
  inspection: RepoInspection,
  findings: readonly Finding[],
  resolutions: Readonly<Record<string, Resolution>>,
  composed: ComposedHandoff | null,
  session: SentHandoff | null,
  locale: Locale,
): Record<string, unknown> {
  const inclusion = new Map(composed?.files.map((f) => [f.key, f]) ?? []);
  const secretKeys = secretKeyByFinding(composed);
  return {
    root: inspection.root,
    repo: inspection.repo,
    remoteUrl: inspection.remote ? sanitizeRemoteUrl(inspection.remote.url) : null,
    branch: inspection.branch,
    detached: inspection.detached,
    head: inspection.head,
    upstream: inspection.upstream,
    ahead: inspection.ahead,
    behind: inspection.behind,
    unpushed: inspection.unpushedCount,
    unpushedUnknown: inspection.unpushedUnknown === true,
    warnings: inspection.warnings.map((w) => ({ code: w.code, message: translate(locale, `handoff.warning.${w.code}`, w.params) })),
    files: inspection.files.map((f) => ({
      path: f.path,
      ...(f.oldPath !== undefined ? { oldPath: f.oldPath } : {}),
      status: f.status,
      binary: f.binary,
      bytes: f.bytes,
      included: inclusion.get(f.key)?.included ?? false,
      reason: composed ? (inclusion.get(f.key)?.reason ?? null) : 'blocked',
      ...(f.unfilteredBy !== undefined ? { filterNotRun: f.unfilteredBy } : {}),
    })),
    findings: findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      file: f.file,
      place: f.place,
      ...(f.onRemote !== undefined ? { onRemote: f.onRemote } : {}),
      ...(f.scope?.startsWith('commit:') ? { commit: f.scope.slice(7) } : {}),
      line: f.line,
      column: f.column,
      preview: f.preview,
      resolution: resolutions[f.id] ?? null,
      redacted: resolutions[f.id] === 'redact' && f.redactable,
      ...(secretKeys.has(f.id) ? { secretKey: secretKeys.get(f.id) } : {}),
    })),
    diff: composed?.diff ?? null,
    diffBytes: composed?.diffBytes ?? null,
    truncated: composed?.truncated ?? null,
    prompt: composed?.prompt ?? null,
    request: composed ? maskedRequest(composed) : null,
    ...(session ? { session } : {}),
  };
}

function humanSummary(inspection: RepoInspection, composed: ComposedHandoff | null, maxBytes: number, io: CliIO): string {
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(io.locale, key, params);
  const out: string[] = [t('handoff.cli.repo', { root: inspection.root })];
  const r = inspection.remote ? { ...inspection.remote, url: sanitizeRemoteUrl(inspection.remote.url) } : null;
  if (!r) out.push(t('handoff.cli.noRemote'));
  else if (r.slug) out.push(t('handoff.cli.remote', { slug: r.slug, name: r.name, url: r.url }));
  else out.push(t('handoff.cli.remoteNoSlug', { name: r.name, url: r.url }));
  if (inspection.head === null) out.push(t('handoff.cli.noCommits'));
  if (inspection.detached) out.push(t('handoff.cli.detached', { sha: (inspection.head ?? '').slice(0, 12) }));
  else if (inspection.upstream) {
    out.push(t('handoff.cli.branchTracking', { branch: inspection.branch ?? '', upstream: inspection.upstream, ahead: inspection.ahead ?? 0, behind: inspection.behind ?? 0 }));
  } else out.push(t('handoff.cli.branch', { branch: inspection.branch ?? '' }));
  if (inspection.files.length === 0) out.push(t('handoff.cli.noChanges'));
  else {
    const included = composed?.files.filter((f) => f.included).length ?? 0;
    out.push(t('handoff.cli.files', { count: inspection.files.length, included, bytes: composed?.diffBytes ?? 0 }));
    const byKey = new Map(composed?.files.map((f) => [f.key, f]) ?? []);
    for (const f of inspection.files) {
      const reason = byKey.get(f.key)?.reason;
      const params = { status: STATUS_MARK[f.status], path: f.oldPath !== undefined ? `${displayPath(f.oldPath)} → ${displayPath(f.path)}` : displayPath(f.path) };
      const why = reason ? t(`handoff.reason.${reason}`, { driver: f.unfilteredBy ?? '' }) : '';
      out.push(reason ? t('handoff.cli.fileLineLeftOut', { ...params, reason: why }) : t('handoff.cli.fileLine', params));
    }
    if (composed?.truncated) out.push(t('handoff.cli.truncated', { max: maxBytes }));
  }
  if (inspection.unpushedCount > 0) {
    const inPrompt = composed !== null && composed.patches !== '';
    out.push(t('handoff.cli.unpushed', { count: inspection.unpushedCount, included: inPrompt ? t('handoff.cli.unpushedIncluded') : '' }));
  }
  if (inspection.unpushedUnknown) out.push(t('handoff.cli.unpushedUnknown'));
  for (const w of inspection.warnings) {
    if (w.code === 'UNPUSHED_COMMITS' && composed?.patches) continue;
    out.push(t('handoff.cli.warning', { message: t(`handoff.warning.${w.code}`, w.params) }));
  }
  return `${out.join('\n')}\n`;
}

/** Where a finding sits, as a suffix: removed or unchanged line (maybe already on the remote), file name, unpushed commit. */
function placeSuffix(f: Finding, t: (key: string, params?: Record<string, string | number>) => string): string {
  const commit = f.scope?.startsWith('commit:') && f.place !== 'message' ? t('handoff.cli.place.inCommit', { sha: f.scope.slice(7, 19) }) : '';
  if (f.place === 'removed' || f.place === 'context') return t(`handoff.cli.place.${f.place}${f.onRemote ? 'OnRemote' : ''}`) + commit;
  if (f.place === 'header') return t('handoff.cli.place.header') + commit;
  if (f.place === 'repo') return t('handoff.cli.place.repo', { field: t(`handoff.cli.repoField.${f.file}`) });
  return commit;
}

function humanFindings(findings: readonly Finding[], resolutions: Readonly<Record<string, Resolution>>, io: CliIO, composed: ComposedHandoff | null = null): string {
  if (findings.length === 0) return '';
  const t = (key: string, params: Record<string, string | number> = {}): string => translate(io.locale, key, params);
  const lines = [t('handoff.cli.findingsHeader', { count: findings.length })];
  const secretKeys = secretKeyByFinding(composed);
  for (const f of findings) {
    let r = resolutions[f.id];
    if ((r === 'redact' || r === 'secret') && !f.redactable) r = 'exclude';
    const action = r ? t(`handoff.cli.action.${r}`, { key: secretKeys.get(f.id) ?? '' }) : '';
    const file = f.place === 'message' && f.scope ? t('handoff.cli.commitMessage', { sha: f.scope.slice(7, 19) }) : displayPath(f.file);
    const place = placeSuffix(f, t);
    if (f.place === 'file') lines.push(t('handoff.cli.findingFileLine', { file, rule: f.rule, action: place + action }));
    else if (f.place === 'header' || f.place === 'repo') lines.push(t('handoff.cli.findingNameLine', { file, rule: f.rule, preview: f.preview, place, action }));
    else lines.push(t('handoff.cli.findingLine', { file, line: f.line, column: f.column, rule: f.rule, preview: `${f.preview}${place}`, action }));
  }
  return `${lines.join('\n')}\n${humanSessionSecrets(findings, composed, t)}`;
}

/**
 * `devin-tray handoff [PATH] --task TEXT …`: hands the uncommitted work of a local repository to a
 * new Devin session. Exit codes: 0 done (or dry run shown); 2 usage or inspection error (message on
 * stderr in the user's locale); 3 possible secrets found and neither --redact nor --allow-secrets
 * given (nothing sent). Other failures (API errors) are thrown to the CLI runner (exit 1).
 *
 * `--json` prints ONE object: root, repo, remoteUrl, branch, detached, head, upstream, ahead, behind,
 * unpushed, unpushedUnknown (remotes never fetched: unpushed cannot be told), warnings[{code, message}], files[{path, oldPath?, status, binary, bytes, included,
 * reason, filterNotRun? (the filter driver that was not run: the file is listed, never inlined)}],
 * findings[{id, rule, file, place (added|removed|context|header|message|file|repo), onRemote? (a
 * removed/context line HEAD's remote already has), commit? (sha, for an unpushed commit), line, column,
 * preview, resolution, redacted}], diff, diffBytes,
 * truncated, prompt, request{title, tags, repos?, prompt, knowledge_ids, secret_ids, session_secrets?[{key, value
 * (MASKED), sensitive}]} and, once sent, session{session_id, url}; a finding given as a session secret
 * also has secretKey. `--knowledge` sets `knowledge_ids` and `--secrets` sets `secret_ids`: all (the
 * default) → null, none → [], ids → only those. `--secrets-as-session-secrets` gives every value
 * found to Devin as a session secret (named from where it was found; a file that is a secret by name
 * is left out, a secret in a name is masked); no value is ever printed.
 * When blocked by secrets, diff/prompt/request are null and every file's reason is "blocked" — except
 * with --dry-run: then they show what would be sent with every finding masked (redacted, or its file
 * left out), `blocked` and `masked` are true, and the exit code is still 3.
 */
export function createHandoffCommand(deps: HandoffCommandDeps): CliCommand {
  return {
    name: 'handoff',
    summary: 'Hand the uncommitted changes of a local git repository to a new Devin session',
    usage: USAGE,
    async run(args, io) {
      const opts = await parse(args, io);
      if (typeof opts === 'string') {
        io.stderr(`${opts}\n`);
        return HANDOFF_EXIT.usage;
      }
      let inspection: RepoInspection;
      try {
        inspection = await inspectRepo(opts.path, { includeUnpushed: opts.includeUnpushed });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        io.stderr(`${translate(io.locale, 'cli.error.prefix', { message: localized(err, io.locale) })}\n`);
        return HANDOFF_EXIT.usage;
      }
      const findings = inspection.findings ?? [];
      const decision: Resolution | null = opts.asSessionSecrets ? 'secret' : opts.redact ? 'redact' : opts.allowSecrets ? 'allow' : null;
      // A name cannot go as a session secret: it is masked, and a file that is a secret by name is left out.
      const decide = (f: Finding): Resolution => (decision === 'secret' && !canGoAsSecret(f) ? 'redact' : (decision as Resolution));
      const resolutions: Record<string, Resolution> = decision ? Object.fromEntries(findings.map((f) => [f.id, decide(f)])) : {};
      const maxBytes = opts.maxBytes ?? 102_400;

      if (findings.length > 0 && decision === null) {
        // A dry run still shows what WOULD be sent, every undecided secret masked as the app's preview
        // masks it (redacted, or the file left out when it is a secret by name); nothing is sent.
        const masked = opts.dryRun
          ? composeHandoff({
              inspection,
              task: opts.task,
              tags: opts.tags,
              resolutions: Object.fromEntries(findings.map((f) => [f.id, f.redactable ? 'redact' : 'exclude'] as const)),
              maxBytes,
              includeUnpushed: opts.includeUnpushed,
              knowledge: opts.knowledge,
              secrets: opts.secrets,
            })
          : null;
        if (opts.json) {
          const report = jsonReport(inspection, findings, resolutions, masked, null, io.locale);
          io.stdout(`${JSON.stringify(masked ? { ...report, blocked: true, masked: true } : report, null, 2)}\n`);
        } else {
          io.stdout(humanSummary(inspection, masked, maxBytes, io) + humanFindings(findings, resolutions, io));
          if (masked) io.stdout(`${translate(io.locale, 'cli.handoff.dryRunMasked', { bytes: Buffer.byteLength(masked.prompt) })}\n${masked.prompt}`);
        }
        io.stderr(`${translate(io.locale, 'handoff.cli.secretsBlocked', { count: findings.length })}\n`);
        io.stderr(`${translate(io.locale, 'handoff.cli.secretsBlockedSecretHint')}\n`);
        return HANDOFF_EXIT.secrets;
      }

      const composed = composeHandoff({
        inspection,
        task: opts.task,
        tags: opts.tags,
        resolutions,
        maxBytes,
        includeUnpushed: opts.includeUnpushed,
        knowledge: opts.knowledge,
        secrets: opts.secrets,
      });
      const badSecrets = composed.sessionSecrets.filter((x) => x.problem !== null);
      if (badSecrets.length > 0) {
        io.stdout(humanFindings(findings, composed.resolutions, io, composed));
        io.stderr(`${translate(io.locale, 'cli.error.prefix', { message: translate(io.locale, 'error.SESSION_SECRETS_INVALID', { count: badSecrets.length }) })}\n`);
        return HANDOFF_EXIT.secrets;
      }
      let session: SentHandoff | null = null;
      if (!opts.dryRun) {
        const { client } = await deps.getApi();
        session = await sendHandoff(client, composed);
        // Best effort: without it, checkout still finds the repository when it is named (--repo).
        await deps.recordSource?.({ sessionId: session.session_id, root: inspection.root, repo: inspection.repo, at: new Date().toISOString() }).catch(() => undefined);
      }
      if (opts.json) {
        io.stdout(`${JSON.stringify(jsonReport(inspection, findings, composed.resolutions, composed, session, io.locale), null, 2)}\n`);
        return HANDOFF_EXIT.ok;
      }
      io.stdout(humanSummary(inspection, composed, maxBytes, io) + humanFindings(findings, composed.resolutions, io, composed));
      if (session) io.stdout(`${translate(io.locale, 'handoff.cli.sent', { url: session.url })}\n`);
      else io.stdout(`${translate(io.locale, 'handoff.cli.dryRun', { bytes: Buffer.byteLength(composed.prompt) })}\n${composed.prompt}`);
      return HANDOFF_EXIT.ok;
    },
  };
}
