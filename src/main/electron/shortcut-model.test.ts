import { describe, expect, it } from 'vitest';
import { isValidGlobalAccelerator, planShortcutChange, resolveShortcutChange } from './shortcut-model';

describe('isValidGlobalAccelerator', () => {
  it.each([
    ['CommandOrControl+Shift+Space', true],
    ['Alt+F12', true],
    ['Ctrl+Alt+D', true],
    ['Cmd+Option+Up', true],
    ['Super+1', true],
    ['Ctrl++', true],
    ['Ctrl+Plus', true],
    ['Ctrl+/', true],
    ['', false],
    ['D', false],
    ['F12', false],
    ['Shift+D', false],
    ['Ctrl+Ctrl+D', false],
    ['Ctrl+', false],
    ['Ctrl+Shift', false],
    ['Hyper+D', false],
    ['Ctrl+F25', false],
    ['Ctrl+DD', false],
    ['Ctrl+Shift+D\n', false],
    [`Ctrl+${'x'.repeat(120)}`, false],
  ])('%j → %s', (acc, ok) => {
    expect(isValidGlobalAccelerator(acc)).toBe(ok);
  });
});

describe('planShortcutChange + resolveShortcutChange', () => {
  it('does nothing when nothing changes', () => {
    expect(planShortcutChange('Alt+F1', 'Alt+F1')).toEqual({ kind: 'none' });
    expect(planShortcutChange(null, null)).toEqual({ kind: 'none' });
    expect(resolveShortcutChange({ kind: 'none' }, false, false)).toBeNull();
  });

  it('turning it off unregisters', () => {
    const step = planShortcutChange('Alt+F1', null);
    expect(step).toEqual({ kind: 'unregister', from: 'Alt+F1' });
    expect(resolveShortcutChange(step, false, false)).toEqual({ active: null, settingsValue: null });
  });

  it('a new shortcut that registers becomes active', () => {
    const step = planShortcutChange('Alt+F1', 'Ctrl+Alt+D');
    expect(step).toEqual({ kind: 'swap', from: 'Alt+F1', to: 'Ctrl+Alt+D' });
    expect(resolveShortcutChange(step, true, false)).toEqual({ active: 'Ctrl+Alt+D', settingsValue: 'Ctrl+Alt+D' });
  });

  it('a taken shortcut rolls back to the old one and says so', () => {
    const step = planShortcutChange('Alt+F1', 'Ctrl+Alt+D');
    expect(resolveShortcutChange(step, false, true)).toEqual({
      active: 'Alt+F1',
      settingsValue: 'Alt+F1',
      notice: { key: 'desktop.notice.shortcutTaken', accelerator: 'Ctrl+Alt+D', previous: 'Alt+F1' },
    });
  });

  it('a taken first shortcut rolls back to none', () => {
    const step = planShortcutChange(null, 'Ctrl+Alt+D');
    expect(resolveShortcutChange(step, false, false)).toEqual({
      active: null,
      settingsValue: null,
      notice: { key: 'desktop.notice.shortcutTaken', accelerator: 'Ctrl+Alt+D', previous: null },
    });
  });

  it('when even the old one cannot come back, none is active and the user is told', () => {
    const step = planShortcutChange('Alt+F1', 'Ctrl+Alt+D');
    expect(resolveShortcutChange(step, false, false)).toEqual({
      active: null,
      settingsValue: null,
      notice: { key: 'desktop.notice.shortcutLost', accelerator: 'Alt+F1', previous: null },
    });
  });

  it('an invalid accelerator is refused without touching the active one', () => {
    const step = planShortcutChange('Alt+F1', 'D');
    expect(step).toEqual({ kind: 'reject', to: 'D', keep: 'Alt+F1' });
    expect(resolveShortcutChange(step, false, false)).toEqual({
      active: 'Alt+F1',
      settingsValue: 'Alt+F1',
      notice: { key: 'desktop.notice.shortcutInvalid', accelerator: 'D', previous: 'Alt+F1' },
    });
  });
});
