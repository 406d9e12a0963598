/**
 * ICU-style plural blocks in a message, the subset the catalogs use:
 *
 *     '{count, plural, one {# file saved} other {# files saved}} to {dir}'
 *
 * A block names a numeric parameter and gives a text per plural category of `Intl.PluralRules`
 * (`zero one two few many other`, `other` required) or per exact value (`=0`). In a case, `#` is
 * the number in the locale's digits and `{name}` any parameter. Chinese has only `other`, so its
 * messages need no block at all ("{count} 个文件"). Pure; the renderer and main share it.
 */

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'plural'; name: string; cases: ReadonlyMap<string, Segment[]> };

const BLOCK_HEAD = /^\{\s*(\w+)\s*,\s*plural\s*,/;
const SELECTOR = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;
const PARAM = /^\{(\w+)\}/;

/** The message split into text, `{name}` and plural blocks; throws on a malformed block. */
export function parseMessage(template: string): Segment[] {
  const [segments, end] = parseUntil(template, 0, false);
  if (end !== template.length) throw new Error(`unbalanced "}" at ${end}`);
  return segments;
}

/** Segments from `from` to the end, or (inside a case) to the case's closing brace. */
function parseUntil(s: string, from: number, inCase: boolean): [Segment[], number] {
  const out: Segment[] = [];
  let text = '';
  let i = from;
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '}' && inCase) break;
    if (c === '{') {
      const rest = s.slice(i);
      const param = PARAM.exec(rest);
      if (param) {
        flush();
        out.push({ kind: 'param', name: param[1]! });
        i += param[0].length;
        continue;
      }
      const head = BLOCK_HEAD.exec(rest);
      if (head) {
        flush();
        const [block, next] = parseCases(s, i + head[0].length, head[1]!);
        out.push(block);
        i = next;
        continue;
      }
    }
    // `#` is only the number inside a case; the caller substitutes it.
    text += c;
    i++;
  }
  flush();
  return [out, i];
}

function parseCases(s: string, from: number, name: string): [Segment, number] {
  const cases = new Map<string, Segment[]>();
  let i = from;
  for (;;) {
    const rest = s.slice(i);
    const close = /^\s*\}/.exec(rest);
    if (close) {
      if (!cases.has('other')) throw new Error(`plural "${name}" has no "other" case`);
      return [{ kind: 'plural', name, cases }, i + close[0].length];
    }
    const sel = SELECTOR.exec(rest);
    if (!sel) throw new Error(`plural "${name}": expected a case at ${i}`);
    const [body, end] = parseUntil(s, i + sel[0].length, true);
    if (s[end] !== '}') throw new Error(`plural "${name}": case "${sel[1]}" is not closed`);
    cases.set(sel[1]!, body);
    i = end + 1;
  }
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}

type Params = Record<string, string | number | undefined>;

/** The message with its blocks chosen for `params` and every `{name}` filled ('' when missing). */
export function renderMessage(template: string, locale: string, params: Params): string {
  let segments: Segment[];
  try {
    segments = parseMessage(template);
  } catch {
    // A malformed block shows as written (the catalog test keeps this from shipping).
    return fillParams(template, params);
  }
  return renderSegments(segments, locale, params, null);
}

function renderSegments(segments: readonly Segment[], locale: string, params: Params, hash: string | null): string {
  let out = '';
  for (const seg of segments) {
    if (seg.kind === 'text') out += hash === null ? seg.text : seg.text.replaceAll('#', hash);
    else if (seg.kind === 'param') out += params[seg.name] === undefined ? '' : String(params[seg.name]);
    else {
      const v = params[seg.name];
      // A number already formatted by the caller ("1,204") still selects its form, and shows as given.
      const n = typeof v === 'number' ? v : Number(String(v ?? '').replace(/[\s,\u00a0\u202f]/g, '') || NaN);
      const chosen = Number.isFinite(n) ? (seg.cases.get(`=${n}`) ?? seg.cases.get(pluralRules(locale).select(n))) : undefined;
      const hash = typeof v === 'number' ? numberFormat(locale).format(v) : String(v ?? '');
      out += renderSegments(chosen ?? seg.cases.get('other')!, locale, params, hash);
    }
  }
  return out;
}

/** `{name}` filled, for text without plural blocks. */
export function fillParams(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? '' : String(v);
  });
}

/** Whether the message has a plural block (the fast path of `translate` skips parsing otherwise). */
export function hasPluralBlock(template: string): boolean {
  return /\{\s*\w+\s*,\s*plural\s*,/.test(template);
}

/** Every parameter a message uses, sorted and unique: `{name}`s and the names of plural blocks. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  const walk = (segments: readonly Segment[]) => {
    for (const seg of segments) {
      if (seg.kind === 'param') names.add(seg.name);
      else if (seg.kind === 'plural') {
        names.add(seg.name);
        for (const c of seg.cases.values()) walk(c);
      }
    }
  };
  walk(parseMessage(template));
  return [...names].sort();
}
