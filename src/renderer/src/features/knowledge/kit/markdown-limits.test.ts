import { describe, expect, it } from 'vitest';
import { markdownToHtml, renderMarkdownWithinLimits } from './markdown';
import { markdownLimitExceeded, MAX_DELIMITER_RUN, MAX_DELIMITERS_PER_BLOCK, MAX_MARKDOWN_CHARS, MAX_MARKDOWN_DEPTH, measureMarkdown } from './markdown-limits';

const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n');

/** Inputs that crash or stall marked: each must be caught before marked sees it. */
const BOMBS: [string, string, 'too-long' | 'too-deep'][] = [
  ['3 KB of `>`', '>'.repeat(3000), 'too-deep'],
  ['`> ` repeated', '> '.repeat(1500) + 'x', 'too-deep'],
  ['a staircase of quotes', lines(300, (i) => '>'.repeat(i + 1) + ' x'), 'too-deep'],
  ['`- ` repeated', '- '.repeat(1500) + 'x', 'too-deep'],
  ['`* ` repeated', '* '.repeat(1500) + 'x', 'too-deep'],
  ['`1. ` repeated', '1. '.repeat(1000) + 'x', 'too-deep'],
  ['quotes and lists mixed', '> - '.repeat(1500) + 'x', 'too-deep'],
  ['a list nested by indentation', lines(60, (i) => ' '.repeat(i * 2) + '- x'), 'too-deep'],
  ['tab-indented list', lines(100, (i) => '\t'.repeat(i) + '- x'), 'too-deep'],
  ['emphasis nested 1500 deep', '*'.repeat(3000) + 'a' + '*'.repeat(3000), 'too-deep'],
  ['underscore emphasis nested', '_'.repeat(200) + 'a' + '_'.repeat(200), 'too-deep'],
  ['quadratic emphasis (40 KB of `_a`)', '_a'.repeat(20_000), 'too-deep'],
  ['quadratic `*a`', '*a'.repeat(20_000), 'too-deep'],
  ['a huge message', 'word '.repeat(MAX_MARKDOWN_CHARS / 5 + 1), 'too-long'],
];

describe('Markdown bombs are shown as plain text', () => {
  it.each(BOMBS)('%s', (_what, source, reason) => {
    expect(markdownLimitExceeded(source)).toBe(reason);
    expect(renderMarkdownWithinLimits(source)).toEqual({ kind: 'plain', reason });
  });

  it('the first one really does overflow marked (the reason for all this)', () => {
    expect(() => markdownToHtml('>'.repeat(3000))).toThrow(RangeError);
  });
});

/** What real messages look like: all formatted. */
const ORDINARY: [string, string][] = [
  ['a README', '# Title\n\nSome **bold**, _italic_ and ~~struck~~ text.\n\n- one\n- two\n  - nested\n    - deeper\n\n> a quote\n> > quoted twice\n\n1. first\n2. second\n\n| a | b |\n|---|---|\n| 1 | 2 |'],
  ['rules of every kind', '***\n\n---\n\n___\n\n' + '*'.repeat(200) + '\n\n' + '-'.repeat(200) + '\n\n' + '* * * * * * *'],
  ['deep YAML in a code fence', '```yaml\n' + lines(40, (i) => ' '.repeat(i * 2) + '- key: value') + '\n```'],
  ['a Python session in a fence', '```\n>>> print(1)\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> x\n```'],
  ['C pointers in a tilde fence', '~~~c\n' + ('int ' + '*'.repeat(200) + 'p;\n').repeat(200) + '~~~'],
  ['snake_case prose', 'rename some_long_name to other_long_name. '.repeat(50)],
  ['a long ordinary message', 'A line of ordinary prose with a [link](https://example.com) and `code`.\n\n'.repeat(600)],
  ['lists nested to the limit', lines(MAX_MARKDOWN_DEPTH, (i) => '  '.repeat(i) + '- level ' + String(i + 1))],
  ['quotes nested to the limit', '> '.repeat(MAX_MARKDOWN_DEPTH) + 'x'],
  ['emphasis at the run limit', '*'.repeat(MAX_DELIMITER_RUN) + 'a' + '*'.repeat(MAX_DELIMITER_RUN)],
  ['delimiters at the per-paragraph limit', '_a'.repeat(MAX_DELIMITERS_PER_BLOCK / 2)],
  ['many paragraphs of emphasis', ('_a'.repeat(400) + '\n\n').repeat(30)],
  ['exactly the size limit', 'x'.repeat(MAX_MARKDOWN_CHARS)],
];

describe('ordinary Markdown is formatted', () => {
  it.each(ORDINARY)('%s', (_what, source) => {
    expect(markdownLimitExceeded(source)).toBeNull();
    // Within the limits, marked itself must cope.
    expect(() => markdownToHtml(source)).not.toThrow();
  });
});

describe('measureMarkdown', () => {
  it.each([
    ['', { depth: 0, longestRun: 0, mostDelimitersInBlock: 0 }],
    ['> > - x', { depth: 3, longestRun: 0, mostDelimitersInBlock: 0 }],
    ['- a\n  - b\n    - c', { depth: 3, longestRun: 0, mostDelimitersInBlock: 0 }],
    ['1) a\n   2. b', { depth: 2, longestRun: 0, mostDelimitersInBlock: 0 }],
    ['**a** _b_', { depth: 0, longestRun: 2, mostDelimitersInBlock: 6 }],
    ['*a*\n\n*b*', { depth: 0, longestRun: 1, mostDelimitersInBlock: 2 }],
    ['```\n> > > > x\n```\n> x', { depth: 1, longestRun: 0, mostDelimitersInBlock: 0 }],
    // Not a fence (a backtick in the info string), so what follows counts.
    ['``` a`b\n> > > x', { depth: 3, longestRun: 0, mostDelimitersInBlock: 0 }],
    ['-notalist\n1.5 million', { depth: 0, longestRun: 0, mostDelimitersInBlock: 0 }],
  ])('%j', (source, shape) => {
    expect(measureMarkdown(source)).toEqual(shape);
  });
});
