import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyMarkdownView } from './LazyMarkdownView';

afterEach(cleanup);

describe('LazyMarkdownView', () => {
  it('shows the source as escaped plain text until the Markdown code has loaded, then the rendered Markdown', async () => {
    const source = '**bold** <img src=x onerror="alert(1)">';
    const { container } = render(<LazyMarkdownView source={source} className="message-body" />);
    const pending = container.querySelector('.markdown-pending');
    expect(pending?.textContent).toBe(source);
    expect(pending?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('img')).toBeNull();

    const strong = await screen.findByText('bold', { selector: 'strong' });
    expect(strong.closest('.markdown')?.classList.contains('message-body')).toBe(true);
    expect(container.querySelector('.markdown-pending')).toBeNull();
    // Sanitizing itself is checked in real Chromium (test/e2e/library-markdown.e2e.ts, through this lazy path).
  });
});
