import { createHash, createHmac, randomBytes } from 'node:crypto';
import type {
  HandoffBlocker,
  HandoffComposeRequest,
  HandoffCompositionView,
  HandoffFileFate,
  HandoffInspectionView,
} from '../../shared/ipc/channels/handoff';
import { isGeneratedPath } from './budget';
import { composeHandoff } from './compose-handoff';
import { sanitizeRemoteUrl } from './remote-slug';
import { canGoAsSecret } from './session-secrets';
import type { ComposedHandoff, Finding, HandoffRequest, RepoInspection, Resolutions } from './types';

/** What the screen needs from an inspection: no diff text (compositions carry what is sent). */
export function toInspectionView(inspectionId: string, i: RepoInspection): HandoffInspectionView {
  return {
    inspectionId,
    root: i.root,
    name: i.root.replace(/[/\\]+$/, '').split(/[/\\]/).pop() || i.root,
    remote: i.remote ? { name: i.remote.name, url: sanitizeRemoteUrl(i.remote.url), slug: i.remote.slug } : null,
    repo: i.repo,
    branch: i.branch,
    detached: i.detached,
    head: i.head,
    upstream: i.upstream,
    ahead: i.ahead,
    behind: i.behind,
    unpushedCount: i.unpushedCount,
    unpushedUnknown: i.unpushedUnknown === true,
    unpushed: i.unpushed.map((c) => ({ sha: c.sha, subject: c.subject })),
    patchesRead: i.patches !== undefined,
    files: i.files.map((f) => ({
      key: f.key,
      path: f.path,
      ...(f.oldPath !== undefined ? { oldPath: f.oldPath } : {}),
      status: f.status,
      binary: f.binary,
      utf8: f.utf8,
      ...(f.size !== undefined ? { size: f.size } : {}),
      bytes: f.bytes,
      added: f.added,
      removed: f.removed,
      generated: isGeneratedPath(f.path),
      ...(f.unfilteredBy !== undefined ? { unfilteredBy: f.unfilteredBy } : {}),
    })),
    findings: (i.findings ?? []).map((f) => ({
      id: f.id,
      rule: f.rule,
      description: f.description,
      file: f.file,
      unitKey: f.unitKey,
      ...(f.scope !== undefined ? { scope: f.scope } : {}),
      place: f.place,
      ...(f.onRemote !== undefined ? { onRemote: f.onRemote } : {}),
      line: f.line,
      column: f.column,
      preview: f.preview,
      redactable: f.redactable,
      canBeSecret: canGoAsSecret(f),
    })),
    warnings: i.warnings.map((w) => ({ code: w.code, params: { ...w.params } })),
  };
}

/**
 * Session secret values enter the token through an HMAC with a key made at start and kept in
 * main: the token binds them (a changed value or name is a new token) without being a plain hash
 * of them that a renderer could test guesses against.
 */
const SECRETS_TOKEN_KEY = randomBytes(32);

/** The send token: SHA-256 of the request body, so a token names exactly one prompt. */
export function compositionToken(inspectionId: string, request: HandoffRequest): string {
  // Optional fields join the hash only when present, so a request without them hashes as before.
  const knowledge = request.knowledge_ids !== undefined ? [request.knowledge_ids] : [];
  const secretIds = request.secret_ids !== undefined ? [{ secret_ids: request.secret_ids }] : [];
  const sessionSecrets =
    request.session_secrets !== undefined
      ? [{ session_secrets: createHmac('sha256', SECRETS_TOKEN_KEY).update(JSON.stringify(request.session_secrets), 'utf8').digest('hex') }]
      : [];
  const canonical = JSON.stringify([inspectionId, request.title, request.tags, request.repos ?? null, request.prompt, ...knowledge, ...secretIds, ...sessionSecrets]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Until the user decides, a preview masks every secret (redactable ones are redacted, files that
 * are secrets by name are left out), so nothing undecided is ever shown in full twice.
 */
function provisionalResolutions(findings: readonly Finding[]): Resolutions {
  return Object.fromEntries(findings.map((f) => [f.id, f.redactable ? 'redact' : 'exclude'] as const));
}

/** The task only shapes the prompt's text and title; files, budget and diff do not depend on it. */
const PLACEHOLDER_TASK = '(task)';

/** A preview plus, when nothing blocks it, the exact composition a send would use. */
export interface PreviewResult {
  view: HandoffCompositionView;
  /** Null while blocked. */
  sendable: { token: string; composed: ComposedHandoff; resolutions: Resolutions } | null;
}

/**
 * Composes the preview for the screen's choices (pure). Files whose toggle is off are removed
 * from the change set before composing (they are not mentioned in the prompt). While the task is
 * empty or a finding is undecided, the result is a draft: no prompt, no token, secrets masked.
 */
export function composePreview(inspectionId: string, inspection: RepoInspection, req: Omit<HandoffComposeRequest, 'inspectionId'>): PreviewResult {
  const off = new Set(req.excluded);
  const kept: RepoInspection = { ...inspection, files: inspection.files.filter((f) => !off.has(f.key)) };
  const all = inspection.findings ?? [];
  const task = req.task.trim();
  const composed = composeHandoff({
    inspection: kept,
    task: task === '' ? PLACEHOLDER_TASK : task,
    tags: req.tags,
    resolutions: { ...provisionalResolutions(all), ...req.resolutions },
    maxBytes: req.maxBytes,
    includeUnpushed: req.includeUnpushed,
    findings: all,
    ...(req.knowledge ? { knowledge: req.knowledge } : {}),
    ...(req.secrets ? { secrets: req.secrets } : {}),
    ...(req.secretKeys ? { secretKeys: req.secretKeys } : {}),
  });
  const unresolved = composed.findings.filter((f) => req.resolutions[f.id] === undefined).map((f) => f.id);
  const blockers: HandoffBlocker[] = [];
  if (task === '') blockers.push('task');
  if (unresolved.length > 0) blockers.push('findings');
  if (composed.sessionSecrets.some((x) => x.problem !== null)) blockers.push('secrets');
  const blocked = blockers.length > 0;

  const fates = new Map<string, HandoffFileFate>(composed.files.map((f) => [f.key, { key: f.key, included: f.included, reason: f.reason }]));
  const files: HandoffFileFate[] = inspection.files.map((f) => fates.get(f.key) ?? { key: f.key, included: false, reason: 'user' });
  const token = blocked ? null : compositionToken(inspectionId, composed.request);
  const view: HandoffCompositionView = {
    inspectionId,
    token,
    blockers,
    findingIds: composed.findings.map((f) => f.id),
    unresolved,
    prompt: blocked ? null : composed.prompt,
    promptBytes: blocked ? 0 : Buffer.byteLength(composed.prompt),
    title: task === '' ? '' : composed.request.title,
    tags: composed.request.tags,
    repos: composed.request.repos ?? null,
    ...(composed.request.knowledge_ids !== undefined ? { knowledgeIds: composed.request.knowledge_ids } : {}),
    ...(composed.request.secret_ids !== undefined ? { secretIds: composed.request.secret_ids } : {}),
    sessionSecrets: composed.sessionSecrets.map((x) => ({ ...x, findingIds: [...x.findingIds] })),
    diff: composed.diff,
    diffBytes: composed.diffBytes,
    patches: composed.patches,
    patchBytes: composed.patchBytes,
    maxBytes: req.maxBytes,
    masked: unresolved.length > 0,
    truncated: composed.truncated,
    leftOutCommits: composed.leftOutCommits,
    files,
  };
  return { view, sendable: token ? { token, composed, resolutions: { ...req.resolutions } } : null };
}
