import { buildLineIndex, contentText, lineAt, LINE_CONTEXT, LINE_HEADER, LINE_HUNK, LINE_OTHER, LINE_REMOVED, type LineIndex } from './diff-lines';
import { riskyFileRule } from './risky-files';
import { hasDigitOrSymbol, hasMixedCase, looksLikePlaceholder, shannonEntropy } from './secret-checks';
import { SECRET_RULES, type SecretRule } from './secret-rules';
import type { Finding, FindingPlace, ScanMode, ScanUnit } from './types';

/**
 * The secret scanner. Scans ALL that would leave the machine: every line of a diff block (added,
 * removed and context lines, hunk headers, file headers with their names) and all of plain-text
 * units (commit messages). Removed and context lines are not "already on the remote" in general: in
 * a repository with no remote, or with unpushed commits, they exist nowhere else. Whether HEAD is on
 * a remote is decided by the inspection (labelOnRemote), never assumed here.
 *
 * Speed: one pass of a single trigger regex over the lower-cased text finds every place where some
 * rule could match; only there does that rule's pattern run, sticky at that position. Text without
 * triggers costs one lower-casing and one linear regex scan.
 */

interface CompiledRule {
  index: number;
  rule: SecretRule;
  re: RegExp;
}

function compile(rule: SecretRule, index: number): CompiledRule {
  const flags = new Set(rule.pattern.flags.replace(/[gy]/g, ''));
  flags.add(rule.near ? 'g' : 'y');
  if (rule.group !== undefined) flags.add('d');
  return { index, rule, re: new RegExp(rule.pattern.source, [...flags].join('')) };
}

const COMPILED = SECRET_RULES.map(compile);
const NEAR_RULES = COMPILED.filter((c) => c.rule.near);

/** Trigger → rules it starts. */
const BY_TRIGGER = new Map<string, CompiledRule[]>();
for (const c of COMPILED) {
  for (const t of c.rule.triggers) BY_TRIGGER.set(t, [...(BY_TRIGGER.get(t) ?? []), c]);
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex for all triggers, factored as a trie (`a(?:kia|sia|uth|…)|s(?:ecret|k-…)…`): the
 * engine tests one character class per position instead of sixty alternatives, and a greedy
 * match returns the LONGEST trigger at a position.
 */
function trieRegex(words: readonly string[]): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const esc = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const emit = (node: TrieNode): string => {
    const alts = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => esc(ch) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    if (!node.end) return body;
    return alts.length === 1 && body.length === 1 ? `${body}?` : `(?:${alts.join('|')})?`;
  };
  return new RegExp(emit(root), 'g');
}

const TRIGGER_RE = trieRegex([...BY_TRIGGER.keys()]);

/** For each trigger, every rule started by it or by a shorter trigger that is its prefix (table order). */
const RULES_AT = new Map<string, CompiledRule[]>();
for (const t of BY_TRIGGER.keys()) {
  const rules = new Set<CompiledRule>();
  for (const [u, rs] of BY_TRIGGER) if (t.startsWith(u)) for (const r of rs) rules.add(r);
  RULES_AT.set(t, [...rules].sort((a, b) => a.index - b.index));
}

/** Masks a secret for display: its first 4 characters, an ellipsis and its length. */
export function maskSecret(secret: string): string {
  const chars = Array.from(secret);
  return `${chars.slice(0, 4).join('')}…(${chars.length})`;
}

interface Candidate {
  ruleIndex: number;
  rule: SecretRule;
  start: number;
  end: number;
  line: number;
}

/** Lower-cases without moving any offset (ASCII only when full lower-casing would change the length). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function secretRange(rule: SecretRule, m: RegExpExecArray): [number, number] | null {
  if (rule.group === undefined) {
    // A block's body may stop on the next line's marker or indentation: that is not the secret.
    const trail = rule.multiline ? (/(?:\r?\n[+ -]?[ \t]*)+$/.exec(m[0])?.[0].length ?? 0) : 0;
    return [m.index, m.index + m[0].length - trail];
  }
  const groups = typeof rule.group === 'number' ? [rule.group] : rule.group;
  for (const g of groups) {
    const r = m.indices?.[g];
    if (r) return [r[0], r[1]];
  }
  return null;
}

function passesChecks(rule: SecretRule, secret: string): boolean {
  // Tokens and passwords in config are printable ASCII; prose in other scripts is not a secret.
  if (!rule.multiline && !/^[\x21-\x7e]+$/.test(secret)) return false;
  if (rule.minLength !== undefined && secret.length < rule.minLength) return false;
  if (rule.needsDigitOrSymbol && !hasDigitOrSymbol(secret)) return false;
  if (rule.needsDigit && !/[0-9]/.test(secret)) return false;
  if (rule.needsMixedCase && !hasMixedCase(secret)) return false;
  if (rule.skipPlaceholders && (looksLikePlaceholder(secret) || /\s/.test(secret))) return false;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.decodesTo && !rule.decodesTo.test(Buffer.from(secret.slice(0, 128), 'base64').toString('latin1'))) return false;
  return true;
}

/**
 * Stable id: rule, unit and position. Removed lines count in the old file and hunk headers and file
 * headers have their own numbering, so each gets a tag that keeps it apart from a new-file line.
 */
function findingId(rule: string, unitKey: string, tag: string, line: number, column: number): string {
  return `${rule}@${unitKey}:${tag}${line}:${column}`;
}

/** What a line kind means for a finding there: its place, its line number and its id tag. */
function placeOf(kind: number | undefined, mode: ScanMode, textPlace: 'message' | 'repo'): { place: FindingPlace; tag: string } {
  if (mode === 'text') return { place: textPlace, tag: '' };
  switch (kind) {
    case LINE_REMOVED:
      return { place: 'removed', tag: '-' };
    case LINE_CONTEXT:
      return { place: 'context', tag: '' };
    case LINE_HUNK:
      return { place: 'context', tag: '@' };
    case LINE_HEADER:
      return { place: 'header', tag: 'h' };
    default:
      return { place: 'added', tag: '' };
  }
}

/**
 * Scans one unit: a diff block (every line: added, removed, context, the hunk headers' context and
 * the file headers with their names) or plain text such as a commit message. A binary or non-UTF-8
 * block sends only its header, so only the header is scanned.
 */
export function scanUnit(unit: ScanUnit): Finding[] {
  const text = unit.diffText;
  const mode: ScanMode = unit.mode ?? 'diff';
  const namesOnly = mode === 'diff' && (unit.binary === true || unit.utf8 === false);
  const findings: Finding[] = [];
  const base = { file: unit.path, unitKey: unit.key, ...(unit.scope ? { scope: unit.scope } : {}) };
  let index: LineIndex | null = null;
  const lines = (): LineIndex => (index ??= buildLineIndex(text, mode));
  if (text === '') return findings;

  const names = unit.oldPath !== undefined && unit.oldPath !== unit.path ? [unit.path, unit.oldPath] : [unit.path];
  const risky = riskyFileRule(names, () => (namesOnly ? '' : contentText(text, mode)));
  if (risky) {
    findings.push({
      ...base,
      id: findingId(risky.id, unit.key, '', 0, 0),
      rule: risky.id,
      description: risky.description,
      place: 'file',
      line: 0,
      column: 0,
      preview: unit.path.slice(unit.path.lastIndexOf('/') + 1),
      range: [0, text.length],
      redactable: false,
    });
  }

  const candidates: Candidate[] = [];
  const consider = (c: CompiledRule, m: RegExpExecArray): void => {
    const range = secretRange(c.rule, m);
    if (!range) return;
    const idx = lines();
    const line = lineAt(idx, range[0]);
    const kind = idx.kinds[line];
    if (kind === LINE_OTHER) return;
    if (kind === LINE_HUNK && range[0] < idx.contentStart(line)) return; // `@@ -1,2 +1,3 @@` itself
    if (namesOnly && kind !== LINE_HEADER) return;
    if (!passesChecks(c.rule, text.slice(range[0], range[1]))) return;
    candidates.push({ ruleIndex: c.index, rule: c.rule, start: range[0], end: range[1], line });
  };

  const lower = lowerSameLength(text);
  const trigger = TRIGGER_RE; // module-level and reused: scanUnit is synchronous
  trigger.lastIndex = 0;
  for (let hit = trigger.exec(lower); hit; hit = trigger.exec(lower)) {
    const pos = hit.index;
    for (const c of RULES_AT.get(hit[0]) ?? []) {
      const start = pos - (c.rule.startsBefore ?? 0);
      if (start < 0) continue;
      c.re.lastIndex = start;
      const m = c.re.exec(text);
      if (m) consider(c, m);
    }
  }

  for (const c of NEAR_RULES) {
    const near = c.rule.near;
    if (!near) continue;
    for (const anchor of candidates.filter((a) => a.rule.id === near.rule)) {
      const from = lines().starts[Math.max(0, anchor.line - near.lines)] ?? 0;
      const to = lines().end(Math.min(lines().count - 1, anchor.line + near.lines));
      c.re.lastIndex = from;
      for (let m = c.re.exec(text); m && m.index < to; m = c.re.exec(text)) {
        if (m.index + m[0].length <= to) consider(c, m);
      }
    }
  }

  // Where rules overlap, the earlier rule in the table (the more specific) wins.
  candidates.sort((a, b) => a.ruleIndex - b.ruleIndex || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start || a.ruleIndex - b.ruleIndex);
  // A name shows up on several header lines (`diff --git`, `---`/`+++`, `rename to` …): one finding each.
  const headerSecrets = new Set<string>();
  for (const c of kept) {
    const idx = lines();
    const kind = idx.kinds[c.line];
    const { place, tag } = placeOf(kind, mode, unit.textPlace ?? 'message');
    const secret = text.slice(c.start, c.end);
    if (place === 'header') {
      const seen = `${c.rule.id}\0${secret}`;
      if (headerSecrets.has(seen)) continue;
      headerSecrets.add(seen);
    }
    const column = c.start - idx.contentStart(c.line) + 1;
    const line = place === 'header' ? 0 : place === 'removed' ? (idx.oldLines[c.line] ?? 0) : (idx.newLines[c.line] ?? 0);
    findings.push({
      ...base,
      id: findingId(c.rule.id, unit.key, tag, place === 'header' ? c.line + 1 : line, column),
      rule: c.rule.id,
      description: c.rule.description,
      place,
      line,
      column,
      preview: maskSecret(mode === 'diff' ? secret.replace(/\n[+ -]/g, '\n') : secret),
      range: [c.start, c.end],
      redactable: place !== 'header',
    });
  }
  return findings;
}

/**
 * Scans everything that would leave the machine. Pure: same units, same findings, same order.
 * Returns one Finding per secret (file, 1-based line and column in the new file, masked preview,
 * offsets in the unit's text) and one per file that is risky by name (line 0).
 */
export function scanForSecrets(units: readonly ScanUnit[]): Finding[] {
  return units.flatMap(scanUnit);
}

/**
 * Labels findings in removed and context lines of the working-tree diff with whether the remote
 * already has them (HEAD is contained in a remote-tracking branch). The label informs; the finding
 * still needs a decision.
 */
export function labelOnRemote(findings: readonly Finding[], headOnRemote: boolean): Finding[] {
  return findings.map((f) => (f.scope === undefined && (f.place === 'removed' || f.place === 'context') ? { ...f, onRemote: headOnRemote } : f));
}
