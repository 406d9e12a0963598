import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/i18n/locale';
import type * as RuntimeModule from '../../../shared/i18n/runtime';
import type * as HookModule from './useLoadedLocale';

// A fresh runtime with no catalog installed, as in the built renderer (under vitest, importing
// shared/i18n installs every catalog, as in main). Each test re-imports the modules.
let runtime: typeof RuntimeModule;
let hook: typeof HookModule;

beforeEach(async () => {
  vi.resetModules();
  runtime = await import('../../../shared/i18n/runtime');
  hook = await import('./useLoadedLocale');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const MESSAGES: Record<Locale, Record<string, string>> = { en: { 'probe.title': 'Settings' }, 'zh-CN': { 'probe.title': '设置' } };

/** A load the test finishes by hand: `finish(locale)` installs that locale's messages. */
function manualLoad() {
  const pending = new Map<Locale, { resolve: () => void; reject: (e: Error) => void }>();
  const load = vi.fn(
    (locale: Locale) =>
      new Promise<void>((resolve, reject) => {
        pending.set(locale, { resolve, reject });
      }),
  );
  const finish = async (locale: Locale) => {
    runtime.installMessages(locale, MESSAGES[locale]);
    await act(async () => pending.get(locale)?.resolve());
  };
  const fail = async (locale: Locale) => {
    await act(async () => pending.get(locale)?.reject(new Error('chunk failed')));
  };
  return { load, finish, fail };
}

function Probe({ wanted, load }: { wanted: Locale | null; load: (locale: Locale) => Promise<void> }) {
  const locale = hook.useLoadedLocale(wanted, load);
  return <p data-testid="probe">{locale === null ? '(nothing yet)' : `${locale}: ${runtime.translate(locale, 'probe.title')}`}</p>;
}

describe('useLoadedLocale', () => {
  it('renders nothing before the first messages arrive, then the words (never a key)', async () => {
    const { load, finish } = manualLoad();
    render(<Probe wanted="zh-CN" load={load} />);
    expect(screen.getByTestId('probe').textContent).toBe('(nothing yet)');
    expect(load).toHaveBeenCalledWith('zh-CN');
    expect(runtime.hasLocale('en')).toBe(false);
    await finish('zh-CN');
    expect(screen.getByTestId('probe').textContent).toBe('zh-CN: 设置');
  });

  it('loads nothing while the wanted language is not known yet (the settings have not arrived)', async () => {
    const { load, finish } = manualLoad();
    const view = render(<Probe wanted={null} load={load} />);
    expect(screen.getByTestId('probe').textContent).toBe('(nothing yet)');
    expect(load).not.toHaveBeenCalled();
    view.rerender(<Probe wanted="zh-CN" load={load} />);
    await finish('zh-CN');
    expect(screen.getByTestId('probe').textContent).toBe('zh-CN: 设置');
    expect(load.mock.calls).toEqual([['zh-CN']]);
  });

  it('keeps the shown language while the next one loads, then switches at once', async () => {
    const { load, finish } = manualLoad();
    const view = render(<Probe wanted="en" load={load} />);
    await finish('en');
    view.rerender(<Probe wanted="zh-CN" load={load} />);
    expect(screen.getByTestId('probe').textContent).toBe('en: Settings');
    await finish('zh-CN');
    expect(screen.getByTestId('probe').textContent).toBe('zh-CN: 设置');
    // Both are installed now: switching back needs no load at all.
    view.rerender(<Probe wanted="en" load={load} />);
    expect(screen.getByTestId('probe').textContent).toBe('en: Settings');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the keys when a language cannot load, rather than a blank window', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { load, fail } = manualLoad();
    render(<Probe wanted="en" load={load} />);
    await fail('en');
    expect(screen.getByTestId('probe').textContent).toBe('en: probe.title');
    expect(error).toHaveBeenCalledWith('could not load the en messages', expect.any(Error));
  });
});
