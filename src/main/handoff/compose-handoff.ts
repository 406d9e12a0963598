import { DEFAULT_MAX_BYTES, isGeneratedPath, planBudget } from './budget';
import { formatDiffstat } from './diffstat';
import { handoffError } from './handoff-error';
import { renderPrompt } from './prompt';
import { maskRepoFacts, repoFactUnits } from './repo-facts';
import type { IdChoice } from '../../shared/domain/id-choice';
import { makeKnowledgeIds, makeSecretIds, makeTags, makeTitle } from './request-fields';
import { applyResolutions, patchScanUnits, unresolvedFindings } from './resolutions';
import { scanForSecrets } from './scan-secrets';
import { effectiveResolutions, planSessionSecrets, sessionSecretsField } from './session-secrets';
import type { ComposedHandoff, CommitPatch, FileChange, Finding, HandoffRequest, LeftOutFile, RepoInspection, Resolutions, ScanUnit } from './types';

export interface ComposeInput {
  inspection: RepoInspection;
  task: string;
  /** Extra tags after "handoff". */
  tags?: readonly string[];
  /** Decisions per finding id. Every finding needs one, or composition throws SECRETS_FOUND. */
  resolutions?: Resolutions;
  /** Budget in bytes for the diff plus patches (default 102400). */
  maxBytes?: number;
  /** Put unpushed commits in as patches (they must have been read: inspectRepo's includeUnpushed). */
  includeUnpushed?: boolean;
  /** Findings already computed (e.g. during inspection); scanned here when absent. */
  findings?: readonly Finding[];
  /** Which knowledge the session may use; absent leaves `knowledge_ids` out of the request. */
  knowledge?: IdChoice;
  /** Which org secrets the session may use; absent leaves `secret_ids` out of the request. */
  secrets?: IdChoice;
  /** Names the user gave session secrets, by finding id (a value's first edited finding wins). */
  secretKeys?: Readonly<Record<string, string>>;
}

/** The patch text of one commit (after resolutions). */
function patchText(p: CommitPatch): string {
  return p.preamble + p.files.map((f) => f.diffText).join('') + p.trailer;
}

function unsent(f: FileChange, excluded: ReadonlySet<string>): LeftOutFile['reason'] | null {
  if (f.unfilteredBy !== undefined) return 'filter';
  if (f.binary) return 'binary';
  if (!f.utf8) return 'not-utf8';
  if (excluded.has(f.key)) return 'excluded';
  return null;
}

function leftOutEntry(f: FileChange, reason: LeftOutFile['reason']): LeftOutFile {
  const entry: LeftOutFile = { key: f.key, path: f.path, status: f.status, reason, bytes: f.bytes };
  if (reason === 'budget') entry.generated = isGeneratedPath(f.path);
  if (reason === 'filter') entry.driver = f.unfilteredBy;
  if (f.size !== undefined) entry.size = f.size;
  return entry;
}

/**
 * Builds exactly what will be previewed and sent (pure and deterministic). Scans for secrets
 * (unless given findings), refuses with SECRETS_FOUND while any finding lacks a resolution,
 * plans the session secrets (values resolved `secret`; each goes whatever happens to its file),
 * applies the resolutions, fits the budget by leaving out whole files, and renders the prompt.
 * Errors: TASK_REQUIRED, SECRETS_FOUND (details.findings lists them, masked).
 */
export function composeHandoff(input: ComposeInput): ComposedHandoff {
  const { inspection } = input;
  const task = input.task.trim();
  if (task === '') throw handoffError('TASK_REQUIRED');
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  const patches = input.includeUnpushed ? (inspection.patches ?? []) : [];

  const units: ScanUnit[] = [...inspection.files, ...patchScanUnits(patches), ...repoFactUnits(inspection)];
  const unitKeys = new Set(units.map((u) => u.key));
  const findings = (input.findings ?? inspection.findings ?? scanForSecrets(units)).filter((f) => unitKeys.has(f.unitKey));
  const resolutions = effectiveResolutions(findings, input.resolutions ?? {});
  const unresolved = unresolvedFindings(findings, resolutions);
  if (unresolved.length > 0) {
    throw handoffError(
      'SECRETS_FOUND',
      { count: unresolved.length },
      { findings: unresolved.map((f) => ({ id: f.id, rule: f.rule, file: f.file, line: f.line, column: f.column, preview: f.preview })) },
    );
  }

  const texts = new Map(units.map((u) => [u.key, { text: u.diffText, mode: u.mode ?? ('diff' as const) }]));
  const secretPlan = planSessionSecrets(findings, resolutions, (key) => texts.get(key), input.secretKeys);
  const resolved = applyResolutions({ files: inspection.files, patches }, findings, resolutions, secretPlan.refs);
  const reasons = new Map<string, LeftOutFile['reason']>();
  for (const f of resolved.files) {
    const r = unsent(f, resolved.excluded);
    if (r) reasons.set(f.key, r);
  }
  const candidates = resolved.files.filter((f) => !reasons.has(f.key));
  const plan = planBudget(candidates, maxBytes);
  for (const key of plan.leftOut) reasons.set(key, 'budget');
  const included = new Set(plan.included);
  const diff = resolved.files.filter((f) => included.has(f.key)).map((f) => f.diffText).join('');
  const diffBytes = Buffer.byteLength(diff);

  // Unpushed commits: a series applies in order, so the longest prefix that fits is kept.
  let patchesOut = '';
  const leftOutCommits: string[] = [];
  let patchNote: string | null = null;
  let commitsOverBudget = false;
  if (input.includeUnpushed) {
    if (resolved.patchesExcluded) {
      patchNote = 'Unpushed commits were not included: one of them holds a file the user left out.';
      leftOutCommits.push(...resolved.patches.map((p) => p.sha));
    } else {
      let room = maxBytes - diffBytes;
      for (const p of resolved.patches) {
        const text = patchText(p);
        const size = Buffer.byteLength(text);
        if (leftOutCommits.length === 0 && size <= room) {
          patchesOut += text;
          room -= size;
        } else leftOutCommits.push(p.sha);
      }
      if (leftOutCommits.length > 0) {
        commitsOverBudget = true;
        patchNote = `Unpushed commits not included (over the size budget): ${leftOutCommits.map((s) => s.slice(0, 12)).join(', ')}.`;
      }
    }
    if (inspection.unpushedUnknown) {
      patchNote =
        'Unpushed commits were not included: there are no remote-tracking branches to compare with (fetch from the remote first), so which commits are not on the remote is unknown.';
    } else if (inspection.patches === undefined && inspection.unpushedCount > 0) {
      patchNote = `${inspection.unpushedCount} unpushed commit(s) were not read as patches, so they are not included.`;
    } else if (inspection.unpushedCount > resolved.patches.length && !resolved.patchesExcluded) {
      // format-patch skips merge commits.
      const missing = `${inspection.unpushedCount - resolved.patches.length} unpushed merge commit(s) are not included.`;
      patchNote = patchNote ? `${patchNote} ${missing}` : missing;
    }
  }

  // A file whose NAME holds an excluded secret is not named anywhere in the prompt, only counted.
  const named = resolved.files.filter((f) => !resolved.namesExcluded.has(f.key));
  const leftOut = named.filter((f) => reasons.has(f.key)).map((f) => leftOutEntry(f, reasons.get(f.key) as LeftOutFile['reason']));
  const patchesSent = patchesOut === '' ? [] : resolved.patches.filter((p) => !leftOutCommits.includes(p.sha));
  const oldLinesRedacted = [
    ...resolved.files.filter((f) => included.has(f.key) && resolved.oldLinesRedacted.has(f.key)).map((f) => f.path),
    ...patchesSent.flatMap((p) => p.files.filter((f) => resolved.oldLinesRedacted.has(f.key)).map((f) => `${f.path} (commit ${p.sha.slice(0, 12)})`)),
  ];
  const prompt = renderPrompt({
    inspection: maskRepoFacts(inspection, findings, resolutions),
    task,
    diffstat: formatDiffstat(named),
    diff,
    leftOut,
    withheld: resolved.files.length - named.length,
    oldLinesRedacted,
    patches: patchesOut,
    patchNote,
    hasChanges: resolved.files.length > 0,
    sessionSecrets: secretPlan.secrets.map((x) => x.key),
    multilineSecrets: secretPlan.secrets.some((x) => x.multiline),
  });
  const request: HandoffRequest = { title: makeTitle(task), tags: makeTags(input.tags), prompt };
  if (inspection.repo) request.repos = [inspection.repo];
  if (input.knowledge) request.knowledge_ids = makeKnowledgeIds(input.knowledge);
  if (input.secrets) request.secret_ids = makeSecretIds(input.secrets);
  if (secretPlan.secrets.length > 0) request.session_secrets = sessionSecretsField(secretPlan);

  return {
    prompt,
    request,
    diff,
    diffBytes,
    patches: patchesOut,
    patchBytes: Buffer.byteLength(patchesOut),
    truncated: leftOut.some((f) => f.reason === 'budget') || commitsOverBudget,
    leftOut,
    leftOutCommits,
    files: resolved.files.map((f) => ({
      key: f.key,
      path: f.path,
      status: f.status,
      binary: f.binary,
      bytes: f.bytes,
      included: included.has(f.key),
      reason: reasons.get(f.key) ?? null,
    })),
    findings,
    resolutions,
    unresolved: [],
    sessionSecrets: secretPlan.secrets.map(({ value: _value, ...shown }) => shown),
  };
}
