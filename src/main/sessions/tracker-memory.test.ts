import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../shared/sessions/transitions';
import { PROMPT_KEEP_CHARS } from '../../shared/sessions/session-prompt';
import { TrackerMemory } from './tracker-memory';

const snap = (id: string, updatedAt: number): SessionSnapshot => ({ id, status: 'running', statusDetail: 'working', archived: false, prUrls: [], updatedAt, title: null });

describe('TrackerMemory', () => {
  it('forgets the oldest notified keys beyond the bound', () => {
    const m = new TrackerMemory({ maxSnapshots: 10, maxNotifiedKeys: 2 });
    for (const k of ['k1', 'k2', 'k2', 'k3']) m.markNotified(k);
    expect(['k1', 'k2', 'k3'].map((k) => m.hasNotified(k))).toEqual([false, true, true]);
    expect(m.toState().notified).toEqual(['k2', 'k3']);
  });

  it('keeps the most recently updated snapshots, and every watched one', () => {
    const m = new TrackerMemory({ maxSnapshots: 2, maxNotifiedKeys: 10 });
    m.watch('old-watched');
    for (const s of [snap('old-watched', 1), snap('old', 2), snap('mid', 3), snap('new', 4)]) m.setSnapshot(s);
    m.boundSnapshots();
    expect([...m.snapshots.keys()].sort()).toEqual(['new', 'old-watched']);
  });

  it('round-trips through toState/restore; the cursor only moves forward', () => {
    const m = new TrackerMemory({ maxSnapshots: 10, maxNotifiedKeys: 10 });
    expect(m.advanceCursor(100)).toBe(true);
    expect(m.advanceCursor(100)).toBe(false);
    m.setSnapshot(snap('a', 100));
    m.markNotified('a:error:100');
    m.watch('a');
    m.setPrompt('a', 'Fix the login bug');
    m.setRepos('a', ['acme/web']);
    const copy = new TrackerMemory({ maxSnapshots: 10, maxNotifiedKeys: 10 });
    copy.restore(m.toState());
    expect(copy.toState()).toEqual({
      cursor: 100,
      snapshots: [snap('a', 100)],
      notified: ['a:error:100'],
      watched: ['a'],
      prompts: { a: 'Fix the login bug' },
      repos: { a: ['acme/web'] },
    });
  });

  it('keeps a prompt to PROMPT_KEEP_CHARS; reads again only after the session moved; drops prompts with their snapshots', () => {
    const m = new TrackerMemory({ maxSnapshots: 1, maxNotifiedKeys: 10 });
    expect(m.promptWorthReading('a', 5)).toBe(true);
    m.markPromptLooked('a', 5); // no message yet
    expect(m.promptWorthReading('a', 5)).toBe(false);
    expect(m.promptWorthReading('a', 6)).toBe(true);
    expect(m.setPrompt('a', 'x'.repeat(PROMPT_KEEP_CHARS + 50))).toBe(true);
    expect(Array.from(m.prompt('a') ?? '')).toHaveLength(PROMPT_KEEP_CHARS);
    expect(m.prompt('a')?.endsWith('…')).toBe(true);
    expect(m.promptWorthReading('a', 7)).toBe(false);
    m.setPrompt('b', null); // Devin spoke first: known to be unavailable
    expect([m.prompt('b'), m.promptWorthReading('b', 1)]).toEqual(['', false]);
    for (const s of [snap('a', 1), snap('b', 2)]) m.setSnapshot(s);
    m.boundSnapshots();
    expect(Object.keys(m.toState().prompts)).toEqual(['b']);
  });
});
