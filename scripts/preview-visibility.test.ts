import { describe, expect, it } from 'vitest';
import { previewWindowVisible } from './preview-visibility';

describe('previewWindowVisible', () => {
  it.each([
    [{ focused: true, visibilityState: 'visible' }, true],
    [{ focused: true, visibilityState: 'hidden' }, true],
    [{ focused: false, visibilityState: 'visible' }, true],
    [{ focused: false, visibilityState: 'hidden' }, false],
    [{ focused: false, visibilityState: 'prerender' }, false],
  ])('%o → %s', (v, visible) => {
    expect(previewWindowVisible(v)).toBe(visible);
  });
});
