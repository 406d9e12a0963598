import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { UsageReport } from '../../../../shared/usage/usage-view';
import type { UsageDay } from '../../../../shared/usage/usage-report';
import { registerScreenCleanup, renderScreen } from '../knowledge/kit/render-screen';
import { UsageScreen } from './UsageScreen';
import { SessionUsageDays } from './SessionUsageDays';

// The canvas chart is drawn by uPlot in Chromium (the e2e test); here it is a marker with its props.
vi.mock('./AcuChart', () => ({
  default: ({ days }: { days: UsageDay[] }) => <div data-testid="acu-chart">{days.length} days</div>,
}));

registerScreenCleanup();

const DAY = 86_400;
const FROM = Date.UTC(2026, 0, 13, 8) / 1000;
const day = (i: number, devin: number, cascade = 0): UsageDay => ({
  date: new Date((FROM + i * DAY) * 1000).toISOString().slice(0, 10),
  startSec: FROM + i * DAY,
  acus: devin + cascade,
  byProduct: { devin, cascade, terminal: 0 },
});

function report(over: Partial<UsageReport> = {}): UsageReport {
  const days = [day(0, 24), day(1, 1234.5, 2.5), day(2, 4)];
  return {
    days: 7,
    fromSec: FROM,
    toSec: FROM + 3 * DAY,
    fetchedAtMs: Date.UTC(2026, 0, 15, 12),
    consumption: { state: 'ok', value: { totalAcus: 1265, days } },
    prs: { state: 'ok', value: { created: 12, merged: 9 } },
    topSessions: {
      state: 'ok',
      value: {
        items: [
          { sessionId: 'devin-aaa', title: 'Migrate the billing service', acus: 30, exact: true, status: 'running', statusDetail: 'finished', createdAt: FROM },
          { sessionId: 'devin-bbb', title: null, acus: 12.25, exact: false, status: 'exit', statusDetail: null, createdAt: FROM },
        ],
        partial: true,
      },
    },
    ...over,
  };
}

describe('UsageScreen', () => {
  it('shows the total, PRs, the chart with a table for screen readers, and the top sessions linking to them', async () => {
    const { fake } = renderScreen(<UsageScreen />, { 'usage:report': () => report() });
    const cards = await screen.findByRole('region', { name: 'Summary' });
    expect(cards.textContent).toContain('ACUs used1,265');
    expect(cards.textContent).toContain('PRs created12');
    expect(cards.textContent).toContain('PRs merged9');
    expect(screen.getByText(/Jan 13, 2026 – Jan 15, 2026\. Days start at 08:00 UTC/)).toBeTruthy();
    expect((await screen.findByTestId('acu-chart')).textContent).toBe('3 days');

    // The table is there (for assistive tech) before it is shown.
    const table = screen.getByRole('table', { name: 'ACUs per day, Jan 13, 2026 – Jan 15, 2026' });
    expect(table.closest('.visually-hidden')).not.toBeNull();
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['DayDevinWindsurfTotal', 'Tue, Jan 1324024', 'Wed, Jan 141,2352.51,237', 'Thu, Jan 15404', 'All days1,2632.51,265']);
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(table.closest('.visually-hidden')).toBeNull();

    const top = screen.getByRole('region', { name: 'Top sessions by ACUs' });
    const links = within(top).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Migrate the billing service30 ACUs', '#/sessions/devin-aaa'],
      ['Untitled session devin-bbbat most 12.3 ACUs', '#/sessions/devin-bbb'],
    ]);
    expect(top.textContent).toContain('may miss some');
    expect(fake.callsTo('usage:report')).toEqual([{ days: 7 }]);
  });

  it('switches the period and refreshes with fresh figures', async () => {
    const { fake } = renderScreen(<UsageScreen />, { 'usage:report': ({ days }) => report({ days }) });
    await screen.findByTestId('acu-chart');
    fireEvent.click(screen.getByRole('radio', { name: '30 days' }));
    await waitFor(() => expect(fake.callsTo('usage:report')).toEqual([{ days: 7 }, { days: 30 }]));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fake.callsTo('usage:report')).toEqual([{ days: 7 }, { days: 30 }, { days: 30, fresh: true }]));
  });

  it('a key without ManageBilling / ViewAccountMetrics sees an empty state naming the permission, not an error', async () => {
    renderScreen(<UsageScreen />, {
      'usage:report': () =>
        report({
          consumption: { state: 'forbidden', permission: 'ManageBilling' },
          prs: { state: 'forbidden', permission: 'ViewAccountMetrics' },
          topSessions: { state: 'forbidden', permission: 'ManageBilling' },
        }),
    });
    const empty = await screen.findByTestId('usage-forbidden');
    expect(within(empty).getByRole('heading', { name: 'Usage needs the ManageBilling permission' })).toBeTruthy();
    expect(empty.textContent).toContain('Ask an admin of your Devin organization');
    const cards = screen.getByRole('region', { name: 'Summary' });
    expect(cards.textContent).toContain('ACUs usedNeeds the ManageBilling permission');
    expect(cards.textContent).toContain('PRs createdNeeds the ViewAccountMetrics permission');
    expect(screen.queryByTestId('acu-chart')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Top sessions by ACUs' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Chinese with Chinese dates and numbers', async () => {
    renderScreen(<UsageScreen />, { 'usage:report': () => report() }, 'zh-CN');
    const cards = await screen.findByRole('region', { name: '概览' });
    expect(cards.textContent).toContain('已用 ACU1,265');
    expect(screen.getByText(/2026年1月13日 至 2026年1月15日。每日从 UTC 08:00/)).toBeTruthy();
    const table = screen.getByRole('table', { name: '每日 ACU，2026年1月13日 至 2026年1月15日' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('1月13日周二24024');
    expect(screen.getByRole('radio', { name: '90 天' })).toBeTruthy();
  });
});

describe('SessionUsageDays', () => {
  it('lists a session’s ACUs per day, newest first; says so when the key lacks ManageBilling', async () => {
    renderScreen(<SessionUsageDays sessionId="devin-aaa" acus={28} />, {
      'usage:session': ({ sessionId }) => ({ state: 'ok', value: { sessionId, totalAcus: 28, days: [day(0, 24), day(2, 4)] } }),
    });
    const table = await screen.findByRole('table', { name: 'ACUs per day' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['Thu, Jan 154 ACUs', 'Tue, Jan 1324 ACUs']);

    renderScreen(<SessionUsageDays sessionId="devin-bbb" acus={1} />, { 'usage:session': () => ({ state: 'forbidden', permission: 'ManageBilling' }) });
    expect(await screen.findByText('ACUs per day need the ManageBilling permission.')).toBeTruthy();
  });
});
