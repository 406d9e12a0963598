import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registerRendererCleanup } from '../../test-support/render-app';
import { requestCompose } from './kit/compose-inbox';
import { makeView, renderSessions, T0 } from './testing/fake-sessions';

registerRendererCleanup();

const world = () => ({
  views: [
    makeView({ id: 's-wait', title: 'Answer the migration question', group: 'attention', attention: true, statusDetail: 'waiting_for_user', tags: ['db'], origin: 'slack', updatedAt: T0 }),
    makeView({ id: 's-run', title: 'Upgrade React to 19', tags: ['frontend', 'deps'], origin: 'api', acus: 2.5, prs: [{ url: 'https://github.com/acme/web/pull/12', state: 'open' }] }),
    makeView({ id: 's-done', title: '修复登录页面的错误', group: 'finished', statusDetail: 'finished', tags: ['frontend'], origin: 'webapp' }),
    makeView({ id: 's-err', title: 'Nightly triage', group: 'error', status: 'error', statusDetail: null, origin: 'scheduled' }),
    makeView({ id: 's-arch', title: 'Old cleanup', group: 'archived', origin: 'api' }),
  ],
});

const tree = () => screen.findByRole('tree', { name: 'Sessions' });
const rowTitles = (root: HTMLElement) =>
  within(root)
    .queryAllByRole('treeitem')
    .map((el) => (el.getAttribute('aria-level') === '1' ? `[${el.querySelector('.group-label')?.textContent} ${el.querySelector('.group-count')?.textContent}]` : el.querySelector('.session-row-title')?.textContent));

describe('Sessions list', () => {
  it('groups sessions by status, attention first, archived folded', async () => {
    renderSessions(world());
    const list = await tree();
    expect(rowTitles(list)).toEqual([
      '[Needs your attention 1]',
      'Answer the migration question',
      '[Running 1]',
      'Upgrade React to 19',
      '[Finished 1]',
      '修复登录页面的错误',
      '[Error 1]',
      'Nightly triage',
      '[Archived 1]',
    ]);
    const waiting = within(list).getByRole('treeitem', { name: /Answer the migration question/ });
    expect(waiting.textContent).toContain('Waiting for you');
    expect(within(list).getByRole('treeitem', { name: /Upgrade React/ }).textContent).toContain('2.5 ACU');

    fireEvent.click(within(list).getByText('Archived'));
    expect(rowTitles(list)).toContain('Old cleanup');
    fireEvent.click(within(list).getByText('Running'));
    expect(rowTitles(list)).not.toContain('Upgrade React to 19');
    expect(screen.queryByText(/ of 5$/)).toBeNull(); // the count shows only while filtering
  });

  it('searches (debounced, CJK and full-width friendly) and filters by origin, scope and tag', async () => {
    renderSessions(world());
    const list = await tree();
    const search = screen.getByRole('searchbox', { name: 'Search sessions' });

    fireEvent.change(search, { target: { value: '登录' } });
    expect(rowTitles(list)).toContain('Upgrade React to 19'); // not yet: debounced
    await waitFor(() => expect(rowTitles(list)).toEqual(['[Finished 1]', '修复登录页面的错误']));
    expect(screen.getByText('1 of 5')).toBeTruthy();

    fireEvent.change(search, { target: { value: 'ＲＥＡＣＴ' } });
    await waitFor(() => expect(rowTitles(list)).toEqual(['[Running 1]', 'Upgrade React to 19']));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull());
    expect(rowTitles(list)).toHaveLength(9);

    fireEvent.change(screen.getByRole('combobox', { name: 'Origin' }), { target: { value: 'slack' } });
    expect(rowTitles(list)).toEqual(['[Needs your attention 1]', 'Answer the migration question']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Origin' }), { target: { value: '' } });

    // A tag chip in a row filters by that tag; tags combine (ALL).
    const reactRow = within(list).getByRole('treeitem', { name: /Upgrade React/ });
    fireEvent.click(within(reactRow).getByRole('button', { name: 'frontend' }));
    expect(rowTitles(list)).toEqual(['[Running 1]', 'Upgrade React to 19', '[Finished 1]', '修复登录页面的错误']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'deps' } });
    expect(rowTitles(list)).toEqual(['[Running 1]', 'Upgrade React to 19']);

    fireEvent.click(screen.getByRole('radio', { name: 'Watched' }));
    expect(screen.getByText('No sessions match')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await tree()).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'Mine' })).toBeNull(); // no principal id to compare with
  });

  it('follows sessions:changed pushes', async () => {
    const { fake } = renderSessions(world());
    const list = await tree();
    fake.emit('sessions:changed', [
      ...world().views.filter((v) => v.id !== 's-run'),
      makeView({ id: 's-run', title: 'Upgrade React to 19', group: 'attention', attention: true, statusDetail: 'waiting_for_approval', updatedAt: T0 + 1000 }),
    ]);
    await waitFor(() => expect(rowTitles(list).slice(0, 3)).toEqual(['[Needs your attention 2]', 'Upgrade React to 19', 'Answer the migration question']));
    expect(within(list).getByRole('treeitem', { name: /Upgrade React/ }).textContent).toContain('Needs approval');
  });

  it('is driven from the keyboard: / searches, arrows move, Enter opens, n composes', async () => {
    renderSessions(world());
    const list = await tree();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search sessions' }));
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search sessions' }), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(list);
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const active = document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toContain('Upgrade React to 19');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(window.location.hash).toBe('#/sessions/s-run');
    expect(await screen.findByRole('heading', { level: 2, name: 'Upgrade React to 19' })).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'n' });
    expect(await screen.findByRole('dialog', { name: 'New session' })).toBeTruthy();
    // Keys typed inside the dialog are not shortcuts.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'What should Devin do?' }), { key: '/' });
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox', { name: 'Search sessions' }));
  });

  it('shows the tracker as a slim banner with a live countdown', async () => {
    const { fake } = renderSessions({ ...world(), tracker: { kind: 'paused', reason: 'offline', lastSyncMs: null } });
    expect(await screen.findByText('Offline: updates paused')).toBeTruthy();
    const until = Date.now() + 20_000;
    act(() => fake.emit('sessions:trackerStatus', { kind: 'rate_limited', retryInS: 20, untilMs: until, lastSyncMs: null }));
    expect(await screen.findByText(/Rate limited, retrying in (20|19) s/)).toBeTruthy();
    act(() => fake.emit('sessions:trackerStatus', { kind: 'auth_lost', lastSyncMs: null }));
    expect(await screen.findByText('The API key was rejected. Sign in again to resume updates.')).toBeTruthy();
    act(() => fake.emit('sessions:trackerStatus', { kind: 'ok', lastSyncMs: Date.now() }));
    await waitFor(() => expect(document.querySelector('.tracker-banner')).toBeNull());
  });

  it('speaks Chinese', async () => {
    renderSessions(world(), {}, { locale: 'zh-CN' });
    const list = await screen.findByRole('tree', { name: '会话' });
    expect(within(list).getByText('需要你处理')).toBeTruthy();
    expect(within(list).getByRole('treeitem', { name: /Answer the migration question/ }).textContent).toContain('等待你的回复');
  });

  it('opens the composer pre-filled from a devin-tray:compose event', async () => {
    renderSessions(world());
    await tree();
    act(() => requestCompose('pb-triage'));
    const dialog = await screen.findByRole('dialog', { name: 'New session' });
    const playbook = within(dialog).getByRole('combobox', { name: /^Playbook(?! for)/ }) as HTMLSelectElement;
    await waitFor(() => expect(playbook.value).toBe('pb-triage'));
    expect(within(playbook).getByRole('option', { name: 'Bug triage' })).toBeTruthy();
  });

  it('shows the empty state with a way to start, and a failed load with a retry', async () => {
    let fail = true;
    renderSessions({ views: [] }, {
      'sessions:list': () => {
        if (fail) throw Object.assign(new Error('boom'), { code: 'NETWORK' });
        return [];
      },
    });
    expect(await screen.findByText(/Could not load sessions/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Your Devin sessions will show up here' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /New session/ }));
    expect(await screen.findByRole('dialog', { name: 'New session' })).toBeTruthy();
  });
});

describe('Sessions list: refresh and the sync line', () => {
  it('R and the Refresh button ask main once at a time; the line goes from "Synced" to the failure and back', async () => {
    let release: () => void = () => undefined;
    const { fake } = renderSessions({ ...world(), tracker: { kind: 'ok', lastSyncMs: Date.now() - 12_000 } }, {
      'sessions:refresh': () => new Promise<void>((r) => (release = r)),
    });
    await tree();
    const line = screen.getByTestId('sync-line');
    await waitFor(() => expect(line.textContent).toMatch(/^Synced 1[2-4] s ago$/));
    fireEvent.keyDown(document.body, { key: 'r' });
    await waitFor(() => expect(line.textContent).toBe('Syncing…'));
    // A second press and a click while it runs start nothing more.
    fireEvent.keyDown(document.body, { key: 'R' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(fake.callsTo('sessions:refresh')).toHaveLength(1);
    act(() => fake.emit('sessions:trackerStatus', { kind: 'error', code: 'SERVER', message: 'x', retryInS: 20, untilMs: Date.now() + 20_000, lastSyncMs: null, status: 503 }));
    await act(async () => release());
    await waitFor(() => expect(line.textContent).toBe('Not synced: Devin is unavailable or under maintenance'));
    act(() => fake.emit('sessions:trackerStatus', { kind: 'ok', lastSyncMs: Date.now() }));
    await waitFor(() => expect(line.textContent).toBe('Synced just now'));
    // Typing is not a shortcut.
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search sessions' }), { key: 'r' });
    expect(fake.callsTo('sessions:refresh')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(fake.callsTo('sessions:refresh')).toHaveLength(2);
  });
});

describe('Sessions list at scale', () => {
  it('renders 10,000 sessions as a window of rows, and scrolls to the end', async () => {
    const views = Array.from({ length: 10_000 }, (_, i) =>
      makeView({ id: `bulk-${i}`, title: `Bulk session #${i + 1}`, updatedAt: T0 - i * 1000, group: i % 10 === 0 ? 'finished' : 'running' }),
    );
    renderSessions({ views });
    const list = await tree();
    expect(within(list).getByText('9,000')).toBeTruthy(); // the Running header's count
    const rendered = within(list).getAllByRole('treeitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    const inner = list.firstElementChild as HTMLElement;
    expect(parseInt(inner.style.height, 10)).toBeGreaterThan(10_000 * 50);

    // End jumps to the last row (the oldest finished one: #9991); the DOM stays a window. happy-dom has no layout: give the
    // scroller the sizes a browser would, and send the scroll event a browser would.
    Object.defineProperty(list, 'clientHeight', { configurable: true, value: 640 });
    Object.defineProperty(list, 'scrollHeight', { configurable: true, value: parseInt(inner.style.height, 10) });
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.scroll(list);
    await waitFor(() => expect(document.getElementById(list.getAttribute('aria-activedescendant') ?? '')?.textContent).toContain('Bulk session #9991'));
    expect(within(list).getAllByRole('treeitem').length).toBeLessThan(60);
  });
});
