import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdown-plain-text';
import { previewText } from './notification-policy';

describe('markdownToPlainText', () => {
  it.each([
    ['a code fence keeps its code, not the fence or the language', 'Run this:\n```bash\nnpm test\n```\nthen push.', 'Run this:\nnpm test\nthen push.'],
    ['a tilde fence', '~~~\nmake\n~~~', 'make'],
    ['an unclosed fence keeps the code', '```ts\nconst a = 1;', 'const a = 1;'],
    ['a table loses its pipes and rule', '| Test | Result |\n|---|:---:|\n| login | fails |', 'Test · Result\nlogin · fails'],
    ['a table without outer pipes', 'a | b | c\n--- | --- | ---\n1 | 2 | 3', 'a · b · c\n1 · 2 · 3'],
    ['a link keeps its text', 'See [the PR](https://github.com/acme/web/pull/7) now', 'See the PR now'],
    ['a link whose address has parentheses', '[docs](https://x.dev/a_(b)) ok', 'docs ok'],
    ['an image keeps its alt text', '![screenshot](a.png)', 'screenshot'],
    ['an autolink keeps the address', '<https://app.devin.ai>', 'https://app.devin.ai'],
    ['emphasis, strong, strike and inline code', '**Bold**, *it*, _also_, ~~gone~~ and `npm ci`', 'Bold, it, also, gone and npm ci'],
    ['headings, quotes, lists and tasks', '## Plan\n> note\n- one\n2. two\n- [x] done', 'Plan\nnote\none\ntwo\ndone'],
    ['HTML tags go, their text stays', 'a <b>bold</b> <img src=x onerror=alert(1)> move', 'a bold  move'],
    ['snake_case and 2*3*4 survive', 'set max_acu_limit to 2*3*4', 'set max_acu_limit to 2*3*4'],
    ['escapes are undone', 'a \\*literal\\* star', 'a *literal* star'],
    ['Chinese text is kept', '**注意**：请运行 `npm test`。', '注意：请运行 npm test。'],
    ['a thematic break goes', 'above\n---\nbelow', 'above\nbelow'],
    ['plain text is unchanged', 'Which browser fails?', 'Which browser fails?'],
  ])('%s', (_name, input, expected) => {
    expect(markdownToPlainText(input)).toBe(expected);
  });

  it('the notification preview is one plain line', () => {
    expect(previewText(markdownToPlainText('## Done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx\n```'))).toBe('Done a · b 1 · 2 x');
  });
});
