import { describe, expect, it } from 'vitest';
import { isLongPrompt, shownPrompt } from './shown-prompt';

describe('shownPrompt', () => {
  it('prefers what the tracker kept; the first message when nothing is kept and a person wrote it', () => {
    expect(shownPrompt('Fix it', { source: 'user', message: 'Something later' })).toBe('Fix it');
    expect(shownPrompt(null, { source: 'user', message: 'Fix it' })).toBe('Fix it');
    expect(shownPrompt(undefined, { source: 'devin', message: 'Hello' })).toBeNull();
    expect(shownPrompt(null, undefined)).toBeNull();
  });

  it('a kept start that was cut gives way to the whole first message it starts', () => {
    expect(shownPrompt('Upgrade React…', { source: 'user', message: 'Upgrade React to 19 everywhere' })).toBe('Upgrade React to 19 everywhere');
    expect(shownPrompt('Upgrade React…', { source: 'user', message: 'Something else entirely' })).toBe('Upgrade React…');
  });

  it('long = many characters or many lines', () => {
    expect(isLongPrompt('short')).toBe(false);
    expect(isLongPrompt('x'.repeat(281))).toBe(true);
    expect(isLongPrompt('a\nb\nc\nd\ne')).toBe(true);
  });
});
