import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import type { UsageSettings } from '../../../../shared/usage/usage-settings';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { SIGNED_IN } from '../../test-support/fake-bridge';

registerRendererCleanup();

async function openSettings(handlers = {}) {
  window.location.hash = '#/settings';
  const r = renderApp(
    {
      'usage:today': () => ({ day: '2026-01-15', acus: 12.25, monthAcus: 80, asOfMs: Date.UTC(2026, 0, 15, 9, 5), forbidden: null }),
      'usage:setSettings': (patch) => ({ ...DEFAULT_SETTINGS.usage, ...patch }) as UsageSettings,
      ...handlers,
    },
    { account: SIGNED_IN, settings: { ...DEFAULT_SETTINGS, usage: { dailyBudgetAcus: 20, monthlyBudgetAcus: null, defaultMaxAcuLimit: null } } },
  );
  await screen.findByRole('region', { name: 'Usage and budgets' });
  return r;
}

describe('Settings › Usage and budgets', () => {
  it('shows today’s ACUs and saves budgets and the default max ACUs', async () => {
    const { fake } = await openSettings();
    expect((await screen.findByTestId('usage-today')).textContent).toMatch(/^Today so far: 12\.3 ACUs \(read /);
    const daily = screen.getByRole('textbox', { name: 'Daily ACU budget' }) as HTMLInputElement;
    expect(daily.value).toBe('20');
    // Each note is under, and describes, the field it is about.
    const limit = screen.getByRole('textbox', { name: 'Default max ACUs for a new session' });
    expect(limit.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      'The new-session form starts with this limit, and Devin stops a session that reaches it. Empty: your organization’s default.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Monthly ACU budget' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(daily.getAttribute('aria-describedby')).toBeNull();
    fireEvent.change(daily, { target: { value: '25.5' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Monthly ACU budget' }), { target: { value: '1,000' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Default max ACUs for a new session' }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save usage settings' }));
    await waitFor(() => expect(fake.callsTo('usage:setSettings')).toEqual([{ dailyBudgetAcus: 25.5, monthlyBudgetAcus: 1000, defaultMaxAcuLimit: 40 }]));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    // Main pushes a new figure: the line follows.
    act(() => fake.emit('usage:today', { day: '2026-01-15', acus: 13, monthAcus: 81, asOfMs: Date.UTC(2026, 0, 15, 10, 5), forbidden: null }));
    expect(screen.getByTestId('usage-today').textContent).toMatch(/^Today so far: 13 ACUs/);
  });

  it('refuses what is not a number above 0, naming the field, and saves nothing; empty clears a budget', async () => {
    const { fake } = await openSettings();
    const monthly = screen.getByRole('textbox', { name: 'Monthly ACU budget' });
    fireEvent.change(monthly, { target: { value: 'lots' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Default max ACUs for a new session' }), { target: { value: '7.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save usage settings' }));
    expect(screen.getByText('Enter a number above 0, or leave it empty.')).toBeTruthy();
    expect(screen.getByText('Enter a whole number above 0, or leave it empty.')).toBeTruthy();
    expect(monthly.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(monthly);
    expect(fake.callsTo('usage:setSettings')).toEqual([]);
    fireEvent.change(monthly, { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Default max ACUs for a new session' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Daily ACU budget' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save usage settings' }));
    await waitFor(() => expect(fake.callsTo('usage:setSettings')).toEqual([{ dailyBudgetAcus: null, monthlyBudgetAcus: null, defaultMaxAcuLimit: null }]));
  });

  it('says when the key cannot be checked against budgets', async () => {
    await openSettings({ 'usage:today': () => ({ day: '2026-01-15', acus: null, monthAcus: null, asOfMs: null, forbidden: 'ManageBilling' }) });
    expect((await screen.findByTestId('usage-today')).textContent).toBe('This API key lacks the ManageBilling permission, so budgets cannot be checked.');
  });
});
