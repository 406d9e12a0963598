import { checkSecretKeyName, SESSION_SECRET_VALUE_MAX, type SecretKeyProblem } from '../../shared/domain/secret';
import { buildLineIndex, lineAt, LINE_ADDED, LINE_CONTEXT, LINE_REMOVED } from './diff-lines';
import { maskSecret } from './scan-secrets';
import { deriveSecretKey, uniqueName } from './secret-key-name';
import type { Finding, Resolutions, ScanMode } from './types';

/**
 * "Give to Devin as a secret" (pure): a finding's value leaves the prompt and travels in the
 * create request's `session_secrets`; the prompt keeps a reference `«secret:NAME»` where it was.
 * Values never cross to the renderer: views carry the name, a masked preview and the length.
 */

/** The reference that replaces a value given as a session secret. */
export function secretReference(key: string): string {
  return `«secret:${key}»`;
}

/** Places whose text can be replaced by a reference: lines of content and commit messages, not names. */
const SECRET_PLACES = new Set<Finding['place']>(['added', 'removed', 'context', 'message']);

/** Whether a finding can go as a session secret (a value in content, not a file or branch name). */
export function canGoAsSecret(f: Pick<Finding, 'place' | 'redactable'>): boolean {
  return f.redactable && SECRET_PLACES.has(f.place);
}

/**
 * The resolutions as composition applies them: "secret" on a finding that cannot go as one (a
 * name) is masked like "redact", never sent as it is.
 */
export function effectiveResolutions(findings: readonly Finding[], resolutions: Resolutions): Resolutions {
  let out: Record<string, Resolutions[string]> | null = null;
  for (const f of findings) {
    if (resolutions[f.id] === 'secret' && !canGoAsSecret(f)) {
      out ??= { ...resolutions };
      out[f.id] = 'redact';
    }
  }
  return out ?? resolutions;
}

/** The text a finding was found in. */
export interface UnitText {
  text: string;
  mode: ScanMode;
}

/** Where a value sits and what it is. */
export interface SecretSpan {
  /** Offsets in the unit's text that the reference replaces ([start, end)). */
  range: [number, number];
  /** The value as the file has it (a multi-line value without the diff's line markers). */
  value: string;
  /** The line's text before the value (for the key name). */
  before: string;
  multiline: boolean;
}

/** Lines whose text is the file's (not headers, hunk lines or `\ No newline…`). */
const CONTENT_KINDS = new Set([LINE_ADDED, LINE_CONTEXT, LINE_REMOVED]);

/** Rules whose secret is a password inside a URL: the value Devin needs is the whole URL. */
const URL_RULES = new Set(['connection-string', 'url-credentials']);

/** The URL around a password at [start, end) on one line: from its scheme to the first space or quote. */
function urlAround(text: string, lineStart: number, lineEnd: number, start: number, end: number): [number, number] {
  const head = text.slice(lineStart, start);
  let from = start;
  for (const m of head.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\//g)) {
    const at = lineStart + m.index;
    if (!/[\s"'`<>]/.test(text.slice(at, start))) {
      from = at;
      break;
    }
  }
  let to = end;
  while (to < lineEnd && !/[\s"'`<>]/.test(text[to] ?? ' ')) to += 1;
  return [from, to];
}

/**
 * Where a finding's value is and what it is (pure). A value over several diff lines is read
 * without the `+`/`-`/` ` markers; a password in a URL widens to the whole URL.
 */
export function secretSpan(unit: UnitText, f: Pick<Finding, 'range' | 'rule'>): SecretSpan {
  const { text, mode } = unit;
  const index = buildLineIndex(text, mode);
  let [start, end] = f.range;
  const first = lineAt(index, start);
  if (URL_RULES.has(f.rule)) [start, end] = urlAround(text, index.contentStart(first), index.end(first), start, end);
  // A block over changed lines is read on one side: the old file's when it starts on a removed line.
  const other = index.kinds[first] === LINE_REMOVED ? LINE_ADDED : LINE_REMOVED;
  const parts: string[] = [];
  for (let line = first; line < index.count && (index.starts[line] ?? 0) < end; line += 1) {
    if (!CONTENT_KINDS.has(index.kinds[line] ?? -1) || index.kinds[line] === other) continue;
    const from = Math.max(start, index.contentStart(line));
    parts.push(text.slice(from, Math.max(from, Math.min(end, index.end(line)))));
  }
  const before = text.slice(index.contentStart(first), Math.max(index.contentStart(first), start));
  return { range: [start, end], value: parts.join('\n'), before, multiline: parts.length > 1 };
}

/** Why a planned secret cannot be sent as it is. */
export type SecretPlanProblem = SecretKeyProblem | 'duplicate' | 'valueTooLong';

/** One session secret a composition sends: one per distinct value. */
export interface PlannedSecret {
  key: string;
  /** The name the app proposed (shown when the user edits it). */
  derivedKey: string;
  /** The user typed the name. */
  edited: boolean;
  value: string;
  /** Masked (first 4 characters, the length): what every view shows. */
  preview: string;
  /** Characters of the value. */
  length: number;
  multiline: boolean;
  /** Findings holding this value, in scan order (the first one named the secret). */
  findingIds: string[];
  problem: SecretPlanProblem | null;
}

/** A finding's reference: the name, and the range of its unit's text it replaces. */
export interface SecretRef {
  key: string;
  range: [number, number];
  multiline: boolean;
}

export interface SecretPlan {
  secrets: PlannedSecret[];
  /** By finding id. */
  refs: Map<string, SecretRef>;
}

/**
 * Plans the session secrets of a composition (pure). Every finding resolved "secret" gives its
 * value; findings with the same value share one secret. The name is the user's (`keyEdits`, by
 * finding id; the first edit within a value's findings wins), else derived and made unique with
 * a suffix. A typed name is checked (`checkSecretKeyName`) and must not name another value's
 * secret; a value over the contract's 65536 characters cannot be sent. A secret with a problem is
 * still planned, so the screen can show it; sending refuses while any problem remains.
 */
export function planSessionSecrets(
  findings: readonly Finding[],
  resolutions: Resolutions,
  unitOf: (unitKey: string) => UnitText | undefined,
  keyEdits: Readonly<Record<string, string>> = {},
): SecretPlan {
  interface Group {
    value: string;
    spans: Array<{ finding: Finding; span: SecretSpan }>;
  }
  const groups = new Map<string, Group>();
  for (const f of findings) {
    if (resolutions[f.id] !== 'secret' || !canGoAsSecret(f)) continue;
    const unit = unitOf(f.unitKey);
    if (!unit) continue;
    const span = secretSpan(unit, f);
    const group = groups.get(span.value) ?? { value: span.value, spans: [] };
    group.spans.push({ finding: f, span });
    groups.set(span.value, group);
  }

  const list = [...groups.values()];
  const editOf = (g: Group): string | undefined => {
    for (const { finding } of g.spans) {
      const edit = keyEdits[finding.id];
      if (edit !== undefined) return edit.trim();
    }
    return undefined;
  };
  const edits = list.map(editOf);
  const taken = new Set(edits.filter((e): e is string => e !== undefined && checkSecretKeyName(e) === null));
  const named = new Set<string>();
  const secrets: PlannedSecret[] = list.map((g, i) => {
    const head = g.spans[0] as { finding: Finding; span: SecretSpan };
    const derivedKey = deriveSecretKey({ before: head.span.before, file: head.finding.file, rule: head.finding.rule });
    const edit = edits[i];
    let key: string;
    let problem: SecretPlanProblem | null = null;
    if (edit !== undefined) {
      key = edit;
      problem = checkSecretKeyName(key) ?? (named.has(key) ? 'duplicate' : null);
    } else {
      key = uniqueName(derivedKey, new Set([...taken, ...named]));
    }
    named.add(key);
    if (problem === null && Array.from(g.value).length > SESSION_SECRET_VALUE_MAX) problem = 'valueTooLong';
    return {
      key,
      derivedKey,
      edited: edit !== undefined,
      value: g.value,
      preview: maskSecret(g.value),
      length: Array.from(g.value).length,
      multiline: g.spans.some((s) => s.span.multiline),
      findingIds: g.spans.map((s) => s.finding.id),
      problem,
    };
  });

  const refs = new Map<string, SecretRef>();
  list.forEach((g, i) => {
    const key = (secrets[i] as PlannedSecret).key;
    for (const { finding, span } of g.spans) refs.set(finding.id, { key, range: span.range, multiline: span.multiline });
  });
  return { secrets, refs };
}

/** The `session_secrets` of the create request: every planned value, marked sensitive. */
export function sessionSecretsField(plan: Pick<SecretPlan, 'secrets'>): Array<{ key: string; value: string; sensitive: true }> {
  return plan.secrets.map((s) => ({ key: s.key, value: s.value, sensitive: true as const }));
}
