import { buildLineIndex, lineAt, LINE_ADDED } from './diff-lines';
import type { CommitPatch, FileChange, Finding, Resolutions, ScanMode, ScanUnit } from './types';

/** The marker that replaces a redacted secret in what is sent. */
export function redactionMarker(rule: string): string {
  return `«redacted:${rule}»`;
}

/** Findings the user has not decided on yet. Sending is refused while any remain. */
export function unresolvedFindings(findings: readonly Finding[], resolutions: Resolutions): Finding[] {
  return findings.filter((f) => resolutions[f.id] === undefined);
}

/**
 * Replaces each finding's secret with its marker, touching ADDED lines only: the number of lines
 * never changes, so hunk headers stay right and the diff still applies (git does not check the
 * postimage blob id). A multi-line secret (a key block) becomes one marker per line.
 */
export function redactText(text: string, mode: ScanMode, findings: readonly Finding[]): string {
  if (findings.length === 0) return text;
  const index = buildLineIndex(text, mode);
  const edits: Array<[number, number, string]> = [];
  for (const f of findings) {
    const marker = redactionMarker(f.rule);
    const [start, end] = f.range;
    for (let line = lineAt(index, start); line < index.count && (index.starts[line] ?? 0) < end; line += 1) {
      if (index.kinds[line] !== LINE_ADDED) continue;
      const from = Math.max(start, index.contentStart(line));
      const to = Math.min(end, index.end(line));
      if (from < to) edits.push([from, to, marker]);
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
  return out + text.slice(at);
}

/** The scan units of unpushed commit patches: each commit's message (plain text) and its file blocks. */
export function patchScanUnits(patches: readonly CommitPatch[]): ScanUnit[] {
  return patches.flatMap((p) => {
    const short = p.sha.slice(0, 12);
    const scope = `commit:${p.sha}`;
    const message: ScanUnit = { key: `commit:${short}/:message`, path: `commit ${short} (message)`, diffText: p.preamble, mode: 'text', scope };
    return [message, ...p.files.map((f) => ({ key: f.key, path: f.path, diffText: f.diffText, binary: f.binary, scope }))];
  });
}

export interface ResolvedChangeSet {
  files: FileChange[];
  patches: CommitPatch[];
  /** Unit keys left out by an `exclude` (or a `redact` of a file flagged by name). */
  excluded: Set<string>;
  /** True when a finding in an unpushed commit was excluded: the patch series is dropped whole. */
  patchesExcluded: boolean;
}

function redactChange(f: FileChange, byUnit: ReadonlyMap<string, Finding[]>): FileChange {
  const list = byUnit.get(f.key);
  if (!list) return f;
  const diffText = redactText(f.diffText, 'diff', list);
  return { ...f, diffText, bytes: Buffer.byteLength(diffText) };
}

/**
 * Applies the user's decisions (pure): `redact` masks the secret in the outgoing text, `exclude`
 * leaves the whole file out, `allow` sends it unchanged. A file flagged by name cannot be redacted
 * (its content is the secret), so `redact` on it excludes the file. Unresolved findings are left
 * as they are; composition refuses to go on while any exist.
 */
export function applyResolutions(
  changeSet: { files: readonly FileChange[]; patches?: readonly CommitPatch[] },
  findings: readonly Finding[],
  resolutions: Resolutions,
): ResolvedChangeSet {
  const excluded = new Set<string>();
  const redactions = new Map<string, Finding[]>();
  for (const f of findings) {
    const r = resolutions[f.id];
    if (r === 'exclude' || (r === 'redact' && !f.redactable)) excluded.add(f.unitKey);
    else if (r === 'redact') redactions.set(f.unitKey, [...(redactions.get(f.unitKey) ?? []), f]);
  }
  const patchUnitKeys = new Set(patchScanUnits(changeSet.patches ?? []).map((u) => u.key));
  const patchesExcluded = [...excluded].some((k) => patchUnitKeys.has(k));
  const patches = (changeSet.patches ?? []).map((p) => {
    const messageKey = `commit:${p.sha.slice(0, 12)}/:message`;
    const msgFindings = redactions.get(messageKey);
    return {
      ...p,
      preamble: msgFindings ? redactText(p.preamble, 'text', msgFindings) : p.preamble,
      files: p.files.map((f) => redactChange(f, redactions)),
    };
  });
  return { files: changeSet.files.map((f) => redactChange(f, redactions)), patches, excluded, patchesExcluded };
}
