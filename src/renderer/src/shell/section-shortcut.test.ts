import { describe, expect, it } from 'vitest';
import { sectionForShortcut, shortcutLabel } from './section-shortcut';
import { sectionFromHash } from './sections';

const key = (digit: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>) => ({
  key: digit,
  code: `Digit${digit}`,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('sectionForShortcut', () => {
  it.each([
    [key('1', { ctrlKey: true }), false, 'sessions'],
    [key('5', { ctrlKey: true }), false, 'schedules'],
    [key('6', { ctrlKey: true }), false, 'usage'],
    [key('7', { ctrlKey: true }), false, 'settings'],
    [key('2', { metaKey: true }), true, 'handoff'],
    [key('8', { ctrlKey: true }), false, null],
    [key('1', { metaKey: true }), false, null],
    [key('1', { ctrlKey: true }), true, null],
    [key('1', { ctrlKey: true, altKey: true }), false, null],
    [key('1', {}), false, null],
    // AZERTY: the digit row yields "&" without Shift, but the physical key is Digit1.
    [{ ...key('1', { ctrlKey: true }), key: '&' }, false, 'sessions'],
    [{ ...key('3', { ctrlKey: true }), code: 'Numpad3' }, false, 'knowledge'],
  ] as const)('%o (mac=%s) → %s', (event, isMac, expected) => {
    expect(sectionForShortcut(event, isMac)).toBe(expected);
  });

  it('labels shortcuts per platform', () => {
    expect(shortcutLabel(3, true)).toBe('⌘3');
    expect(shortcutLabel(3, false)).toBe('Ctrl+3');
  });
});

describe('sectionFromHash', () => {
  it.each([
    ['', 'sessions'],
    ['#', 'sessions'],
    ['#/settings', 'settings'],
    ['#settings', 'settings'],
    ['#/handoff/some/deeper', 'handoff'],
    ['#/playbooks?x=1', 'playbooks'],
    ['#/nope', 'sessions'],
    ['#/__proto__', 'sessions'],
  ])('%s → %s', (hash, expected) => {
    expect(sectionFromHash(hash)).toBe(expected);
  });
});
