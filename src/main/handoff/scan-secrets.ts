import { addedText, buildLineIndex, hasAddedLines, lineAt, LINE_ADDED, type LineIndex } from './diff-lines';
import { riskyFileRule } from './risky-files';
import { hasDigitOrSymbol, hasMixedCase, looksLikePlaceholder, shannonEntropy } from './secret-checks';
import { SECRET_RULES, type SecretRule } from './secret-rules';
import type { Finding, ScanMode, ScanUnit } from './types';

/**
 * The secret scanner. Scans what would leave the machine: the ADDED lines of diff blocks (context
 * and removed lines are already in HEAD, which the remote has) and all of plain-text units.
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
  if (rule.group === undefined) return [m.index, m.index + m[0].length];
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
  return true;
}

function findingId(rule: string, unitKey: string, line: number, column: number): string {
  return `${rule}@${unitKey}:${line}:${column}`;
}

/** Scans one unit (a diff block, or plain text such as a commit message). */
export function scanUnit(unit: ScanUnit): Finding[] {
  if (unit.binary) return []; // binaries are listed by name and size, their content is never sent
  const text = unit.diffText;
  const mode: ScanMode = unit.mode ?? 'diff';
  const findings: Finding[] = [];
  const base = { file: unit.path, unitKey: unit.key, ...(unit.scope ? { scope: unit.scope } : {}) };
  let index: LineIndex | null = null;
  const lines = (): LineIndex => (index ??= buildLineIndex(text, mode));

  const sendsContent = mode === 'text' ? text.length > 0 : hasAddedLines(text);
  if (!sendsContent) return findings;
  const risky = riskyFileRule(unit.path, () => addedText(text, mode));
  if (risky) {
    const name = unit.path.slice(unit.path.lastIndexOf('/') + 1);
    findings.push({
      ...base,
      id: findingId(risky.id, unit.key, 0, 0),
      rule: risky.id,
      description: risky.description,
      line: 0,
      column: 0,
      preview: name,
      range: [0, text.length],
      redactable: false,
    });
  }

  const candidates: Candidate[] = [];
  const consider = (c: CompiledRule, m: RegExpExecArray): void => {
    const range = secretRange(c.rule, m);
    if (!range) return;
    const line = lineAt(lines(), range[0]);
    if (lines().kinds[line] !== LINE_ADDED) return;
    if (!passesChecks(c.rule, text.slice(range[0], range[1]))) return;
    candidates.push({ ruleIndex: c.index, rule: c.rule, start: range[0], end: range[1], line });
  };

  const lower = lowerSameLength(text);
  const trigger = TRIGGER_RE; // module-level and reused: scanUnit is synchronous
  trigger.lastIndex = 0;
  for (let hit = trigger.exec(lower); hit; hit = trigger.exec(lower)) {
    const pos = hit.index;
    for (const c of RULES_AT.get(hit[0]) ?? []) {
      c.re.lastIndex = pos;
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
  for (const c of kept) {
    const idx = lines();
    const column = c.start - idx.contentStart(c.line) + 1;
    const line = idx.newLines[c.line] ?? 0;
    findings.push({
      ...base,
      id: findingId(c.rule.id, unit.key, line, column),
      rule: c.rule.id,
      description: c.rule.description,
      line,
      column,
      preview: maskSecret(mode === 'diff' ? text.slice(c.start, c.end).replace(/\n[+ -]/g, '\n') : text.slice(c.start, c.end)),
      range: [c.start, c.end],
      redactable: true,
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
