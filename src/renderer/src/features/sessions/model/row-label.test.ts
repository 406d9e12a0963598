import { describe, expect, it } from 'vitest';
import { rowAccessibleName } from './row-label';

describe('rowAccessibleName', () => {
  it('lists the visible texts in order, then the icon-only extras', () => {
    expect(rowAccessibleName(['Fix the build', '2 h ago', 'Running', null, 'acme/web#4', 'ci'], ['Watched'])).toBe(
      'Fix the build, 2 h ago, Running, acme/web#4, ci, Watched',
    );
  });
  it('skips empty parts', () => {
    expect(rowAccessibleName(['Title', '', false, undefined, ' '])).toBe('Title');
  });
});
