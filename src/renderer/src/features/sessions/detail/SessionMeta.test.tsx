import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InsightView } from '../../../../../shared/sessions/insight-view';
import type { SessionTagsResult } from '../../../../../shared/ipc/channels/session-meta';
import { FakeFailure, deferred } from '../../../test-support/fake-bridge';
import { registerRendererCleanup } from '../../../test-support/render-app';
import { makeView, noInsights, renderSessions } from '../testing/fake-sessions';
import type { SessionsWorld } from '../testing/fake-sessions';
import { setInsightPollForTests } from './useInsights';

registerRendererCleanup();
afterEach(() => setInsightPollForTests(null));

async function openDetail(world: Partial<SessionsWorld> = {}, overrides = {}) {
  const views = [makeView({ id: 's-1', title: 'Tag me', tags: ['db'] }), makeView({ id: 's-2', title: 'Other', tags: [] })];
  window.location.hash = '#/sessions/s-1';
  const r = renderSessions({ views, ...world }, overrides);
  const detail = await screen.findByRole('article');
  return { ...r, detail, views };
}

describe('tags in the detail view', () => {
  it('adds a tag: shown at once (pending), then confirmed; the list can filter by it', async () => {
    const gate = deferred<SessionTagsResult>();
    const { detail, fake } = await openDetail({}, { 'tags:add': () => gate.promise });
    const input = within(detail).getByRole('textbox', { name: 'New tag for this session' });
    fireEvent.change(input, { target: { value: ' review ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const chips = within(detail).getByRole('list', { name: 'Tags' });
    expect(within(chips).getByText('review').closest('li')?.classList.contains('is-pending')).toBe(true);
    expect(within(detail).getByText('Saving tags…').getAttribute('role')).toBe('status');
    expect(fake.callsTo('tags:add')).toEqual([{ sessionId: 's-1', tags: ['review'] }]);
    await act(async () => gate.resolve({ sessionId: 's-1', tags: ['db', 'review'] }));
    await waitFor(() => expect(within(chips).getByText('review').closest('li')?.classList.contains('is-pending')).toBe(false));
    expect((input as HTMLInputElement).value).toBe('');
    // Clicking the name filters the list by it.
    fireEvent.click(within(chips).getByRole('button', { name: 'review' }));
    expect(await screen.findByRole('button', { name: 'Stop filtering by review' })).toBeTruthy();
  });

  it('a failed add is rolled back with a clear message', async () => {
    const { detail } = await openDetail({}, {
      'tags:add': () => {
        throw new FakeFailure({ code: 'FORBIDDEN', message: 'This key may not change sessions' });
      },
    });
    const input = within(detail).getByRole('textbox', { name: 'New tag for this session' });
    fireEvent.change(input, { target: { value: 'urgent' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await within(detail).findByText('Could not add “urgent”: This key may not change sessions')).toBeTruthy();
    expect(within(within(detail).getByRole('list', { name: 'Tags' })).queryByText('urgent')).toBeNull();
  });

  it('removes a tag (gone at once); a failed remove puts it back and says why', async () => {
    let fail = true;
    const { detail, fake } = await openDetail({}, {
      'tags:remove': ({ sessionId }: { sessionId: string }) => {
        if (fail) throw new FakeFailure({ code: 'NETWORK', message: 'Devin could not be reached' });
        return { sessionId, tags: [] };
      },
    });
    fireEvent.click(within(detail).getByRole('button', { name: 'Remove tag db' }));
    expect(await within(detail).findByText('Could not remove “db”: Devin could not be reached')).toBeTruthy();
    expect(within(detail).getByRole('button', { name: 'db' })).toBeTruthy();
    fail = false;
    fireEvent.click(within(detail).getByRole('button', { name: 'Remove tag db' }));
    await waitFor(() => expect(within(detail).queryByRole('button', { name: 'db' })).toBeNull());
    expect(fake.callsTo('tags:remove')).toEqual([{ sessionId: 's-1', tags: ['db'] }, { sessionId: 's-1', tags: ['db'] }]);
  });

  it('refuses a bad tag before sending anything, and keeps the text', async () => {
    const { detail, fake } = await openDetail();
    const input = within(detail).getByRole('textbox', { name: 'New tag for this session' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'x'.repeat(201) } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await within(detail).findByText(/is not a usable tag/)).toBeTruthy();
    expect(input.value).toHaveLength(201);
    expect(fake.callsTo('tags:add')).toEqual([]);
  });
});

const analysed: InsightView = {
  sessionId: 's-1',
  numDevinMessages: 4,
  numUserMessages: 2,
  sessionSize: 's',
  pending: false,
  analysis: {
    category: 'bug_fixing',
    confidence: 0.8,
    languages: ['TypeScript'],
    tools: [],
    issues: [{ id: 'i1', label: 'Underspecified prompt', issue: 'No acceptance criteria.', impact: 'Devin guessed the scope.' }],
    actionItems: [],
    suggestedPrompt: { original: 'fix login', suggested: 'Fix the login bug in acme/web.\nDone when: a test covers it.', feedback: [{ summary: 'Say when done', details: null, excerpt: null }] },
  },
};

describe('insights in the detail view', () => {
  it('offers Generate when there are none, shows the pending state, and the analysis when it arrives', async () => {
    let calls = 0;
    const { detail, fake } = await openDetail({}, {
      'insights:get': () => {
        calls += 1;
        return calls === 1 ? noInsights('s-1') : calls === 2 ? { ...noInsights('s-1'), pending: true } : analysed;
      },
    });
    const panel = within(detail).getByRole('region', { name: 'Insights' });
    const generate = await within(panel).findByRole('button', { name: 'Generate insights' });
    setInsightPollForTests(40);
    fireEvent.click(generate);
    expect(await within(panel).findByText('Generating insights… This can take a few minutes.')).toBeTruthy();
    expect(fake.callsTo('insights:generate')).toEqual([{ sessionId: 's-1' }]);
    // Polled while pending: the second read still pending, the third has the analysis.
    expect(await within(panel).findByText('Underspecified prompt')).toBeTruthy();
    expect(within(panel).getByText('No acceptance criteria.')).toBeTruthy();
    expect(within(panel).getByText('Impact: Devin guessed the scope.')).toBeTruthy();
    expect(within(panel).getByText('Bug fixing')).toBeTruthy();
    expect(within(panel).getByText(/Fix the login bug in acme\/web\./)).toBeTruthy();
    expect(within(panel).getByText('Messages: 4 from Devin, 2 from people · size S')).toBeTruthy();
    expect(calls).toBe(3);
    // Done: no more polling.
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(3);
  });

  it('a failed load says so with a retry; a failed generate says so and keeps the button', async () => {
    let fail = true;
    const { detail } = await openDetail({}, {
      'insights:get': () => {
        if (fail) throw new FakeFailure({ code: 'FORBIDDEN', message: 'No permission' });
        return noInsights('s-1');
      },
      'insights:generate': () => {
        throw new FakeFailure({ code: 'SERVER', message: 'Devin had a problem (500)' });
      },
    });
    const panel = within(detail).getByRole('region', { name: 'Insights' });
    expect(await within(panel).findByText('Could not load insights: No permission')).toBeTruthy();
    fail = false;
    fireEvent.click(within(panel).getByRole('button', { name: 'Retry' }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Generate insights' }));
    expect(await within(panel).findByText('Could not start generating insights: Devin had a problem (500)')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Generate insights' })).toBeTruthy();
  });

  it('shows an existing analysis in Chinese', async () => {
    renderSessions({ views: [makeView({ id: 's-1', title: '洞察' })], insights: { 's-1': analysed } }, {}, { locale: 'zh-CN' });
    window.location.hash = '#/sessions/s-1';
    const panel = await screen.findByRole('region', { name: '洞察' });
    expect(await within(panel).findByText('修复缺陷')).toBeTruthy();
    // An existing analysis starts folded; its summary line says what is inside.
    const details = panel.closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('洞察· 1 个问题 · 规模 S');
    expect(within(panel).getByText('问题')).toBeTruthy();
    expect(within(panel).getByText('更好的提示词')).toBeTruthy();
    expect(within(panel).getByText('影响：Devin guessed the scope.')).toBeTruthy();
  });
});
