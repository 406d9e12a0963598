import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext, i18nValue } from '../../../i18n/context';
import { RenderBoundary } from '../../../ui/RenderBoundary';
import { MAX_MARKDOWN_CHARS } from './markdown-limits';
import type * as Markdown from './markdown';
import { MarkdownView } from './MarkdownView';
import { PLAIN_TEXT_PREVIEW_CHARS } from './MarkdownPlainText';

// A source that makes the renderer throw, standing in for any render error nobody foresaw.
const POISON = 'poison: the renderer throws on this';
vi.mock('./markdown', async (importOriginal) => {
  const real = await importOriginal<typeof Markdown>();
  return {
    ...real,
    renderMarkdownWithinLimits: (source: string) => {
      if (source === POISON) throw new RangeError('Maximum call stack size exceeded');
      return real.renderMarkdownWithinLimits(source);
    },
  };
});

afterEach(cleanup);

function show(ui: React.ReactElement, locale: 'en' | 'zh-CN' = 'en') {
  return render(<I18nContext.Provider value={i18nValue(locale)}>{ui}</I18nContext.Provider>);
}

const plainText = (container: HTMLElement) => container.querySelector('.markdown-plain-text');

describe('MarkdownView', () => {
  it('formats ordinary Markdown', () => {
    const { container } = show(<MarkdownView source={'**bold** and a [link](https://example.com)'} />);
    expect(container.querySelector('.markdown strong')?.textContent).toBe('bold');
    expect(container.querySelector('.markdown-plain')).toBeNull();
  });

  it('shows a Markdown bomb as plain text: every character, selectable, its direction from the text', () => {
    const bomb = '> '.repeat(1500) + '- '.repeat(500) + 'مرحبا';
    const { container } = show(<MarkdownView source={bomb} className="message-body" />);
    expect(screen.getByRole('note').textContent).toBe('Nested too deeply to format, so it is shown as plain text.');
    const text = plainText(container);
    expect(text?.textContent).toBe(bomb);
    expect(text?.getAttribute('dir')).toBe('auto');
    expect(container.querySelector('.markdown-plain')?.classList.contains('message-body')).toBe(true);
    expect(container.querySelector('blockquote')).toBeNull();
  });

  it('says so in Chinese too', () => {
    show(<MarkdownView source={'>'.repeat(3000)} />, 'zh-CN');
    expect(screen.getByRole('note').textContent).toBe('嵌套层级过深，无法排版，以纯文本显示。');
  });

  it('shows the start of a huge message at once and the rest on request, losing nothing', () => {
    const huge = 'x'.repeat(MAX_MARKDOWN_CHARS) + 'y'.repeat(PLAIN_TEXT_PREVIEW_CHARS) + 'THE END';
    const { container } = show(<MarkdownView source={huge} />);
    expect(screen.getByRole('note').textContent).toBe('Too long to format, so it is shown as plain text.');
    expect(plainText(container)?.textContent).toHaveLength(PLAIN_TEXT_PREVIEW_CHARS);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 150,007 characters (146 KB)' }));
    expect(plainText(container)?.textContent).toBe(huge);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('contains a render error to the one view, which then shows its text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { container } = show(
        <div>
          <p>before</p>
          <MarkdownView source={POISON} />
          <MarkdownView source="*still formatted*" />
        </div>,
      );
      expect(screen.getByText('before')).toBeTruthy();
      expect(screen.getByRole('note').textContent).toBe('Could not be formatted, so it is shown as plain text.');
      expect(plainText(container)?.textContent).toBe(POISON);
      expect(container.querySelector('.markdown em')?.textContent).toBe('still formatted');
    } finally {
      warn.mockRestore();
      err.mockRestore();
    }
  });
});

describe('RenderBoundary', () => {
  function Boom({ when }: { when: boolean }) {
    if (when) throw new Error('boom');
    return <p>fine</p>;
  }

  it('gives its children another chance when the reset key changes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { rerender } = render(
        <RenderBoundary resetKey="a" fallback={<p>fallback</p>}>
          <Boom when />
        </RenderBoundary>,
      );
      expect(screen.getByText('fallback')).toBeTruthy();
      rerender(
        <RenderBoundary resetKey="b" fallback={<p>fallback</p>}>
          <Boom when={false} />
        </RenderBoundary>,
      );
      expect(screen.getByText('fine')).toBeTruthy();
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      err.mockRestore();
    }
  });
});
