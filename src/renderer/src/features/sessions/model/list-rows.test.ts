import { describe, expect, it } from 'vitest';
import type { SessionGroup } from '../../../../../shared/sessions/session-state';
import { makeView, T0 } from '../testing/session-factories';
import { buildRows, listKeyAction, rowIndexOf, type ListRow } from './list-rows';

const waiting = makeView({ id: 's-wait', group: 'attention', attention: true, statusDetail: 'waiting_for_user', updatedAt: T0 - 5000 });
const run1 = makeView({ id: 's-run1', updatedAt: T0 - 1000 });
const run2 = makeView({ id: 's-run2', updatedAt: T0 - 500 });
const done = makeView({ id: 's-done', group: 'finished', status: 'exit', statusDetail: null });
const arch = makeView({ id: 's-arch', group: 'archived' });
const shape = (rows: ListRow[]) => rows.map((r) => (r.kind === 'header' ? `[${r.group} ${r.count}${r.collapsed ? ' +' : ''}]` : r.view.id));

describe('buildRows', () => {
  it('groups in the fixed order, attention first and archived last, newest first inside', () => {
    const rows = buildRows([arch, done, run1, waiting, run2], new Set());
    expect(shape(rows)).toEqual(['[attention 1]', 's-wait', '[running 2]', 's-run2', 's-run1', '[finished 1]', 's-done', '[archived 1]', 's-arch']);
  });

  it('keeps collapsed headers (with their count) and leaves out empty groups', () => {
    const rows = buildRows([arch, run1, run2], new Set<SessionGroup>(['running', 'archived']));
    expect(shape(rows)).toEqual(['[running 2 +]', '[archived 1 +]']);
  });

  it('numbers rows among their siblings for assistive tech', () => {
    const rows = buildRows([run1, run2, done], new Set());
    expect(rows.map((r) => `${r.pos}/${r.setSize}`)).toEqual(['1/2', '1/2', '2/2', '2/2', '1/1']);
  });
});

describe('listKeyAction', () => {
  const rows = buildRows([waiting, run1, run2], new Set());
  // [attention] s-wait [running] s-run2 s-run1

  it('moves with arrows and jumps with Home/End, clamped at the ends', () => {
    expect(listKeyAction(rows, -1, 'ArrowDown')).toEqual({ type: 'move', index: 0 });
    expect(listKeyAction(rows, 1, 'ArrowDown')).toEqual({ type: 'move', index: 2 });
    expect(listKeyAction(rows, 4, 'ArrowDown')).toEqual({ type: 'move', index: 4 });
    expect(listKeyAction(rows, 0, 'ArrowUp')).toEqual({ type: 'move', index: 0 });
    expect(listKeyAction(rows, 3, 'End')).toEqual({ type: 'move', index: 4 });
    expect(listKeyAction(rows, 3, 'Home')).toEqual({ type: 'move', index: 0 });
  });

  it('opens a session with Enter and folds a group with Enter, Space, ← and →', () => {
    expect(listKeyAction(rows, 1, 'Enter')).toEqual({ type: 'open', sessionId: 's-wait' });
    expect(listKeyAction(rows, 2, 'Enter')).toEqual({ type: 'toggle', group: 'running' });
    expect(listKeyAction(rows, 2, ' ')).toEqual({ type: 'toggle', group: 'running' });
    expect(listKeyAction(rows, 2, 'ArrowLeft')).toEqual({ type: 'toggle', group: 'running' });
    expect(listKeyAction(rows, 2, 'ArrowRight')).toEqual({ type: 'none' });
    expect(listKeyAction(rows, 4, 'ArrowLeft')).toEqual({ type: 'move', index: 2 });
    const folded = buildRows([run1], new Set<SessionGroup>(['running']));
    expect(listKeyAction(folded, 0, 'ArrowRight')).toEqual({ type: 'toggle', group: 'running' });
  });

  it('finds a session row by id', () => {
    expect(rowIndexOf(rows, 's-run1')).toBe(4);
    expect(rowIndexOf(rows, 'nope')).toBe(-1);
    expect(rowIndexOf(rows, null)).toBe(-1);
  });
});
