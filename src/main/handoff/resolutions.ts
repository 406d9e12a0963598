import { buildLineIndex, lineAt, LINE_CONTEXT, LINE_HEADER, LINE_OTHER, LINE_REMOVED } from './diff-lines';
import { secretReference, type SecretRef } from './session-secrets';
import type { CommitPatch, FileChange, Finding, Resolutions, ScanMode, ScanUnit } from './types';

/** The marker that replaces a redacted secret in what is sent. */
export function redactionMarker(rule: string): string {
  return `«redacted:${rule}»`;
}

/** Findings the user has not decided on yet. Sending is refused while any remain. */
export function unresolvedFindings(findings: readonly Finding[], resolutions: Resolutions): Finding[] {
  return findings.filter((f) => resolutions[f.id] === undefined);
}

/** Result of redacting one unit's text. */
export interface Redacted {
  text: string;
  /** A removed or context line was changed: that hunk no longer applies verbatim. */
  touchedOldLines: boolean;
}

/** One replacement: `first` on the range's first content line, `rest` on each following one. */
export interface Replacement {
  range: [number, number];
  first: string;
  rest: string;
}

/**
 * Replaces each finding's secret with its marker, on every line kind that carries content (added,
 * removed and context lines, a hunk header's context text; never a file header, whose names are not
 * redactable). The number of lines never changes, so hunk headers stay right: a diff whose redactions
 * are all in added lines still applies (git does not check the postimage blob id); one with a
 * redacted removed or context line does not apply verbatim, which `touchedOldLines` reports.
 * A multi-line secret (a key block) becomes one marker per line.
 */
export function redactUnit(text: string, mode: ScanMode, findings: readonly Finding[]): Redacted {
  return replaceInUnit(
    text,
    mode,
    findings.map((f) => ({ range: f.range, first: redactionMarker(f.rule), rest: redactionMarker(f.rule) })),
  );
}

/**
 * `redactUnit` with any replacement: a session secret's reference goes on its first line and its
 * other lines are emptied (the value comes back whole from the secret, not line by line).
 */
export function replaceInUnit(text: string, mode: ScanMode, replacements: readonly Replacement[]): Redacted {
  if (replacements.length === 0) return { text, touchedOldLines: false };
  const index = buildLineIndex(text, mode);
  const edits: Array<[number, number, string]> = [];
  let touchedOldLines = false;
  for (const r of replacements) {
    const [start, end] = r.range;
    let first = true;
    for (let line = lineAt(index, start); line < index.count && (index.starts[line] ?? 0) < end; line += 1) {
      const kind = index.kinds[line];
      if (kind === LINE_HEADER || kind === LINE_OTHER) continue;
      const from = Math.max(start, index.contentStart(line));
      const to = Math.min(end, index.end(line));
      if (from >= to) continue;
      edits.push([from, to, first ? r.first : r.rest]);
      first = false;
      if (mode === 'diff' && (kind === LINE_REMOVED || kind === LINE_CONTEXT)) touchedOldLines = true;
    }
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to, marker] of edits) {
    if (from < at) continue; // overlapping findings: the first edit already covers it
    out += text.slice(at, from) + marker;
    at = to;
  }
  return { text: out + text.slice(at), touchedOldLines };
}

/** `redactUnit`'s text only. */
export function redactText(text: string, mode: ScanMode, findings: readonly Finding[]): string {
  return redactUnit(text, mode, findings).text;
}

/** The unit key of an unpushed commit's message (its mail preamble). */
export function messageUnitKey(sha: string): string {
  return `commit:${sha.slice(0, 12)}/:message`;
}

/** The scan units of unpushed commit patches: each commit's message (plain text) and its file blocks. */
export function patchScanUnits(patches: readonly CommitPatch[]): ScanUnit[] {
  return patches.flatMap((p) => {
    const short = p.sha.slice(0, 12);
    const scope = `commit:${p.sha}`;
    const message: ScanUnit = { key: messageUnitKey(p.sha), path: `commit ${short} (message)`, diffText: p.preamble, mode: 'text', scope };
    return [
      message,
      ...p.files.map((f) => ({ key: f.key, path: f.path, ...(f.oldPath !== undefined ? { oldPath: f.oldPath } : {}), diffText: f.diffText, binary: f.binary, scope })),
    ];
  });
}

export interface ResolvedChangeSet {
  files: FileChange[];
  patches: CommitPatch[];
  /** Unit keys left out by an `exclude` (or a `redact` of a finding that is a name). */
  excluded: Set<string>;
  /** Excluded units whose NAME holds an excluded finding: not even the name may be mentioned. */
  namesExcluded: Set<string>;
  /** Units (files or patch blocks) with a redacted (or secret-referenced) removed or context line: they do not apply verbatim. */
  oldLinesRedacted: Set<string>;
  /** True when a finding in an unpushed commit was excluded: the patch series is dropped whole. */
  patchesExcluded: boolean;
}

/**
 * Applies the user's decisions (pure): `redact` masks the secret in the outgoing text, `exclude`
 * leaves the whole file out, `allow` sends it unchanged, `secret` puts its reference
 * (`«secret:NAME»`, from `secretRefs`) where the value was. A name cannot be redacted (a file
 * flagged by name, a secret in a file name), so `redact` (or `secret`) on it excludes the file; a
 * secret in the name also keeps the name itself out of the prompt. A `secret` without a reference
 * is masked like `redact`. Unresolved findings are left as they are; composition refuses to go on
 * while any exist.
 */
export function applyResolutions(
  changeSet: { files: readonly FileChange[]; patches?: readonly CommitPatch[] },
  findings: readonly Finding[],
  resolutions: Resolutions,
  secretRefs: ReadonlyMap<string, SecretRef> = new Map(),
): ResolvedChangeSet {
  const excluded = new Set<string>();
  const namesExcluded = new Set<string>();
  const oldLinesRedacted = new Set<string>();
  const replacements = new Map<string, Replacement[]>();
  const replace = (unitKey: string, r: Replacement) => replacements.set(unitKey, [...(replacements.get(unitKey) ?? []), r]);
  for (const f of findings) {
    const r = resolutions[f.id];
    const ref = r === 'secret' ? secretRefs.get(f.id) : undefined;
    if (r === 'exclude' || ((r === 'redact' || r === 'secret') && !f.redactable)) {
      excluded.add(f.unitKey);
      if (f.place === 'header') namesExcluded.add(f.unitKey);
    } else if (ref) replace(f.unitKey, { range: ref.range, first: secretReference(ref.key), rest: '' });
    else if (r === 'redact' || r === 'secret') replace(f.unitKey, { range: f.range, first: redactionMarker(f.rule), rest: redactionMarker(f.rule) });
  }
  const apply = (f: FileChange): FileChange => {
    const list = replacements.get(f.key);
    if (!list) return f;
    const r = replaceInUnit(f.diffText, 'diff', list);
    if (r.touchedOldLines) oldLinesRedacted.add(f.key);
    return { ...f, diffText: r.text, bytes: Buffer.byteLength(r.text) };
  };
  const patchUnitKeys = new Set(patchScanUnits(changeSet.patches ?? []).map((u) => u.key));
  const patchesExcluded = [...excluded].some((k) => patchUnitKeys.has(k));
  const patches = (changeSet.patches ?? []).map((p) => {
    const inMessage = replacements.get(messageUnitKey(p.sha));
    return {
      ...p,
      preamble: inMessage ? replaceInUnit(p.preamble, 'text', inMessage).text : p.preamble,
      files: p.files.map(apply),
    };
  });
  return { files: changeSet.files.map(apply), patches, excluded, namesExcluded, oldLinesRedacted, patchesExcluded };
}
