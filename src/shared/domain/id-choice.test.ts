import { describe, expect, it } from 'vitest';
import { idChoiceFromField, idChoiceSchema, idChoiceToField, parseIdChoiceArg, sameIdChoice } from './id-choice';

describe('IdChoice ↔ create-session field', () => {
  it.each([
    [{ kind: 'all' } as const, null],
    [{ kind: 'none' } as const, []],
    [{ kind: 'only', ids: ['n1', 'n2', 'n1'] } as const, ['n1', 'n2']],
  ])('%j → %j', (choice, field) => {
    expect(idChoiceToField(choice)).toEqual(field);
  });

  it('reads null/absent as all and [] as none: the two are different choices', () => {
    expect(idChoiceFromField(null)).toEqual({ kind: 'all' });
    expect(idChoiceFromField(undefined)).toEqual({ kind: 'all' });
    expect(idChoiceFromField([])).toEqual({ kind: 'none' });
    expect(idChoiceFromField(['a'])).toEqual({ kind: 'only', ids: ['a'] });
    for (const c of [{ kind: 'all' }, { kind: 'none' }, { kind: 'only', ids: ['x', 'y'] }] as const) {
      expect(idChoiceFromField(idChoiceToField(c))).toEqual(c);
    }
  });

  it('the IPC schema refuses an empty "only" list, blank ids and unknown kinds', () => {
    expect(idChoiceSchema.safeParse({ kind: 'only', ids: [] }).success).toBe(false);
    expect(idChoiceSchema.safeParse({ kind: 'only', ids: [' '] }).success).toBe(false);
    expect(idChoiceSchema.safeParse({ kind: 'some' }).success).toBe(false);
    expect(idChoiceSchema.safeParse({ kind: 'all', ids: ['x'] }).success).toBe(false);
    expect(idChoiceSchema.parse({ kind: 'only', ids: [' n1 '] })).toEqual({ kind: 'only', ids: ['n1'] });
  });

  it('compares choices (only: as sets)', () => {
    expect(sameIdChoice({ kind: 'only', ids: ['a', 'b'] }, { kind: 'only', ids: ['b', 'a'] })).toBe(true);
    expect(sameIdChoice({ kind: 'only', ids: ['a'] }, { kind: 'none' })).toBe(false);
    expect(sameIdChoice({ kind: 'all' }, { kind: 'all' })).toBe(true);
  });
});

describe('parseIdChoiceArg (CLI --knowledge)', () => {
  it.each([
    ['all', { kind: 'all' }],
    ['NONE', { kind: 'none' }],
    ['note-1', { kind: 'only', ids: ['note-1'] }],
    [' note-1 , note-2,note-1 ', { kind: 'only', ids: ['note-1', 'note-2'] }],
  ])('%j', (raw, choice) => {
    expect(parseIdChoiceArg(raw)).toEqual({ ok: true, choice });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['a,,b', 'badId'],
    ['a,', 'badId'],
    ['a b', 'badId'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(parseIdChoiceArg(raw)).toMatchObject({ ok: false, reason });
  });
});
