import { describe, expect, it } from 'vitest';
import type { HandoffCompositionView } from '../../../../../shared/ipc/channels/handoff';
import { checkTag, emptyDraft, withFileIncluded, withResolution } from './draft';
import { formatSize } from './format-size';
import { sendGate } from './send-gate';
import { unpushedState } from './unpushed-state';

const composition = (patch: Partial<HandoffCompositionView> = {}): HandoffCompositionView => ({
  inspectionId: 'i', token: 'f'.repeat(64), blockers: [], findingIds: [], unresolved: [], prompt: 'p', promptBytes: 1, title: 't', tags: ['handoff'],
  repos: null, sessionSecrets: [], diff: '', diffBytes: 0, patches: '', patchBytes: 0, maxBytes: 102_400, masked: false, truncated: false, leftOutCommits: [], files: [], ...patch,
});

describe('sendGate', () => {
  it.each([
    [{ composition: composition(), composing: false, sending: false }, { ok: true, token: 'f'.repeat(64) }],
    [{ composition: composition(), composing: false, sending: true }, { ok: false, reason: 'sending' }],
    [{ composition: composition(), composing: true, sending: false }, { ok: false, reason: 'updating' }],
    [{ composition: null, composing: false, sending: false }, { ok: false, reason: 'noPreview' }],
    [{ composition: composition({ blockers: ['task', 'findings'], token: null }), composing: false, sending: false }, { ok: false, reason: 'task' }],
    [{ composition: composition({ blockers: ['findings'], unresolved: ['a', 'b'], token: null }), composing: false, sending: false }, { ok: false, reason: 'findings', count: 2 }],
  ])('%#', (input, expected) => {
    expect(sendGate(input)).toEqual(expected);
  });
});

describe('draft', () => {
  it('checks tags: trimmed, no duplicates or the fixed tag, bounded', () => {
    expect(checkTag('  web ', [])).toEqual({ ok: true, tag: 'web' });
    expect(checkTag('handoff', [])).toEqual({ ok: false, reason: 'duplicate' });
    expect(checkTag('web', ['web'])).toEqual({ ok: false, reason: 'duplicate' });
    expect(checkTag(' ', [])).toEqual({ ok: false, reason: 'empty' });
    expect(checkTag('x'.repeat(101), [])).toEqual({ ok: false, reason: 'tooLong' });
    expect(checkTag('y', Array.from({ length: 20 }, (_, i) => `t${i}`))).toEqual({ ok: false, reason: 'tooMany' });
  });

  it('sets and clears decisions and file toggles without touching the rest', () => {
    const d = withResolution(withResolution(emptyDraft(), 'f1', 'redact'), 'f2', 'allow');
    expect(withResolution(d, 'f1', null).resolutions).toEqual({ f2: 'allow' });
    const off = withFileIncluded(d, 'a.ts', false);
    expect(off.excluded).toEqual(['a.ts']);
    expect(withFileIncluded(withFileIncluded(off, 'a.ts', false), 'a.ts', true).excluded).toEqual([]);
    expect(off.resolutions).toBe(d.resolutions);
  });
});

describe('formatSize', () => {
  it.each([
    [0, 'en', '0 B'],
    [812, 'en', '812 B'],
    [1536, 'en', '1.5 KB'],
    [102_400, 'en', '100 KB'],
    [1_572_864, 'zh-CN', '1.5 MB'],
  ])('%i %s', (bytes, locale, text) => {
    expect(formatSize(bytes, locale)).toBe(text);
  });
});

describe('unpushedState', () => {
  const base = { unpushedCount: 0, unpushedUnknown: false, warnings: [] };
  it('never says every commit is on the remote when there is no remote, or none was fetched', () => {
    expect(unpushedState({ ...base, unpushedCount: 2 })).toEqual({ kind: 'some', count: 2 });
    expect(unpushedState(base)).toEqual({ kind: 'none' });
    expect(unpushedState({ ...base, unpushedUnknown: true })).toEqual({ kind: 'unknown' });
    expect(unpushedState({ ...base, warnings: [{ code: 'NO_REMOTE', params: {} }] })).toEqual({ kind: 'noRemote' });
  });
});
