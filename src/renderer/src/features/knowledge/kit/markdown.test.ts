import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown';

// Sanitizing is tested in real Chromium (test/e2e/library-markdown.e2e.ts): happy-dom's DOM is not
// faithful enough for DOMPurify, so a pass here would prove nothing.
describe('markdownToHtml', () => {
  it('renders GitHub-flavoured Markdown', () => {
    const html = markdownToHtml('# Title\n\n- **bold** item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<table>');
    expect(html).toContain('<code>code</code>');
  });

  it('turns images into links (nothing remote is loaded), escaping their text', () => {
    expect(markdownToHtml('![diagram](https://example.com/d.png)')).toContain('<a href="https://example.com/d.png">diagram</a>');
    expect(markdownToHtml('![<b>x</b>](https://e.com/"a)')).not.toContain('<b>');
  });
});
