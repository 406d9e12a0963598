import { describe, expect, it } from 'vitest';
import { checkSessionTag, withoutTags, withTags } from './session-tags';

describe('checkSessionTag', () => {
  it('trims and accepts free text, including CJK and inner spaces', () => {
    expect(checkSessionTag('  needs review ')).toEqual({ ok: true, tag: 'needs review' });
    expect(checkSessionTag('前端')).toEqual({ ok: true, tag: '前端' });
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(201), 'tooLong'],
    ['a\nb', 'control'],
    ['a\u0007', 'control'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(checkSessionTag(raw)).toEqual({ ok: false, problem });
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkSessionTag('😀'.repeat(200)).ok).toBe(true);
  });
});

describe('withTags / withoutTags', () => {
  it('append keeps order and skips duplicates; remove drops every given tag', () => {
    expect(withTags(['a', 'b'], ['b', 'c', 'c'])).toEqual(['a', 'b', 'c']);
    expect(withoutTags(['a', 'b', 'c'], ['b', 'x'])).toEqual(['a', 'c']);
  });
});
