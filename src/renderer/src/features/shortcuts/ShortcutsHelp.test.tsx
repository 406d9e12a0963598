import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext, i18nValue } from '../../i18n/context';
import { ShortcutsHelp } from './ShortcutsHelp';
import { formatAccelerator, isHelpKey, shortcutGroups } from './shortcut-list';

afterEach(cleanup);

function mount(locale: 'en' | 'zh-CN' = 'en', isMac = false, globalShortcut: string | null = null) {
  return render(
    <I18nContext.Provider value={i18nValue(locale)}>
      <input aria-label="search" />
      <ShortcutsHelp isMac={isMac} globalShortcut={globalShortcut} />
    </I18nContext.Provider>,
  );
}

describe('shortcut help sheet', () => {
  it('? opens it, Esc closes it and focus returns', () => {
    mount();
    const opener = document.body;
    fireEvent.keyDown(window, { key: '?' });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBe(document.activeElement);
    expect(within(dialog).getByText('Go to Sessions')).toBeTruthy();
    expect(within(dialog).getByText('Ctrl+1')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('does not open while typing', () => {
    mount();
    const input = screen.getByRole('textbox', { name: 'search' });
    fireEvent.keyDown(input, { key: '?' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('zh-CN and macOS keys, with the global shortcut', () => {
    mount('zh-CN', true, 'CommandOrControl+Shift+Space');
    fireEvent.keyDown(window, { key: '?' });
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(within(dialog).getByText('⌘⇧Space')).toBeTruthy();
    expect(within(dialog).getByText('⌘1')).toBeTruthy();
  });
});

describe('shortcut-list', () => {
  it('lists every section and the editing keys per platform', () => {
    const groups = shortcutGroups(false, null);
    expect(groups.flatMap((g) => g.lines).filter((l) => l.sectionKey)).toHaveLength(7);
    expect(groups.at(-1)?.lines[0]?.keys).toEqual(['Ctrl+Enter']);
    expect(shortcutGroups(true, null).at(-1)?.lines[0]?.keys).toEqual(['⌘↩']);
  });
  it.each([
    ['CommandOrControl+Shift+Space', false, 'Ctrl+Shift+Space'],
    ['Alt+F12', true, '⌥F12'],
    ['Ctrl+Alt+D', false, 'Ctrl+Alt+D'],
  ])('formatAccelerator(%s, mac=%s) → %s', (acc, isMac, shown) => {
    expect(formatAccelerator(acc, isMac)).toBe(shown);
  });
  it('isHelpKey ignores modifiers, typing and open dialogs', () => {
    const key = { key: '?', ctrlKey: false, metaKey: false, altKey: false };
    expect(isHelpKey(key, null, false)).toBe(true);
    expect(isHelpKey({ ...key, ctrlKey: true }, null, false)).toBe(false);
    expect(isHelpKey(key, { tagName: 'TEXTAREA' } as unknown as EventTarget, false)).toBe(false);
    expect(isHelpKey(key, null, true)).toBe(false);
  });
});
