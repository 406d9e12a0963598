/**
 * Markdown as plain text for places that cannot render it — a desktop notification's body (#13):
 * no code fences, no table pipes, no link or emphasis syntax, no HTML tags. Pure and line-based;
 * the words stay (a fenced block keeps its code, a link keeps its text, a table its cells).
 * Not a Markdown parser: text that only looks like syntax may lose a character, never a word.
 */
export function markdownToPlainText(markdown: string): string {
  const out: string[] = [];
  let inFence: string | null = null;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      const mark = fence[1]!;
      if (inFence === null) inFence = mark[0]!;
      else if (mark[0] === inFence) inFence = null;
      continue; // the fence line itself (and its language tag) goes
    }
    if (inFence !== null) {
      out.push(raw.trim());
      continue;
    }
    out.push(plainLine(raw));
  }
  return out
    .filter((l) => l !== '')
    .join('\n')
    .trim();
}

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function plainLine(line: string): string {
  if (TABLE_RULE.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ''; // table rule, thematic break
  let s = line
    .replace(/^\s{0,3}#{1,6}\s+/, '') // heading
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*(>\s?)+/, '') // quote
    .replace(/^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, ''); // list item, task box
  if (/^\s*\|.*\|\s*$/.test(s) || (s.includes('|') && /^\s*[^|]+(\|[^|]*)+$/.test(s) && s.split('|').length > 2)) {
    s = s
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .join(' · ');
  }
  // Escaped characters are set aside first so no rule below reads them as syntax.
  const escaped: string[] = [];
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_m, c: string) => `\uE000${escaped.push(c) - 1}\uE001`);
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → alt
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // link → text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference link → text
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolink → the address
    .replace(/<\/?[a-zA-Z][^>]*>/g, '') // HTML tags
    .replace(/(`+)(.+?)\1/g, '$2') // inline code
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // strong
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2') // emphasis
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1') // strikethrough
    .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? '')
    .trim();
}
